import FactModel

/// The feature hashes of every token of a document, stored flat: token `i`'s features are
/// `values[starts[i]..<starts[i + 1]]`.
struct FeatureRows {
    /// All feature hashes, token after token.
    var values: [UInt64] = []
    /// Where each token's features start; one more entry than tokens.
    var starts: [Int] = [0]

    /// The features of token `index`.
    func row(_ index: Int) -> ArraySlice<UInt64> { values[starts[index]..<starts[index + 1]] }
}

/// The attribution tagger's features: the word lower-cased and its neighbours, shape,
/// prefixes/suffixes, capitalisation, reporting-verb lexicon hits, quotation state, the
/// distance to the nearest cue candidate on each side, what follows a word (`that`, `to`, a
/// colon, a quotation, a stance preposition), sentence boundaries, when given the rules' own
/// tags (so the model learns when to trust them) and, when the model has them, the word
/// clusters of the token and its neighbours (`WordClusters`: a stance phrase seen once, `will
/// press for`, shares its cluster with phrases seen often).
enum TaggerFeatures {
    /// Feature keys keep 48 bits: 12 hex digits in the model file, collisions still negligible.
    static let keyMask: UInt64 = 0xFFFF_FFFF_FFFF
    /// Template hashes, one per feature kind.
    private static let t: [UInt64] = (0..<50).map { FeatureHash.of("template\($0)") }
    private static let boundaryBefore = FeatureHash.of("<s>"), boundaryAfter = FeatureHash.of("</s>")

    /// Template hashes of the word-cluster features.
    private static let clusterTemplates: [UInt64] = (0..<11).map { FeatureHash.of("cluster template\($0)") }

    /// The features of a tokenized document; `ruleTags` are the rules' tags for its tokens;
    /// with non-empty `clusters`, the cluster features too (none otherwise: models without
    /// clusters see exactly the features they were trained on).
    static func extract(_ document: Document, ruleTags: [AttributionTag]?, clusters: WordClusters = WordClusters()) -> FeatureRows {
        let view = TokenView(document)
        // French documents get French word classes (analyst-trained taggers); English ones are unchanged.
        let french = document.language == .french
        let n = view.count
        let words = view.lower.map(FeatureHash.of)
        let shapes = view.texts.map { FeatureHash.of(shape($0)) }
        let stems = view.lower.map { FeatureHash.of(french ? FrenchTaggerWords.stem($0) : stem($0)) }
        let lexicon: [CueSense?] = french ? FrenchTaggerWords.senses(view) : view.lower.map { ReportingVerbs.sense($0, document.language) }
        let lemmas = lexicon.map { $0.map { FeatureHash.of($0.lemma) } ?? 0 }
        var quoteState = [UInt64](repeating: 0, count: n)
        for quote in ClaimContext.findQuotes(view) {
            for index in quote.open...quote.close { quoteState[index] = 1 }
            quoteState[quote.open] = 2
            quoteState[quote.close] = 3
        }
        let packed: [UInt32?] = clusters.count == 0 ? [] : view.lower.map { clusters.clusters(of: StableHash.string($0)) }
        var rows = FeatureRows()
        rows.values.reserveCapacity(n * (packed.isEmpty ? 50 : 61))
        for range in sentenceRanges(document) {
            let cues = range.filter { lexicon[$0] != nil }
            let hasQuote = range.contains { quoteState[$0] >= 2 }
            let lastWord = range.last { document.tokens[$0].kind != .punctuation } ?? range.upperBound - 1
            for i in range {
                func word(_ offset: Int) -> UInt64 {
                    let j = i + offset
                    return j < range.lowerBound ? boundaryBefore : j >= range.upperBound ? boundaryAfter : words[j]
                }
                func rule(_ offset: Int) -> UInt64 {
                    let j = i + offset
                    guard let ruleTags, j >= range.lowerBound, j < range.upperBound else { return 99 }
                    return UInt64(ruleTags[j].rawValue)
                }
                let left = cues.last { $0 < i }, right = cues.first { $0 > i }
                let dl = left.map { bucket(i - $0) } ?? 9, dr = right.map { bucket($0 - i) } ?? 9
                var between: UInt64 = 0
                if let left {
                    for j in left + 1..<i {
                        if french ? FrenchTaggerWords.complementisers.contains(view.lower[j]) : view.lower[j] == "that" { between |= 1 }
                        if view.texts[j] == "," { between |= 2 }
                        if quoteState[j] >= 2 { between |= 4 }
                    }
                }
                let text = view.texts[i], lower = view.lower[i]
                let next = i + 1 >= range.upperBound ? 7
                    : french ? FrenchTaggerWords.nextClass(view.lower[i + 1], quoteState[i + 1]) : nextClass(view.lower[i + 1], quoteState[i + 1])
                let isCue = lexicon[i] != nil
                let capital: UInt64 = (view.capitalised[i] ? 1 : 0) | (view.sentenceInitial[i] ? 2 : 0) | (view.allCaps[i] ? 4 : 0)
                let position: UInt64 = (i == range.lowerBound ? 1 : 0) | (i == lastWord ? 2 : 0) | (i == range.upperBound - 1 ? 4 : 0)
                let features: [UInt64] = [
                    t[0],
                    FeatureHash.feature(t[1], words[i]),
                    FeatureHash.feature(t[2], word(-1)), FeatureHash.feature(t[3], word(1)),
                    FeatureHash.feature(t[4], word(-2)), FeatureHash.feature(t[5], word(2)),
                    FeatureHash.feature(t[6], word(-1), words[i]), FeatureHash.feature(t[7], words[i], word(1)),
                    FeatureHash.feature(t[8], shapes[i]),
                    FeatureHash.feature(t[9], i > range.lowerBound ? shapes[i - 1] : boundaryBefore),
                    FeatureHash.feature(t[10], i + 1 < range.upperBound ? shapes[i + 1] : boundaryAfter),
                    FeatureHash.feature(t[11], FeatureHash.of(String(lower.prefix(3)))),
                    FeatureHash.feature(t[12], FeatureHash.of(String(lower.suffix(2)))),
                    FeatureHash.feature(t[13], FeatureHash.of(String(lower.suffix(3)))),
                    FeatureHash.feature(t[14], FeatureHash.of(String(lower.suffix(4)))),
                    FeatureHash.feature(t[15], capital),
                    FeatureHash.feature(t[16], lemmas[i]),
                    FeatureHash.feature(t[17], UInt64(lexicon[i].map { $0.stance == .denies ? 2 : 1 } ?? 0)),
                    FeatureHash.feature(t[18], i > range.lowerBound ? lemmas[i - 1] : 1),
                    FeatureHash.feature(t[19], i + 1 < range.upperBound ? lemmas[i + 1] : 1),
                    FeatureHash.feature(t[20], quoteState[i]),
                    FeatureHash.feature(t[21], quoteState[i], words[i]),
                    FeatureHash.feature(t[22], dl), FeatureHash.feature(t[23], dr),
                    FeatureHash.feature(t[24], dl, dr),
                    FeatureHash.feature(t[25], dl &* 16 &+ quoteState[i], between),
                    FeatureHash.feature(t[26], dr &* 16 &+ quoteState[i], hasQuote ? 1 : 0),
                    FeatureHash.feature(t[27], position),
                    FeatureHash.feature(t[28], position, quoteState[i]),
                    FeatureHash.feature(t[29], UInt64(min(i - range.lowerBound, 12))),
                    FeatureHash.feature(t[30], UInt64(cues.count > 0 ? 1 : 0) | (hasQuote ? 2 : 0), isCue ? 1 : 0),
                    FeatureHash.feature(t[31], rule(0)),
                    FeatureHash.feature(t[32], rule(-1), rule(0)), FeatureHash.feature(t[33], rule(0), rule(1)),
                    FeatureHash.feature(t[34], rule(0), words[i]),
                    FeatureHash.feature(t[35], rule(0), dl &* 16 &+ dr),
                    FeatureHash.feature(t[36], UInt64(text.count > 1 ? 1 : 0), FeatureHash.of(String(text.prefix(1)))),
                    FeatureHash.feature(t[37], dl, words[i]),
                    FeatureHash.feature(t[38], dr, words[i]),
                    FeatureHash.feature(t[39], stems[i]),
                    FeatureHash.feature(t[40], i > range.lowerBound ? stems[i - 1] : boundaryBefore, stems[i]),
                    FeatureHash.feature(t[41], stems[i], i + 1 < range.upperBound ? stems[i + 1] : boundaryAfter),
                    FeatureHash.feature(t[42], word(-3)), FeatureHash.feature(t[43], word(3)),
                    FeatureHash.feature(t[44], word(-1), word(1)),
                    FeatureHash.feature(t[45], rule(0) &* 16 &+ quoteState[i], dl &* 16 &+ dr),
                    FeatureHash.feature(t[46], stems[i], quoteState[i] &* 16 &+ position),
                    // What follows a cue (`said that`, `wants to`, `wrote:`, `proud of`), generalised beyond the word.
                    FeatureHash.feature(t[47], stems[i], next),
                    FeatureHash.feature(t[48], UInt64(isCue ? 1 : 0) &* 16 &+ next, quoteState[i]),
                    FeatureHash.feature(t[49], FeatureHash.of(String(lower.suffix(3))), next),
                ]
                rows.values.append(contentsOf: features.map { $0 & keyMask })
                if !packed.isEmpty { appendClusters(packed, i, range, next: next, words: words, to: &rows.values) }
                rows.starts.append(rows.values.count)
            }
        }
        return rows
    }

    /// The word-cluster features of token `i` of the sentence `range`: the clusters of the token
    /// and its neighbours at each granularity (0 for a word without a cluster, 1 past the
    /// sentence), and the token's finest and middle clusters with the class of the next word
    /// (`proud of`, `press for`: a stance word before its preposition) and with the next word.
    private static func appendClusters(_ packed: [UInt32?], _ i: Int, _ range: Range<Int>, next: UInt64, words: [UInt64],
                                       to values: inout [UInt64]) {
        let c = clusterTemplates
        func cluster(_ offset: Int, _ level: Int) -> UInt64 {
            let j = i + offset
            guard range.contains(j) else { return 1 }
            return packed[j].map { UInt64(WordClusters.cluster($0, level: level)) + 2 } ?? 0
        }
        for offset in -1...1 {
            for level in WordClusters.granularities.indices {
                values.append(FeatureHash.feature(c[level * 3 + offset + 1], cluster(offset, level)) & keyMask)
            }
        }
        values.append(FeatureHash.feature(c[9], cluster(0, 2), next) & keyMask)
        values.append(FeatureHash.feature(c[10], cluster(0, 1), i + 1 < range.upperBound ? words[i + 1] : boundaryAfter) & keyMask)
    }

    /// The token ranges of a document's sentences, with any tokens between sentences as
    /// sentences of their own, so the ranges cover every token in order.
    static func sentenceRanges(_ document: Document) -> [Range<Int>] {
        var ranges: [Range<Int>] = [], next = 0
        for sentence in document.sentences where sentence.tokens.lowerBound >= next && !sentence.tokens.isEmpty {
            if sentence.tokens.lowerBound > next { ranges.append(next..<sentence.tokens.lowerBound) }
            ranges.append(sentence.tokens)
            next = sentence.tokens.upperBound
        }
        if next < document.tokens.count { ranges.append(next..<document.tokens.count) }
        return ranges
    }

    /// The kind of the token after a word, as a cue sees it: `that` 1, `to` 2, a colon 3, an
    /// opening quotation mark 4, a comma 5, a preposition a stance takes (`of`, `about`, `for`,
    /// `on`, `with`) 6, anything else 0 (7, used by the caller, is the sentence's end).
    static func nextClass(_ lower: String, _ quoteState: UInt64) -> UInt64 {
        switch lower {
        case "that": return 1
        case "to": return 2
        case ":": return 3
        case ",": return 5
        case "of", "about", "for", "on", "with": return 6
        default: return quoteState == 2 ? 4 : 0
        }
    }

    /// A distance bucket: 1, 2, 3, 4–6, 7–10, 11–20, more.
    static func bucket(_ distance: Int) -> UInt64 {
        switch distance {
        case ...3: return UInt64(distance)
        case 4...6: return 4
        case 7...10: return 5
        case 11...20: return 6
        default: return 7
        }
    }

    /// A crude English stem: the word without `-ing`, `-ed`, `-es`, `-s` (`saying`, `said`
    /// stay apart, `claims`/`claimed`/`claiming` meet).
    static func stem(_ word: String) -> String {
        for suffix in ["ing", "ed", "es", "s"] where word.count > suffix.count + 2 && word.hasSuffix(suffix) {
            return String(word.dropLast(suffix.count))
        }
        return word
    }

    /// A word's shape with runs collapsed: `Xx`, `x`, `d`, `X.X.`, `x-x`.
    static func shape(_ text: String) -> String {
        var result = "", last: Character = " "
        for scalar in text.unicodeScalars {
            let c: Character = scalar.properties.isUppercase ? "X" : scalar.properties.isAlphabetic ? "x"
                : ("0"..."9").contains(scalar) ? "d" : Character(scalar)
            if c != last { result.append(c); last = c }
        }
        return result
    }
}
