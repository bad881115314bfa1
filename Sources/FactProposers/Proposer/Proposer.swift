import FactModel
import FactText

/// Something that suggests annotations for a document: the rule proposer today; later a
/// learned tagger, a claim proposer or an external command conform to it too, so the shell can
/// run any of them, record which one (by `name` and `version`) made each proposal, and compare
/// them.
///
/// Proposers are pure functions of the document: the same text, tokens and version give the
/// same proposals, which is what lets a session be replayed.
public protocol Proposer: Sendable {
    /// A short stable name recorded with every proposal set (`rules`).
    var name: String { get }
    /// Bumped whenever the proposals for the same text may change (`0.1.0`).
    var version: String { get }
    /// The proposals for a tokenized document (see `FactText.TextAnalyzer`).
    func propose(_ document: Document) -> ProposalSet
}

extension Document {
    /// The document with its tokens and sentences, analysed now when a caller passed bare text,
    /// or nil for an empty text, which has nothing to propose: where every proposer starts.
    public var tokenizedForProposing: Document? {
        guard tokens.isEmpty else { return self }
        guard !text.isEmpty else { return nil }
        var analysed = self
        TextAnalyzer.analyze(&analysed)
        return analysed
    }
}
