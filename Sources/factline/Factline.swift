import ArgumentParser
import FactModel
import FactShell

/// The `factline` command: annotate news articles, replay sessions, export gold data.
@main
struct Factline: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "factline",
        abstract: "Annotate entity mentions and claims in news articles, from a line-editing shell.",
        discussion: """
            Start with: factline annotate Examples/choe-son-hui-moscou.fr.txt
            Sessions are saved under Sessions/ after every decision.
            """,
        version: "0.1.0",
        subcommands: [Annotate.self, Replay.self, Export.self, Import.self, Eval.self, Agree.self, Propose.self])
}

/// An error a user can act on, printed as one line. Messages can quote article content (an id,
/// a span's text), so control characters are escaped before they reach the terminal.
struct UserError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = SafeText.escape(description) }
}
