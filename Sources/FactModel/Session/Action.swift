/// One decision of the analyst, as recorded in a session's event log (annotation-guidelines.md,
/// "Session decisions"). Actions name everything they touch explicitly (ids, offsets, labels),
/// so folding the log never depends on how a command was typed.
public enum Action: Hashable, Sendable {
    /// Accept pending (or previously rejected) proposals as they are.
    case accept(ids: [String])
    /// Reject proposals: they stay in the session as negative evidence.
    case reject(ids: [String])
    /// Give a mention another label; the mention counts as accepted.
    case relabel(id: String, label: String)
    /// Give a mention new boundaries; the mention counts as accepted.
    case resize(id: String, start: Int, end: Int)
    /// Add a mention the proposer missed.
    case add(id: String, label: String, start: Int, end: Int)
    /// Remove an accepted or added annotation.
    case delete(id: String)
    /// Attach a free-text note to an annotation.
    case note(id: String, text: String)
    /// Remove an annotation's note number `note` (1 is the first); with `note` then `unnote`, a
    /// note can be edited and the log still shows both texts.
    case unnote(id: String, note: Int)
    /// Add a claim the proposer missed.
    case addClaim(id: String, claim: Claim)
    /// Replace a claim by a corrected one; `field` names what the analyst changed (`source`,
    /// `cue`, `content`, `stance`, `certainty`, `quoted`, `relations`), so the log reads as
    /// the decision was made. The claim counts as accepted.
    case editClaim(id: String, field: String, claim: Claim)
    /// Mark (or unmark) an annotation as unsure, for review; it keeps its status.
    case flag(id: String, flagged: Bool)
    /// Declare the article done.
    case complete
    /// Take the article back to in-progress.
    case reopen
    /// Revert the event with sequence number `event` (the latest not yet undone).
    case undo(event: Int)
    /// Re-apply the event with sequence number `event` that an undo reverted.
    case redo(event: Int)
    /// The model, having learnt from a finished sentence, withdrew pending proposals ahead and
    /// made new ones (not the analyst's decision: undo skips it).
    case repropose(Reproposal)

    /// The name of the action as written in the `kind` field of an event.
    public var kind: String {
        switch self {
        case .accept: return "accept"
        case .reject: return "reject"
        case .relabel: return "relabel"
        case .resize: return "resize"
        case .add: return "add"
        case .delete: return "delete"
        case .note: return "note"
        case .unnote: return "unnote"
        case .addClaim: return "add-claim"
        case .editClaim: return "edit-claim"
        case .flag: return "flag"
        case .complete: return "complete"
        case .reopen: return "reopen"
        case .undo: return "undo"
        case .redo: return "redo"
        case .repropose: return "repropose"
        }
    }

    /// The annotation ids the action touches.
    public var ids: [String] {
        switch self {
        case let .accept(ids), let .reject(ids): return ids
        case let .relabel(id, _), let .resize(id, _, _), let .add(id, _, _, _), let .delete(id),
             let .note(id, _), let .unnote(id, _), let .flag(id, _), let .addClaim(id, _), let .editClaim(id, _, _):
            return [id]
        case .complete, .reopen, .undo, .redo: return []
        case let .repropose(reproposal): return reproposal.withdrawn + reproposal.mentions.map(\.id)
        }
    }
}

// MARK: - JSON

extension Action: Codable {
    private enum CodingKeys: String, CodingKey {
        case kind, ids, id, label, start, end, text, flagged, event, note, claim, field, model, sentence, withdrawn, mentions
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let kind = try container.decode(String.self, forKey: .kind)
        switch kind {
        case "accept": self = .accept(ids: try container.decode([String].self, forKey: .ids))
        case "reject": self = .reject(ids: try container.decode([String].self, forKey: .ids))
        case "relabel":
            self = .relabel(id: try container.decode(String.self, forKey: .id),
                            label: try container.decode(String.self, forKey: .label))
        case "resize":
            self = .resize(id: try container.decode(String.self, forKey: .id),
                           start: try container.decode(Int.self, forKey: .start),
                           end: try container.decode(Int.self, forKey: .end))
        case "add":
            self = .add(id: try container.decode(String.self, forKey: .id),
                        label: try container.decode(String.self, forKey: .label),
                        start: try container.decode(Int.self, forKey: .start),
                        end: try container.decode(Int.self, forKey: .end))
        case "delete": self = .delete(id: try container.decode(String.self, forKey: .id))
        case "note":
            self = .note(id: try container.decode(String.self, forKey: .id),
                         text: try container.decode(String.self, forKey: .text))
        case "unnote":
            self = .unnote(id: try container.decode(String.self, forKey: .id),
                           note: try container.decode(Int.self, forKey: .note))
        case "add-claim":
            self = .addClaim(id: try container.decode(String.self, forKey: .id),
                             claim: try container.decode(Claim.self, forKey: .claim))
        case "edit-claim":
            self = .editClaim(id: try container.decode(String.self, forKey: .id),
                              field: try container.decode(String.self, forKey: .field),
                              claim: try container.decode(Claim.self, forKey: .claim))
        case "flag":
            self = .flag(id: try container.decode(String.self, forKey: .id),
                         flagged: try container.decode(Bool.self, forKey: .flagged))
        case "complete": self = .complete
        case "reopen": self = .reopen
        case "undo": self = .undo(event: try container.decode(Int.self, forKey: .event))
        case "redo": self = .redo(event: try container.decode(Int.self, forKey: .event))
        case "repropose":
            self = .repropose(Reproposal(model: try container.decode(String.self, forKey: .model),
                                         sentence: try container.decode(Int.self, forKey: .sentence),
                                         withdrawn: try container.decode([String].self, forKey: .withdrawn),
                                         mentions: try container.decode([MentionProposal].self, forKey: .mentions)))
        default:
            throw DecodingError.dataCorruptedError(
                forKey: .kind, in: container, debugDescription: "unknown event kind '\(kind)'")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        switch self {
        case let .accept(ids), let .reject(ids): try container.encode(ids, forKey: .ids)
        case let .relabel(id, label):
            try container.encode(id, forKey: .id)
            try container.encode(label, forKey: .label)
        case let .resize(id, start, end):
            try container.encode(id, forKey: .id)
            try container.encode(start, forKey: .start)
            try container.encode(end, forKey: .end)
        case let .add(id, label, start, end):
            try container.encode(id, forKey: .id)
            try container.encode(label, forKey: .label)
            try container.encode(start, forKey: .start)
            try container.encode(end, forKey: .end)
        case let .delete(id): try container.encode(id, forKey: .id)
        case let .note(id, text):
            try container.encode(id, forKey: .id)
            try container.encode(text, forKey: .text)
        case let .unnote(id, note):
            try container.encode(id, forKey: .id)
            try container.encode(note, forKey: .note)
        case let .flag(id, flagged):
            try container.encode(id, forKey: .id)
            try container.encode(flagged, forKey: .flagged)
        case let .addClaim(id, claim):
            try container.encode(id, forKey: .id)
            try container.encode(claim, forKey: .claim)
        case let .editClaim(id, field, claim):
            try container.encode(id, forKey: .id)
            try container.encode(field, forKey: .field)
            try container.encode(claim, forKey: .claim)
        case .complete, .reopen: break
        case let .undo(event), let .redo(event): try container.encode(event, forKey: .event)
        case let .repropose(reproposal):
            try container.encode(reproposal.model, forKey: .model)
            try container.encode(reproposal.sentence, forKey: .sentence)
            try container.encode(reproposal.withdrawn, forKey: .withdrawn)
            try container.encode(reproposal.mentions, forKey: .mentions)
        }
    }
}
