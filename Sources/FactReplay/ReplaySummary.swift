import FactModel
import Foundation

/// What happened in a session, for `factline replay`: decisions by kind and by label, who made
/// them, how long it took, and what the annotations came to.
public struct ReplaySummary: Sendable {
    /// Number of events.
    public var eventCount: Int
    /// Events by kind (`accept`, `undo`…), every event of the log.
    public var byKind: [String: Int]
    /// Decisions still in force at the end (not undone, or undone then redone), by kind; undo
    /// and redo events are not decisions of their own.
    public var keptByKind: [String: Int]
    /// The distinct mentions that the kept decisions of each kind touched, by kind then by the
    /// mention's final label. One event can touch many mentions (`accept all`).
    public var byKindAndLabel: [String: [String: Int]]
    /// Decisions that an undo reverted at some point, in log order (sequence numbers).
    public var undoneEver: [Int]
    /// Of those, the ones a redo re-applied and that are in force at the end.
    public var redone: [Int]
    /// Decisions still undone at the end: not in `keptByKind` nor in the final counts.
    public var stillUndone: [Int]
    /// Annotators who recorded events.
    public var annotators: [String]
    /// Time from the session's creation to its last event.
    public var elapsed: TimeInterval
    /// Time spent deciding: the sum of gaps between consecutive events, each capped at five
    /// minutes so that a coffee break does not count.
    public var activeTime: TimeInterval
    /// Final annotations by review status.
    public var finalStatus: [ReviewStatus: Int]
    /// Final accepted mentions by label.
    public var acceptedByLabel: [String: Int]
    /// Proposals accepted without change, corrected (relabelled or resized), rejected, or still pending.
    public var proposalOutcomes: [String: Int]

    /// Summarises a verified session.
    public init(session: Session) {
        let events = session.events
        eventCount = events.count
        byKind = Dictionary(grouping: events, by: { $0.action.kind }).mapValues(\.count)
        annotators = Array(Set(events.map(\.annotator))).sorted()
        elapsed = (events.last?.time ?? session.created).timeIntervalSince(session.created)
        var active: TimeInterval = 0
        var previous = session.created
        for event in events {
            active += min(max(0, event.time.timeIntervalSince(previous)), 300)
            previous = event.time
        }
        activeTime = active
        let state = session.state
        let undo = UndoHistory(events: events)
        undoneEver = undo.undoneEver
        redone = undo.undoneEver.filter { undo.inForce.contains($0) }
        stillUndone = undo.undoneEver.filter { !undo.inForce.contains($0) }
        let kept = events.filter { undo.inForce.contains($0.seq) }
        keptByKind = Dictionary(grouping: kept, by: { $0.action.kind }).mapValues(\.count)
        var touched: [String: Set<String>] = [:]
        for event in kept { touched[event.action.kind, default: []].formUnion(event.action.ids) }
        var byKindAndLabel: [String: [String: Int]] = [:]
        for (kind, ids) in touched {
            for id in ids {
                guard let label = state.mentions[id]?.mention.label else { continue }
                byKindAndLabel[kind, default: [:]][label, default: 0] += 1
            }
        }
        self.byKindAndLabel = byKindAndLabel
        finalStatus = state.statusCounts
        let gold = session.annotations.goldMentions
        acceptedByLabel = Dictionary(grouping: gold, by: { $0.mention.label }).mapValues(\.count)
        var outcomes: [String: Int] = [:]
        for annotation in session.annotations.mentions where annotation.review.origin == .proposed {
            let outcome: String
            switch annotation.review.status {
            case .accepted: outcome = annotation.isCorrected ? "corrected" : "accepted as proposed"
            case .rejected: outcome = "rejected"
            case .deleted: outcome = "deleted after acceptance"
            case .pending: outcome = "still pending"
            }
            outcomes[outcome, default: 0] += 1
        }
        outcomes["added by the analyst"] = gold.filter { $0.review.origin == .added }.count
        proposalOutcomes = outcomes
    }
}
