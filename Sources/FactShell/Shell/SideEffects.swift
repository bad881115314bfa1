import FactModel

/// What a decision changed beyond the annotations it names: a mention drawn over pending
/// proposals supersedes them, and undoing it brings them back. The shell says so every time,
/// so that no annotation changes without the analyst reading about it.
enum SideEffects {
    /// One annotation whose status, label or span changed as a side effect.
    struct Change: Equatable {
        /// The annotation after the decision.
        var after: MentionAnnotation
        /// Its status before.
        var statusBefore: ReviewStatus
    }

    /// The mentions the last decision changed, except those it names, in text order.
    ///
    /// Only the annotations the decision touched are looked at (the state remembers their
    /// previous values), so this costs what the decision did, not what the session holds.
    static func of(_ state: SessionState, naming named: Set<String>) -> [Change] {
        var changes: [Change] = []
        for (id, before) in state.lastChanges.mentions where !named.contains(id) {
            guard let was = before, let now = state.mentions[id], was != now else { continue }
            changes.append(Change(after: now, statusBefore: was.review.status))
        }
        return changes.sorted { ($0.after.mention.start, $0.after.id) < ($1.after.mention.start, $1.after.id) }
    }
}

extension AnnotationShell {
    /// Prints the side effects of the last decision, one a line: `  also rejected m48 QUANTITY «12 000» (it overlapped)`.
    func reportSideEffects() {
        for change in sideEffects {
            let annotation = change.after
            let what = "\(annotation.id) \(annotation.mention.label) «\(SafeText.escape(annotation.mention.text))»"
            let status = annotation.review.status
            let reason = status == .rejected && change.statusBefore == .pending ? " (it overlapped; undo brings it back)" : ""
            output.line("  " + renderer.style.error("also") + " \(status == .pending ? "back to pending" : status.rawValue) \(what)" + reason)
        }
        sideEffects = []
    }
}
