#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import FactFormats
import FactModel
import FactReplay
import Foundation

/// Prints a replay: a summary of a session, and its decisions one by one in their sentences.
public struct ReplayPrinter {
    /// How annotations are drawn.
    public var renderer: AnnotationRenderer
    /// Where lines go.
    public var output: any ShellOutput

    /// Makes a printer.
    public init(renderer: AnnotationRenderer, output: any ShellOutput) {
        self.renderer = renderer
        self.output = output
    }

    /// Decisions by kind and label, who, how long, and what the annotations came to.
    public func summarise(_ session: Session, path: String) {
        let summary = ReplaySummary(session: session)
        let style = renderer.style
        output.line(style.bold(SafeText.escape(session.article.id)) + " · annotator \(SafeText.escape(session.annotator)) · \(session.status == .complete ? "done" : "in progress") · proposer \(SafeText.escape(session.proposer.name)) \(SafeText.escape(session.proposer.version))")
        let kinds = summary.byKind.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
        output.line("decisions: \(summary.eventCount) — " + kinds.map { kind, count in
            let labels = summary.byKindAndLabel[kind].map { byLabel in
                " (" + byLabel.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { "\($0.key) \($0.value)" }.joined(separator: ", ") + ")"
            } ?? ""
            return "\(kind) \(count)\(labels)"
        }.joined(separator: " · "))
        output.line("time: \(Self.duration(summary.elapsed)) from creation to the last decision · \(Self.duration(summary.activeTime)) active (gaps over 5 min not counted)" + (summary.annotators.count > 1 ? " · annotators \(SafeText.escape(summary.annotators.joined(separator: ", ")))" : ""))
        let order = ["accepted as proposed", "corrected", "rejected", "deleted after acceptance", "still pending", "added by the analyst"]
        output.line("proposals: " + order.compactMap { key in summary.proposalOutcomes[key].map { "\(key) \($0)" } }.joined(separator: " · "))
        output.line("gold mentions: " + summary.acceptedByLabel.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { "\($0.key) \($0.value)" }.joined(separator: " · "))
    }

    /// Prints each decision with the sentence it touched, before and after. On a terminal it
    /// waits for Enter between steps (q stops); otherwise it prints them all.
    public func step(through session: Session) {
        let interactive = isatty(STDIN_FILENO) == 1
        let steps = Replay.steps(of: session)
        for (index, step) in steps.enumerated() {
            let event = step.event
            output.line(renderer.style.bold("#\(event.seq)") + " " + renderer.style.dim(SessionFile.timestamp(event.time) + " " + SafeText.escape(event.annotator)) + " " + ActionText.describe(event.action))
            for id in step.changedIDs {
                let before = step.before[id].map { "\($0.mention.label) «\(SafeText.escape($0.mention.text))» \($0.review.status.rawValue)" } ?? "—"
                let after = step.after[id].map { "\($0.mention.label) «\(SafeText.escape($0.mention.text))» \($0.review.status.rawValue)" } ?? "—"
                output.line("    \(id): \(before) → \(after)")
            }
            if let focus = step.focus, let sentence = session.document.sentenceIndex(containing: focus.mention.start) {
                let span = session.document.sentences[sentence].span
                output.line("    " + renderer.render(span, of: session.document, mentions: step.mentionsAfter, focus: focus.id))
            }
            if interactive && index < steps.count - 1 {
                output.write(renderer.style.dim("  [Enter: next · q: stop] "))
                guard let answer = readLine(), answer.lowercased() != "q" else { return }
            }
        }
    }

    /// `4m12s`.
    static func duration(_ seconds: TimeInterval) -> String {
        let total = Int(seconds.rounded())
        if total < 60 { return "\(total)s" }
        if total < 3600 { return "\(total / 60)m\(String(format: "%02d", total % 60))s" }
        return "\(total / 3600)h\(String(format: "%02d", total % 3600 / 60))m"
    }
}
