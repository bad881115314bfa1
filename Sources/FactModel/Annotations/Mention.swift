/// An entity mention: a labelled span of the text (layer 1 of the annotation guidelines).
/// Mentions are flat: no two accepted mentions of one session overlap.
public struct Mention: Hashable, Codable, Sendable {
    /// A label of the session's schema (`PER`, `LOC`, …).
    public var label: String
    /// First code point.
    public var start: Int
    /// One past the last code point.
    public var end: Int
    /// The exact text covered, so any reader can check the offsets.
    public var text: String

    /// Makes a mention.
    public init(label: String, start: Int, end: Int, text: String) {
        self.label = label
        self.start = start
        self.end = end
        self.text = text
    }

    /// Makes a mention of a span of a document, taking its text from the document.
    public init(label: String, span: TextSpan, in document: Document) {
        self.init(label: label, start: span.start, end: span.end, text: document.text(of: span))
    }

    /// The span covered.
    public var span: TextSpan { TextSpan(start: start, end: end) }
}

/// A mention suggested by a proposer, with its id, how sure the proposer is and which rule made it.
public struct MentionProposal: Hashable, Codable, Sendable {
    /// A short stable id (`m1`, `m2`…), assigned in text order when the proposals are numbered.
    public var id: String
    /// The suggested label.
    public var label: String
    /// First code point.
    public var start: Int
    /// One past the last code point.
    public var end: Int
    /// The exact text covered.
    public var text: String
    /// The proposer's confidence, 0…1.
    public var score: Double
    /// The rule, gazetteer or model that made it (`gazetteer.region`, `pattern.date`, …).
    public var rule: String

    /// Makes a proposal; `id` may be left empty until `ProposalSet.numbered()`.
    public init(id: String = "", label: String, start: Int, end: Int, text: String, score: Double, rule: String) {
        self.id = id
        self.label = label
        self.start = start
        self.end = end
        self.text = text
        self.score = score
        self.rule = rule
    }

    /// The proposed mention, without provenance.
    public var mention: Mention { Mention(label: label, start: start, end: end, text: text) }

    /// The span covered.
    public var span: TextSpan { TextSpan(start: start, end: end) }
}
