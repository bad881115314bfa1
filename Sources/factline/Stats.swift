import ArgumentParser
import FactFormats
import FactModel
import FactReplay
import FactShell
import Foundation

/// `factline stats`: effort and acceptance figures over a folder of sessions.
struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Acceptance, corrections, additions and time, per annotator and per label.",
        discussion: """
            Reads every session under the folders or files given and prints, per annotator and \\
            per label (claims under 'claim'): proposals decided, accepted as proposed (the \\
            acceptance rate), relabelled, resized, both, rejected, added by the analyst, still \\
            pending and still flagged; articles, decisions in force, active time per article and \\
            per decision (gaps between events over --idle seconds are left out); and a chart of \\
            the acceptance rate by day.

            EXAMPLES:
              factline stats Sessions
              factline stats Sessions/team-a Sessions/team-b --idle 120
              factline stats Sessions --json > stats.json

            EXIT STATUS:
              0 on success; 1 when a session cannot be read (one line on stderr); 64 on a usage error.
            """)

    @Argument(help: "Session files or folders of them.", completion: .directory)
    var paths: [String]

    @Option(help: "Seconds between two events above which the gap counts as idle, not work.")
    var idle: Int = 300

    @Flag(help: "One JSON document instead of the tables.")
    var json = false

    @Flag(help: "No colours.")
    var noColor = false

    func run() throws {
        guard idle > 0, idle <= 86_400 else { throw ValidationError("--idle is a number of seconds from 1 to 86400") }
        var sessions: [Session] = []
        for path in try SessionPaths.expand(paths) {
            do { sessions.append(try SessionLoader.load(path: path)) } catch { throw UserError("\(error)") }
        }
        let stats = SessionStats(sessions: sessions, idleThreshold: Double(idle))
        let output = StandardOutput()
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
            output.write(String(decoding: try encoder.encode(stats), as: UTF8.self) + "\n")
            return
        }
        StatsTable(style: noColor ? .plain : .forStandardOutput(), output: output).print(stats)
    }
}

/// The text tables and the terminal chart of `factline stats`.
struct StatsTable {
    var style: TerminalStyle
    var output: any ShellOutput

    func print(_ stats: SessionStats) {
        for annotator in stats.tallies.keys.sorted() {
            let effort = stats.effort[annotator] ?? SessionStats.Effort()
            output.line(style.bold("annotator \(SafeText.escape(annotator))") + " · \(effort.articles) article(s), \(effort.done) done · \(effort.decisions) decisions · active \(Self.duration(effort.activeSeconds)) · \(Self.duration(effort.secondsPerArticle)) per article · \(String(format: "%.1f", effort.secondsPerDecision)) s per decision")
            output.line(style.dim("  " + row(["label", "decided", "as proposed", "rate", "relabel", "resize", "both", "rejected", "added", "pending", "flagged"])))
            let labels = stats.tallies[annotator]!
            for label in labels.keys.sorted() { output.line("  " + row(label, labels[label]!)) }
            output.line("  " + style.bold(row("all", stats.total(annotator: annotator))))
        }
        if stats.tallies.count > 1 { output.line(style.bold("everyone") + " · " + row("all", stats.total())) }
        guard !stats.days.isEmpty else { return }
        output.line(style.bold("acceptance rate by day") + style.dim(" (proposals accepted as proposed / decided, sessions by their last decision)"))
        for day in stats.days {
            let rate = day.decided == 0 ? 0 : Double(day.acceptedAsProposed) / Double(day.decided)
            let filled = Int((rate * 30).rounded())
            output.line("  \(day.day) " + style.success(String(repeating: "█", count: filled)) + style.dim(String(repeating: "░", count: 30 - filled))
                + String(format: " %3.0f%%", rate * 100) + style.dim(" of \(day.decided)"))
        }
    }

    private func row(_ label: String, _ tally: SessionStats.Tally) -> String {
        row([label, "\(tally.decided)", "\(tally.acceptedAsProposed)", tally.acceptanceRate.map { String(format: "%.0f%%", $0 * 100) } ?? "–",
             "\(tally.relabelled)", "\(tally.resized)", "\(tally.relabelledAndResized)", "\(tally.rejected)", "\(tally.added)",
             "\(tally.pending)", "\(tally.flagged)"])
    }

    private func row(_ cells: [String]) -> String {
        cells.enumerated().map { index, cell in
            index == 0 ? cell.padding(toLength: 9, withPad: " ", startingAt: 0) : String(repeating: " ", count: max(1, 12 - cell.count)) + cell
        }.joined()
    }

    static func duration(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        if total < 60 { return "\(total)s" }
        if total < 3600 { return "\(total / 60)m\(String(format: "%02d", total % 60))s" }
        return "\(total / 3600)h\(String(format: "%02d", total % 3600 / 60))m"
    }
}
