/// Why a decision cannot be applied to a session. Each case reads as a one-line message the
/// analyst can act on.
public enum DecisionError: Error, Equatable, CustomStringConvertible {
    case unknownID(String)
    case idInUse(String)
    case unknownLabel(String, known: [String])
    case invalidSpan(SpanError)
    case overlaps(id: String, label: String, text: String)
    case alreadyInStatus(id: String, status: ReviewStatus)
    case notAllowed(id: String, status: ReviewStatus, action: String, hint: String)
    case sameLabel(id: String, label: String)
    case sameSpan(id: String)
    case notAMention(String)
    case emptyNote
    case invalidClaim(id: String, reason: String)
    case sameClaim(id: String)
    case invalidProposal(id: String, reason: String)
    case noSuchNote(id: String, note: Int, count: Int)
    case articleComplete
    case articleNotComplete
    case nothingToUndo
    case nothingToRedo
    case undoOutOfOrder(expected: Int, got: Int)
    case redoOutOfOrder(expected: Int, got: Int)
    case badSequence(expected: Int, got: Int)

    public var description: String {
        switch self {
        case let .unknownID(id): return "no annotation has the id '\(id)'"
        case let .idInUse(id): return "the id '\(id)' is already in use"
        case let .unknownLabel(label, known):
            return "unknown label '\(label)' (labels: \(known.joined(separator: " ")))"
        case let .invalidSpan(error): return error.description
        case let .overlaps(id, label, text): return "overlaps \(id) \(label) «\(text)»: change or delete it first"
        case let .alreadyInStatus(id, status): return "\(id) is already \(status.rawValue)"
        case let .notAllowed(id, status, action, hint): return "cannot \(action) \(id): it is \(status.rawValue); \(hint)"
        case let .sameLabel(id, label): return "\(id) is already labelled \(label)"
        case let .sameSpan(id): return "\(id) already has these boundaries"
        case let .notAMention(id): return "\(id) is not an entity mention"
        case .emptyNote: return "a note needs some text"
        case let .invalidClaim(id, reason): return "claim \(id): \(reason)"
        case let .sameClaim(id): return "\(id) is already so"
        case let .invalidProposal(id, reason): return "re-proposed \(id): \(reason)"
        case let .noSuchNote(id, note, count):
            return count == 0 ? "\(id) has no notes" : "\(id) has \(count) note(s): give a number from 1 to \(count), not \(note)"
        case .articleComplete: return "the article is marked done: type 'reopen' to change it"
        case .articleNotComplete: return "the article is not marked done"
        case .nothingToUndo: return "nothing to undo"
        case .nothingToRedo: return "nothing to redo"
        case let .undoOutOfOrder(expected, got): return "undo must revert event \(expected), not \(got)"
        case let .redoOutOfOrder(expected, got): return "redo must revert undo event \(expected), not \(got)"
        case let .badSequence(expected, got): return "event \(got) is out of sequence (expected \(expected))"
        }
    }
}
