import FactModel

/// Which decisions of a log are in force at its end, following undo and redo events.
struct UndoHistory {
    /// Sequence numbers of the decisions (events other than undo, redo and re-proposals) in force at the end.
    var inForce: Set<Int> = []
    /// Decisions that an undo reverted at some point, in log order.
    var undoneEver: [Int] = []

    init(events: [Event]) {
        var decisionOf: [Int: Int] = [:]     // an undoable event (decision or redo) → its decision
        var revertedBy: [Int: Int] = [:]     // an undo event → the decision it reverted
        var undone: Set<Int> = []
        for event in events {
            switch event.action {
            case let .undo(target):
                guard let decision = decisionOf[target] else { continue }
                inForce.remove(decision)
                revertedBy[event.seq] = decision
                if undone.insert(decision).inserted { undoneEver.append(decision) }
            case let .redo(target):
                guard let decision = revertedBy[target] else { continue }
                inForce.insert(decision)
                decisionOf[event.seq] = decision
            case .repropose:
                // The model's, not the analyst's: never undone, never a decision in force.
                continue
            default:
                decisionOf[event.seq] = event.seq
                inForce.insert(event.seq)
            }
        }
        undoneEver.sort()
    }
}
