import FactModel

/// A decision in words, for the shell's confirmations and replay steps: `relabel m4 → ORG`,
/// `accept m3 m4`, `undo #5`. Text the analyst typed (notes) is escaped.
public enum ActionText {
    /// How many ids are listed before a long list is summarised.
    static let listedIDs = 6

    /// One line describing an action.
    public static func describe(_ action: Action) -> String {
        switch action {
        case let .relabel(id, label): return "relabel \(id) → \(label)"
        case let .resize(id, start, end): return "resize \(id) → \(start)-\(end)"
        case let .add(id, label, start, end): return "add \(id) \(label) \(start)-\(end)"
        case let .note(id, text): return "note \(id) «\(SafeText.escape(abridged(text)))»"
        case let .unnote(id, note): return "unnote \(id) #\(note)"
        case let .addClaim(id, claim): return "add claim \(id) «\(SafeText.escape(abridged(claim.content.text)))»"
        case let .editClaim(id, field, claim):
            let value: String
            switch field {
            case "source": value = claim.source.map { "«\(SafeText.escape(abridged($0.text)))»" } ?? "none"
            case "cue": value = claim.cue.map { "«\(SafeText.escape(abridged($0.text)))»" } ?? "none"
            case "content": value = "«\(SafeText.escape(abridged(claim.content.text)))»"
            case "stance": value = claim.stance.rawValue
            case "certainty": value = claim.certainty.rawValue
            case "quoted": value = claim.quoted ? "yes" : "no"
            case "relations": value = claim.relations.map { "\($0.type) \($0.target)" }.joined(separator: ", ")
            default: value = "the whole claim, «\(SafeText.escape(abridged(claim.content.text)))»"
            }
            return "edit \(id) \(field) → \(value.isEmpty ? "no links" : value)"
        case let .flag(id, flagged): return (flagged ? "flag " : "unflag ") + id
        case let .undo(event): return "undo #\(event)"
        case let .redo(event): return "redo (reverts undo #\(event))"
        case let .repropose(reproposal):
            let withdrawn = reproposal.withdrawn.map { "−\($0)" }
            let added = reproposal.mentions.map { "+\($0.id) \($0.label) «\(SafeText.escape(abridged($0.text)))»" }
            let listed = withdrawn + added
            let shown = listed.count > listedIDs ? listed.prefix(listedIDs).joined(separator: " ") + " … (\(listed.count) changes)" : listed.joined(separator: " ")
            return "model re-proposed: " + shown
        default:
            let ids = action.ids
            let listed = ids.count > listedIDs ? "\(ids.count) annotations (\(ids[0])…\(ids[ids.count - 1]))" : ids.joined(separator: " ")
            return ids.isEmpty ? action.kind : action.kind + " " + listed
        }
    }

    /// A long note cut to its first 60 characters and its length, so a confirmation stays one line.
    static func abridged(_ text: String) -> String {
        text.count <= 60 ? text : String(text.prefix(60)) + "… (\(text.count) characters)"
    }
}
