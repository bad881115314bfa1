import FactModel

/// A correction the analyst made to one proposal, which `same` repeats on the other pending
/// proposals of the same text and label: the rules copy an error to every occurrence of a
/// name, so the fix is usually wanted everywhere.
struct RepeatableCorrection: Equatable {
    /// The proposal as it was before the correction.
    var before: Mention
    /// The proposal after it.
    var after: Mention
    /// The other pending proposals with the text and label of `before`.
    var others: [String]

    /// The same correction for another mention of the same text: the new label, and each
    /// boundary moved by as many code points as on the corrected one.
    func applied(to mention: Mention) -> (label: String, span: TextSpan) {
        (after.label, TextSpan(start: mention.start + after.start - before.start, end: mention.end + after.end - before.end))
    }
}

extension AnnotationShell {
    /// After a correction, names the other pending proposals of the same text and label and
    /// offers `same`.
    func offerSameCorrection(after before: MentionAnnotation) {
        lastCorrection = nil
        guard let now = session.state.mentions[before.id]?.mention, now != before.mention else { return }
        let others = orderedMentions.filter {
            $0.id != before.id && $0.review.status == .pending && $0.mention.label == before.mention.label
                && $0.mention.text == before.mention.text
        }.map(\.id)
        guard !others.isEmpty else { return }
        lastCorrection = RepeatableCorrection(before: before.mention, after: now, others: others)
        let listed = others.count > 6 ? "\(others.prefix(6).joined(separator: " ")) …" : others.joined(separator: " ")
        output.line(renderer.style.dim("  \(others.count) other pending «\(SafeText.escape(before.mention.text))» (\(listed)): type same to correct them the same way"))
    }

    /// Applies the last correction to the proposals it listed that are still pending, one
    /// decision each; a proposal the correction does not fit is skipped with its reason.
    func repeatLastCorrection() throws(ShellError) {
        guard let correction = lastCorrection else { throw ShellError("no correction to repeat: same follows label, resize, grow or shrink") }
        lastCorrection = nil
        var done: [String] = []
        for id in correction.others {
            guard let annotation = session.state.mentions[id], annotation.review.status == .pending else { continue }
            let (label, span) = correction.applied(to: annotation.mention)
            do throws(ShellError) {
                if span != annotation.mention.span {
                    if session.document.cutsWord(span) { throw ShellError("the new span would cut a word") }
                    try decide(.resize(id: id, start: span.start, end: span.end))
                    reportSideEffects()
                }
                if label != annotation.mention.label { try decide(.relabel(id: id, label: label)) }
                done.append(id)
            } catch {
                output.line(renderer.style.error("skipped ") + summaryOf(id) + ": " + SafeText.escape(error.description))
            }
        }
        guard !done.isEmpty else { throw ShellError("none of the listed proposals could take the same correction") }
        reportDecision("corrected the same way", ids: done)
    }
}
