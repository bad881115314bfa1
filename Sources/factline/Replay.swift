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
        abstract: "Verify a session by replaying its events, and summarise or step through them.")

    @Argument(help: "The session file.")
    var session: String

    @Flag(help: "Walk through the decisions one by one, each in its sentence (Enter for the next, q to stop).")
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
            ReplayPrinter(renderer: renderer, output: output).step(through: loaded)
        }
        ReplayPrinter(renderer: renderer, output: output).summarise(loaded, path: session)
    }
}
