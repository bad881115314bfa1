import ArgumentParser
import FactFormats
import FactModel
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
            --step first shows each decision in its sentence, with every annotation it changed \
            before and after. On a terminal it waits after each step for a single key, without \
            Enter: Enter, space or n shows the next step; q (or Esc) stops at once and prints the \
            summary; Ctrl-C stops without it (exit status 130); other keys do nothing. When \
            standard input is not a terminal every step is printed without waiting.

            EXAMPLES:
              factline replay Sessions/choe-son-hui-moscou.fr.demo.json
              factline replay Sessions/article.ana.json --step
              factline replay Sessions/article.ana.json --step < /dev/null > steps.txt

            EXIT STATUS:
              0 when the session verifies;
              130 when --step is interrupted with Ctrl-C;
              1 when it cannot be read or does not verify (one line on stderr): corrupted,
                of a newer format, tampered with, or its text does not match its sha256;
              64 on a usage error.
            """)

    @Argument(help: "The session file.", completion: .file(extensions: ["json"]))
    var session: String

    @Flag(help: "Walk through the decisions one by one, each in its sentence (Enter, space or n: next; q: stop at once).")
    var step = false

    @Flag(help: "No colours.")
    var noColor = false

    func run() throws {
        let loaded: Session
        do { loaded = try SessionLoader.load(path: session) } catch { throw UserError("\(error)") }
        let output = StandardOutput()
        let style = noColor ? TerminalStyle.plain : TerminalStyle.forStandardOutput()
        let renderer = AnnotationRenderer(style: style, schema: loaded.schema)
        output.line(style.success("verified") + ": \(loaded.events.count) events fold to the stored annotations; the text matches its sha256")
        if step {
            let reader = TerminalKeys.isTerminal() ? TerminalKeyReader() : nil
            let keys: (() -> [UInt8]?)? = reader.map { reader in { reader.next() } }
            if ReplayPrinter(renderer: renderer, output: output).step(through: loaded, keys: keys) == .interrupted {
                throw ExitCode(130)
            }
        }
        ReplayPrinter(renderer: renderer, output: output).summarise(loaded, path: session)
    }
}
