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
              factline replay Sessions --model mine.flm
              factline replay Sessions --proposer-cmd '.venv/bin/python Examples/spacy_proposer.py'
              factline replay Sessions/article.ana.json --to 12
              factline replay Sessions/article.ana.json --to 12 --branch --annotator bea

            --to N lists the annotations as they stood after decision N. With --branch it \
            copies the session up to decision N into a new session file (beside the parent, \
            NAME.branch-N.json, or --session PATH) that records its parent and branch point, and \
            opens it in the shell to redo the article from there; the original is not touched.

            --model FILE and --proposer-cmd CMD compare the same way with another entity model \
            or an external proposer (the claims then come from today's claim proposer, or from \
            the plug-in when it gives them).
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

    @Option(help: "Compare against this entity model (a file from factline train) with today's rules and claims, instead of 'current'.")
    var model: String?

    @Option(help: "Compare against an external proposer (a command speaking JSON lines, as for propose --proposer-cmd).")
    var proposerCmd: String?

    @Flag(help: "With --against: one JSON document instead of the table.")
    var json = false

    @Option(help: "Show the annotations as they stood after decision N (with --branch: start a new session there).")
    var to: Int?

    @Flag(help: "With --to N: copy the session up to decision N into a new session that records its parent, and open it in the shell.")
    var branch = false

    @Option(help: "With --branch: who annotates the branch (default: the parent's annotator).")
    var annotator: String?

    @Option(name: .customLong("session"), help: "With --branch: the new session's path (default: beside the parent, NAME.branch-N.json).")
    var branchPath: String?

    @Option(help: "With --branch: the command history file.")
    var history: String?

    @Flag(help: "Walk through the decisions one by one, each in its sentence (n: next; b: back; c: next correction; N Enter: go to #N; q: stop).")
    var step = false

    @Flag(help: "No colours.")
    var noColor = false

    /// True when the sessions are compared with new proposals.
    private var comparing: Bool { against != nil || model != nil || proposerCmd != nil }

    func validate() throws {
        if [against != nil, model != nil, proposerCmd != nil].filter({ $0 }).count > 1 {
            throw ValidationError("give one of --against current, --model FILE and --proposer-cmd CMD")
        }
        if !comparing && sessions.count != 1 { throw ValidationError("replay takes one session (several only with --against)") }
        if let against, against != "current" { throw ValidationError("--against takes 'current' (today's proposer)") }
        if step && comparing { throw ValidationError("--step and --against do not go together") }
        if branch && to == nil { throw ValidationError("--branch needs --to N, the decision to branch after") }
        if to != nil && (step || comparing) { throw ValidationError("--to goes without --step and --against") }
        if (annotator != nil || branchPath != nil || history != nil) && !branch { throw ValidationError("--annotator, --session and --history go with --branch") }
    }

    func run() throws {
        let style = noColor ? TerminalStyle.plain : TerminalStyle.forStandardOutput()
        if comparing {
            let proposer: any Proposer
            if let model {
                do { proposer = NewsProposer(analystModel: try EntityTagger.read(path: model)) } catch { throw UserError("\(model): \(error)") }
            } else if let proposerCmd {
                proposer = ExternalProposer(command: proposerCmd)
            } else {
                proposer = NewsProposer()
            }
            try ReplayAgainst.run(paths: sessions, proposer: proposer, json: json, output: StandardOutput(), style: style)
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
        if let to, branch {
            try ReplayBranch.open(loaded, path: session, at: to, annotator: annotator, target: branchPath, history: history, style: style)
            return
        }
        let output = StandardOutput()
        let renderer = AnnotationRenderer(style: style, schema: loaded.schema)
        output.line(style.success("verified") + ": \(loaded.events.count) events fold to the stored annotations; the text matches its sha256")
        if let parent = loaded.parent {
            output.line("branched from \(SafeText.escape(parent.session)) after its decision #\(parent.event) (annotator \(SafeText.escape(parent.annotator)))")
        }
        if let to {
            try ReplayBranch.show(loaded, at: to, renderer: renderer, output: output)
            return
        }
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
