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
            factline proposes entity mentions (people, organisations, places, nationalities, \
            dates, times, quantities, events, products) in a French or English article; you \
            accept, reject or correct each one from a libedit shell. Every decision goes into a \
            JSON session (an event log plus the annotations it folds to), saved under Sessions/ \
            after every decision, which replay verifies and export turns into a gold dataset.
            factline help SUBCOMMAND shows a subcommand's options, examples and exit status.

            EXAMPLES:
              factline annotate Examples/choe-son-hui-moscou.fr.txt
              factline replay Sessions/choe-son-hui-moscou.fr.ana.json --step
              factline export Sessions --format jsonl --out gold.jsonl
              factline propose Examples/choe-son-hui-moscou.fr.txt --count-only

            SHELL COMPLETION (make completions writes the three scripts):
              bash: source <(factline --generate-completion-script bash)
              zsh:  factline --generate-completion-script zsh > ~/.zfunc/_factline
              fish: factline --generate-completion-script fish | source

            EXIT STATUS:
              0 on success; 1 on an error, printed as one line on stderr; 2 when export
              finds no session to export; 64 on a usage error.
            """,
        version: "0.1.0",
        subcommands: [Annotate.self, Replay.self, Export.self, Import.self, Eval.self, Agree.self, Propose.self, Train.self, Stats.self,
                      Queue.self, Sync.self, ReviewCommand.self])
}

/// An error a user can act on, printed as one line. Messages can quote article content (an id,
/// a span's text), so control characters are escaped before they reach the terminal.
struct UserError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = SafeText.escape(description) }
}
