import FactModel

// MARK: Online learning within an article

/// The analyst model's in-memory copy for one open article: it learns from each sentence as
/// the analyst finishes it, so that the rest of the same article can be proposed again by the
/// model as it now stands (issue 7, "the rest of the same one").
///
/// It works on excerpts of the article (the sentence learnt from, then a bounded window of the
/// sentences after it), so what a decision costs depends on the window, not on the article.
/// Names and feature windows never cross a sentence, so the tagger sees an excerpt's sentences
/// as it sees them in the whole article (the rule features are the rules' spans in the excerpt).
/// It is never saved: the persistent analyst model still learns once, when the article is done.
public struct WithinArticleLearner: Sendable {
    /// The tagger as it stands after the sentences learnt so far.
    public private(set) var tagger: EntityTagger
    /// How each sentence is learnt from (the same steps as `done`).
    public let learning: EntityTagger.Learning
    /// How the rules fill in beside the model, as the proposer that made the article's proposals.
    public let fill: RuleFill
    /// Sentences learnt from that changed the model.
    public private(set) var sentencesLearnt = 0
    private let startVersion: String

    /// Starts from `tagger` (the analyst model as it stood when the article was opened).
    public init(tagger: EntityTagger, learning: EntityTagger.Learning = EntityTagger.Learning(), fill: RuleFill = .otherLabels) {
        self.tagger = tagger
        self.learning = learning
        self.fill = fill
        startVersion = "\(tagger.name) \(tagger.version)"
    }

    /// The model's name and version with the number of sentences learnt in this article
    /// (`fr-news 2+u3+s5`), as a re-proposal records it.
    public var version: String { sentencesLearnt > 0 ? "\(startVersion)+s\(sentencesLearnt)" : startVersion }

    /// Learns from sentence `index` of a tokenized document whose gold mentions in that
    /// sentence are `gold` (document offsets; others are ignored). Returns true when the model
    /// changed (weights or remembered names).
    @discardableResult
    public mutating func learn(sentence index: Int, of document: Document, gold: [Mention]) -> Bool {
        guard document.sentences.indices.contains(index), let excerpt = document.excerpt(sentences: index..<index + 1) else { return false }
        let sentence = document.sentences[index]
        let shifted = gold.filter { $0.start >= sentence.start && $0.end <= sentence.end }
            .map { Mention(label: $0.label, start: $0.start - excerpt.offset, end: $0.end - excerpt.offset, text: $0.text) }
        let before = tagger.version
        tagger.update(with: LabeledDocument(document: excerpt.document, mentions: shifted), learning: learning)
        guard tagger.version != before else { return false }
        sentencesLearnt += 1
        return true
    }

    /// The mentions the model (with the rules filling in, as the article's proposer combines
    /// them) proposes in `sentences` of a tokenized document, in document offsets and text order.
    public func mentions(sentences: Range<Int>, of document: Document) -> [MentionProposal] {
        guard let excerpt = document.excerpt(sentences: sentences) else { return [] }
        let found = CombinedProposer(tagger: tagger, fill: fill, claims: false).combinedMentions(excerpt.document)
        return found.map {
            MentionProposal(label: $0.label, start: $0.start + excerpt.offset, end: $0.end + excerpt.offset,
                            text: $0.text, score: $0.score, rule: $0.rule)
        }
    }

    /// What learning from one sentence changes ahead of it.
    public struct Change: Sendable, Equatable {
        /// The sentences proposed again.
        public var window: Range<Int>
        /// What the model proposed there before learning and no longer does (span and label).
        public var dropped: [MentionProposal]
        /// What it proposes now and did not before.
        public var found: [MentionProposal]
    }

    /// Learns from sentence `index` (see `learn(sentence:of:gold:)`) and, when the model
    /// changed, proposes again the sentences after it, at most `windowSentences` of them and
    /// no more than about `windowWords` tokens: returns how the proposals there differ from the
    /// model's before learning, or nil when the model did not change.
    public mutating func learnAndLookAhead(sentence index: Int, of document: Document, gold: [Mention],
                                           windowSentences: Int = 20, windowWords: Int = 1_000) -> Change? {
        let window = Self.window(after: index, in: document, sentences: windowSentences, words: windowWords)
        let previous = tagger
        guard learn(sentence: index, of: document, gold: gold) else { return nil }
        guard !window.isEmpty else { return Change(window: window, dropped: [], found: []) }
        let before = WithinArticleLearner(tagger: previous, learning: learning, fill: fill).mentions(sentences: window, of: document)
        let after = mentions(sentences: window, of: document)
        func key(_ proposal: MentionProposal) -> Key { Key(start: proposal.start, end: proposal.end, label: proposal.label) }
        let beforeKeys = Set(before.map(key)), afterKeys = Set(after.map(key))
        return Change(window: window, dropped: before.filter { !afterKeys.contains(key($0)) }, found: after.filter { !beforeKeys.contains(key($0)) })
    }

    private struct Key: Hashable { var start: Int, end: Int, label: String }

    /// The sentences after `index` to propose again: up to `sentences` of them, stopping once
    /// `words` tokens are taken (at least one sentence when there is one).
    static func window(after index: Int, in document: Document, sentences: Int, words: Int) -> Range<Int> {
        let first = min(index + 1, document.sentences.count)
        var last = first, taken = 0
        while last < document.sentences.count && last - first < sentences && (taken < words || last == first) {
            taken += document.sentences[last].tokens.count
            last += 1
        }
        return first..<last
    }
}

extension Document {
    /// Sentences `range` of a tokenized document as a document of their own (text from the
    /// first sentence's start to the last one's end, tokens and sentences shifted), with the
    /// offset to add to its offsets to get the document's. Nil when the range holds no token.
    func excerpt(sentences range: Range<Int>) -> (document: Document, offset: Int)? {
        guard !range.isEmpty, range.lowerBound >= 0, range.upperBound <= sentences.count else { return nil }
        let chosen = sentences[range]
        guard let firstToken = chosen.first(where: { !$0.tokens.isEmpty })?.tokens.lowerBound,
              let lastToken = chosen.last(where: { !$0.tokens.isEmpty })?.tokens.upperBound, firstToken < lastToken else { return nil }
        let start = tokens[firstToken].start, end = tokens[lastToken - 1].end
        let shiftedTokens = tokens[firstToken..<lastToken].map { token in
            var token = token
            token.start -= start
            token.end -= start
            return token
        }
        let shiftedSentences = chosen.filter { !$0.tokens.isEmpty }.map {
            Sentence(start: $0.start - start, end: $0.end - start, tokens: $0.tokens.lowerBound - firstToken..<$0.tokens.upperBound - firstToken)
        }
        let excerpt = Document(id: id, text: text(from: start, to: end), language: language, meta: meta,
                               tokens: shiftedTokens, sentences: shiftedSentences)
        return (excerpt, start)
    }
}
