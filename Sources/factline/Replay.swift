import ArgumentParser
import FactFormats
import FactModel
import FactProposers
import FactReplay
import FactShell
import Foundation

/// `factline replay`: fold a session's events from nothing, check them against the stored
/// annotations and the text hash, and tell what happened.
struct Replay: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Verify a session by replaying its events, and summarise or step through them.",
        discussion: """
            Folds the session's events from nothing, checks that the result equals the stored \
            annotations and that the article text matches its sha256, then prints a summary: \
            events by kind, the mentions they touched by label, undone and redone decisions, \
            time spent, the outcome of the proposals and the gold mentions by label.
            --step first shows each decision in its sentence, with its time, annotator, and every \
            annotation (mention or claim) it changed, before and after. On a terminal it waits \
            after each step for a single key, without Enter: Enter, space, n, j or → shows the \
            next step; b, p, k or ← the previous one; c jumps to the next correction (relabel, \
            resize, add, delete, claim edit); digits then Enter jump to that decision number; q \
            (or Esc) stops and prints the summary; Ctrl-C stops without it (exit status 130); \
            other keys only show the keys. When standard input is not a terminal every step is \
            printed without waiting.

            EXAMPLES:
              factline replay Sessions/choe-son-hui-moscou.fr.demo.json
              factline replay Sessions/article.ana.json --step
              factline replay Sessions/article.ana.json --step < /dev/null > steps.txt
              factline replay Sessions/ --against current
              factline replay Sessions/*.json --against current --json > work.json

            --against current re-proposes each session's article with today's proposer and \
            reports, per session and in total, how many of the analyst's final annotations \
            (mentions and claims) it proposes exactly, how many corrections, additions and \
            rejections would remain, then and now, and which labels improved or regressed.

            EXIT STATUS:
              0 when the session verifies;
              130 when --step is interrupted with Ctrl-C;
              1 when it cannot be read or does not verify (one line on stderr): corrupted,
                of a newer format, tampered with, or its text does not match its sha256;
              64 on a usage error.
            """)

    @Argument(help: "The session file (several files or folders with --against).", completion: .file(extensions: ["json"]))
    var sessions: [String]

    @Option(help: "Re-propose each article and report the work left: 'current' (today's proposer).")
    var against: String?

    @Flag(help: "With --against: one JSON document instead of the table.")
    var json = false

    @Flag(help: "Walk through the decisions one by one, each in its sentence (n: next; b: back; c: next correction; N Enter: go to #N; q: stop).")
    var step = false

    @Flag(help: "No colours.")
    var noColor = false

    func validate() throws {
        if against == nil && sessions.count != 1 { throw ValidationError("replay takes one session (several only with --against)") }
        if let against, against != "current" { throw ValidationError("--against takes 'current' (today's proposer)") }
        if step && against != nil { throw ValidationError("--step and --against do not go together") }
    }

    func run() throws {
        let style = noColor ? TerminalStyle.plain : TerminalStyle.forStandardOutput()
        if against != nil {
            try ReplayAgainst.run(paths: sessions, proposer: RuleClaimProposer(), json: json, output: StandardOutput(), style: style)
            return
        }
        let session = sessions[0]
        let loaded: Session
        do {
            let reported = try SessionLoader.loadReporting(path: session)
            loaded = reported.session
            // A torn journal line is a decision that was never confirmed: not an error, but said.
            for note in reported.notes { FileHandle.standardError.write(Data(("note: " + SafeText.escape(note) + "\n").utf8)) }
        } catch { throw UserError("\(error)") }
        let output = StandardOutput()
        let renderer = AnnotationRenderer(style: style, schema: loaded.schema)
        output.line(style.success("verified") + ": \(loaded.events.count) events fold to the stored annotations; the text matches its sha256")
        if step {
            let reader = TerminalKeys.isTerminal() ? TerminalKeyReader() : nil
            let keys: (() -> [UInt8]?)? = reader.map { reader in { reader.next() } }
            if ReplayStepper(renderer: renderer, output: output).walk(loaded, keys: keys) == .interrupted {
                throw ExitCode(130)
            }
        }
        ReplayPrinter(renderer: renderer, output: output).summarise(loaded, path: session)
    }
}
