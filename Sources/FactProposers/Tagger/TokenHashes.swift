import FactModel

/// What the entity tagger's features need from each token of a view (a block of sentences),
/// hashed once: its form, lower case, word shape, affixes and a few flags.
struct TokenHashes {
    var form: [UInt64] = []
    var lower: [UInt64] = []
    var shape: [UInt64] = []
    var shortShape: [UInt64] = []
    /// The lower-cased words (the view's own array, shared), whose affixes are hashed when a
    /// sentence is featurised: kept for the whole article, eight hashes a token were 12 MB of a
    /// megabyte article's peak.
    let lowerTexts: [String]
    /// Bit flags: 1 capitalised, 2 all caps, 4 has digit, 8 has hyphen, 16 sentence-initial,
    /// 32 punctuation, 64 number, 128 title-cased mixed (`McCain`, `iPhone`).
    var flags: [UInt8] = []

    init(_ view: TokenView) {
        let count = view.count
        form.reserveCapacity(count); lower.reserveCapacity(count); shape.reserveCapacity(count)
        shortShape.reserveCapacity(count); flags.reserveCapacity(count)
        lowerTexts = view.lower
        for index in 0..<count {
            let text = view.texts[index], low = view.lower[index]
            form.append(StableHash.string(text))
            lower.append(StableHash.string(low))
            var shapeHash: UInt64 = 0xcbf2_9ce4_8422_2325, shortHash = shapeHash
            var last: UInt32 = 0, shapeLength = 0
            var hasDigit = false, hasHyphen = false, innerUpper = false, position = 0
            for scalar in text.unicodeScalars {
                let p = scalar.properties
                let code: UInt32
                if p.isUppercase { code = 88; if position > 0 { innerUpper = true } }
                else if p.isLowercase { code = 120 }
                else if scalar.value >= 48 && scalar.value <= 57 { code = 100; hasDigit = true }
                else { code = scalar.value; if scalar == "-" { hasHyphen = true } }
                if shapeLength < 8 { shapeHash = (shapeHash ^ UInt64(code)) &* 0x100_0000_01b3; shapeLength += 1 }
                if code != last { shortHash = (shortHash ^ UInt64(code)) &* 0x100_0000_01b3; last = code }
                position += 1
            }
            shape.append(shapeHash)
            shortShape.append(shortHash)
            var flag: UInt8 = 0
            if view.capitalised[index] { flag |= 1 }
            if view.allCaps[index] { flag |= 2 }
            if hasDigit { flag |= 4 }
            if hasHyphen { flag |= 8 }
            if view.sentenceInitial[index] { flag |= 16 }
            let kind = view.kind(index)
            if kind == .punctuation { flag |= 32 }
            if kind == .number { flag |= 64 }
            if innerUpper && !view.allCaps[index] { flag |= 128 }
            flags.append(flag)
        }
    }

    /// Calls `body(n, prefix, suffix)` for n = 0…3 with the hashes of the word's lower-case
    /// prefix and suffix of n + 1 code points (0 when the word is shorter).
    static func affixes(of lower: String, _ body: (Int, UInt64, UInt64) -> Void) {
        let scalars = Array(lower.unicodeScalars)
        var prefix: UInt64 = 0xcbf2_9ce4_8422_2325, suffix: UInt64 = 0x84222325_cbf29ce4
        for k in 0..<4 {
            guard k < scalars.count else { body(k, 0, 0); continue }
            prefix = (prefix ^ UInt64(scalars[k].value)) &* 0x100_0000_01b3
            suffix = (suffix ^ UInt64(scalars[scalars.count - 1 - k].value)) &* 0x100_0000_01b3
            body(k, prefix, suffix)
        }
    }
}
