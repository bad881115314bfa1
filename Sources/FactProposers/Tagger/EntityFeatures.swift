import FactModel

/// The entity tagger's feature templates: word, lower case, shape, prefixes and suffixes of 1–4
/// code points, capitalisation and other flags, position in the sentence, a ±2 window, hits of
/// the project's lexicons (places, organisations, events, products, demonyms, first names,
/// month and day words), hits of a gazetteer of training entities, and optionally the rule
/// proposer's own spans.
public struct EntityFeatures: Sendable {
    /// Which optional feature groups are on.
    public struct Options: Sendable, Equatable {
        /// Hits of the project's lexicons.
        public var lexicons = true
        /// The rule proposer's spans as features (stacking).
        public var rules = false
        /// How hits are hashed: 1 (models written before v2) hashes a `group:label:position`
        /// string per hit; 2 mixes precomputed hashes, which builds no string.
        public var version = 2
        /// What the rest of the article says about each capitalised word (`DocumentContext`).
        public var document = false
        /// The word clusters of a token and its neighbours (`WordClusters`, computed from the
        /// training text and kept in the model file).
        public var clusters = false

        /// Default options.
        public init(lexicons: Bool = true, rules: Bool = false, version: Int = 2, document: Bool = false, clusters: Bool = false) {
            self.lexicons = lexicons
            self.rules = rules
            self.version = version
            self.document = document
            self.clusters = clusters
        }

        /// The options as a model file records them (`v2,lexicons,rules,document,clusters`).
        public var description: String {
            (["v\(version)"] + (lexicons ? ["lexicons"] : []) + (rules ? ["rules"] : []) + (document ? ["document"] : [])
             + (clusters ? ["clusters"] : [])).joined(separator: ",")
        }

        /// Reads `description` back.
        public init(description: String) {
            let parts = Set(description.split(separator: ",").map(String.init))
            self.init(lexicons: parts.contains("lexicons"), rules: parts.contains("rules"), version: parts.contains("v1") ? 1 : 2,
                      document: parts.contains("document"), clusters: parts.contains("clusters"))
        }
    }

    /// The optional groups.
    public var options: Options
    /// Names seen in training data (empty: no such features).
    public var gazetteer: EntityGazetteer
    /// Word clusters of the training text (empty: no such features).
    public var clusters: WordClusters

    /// Makes the extractor.
    public init(options: Options = Options(), gazetteer: EntityGazetteer = EntityGazetteer(), clusters: WordClusters = WordClusters()) {
        self.options = options
        self.gazetteer = gazetteer
        self.clusters = clusters
    }

    private static let outside = StableHash.string("<s>")
    /// The groups of hits: the project's lexicons, the gazetteer of entity names, the rules.
    private static let lexicon: UInt64 = 1, entity: UInt64 = 2, rule: UInt64 = 3

    // MARK: Extraction

    /// One feature sequence per sentence of a tokenized document, with the sentence's token range.
    /// `ruleMentions`, when given, are the rule proposer's mentions of this document (to save
    /// running the rules twice).
    /// `learning` also records each token's word-specific keys (form, lower case, the word
    /// bigrams) as the ones an online update may change.
    public func sequences(for document: Document, ruleMentions: [MentionProposal]? = nil, learning: Bool = false) -> [(tokens: Range<Int>, features: FeatureSequence)] {
        var result: [(Range<Int>, FeatureSequence)] = []
        result.reserveCapacity(document.sentences.count)
        forEachSequence(in: document, ruleMentions: ruleMentions, learning: learning) { result.append(($0, $1)) }
        return result
    }

    /// Calls `body` with each sentence's token range and feature sequence in turn, so that
    /// proposing keeps one sentence's features at a time: held all at once, they were 58 MB
    /// of a megabyte article's peak. The tokens are viewed and hashed a block of sentences at a
    /// time too (`blockSentences` of them): for a whole megabyte article the view, the hashes
    /// and the hits were 17 MB of the peak. Names and feature windows never cross a sentence,
    /// so the features are the same whatever the block size.
    public func forEachSequence(in document: Document, ruleMentions: [MentionProposal]? = nil, learning: Bool = false,
                                _ body: (Range<Int>, FeatureSequence) -> Void) {
        forEachSequence(in: document, ruleMentions: ruleMentions, learning: learning, blockSentences: Self.blockSentences, body)
    }

    /// Sentences viewed at a time: a few thousand tokens, a fraction of a megabyte of working set.
    static let blockSentences = 200

    /// `forEachSequence` with a given block size (tests force tiny blocks to compare).
    func forEachSequence(in document: Document, ruleMentions: [MentionProposal]?, learning: Bool, blockSentences: Int,
                         _ body: (Range<Int>, FeatureSequence) -> Void) {
        let blocks = SentenceBlocks(document, sentencesPerBlock: blockSentences)
        let rules = options.rules ? blocks.ruleSpans(ruleMentions ?? RuleProposer().propose(document).mentions, in: document) : []
        let context = options.document ? DocumentContext(document) : nil
        for (index, block) in blocks.blocks.enumerated() {
            let view = TokenView(document, sentences: block.sentences, tokens: block.tokens)
            let hashes = TokenHashes(view)
            let hits = hitHashes(view, hashes, sentences: block.sentences, rules: options.rules ? rules[index] : [])
            for sentence in document.sentences[block.sentences] where !sentence.tokens.isEmpty {
                let local = sentence.tokens.lowerBound - view.base..<sentence.tokens.upperBound - view.base
                body(sentence.tokens, sequence(local, hashes, hits, context: context, base: view.base, learning: learning))
            }
        }
    }

    /// Per token of a view, the hashed hits (template-distinguished values) of lexicons, the
    /// training gazetteer and the rules (`rules`: the rule spans in view indices, which may
    /// reach outside the view), each with its B/I/L/U position.
    private func hitHashes(_ view: TokenView, _ hashes: TokenHashes, sentences: Range<Int>,
                           rules: [(start: Int, end: Int, label: String)]) -> [[UInt64]] {
        var hits = [[UInt64]](repeating: [], count: view.count)
        // A hit's value mixes its group, label and B/I/L/U position without building a string.
        // The position comes from the whole span; only the view's part of it is marked.
        func mark(_ start: Int, _ end: Int, _ group: UInt64, _ label: String) {
            let labelHash = StableHash.string(label)
            for index in max(start, 0)..<max(min(end, view.count), max(start, 0)) {
                let position: UInt64 = end - start == 1 ? 3 : index == start ? 0 : index == end - 1 ? 2 : 1
                if options.version == 1 {
                    let names = ["", "lex", "ent", "rule"], positions = ["B", "I", "L", "U"]
                    hits[index].append(StableHash.string("\(names[Int(group)]):\(label):\(positions[Int(position)])"))
                } else {
                    hits[index].append(StableHash.key(group &* 4 &+ position, labelHash))
                }
            }
        }
        if options.lexicons {
            for index in 0..<view.count {
                for gazetteer in [Lexicons.places, Lexicons.named, Lexicons.demonyms] {
                    if let entry = gazetteer.match(at: index, in: view) {
                        mark(index, index + entry.tokens.count, Self.lexicon, entry.rule)
                    }
                }
                if FirstNames.names.contains(view.texts[index]) { mark(index, index + 1, Self.lexicon, "first-name") }
                let lower = view.lower[index]
                if TemporalWords.months.contains(lower) { mark(index, index + 1, Self.lexicon, "month") }
                if TemporalWords.weekdays.contains(lower) { mark(index, index + 1, Self.lexicon, "weekday") }
                if TemporalWords.hourMarkers.contains(lower) { mark(index, index + 1, Self.lexicon, "hour") }
                if FunctionWords.titles.contains(lower) { mark(index, index + 1, Self.lexicon, "title") }
                if Organisations.keywords.contains(lower) { mark(index, index + 1, Self.lexicon, "org-keyword") }
            }
        }
        for sentence in view.document.sentences[sentences] {
            let local = sentence.tokens.lowerBound - view.base..<sentence.tokens.upperBound - view.base
            for match in gazetteer.matches(view.lower, hashes.lower, in: local) { mark(match.start, match.end, Self.entity, match.label) }
        }
        for span in rules { mark(span.start - view.base, span.end - view.base, Self.rule, span.label) }
        return hits
    }

    /// The clusters of token `i` and its neighbours in the sentence `range`, at each
    /// granularity: one template per granularity and position.
    /// `packed`: the sentence's clusters, looked up once per token (`range.lowerBound` first).
    private func appendClusters(_ range: Range<Int>, _ packed: [UInt32?], _ i: Int, to keys: inout [UInt64]) {
        for offset in -1...1 where range.contains(i + offset) {
            guard let packed = packed[i + offset - range.lowerBound] else { continue }
            for level in WordClusters.granularities.indices {
                keys.append(StableHash.key(60 + UInt64(level * 3 + offset + 1), UInt64(WordClusters.cluster(packed, level: level))))
            }
        }
    }

    /// The features of one sentence (`range`, in view indices; `base`: the view's first
    /// document token, for `context`, which indexes the whole document).
    private func sequence(_ range: Range<Int>, _ h: TokenHashes, _ hits: [[UInt64]], context: DocumentContext?, base: Int,
                          learning: Bool) -> FeatureSequence {
        var sequence = FeatureSequence()
        var keys: [UInt64] = []
        keys.reserveCapacity(64)
        let outside = Self.outside
        func at(_ values: [UInt64], _ index: Int) -> UInt64 { range.contains(index) ? values[index] : outside }
        let packedClusters = options.clusters ? range.map { clusters.clusters(of: h.lower[$0]) } : []
        for i in range {
            keys.removeAll(keepingCapacity: true)
            let k: (UInt64, UInt64) -> UInt64 = { StableHash.key($0, $1) }
            keys.append(k(1, 1))
            keys.append(k(2, h.form[i])); keys.append(k(3, h.lower[i]))
            keys.append(k(4, h.shape[i])); keys.append(k(5, h.shortShape[i]))
            TokenHashes.affixes(of: h.lowerTexts[i]) { n, prefix, suffix in
                if prefix != 0 { keys.append(k(6 + UInt64(n), prefix)) }
                if suffix != 0 { keys.append(k(10 + UInt64(n), suffix)) }
            }
            keys.append(k(14, UInt64(h.flags[i])))
            let fromStart = i - range.lowerBound, toEnd = range.upperBound - 1 - i
            keys.append(k(15, UInt64(min(fromStart, 3) * 4 + min(toEnd, 3))))
            let window = keys.count
            keys.append(k(20, at(h.lower, i - 2))); keys.append(k(21, at(h.lower, i - 1)))
            keys.append(k(22, at(h.lower, i + 1))); keys.append(k(23, at(h.lower, i + 2)))
            keys.append(k(24, at(h.shape, i - 1))); keys.append(k(25, at(h.shape, i + 1)))
            keys.append(k(26, at(h.shortShape, i - 2))); keys.append(k(27, at(h.shortShape, i + 2)))
            let bigrams = keys.count
            keys.append(StableHash.key(28, at(h.lower, i - 1), h.lower[i]))
            keys.append(StableHash.key(29, h.lower[i], at(h.lower, i + 1)))
            keys.append(StableHash.key(30, StableHash.key(0, at(h.shortShape, i - 1), h.shortShape[i]), at(h.shortShape, i + 1)))
            keys.append(k(31, range.contains(i - 1) ? UInt64(h.flags[i - 1]) : 999))
            keys.append(k(32, range.contains(i + 1) ? UInt64(h.flags[i + 1]) : 999))
            keys.append(StableHash.key(33, at(h.lower, i - 1), h.shortShape[i]))
            for hit in hits[i] { keys.append(k(40, hit)) }
            if range.contains(i - 1) { for hit in hits[i - 1] { keys.append(k(41, hit)) } }
            if range.contains(i + 1) { for hit in hits[i + 1] { keys.append(k(42, hit)) } }
            context?.append(at: base + i, to: &keys)
            if options.clusters { appendClusters(range, packedClusters, i, to: &keys) }
            sequence.append(token: keys)
            if learning {
                // form, lower case, and the two word bigrams: see `FeatureSequence.learnable`.
                sequence.appendLearnable(token: [keys[1], keys[2], keys[bigrams], keys[bigrams + 1], keys[window + 1], keys[window + 2]])
            }
        }
        return sequence
    }
}
