import FactModel

/// What the rules need to know about each token of a document, computed once: the text with
/// apostrophes normalised to `’` (so `l'` and `l’` match alike), its lower-case form and a few
/// shape flags.
///
/// A view covers the whole document, or a block of its sentences (see `init(_:sentences:tokens:)`)
/// when only that block's tokens are needed at a time: the entity tagger views an article a
/// block at a time so that its working set does not grow with the article.
struct TokenView {
    /// The document viewed.
    let document: Document
    /// The document index of the view's first token: view index `i` is document token `base + i`.
    /// 0 for a whole-document view, which the rules need (they index `document.tokens` directly).
    let base: Int
    /// Token texts with `'` replaced by `’`.
    let texts: [String]
    /// Lower-cased `texts`.
    let lower: [String]
    /// True when the token starts with an upper-case letter.
    let capitalised: [Bool]
    /// True when the token is two or more letters, all upper-case (`OTAN`, `TASS`).
    let allCaps: [Bool]
    /// True for the first word of a sentence (after any opening quote or dash), whose capital
    /// says nothing about being a name.
    let sentenceInitial: [Bool]
    /// The index of each token's sentence (0 for a token outside every sentence), as 32 bits:
    /// only compared, and a whole-article view is held by the rules and the claims.
    let sentenceOf: [Int32]

    /// The text with `'` replaced by `’`, as every view, gazetteer name and cue word is compared.
    /// Scans the scalars first: Foundation's `String.contains` costs a search a token.
    static func curlingApostrophes(_ text: String) -> String {
        text.unicodeScalars.contains("'") ? text.replacingOccurrences(of: "'", with: "’") : text
    }

    /// A view of the whole document.
    init(_ document: Document) {
        self.init(document, sentences: 0..<document.sentences.count, tokens: 0..<document.tokens.count)
    }

    /// A view of the document's tokens `tokens`, which must hold every token of the sentences
    /// `sentences` (and may hold tokens outside every sentence). Its indices start at 0 for
    /// token `tokens.lowerBound`.
    init(_ document: Document, sentences: Range<Int>, tokens range: Range<Int>) {
        self.document = document
        base = range.lowerBound
        let tokens = document.tokens[range]
        var texts: [String] = [], lower: [String] = [], capitalised: [Bool] = [], allCaps: [Bool] = []
        texts.reserveCapacity(tokens.count)
        lower.reserveCapacity(tokens.count)
        capitalised.reserveCapacity(tokens.count)
        allCaps.reserveCapacity(tokens.count)
        for token in tokens {
            let text = Self.curlingApostrophes(token.text)
            texts.append(text)
            lower.append(text.lowercased())
            var upper = 0, letters = 0, first = true, startsUpper = false
            for scalar in text.unicodeScalars {
                let isLetter = scalar.properties.isAlphabetic
                let isUpper = scalar.properties.isUppercase
                if first { startsUpper = isUpper; first = false }
                if isLetter { letters += 1 }
                if isUpper { upper += 1 }
            }
            capitalised.append(startsUpper && token.kind != .punctuation)
            allCaps.append(letters >= 2 && upper == letters && token.kind == .word)
        }
        var initial = [Bool](repeating: false, count: tokens.count)
        var sentenceOf = [Int32](repeating: 0, count: tokens.count)
        for index in sentences {
            var marked = false
            for tokenIndex in document.sentences[index].tokens where range.contains(tokenIndex) {
                sentenceOf[tokenIndex - base] = Int32(truncatingIfNeeded: index)
                if !marked && document.tokens[tokenIndex].kind != .punctuation {
                    initial[tokenIndex - base] = true
                    marked = true
                }
            }
        }
        self.texts = texts
        self.lower = lower
        self.capitalised = capitalised
        self.allCaps = allCaps
        self.sentenceInitial = initial
        self.sentenceOf = sentenceOf
    }

    /// The number of tokens.
    var count: Int { texts.count }

    /// True when tokens `index` and `index + 1` are in the same sentence, so a name may span them.
    func joined(_ index: Int) -> Bool {
        index + 1 < count && sentenceOf[index] == sentenceOf[index + 1]
    }

    /// The lower-cased text of the token at `index`, or "" outside the document.
    func lowerAt(_ index: Int) -> String { index >= 0 && index < count ? lower[index] : "" }

    /// The text of the token at `index`, or "" outside the document.
    func textAt(_ index: Int) -> String { index >= 0 && index < count ? texts[index] : "" }

    /// The kind of the token at view index `index`.
    func kind(_ index: Int) -> TokenKind { document.tokens[base + index].kind }

    /// True when the token at `index` is a number token of digits only.
    func isNumber(_ index: Int) -> Bool {
        index >= 0 && index < count && kind(index) == .number
    }

    /// The integer value of a digits-only token, when it has one.
    func intValue(_ index: Int) -> Int? {
        guard isNumber(index) else { return nil }
        return Int(texts[index])
    }

    /// True when the token is a word starting with a capital that is not sentence-initial.
    func isNameLike(_ index: Int) -> Bool {
        index >= 0 && index < count && capitalised[index] && kind(index) != .number
    }
}
