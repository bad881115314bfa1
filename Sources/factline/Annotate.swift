import ArgumentParser
import FactFormats
import FactModel
import FactProposers
import FactShell
import Foundation
import LineEditing

/// `factline annotate`: open an article (or a queue of them) in the shell.
struct Annotate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open an article in the annotation shell.",
        discussion: """
            FILE is a .txt or .md article, a JSON article {"id","text","meta"} or a JSONL queue of \
            them (done moves to the next). The session is created under --sessions, or resumed.
            When standard input is not a terminal, commands are read from it without prompts.
            """)

    @Argument(help: "The article: .txt, .md, .json or .jsonl.")
    var file: String

    @Option(help: "The session file (default: SESSIONS/<article>.<annotator>.json).")
    var session: String?

    @Option(help: "Who is annotating (default: $FACTLINE_ANNOTATOR, then $USER).")
    var annotator: String?

    @Option(help: "The article's language: fr, en or auto.")
    var lang: LanguageOption = .auto

    @Option(help: "The folder for sessions.")
    var sessions: String = "Sessions"

    @Option(help: "The command history file (default: $FACTLINE_HISTORY, then ~/.factline_history).")
    var history: String?

    @Option(help: "A label schema (JSON, like Examples/schemas/news.json) for new sessions; a resumed session keeps its own.")
    var schema: String?

    @Flag(help: "No colours (also when NO_COLOR is set or output is not a terminal).")
    var noColor = false

    func run() throws {
        let articles: [Article]
        do { articles = try ArticleReader.read(path: file) } catch { throw UserError("\(error)") }
        let environment = ProcessInfo.processInfo.environment
        let name = annotator ?? environment["FACTLINE_ANNOTATOR"] ?? environment["USER"] ?? "analyst"
        guard !name.trimmingCharacters(in: .whitespaces).isEmpty else { throw ValidationError("--annotator cannot be empty") }
        var labelSchema = LabelSchema.news
        if let schema {
            do { labelSchema = try SchemaReader.read(path: schema) } catch { throw UserError("\(error)") }
        }
        let options = ShellOptions(annotator: name, sessionsFolder: sessions, sessionPath: session, language: lang.language, schema: labelSchema)
        let style = noColor ? TerminalStyle.plain : TerminalStyle.forStandardOutput()
        let shell: AnnotationShell
        do {
            shell = try AnnotationShell(queue: articles, options: options, proposer: RuleClaimProposer(),
                                        output: StandardOutput(), style: style)
        } catch { throw UserError("\(error)") }
        defer { shell.close() }
        let historyFile = history ?? environment["FACTLINE_HISTORY"]
            ?? (environment["HOME"].map { $0 + "/.factline_history" })
        let reader = LineEditor.make(LineEditorConfiguration(
            programName: "factline", prompt: shell.prompt, historyFile: historyFile,
            completion: shell.completionSource))
        defer { reader.close() }
        ShellLoop.run(shell, reader: reader)
        // A script must not succeed when some of its decisions were not saved.
        if isatty(STDIN_FILENO) == 0 && shell.droppedDecisions > 0 {
            throw UserError("\(shell.droppedDecisions) decision(s) of this run were dropped because they could not be saved")
        }
    }
}
