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
        output.line("events: \(summary.eventCount) in the log — " + Self.ranked(summary.byKind).map { "\($0.key) \($0.value)" }.joined(separator: " · "))
        output.line("decisions: \(summary.keptByKind.values.reduce(0, +)) kept — " + Self.ranked(summary.keptByKind).map { kind, count in
            var text = "\(kind) \(Self.plural(count, "event"))"
            if let byLabel = summary.byKindAndLabel[kind] {
                let mentions = byLabel.values.reduce(0, +)
                text += " touching \(Self.plural(mentions, "mention")) (" + Self.ranked(byLabel).map { "\($0.key) \($0.value)" }.joined(separator: ", ") + ")"
            }
            return text
        }.joined(separator: " · "))
        if !summary.undoneEver.isEmpty {
            let kinds = Dictionary(session.events.map { ($0.seq, $0.action.kind) }, uniquingKeysWith: { first, _ in first })
            var text = "undone: \(Self.plural(summary.undoneEver.count, "decision")) by \(Self.plural(summary.byKind["undo"] ?? 0, "undo event"))"
            if !summary.redone.isEmpty {
                text += ", \(summary.redone.count) of them redone by \(Self.plural(summary.byKind["redo"] ?? 0, "redo event"))"
            }
            text += summary.stillUndone.isEmpty ? "; none is still undone"
                : "; still undone, so left out of the kept decisions and of the counts below: "
                  + summary.stillUndone.map { "#\($0) \(kinds[$0] ?? "?")" }.joined(separator: ", ")
            output.line(text)
        }
        output.line("time: \(Self.duration(summary.elapsed)) from creation to the last decision · \(Self.duration(summary.activeTime)) active (gaps over 5 min not counted)" + (summary.annotators.count > 1 ? " · annotators \(SafeText.escape(summary.annotators.joined(separator: ", ")))" : ""))
        let order = ["accepted as proposed", "corrected", "rejected", "deleted after acceptance", "still pending", "added by the analyst"]
        output.line("proposals: " + order.compactMap { key in summary.proposalOutcomes[key].map { "\(key) \($0)" } }.joined(separator: " · "))
        output.line("gold mentions: " + Self.ranked(summary.acceptedByLabel).map { "\($0.key) \($0.value)" }.joined(separator: " · "))
    }

    /// Counts from the largest, ties in name order.
    static func ranked(_ counts: [String: Int]) -> [(key: String, value: Int)] {
        counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
    }

    /// `1 event`, `3 events`.
    static func plural(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }

    /// `4m12s`.
    static func duration(_ seconds: TimeInterval) -> String {
        let total = Int(seconds.rounded())
        if total < 60 { return "\(total)s" }
        if total < 3600 { return "\(total / 60)m\(String(format: "%02d", total % 60))s" }
        return "\(total / 3600)h\(String(format: "%02d", total % 3600 / 60))m"
    }
}
