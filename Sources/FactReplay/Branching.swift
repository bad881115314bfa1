import FactModel

/// A new session that starts from another's state after one of its decisions, to redo an
/// article from that point without touching the original (`replay --to N --branch`).
public enum Branching {
    /// Why a branch cannot be made.
    public struct Refusal: Error, CustomStringConvertible {
        /// One line.
        public var description: String
    }

    /// The session with the parent's events up to and including decision `event` (kept as they
    /// were, with their times and annotators), owned by `annotator`, recording its parent.
    /// The proposals, schema and proposer are the parent's, so both fold the same way up to `event`.
    public static func branch(of parent: Session, path: String, at event: Int, annotator: String? = nil) throws(Refusal) -> Session {
        let last = parent.events.last?.seq ?? 0
        guard (0...last).contains(event) else {
            throw Refusal(description: "--to takes a decision number from 0 to \(last) (the session has \(last) events)")
        }
        do {
            var branch = try Session(
                article: parent.article, document: parent.document, schema: parent.schema, proposer: parent.proposer,
                proposals: parent.proposals, annotator: annotator ?? parent.annotator, created: parent.created,
                events: Array(parent.events.prefix { $0.seq <= event }))
            branch.parent = SessionParent(session: path, event: event, annotator: parent.annotator)
            return branch
        } catch {
            throw Refusal(description: "cannot branch at #\(event): \(error)")
        }
    }
}
