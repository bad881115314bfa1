import ArgumentParser
import FactFormats
import FactModel
import FactProposers
import FactShell
import FactStore
import Foundation

/// `factline annotate`: open an article (or a queue of them) in the shell.
struct Annotate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open an article in the annotation shell.",
        discussion: """
            Opens FILE, proposes entity mentions and claims at once and reads shell commands \
            (accept, reject, label, resize, grow, shrink, same, add, claim, delete, undo, redo, \
            note, unnote, flag, list, status, done, article, quit; type help in the shell). FILE is a .txt or .md article, a JSON article \
            {"id","text","meta"} or a JSONL queue of them (done moves to the next). Every \
            decision is saved at once to SESSIONS/<article>.<annotator>.json, which is resumed \
            when it exists; a session whose article text no longer matches its sha256 is refused \
            (whitespace added or removed at the end excepted): --rebase OLD.json starts a new \
            session of the changed article and carries the old decisions over where their text \
            is still found, listing those it could not carry.
            When standard input is not a terminal, commands are read from it without prompts.
            French articles are proposed with the analyst model SESSIONS/.factline/analyst.fr.flm \
            (at first a copy of the shipped model): when an article is marked done, the model learns \
            from its accepted, corrected and added mentions and is saved, and the next article is \
            proposed with it; the session records the model's version (fr-news 1+u3: 3 updates). \
            Within the article, each sentence you finish (a mention decided, none left pending) \
            teaches an in-memory copy of the model, which proposes the next 20 sentences again: \
            pending proposals it no longer makes are withdrawn and new ones added (a repropose \
            event; a dim line says what changed; undo does not take it back). \
            At each done, a claim tagger SESSIONS/.factline/claims.LANG.flc is also retrained \
            from the done sessions' claims and adds its claims where the rules found none in a \
            sentence (the version then ends +claims-analyst fr u3.DIGEST). \
            --no-learning proposes with the shipped model only and never re-proposes.

            EXAMPLES:
              factline annotate Examples/choe-son-hui-moscou.fr.txt
              factline annotate article.json --annotator ana --lang fr
              factline annotate queue.jsonl --sessions Sessions/batch1 --no-color
              factline annotate a.txt --schema Examples/schemas/news.json
              factline annotate a-v2.txt --rebase Sessions/a.ana.json
              printf 'a all\\ndone\\n' | factline annotate a.txt --annotator bot

            ENVIRONMENT:
              FACTLINE_ANNOTATOR  the annotator when --annotator is not given (then USER)
              FACTLINE_HISTORY    the history file when --history is not given
              FACTLINE_STORE      the team store when --store is not given
              NO_COLOR            no colours, like --no-color

            EXIT STATUS:
              0 when the shell is left with quit, Ctrl-D or the end of piped input (a
                command the shell refuses is reported and does not change it);
              1 when the article or the session cannot be read (one line on stderr);
              3 with --store and no FILE when the queue has no article left for you;
              64 on a usage error (bad option or value).
            """)

    @Argument(help: "The article: .txt, .md, .json or .jsonl (with --store and no FILE: the next article the queue routes to you).", completion: .file(extensions: ["txt", "md", "json", "jsonl"]))
    var file: String?

    @Option(help: "Keep sessions in a team store, postgres://USER@HOST/DB (default: $FACTLINE_STORE; none: the --sessions folder).")
    var store: String?

    @Option(help: "The session file (default: SESSIONS/<article>.<annotator>.json).", completion: .file(extensions: ["json"]))
    var session: String?

    @Option(help: "Who is annotating (default: $FACTLINE_ANNOTATOR, then $USER).")
    var annotator: String?

    @Option(help: "The article's language: fr, en or auto.")
    var lang: LanguageOption = .auto

    @Option(help: "The folder for sessions.", completion: .directory)
    var sessions: String = "Sessions"

    @Option(help: "The command history file (default: $FACTLINE_HISTORY, then ~/.factline_history).", completion: .file())
    var history: String?

    @Option(help: "A label schema (JSON, like Examples/schemas/news.json) for new sessions; a resumed session keeps its own.", completion: .file(extensions: ["json"]))
    var schema: String?

    @Option(help: "A session of an earlier version of this article: a new session takes over its decisions where their text is still found (the old file is kept, renamed NAME.before-rebase.json when it is in the way).", completion: .file(extensions: ["json"]))
    var rebase: String?

    @Flag(help: "No colours (also when NO_COLOR is set or output is not a terminal).")
    var noColor = false

    @Flag(help: "Propose with the shipped models only: done does not update SESSIONS/.factline/analyst.fr.flm nor claims.LANG.flc, and they are not used.")
    var noLearning = false

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let name = annotator ?? environment["FACTLINE_ANNOTATOR"] ?? environment["USER"] ?? "analyst"
        guard !name.trimmingCharacters(in: .whitespaces).isEmpty else { throw ValidationError("--annotator cannot be empty") }
        let team = try TeamStore.open(store)
        defer { team?.close() }
        if team != nil, session != nil || rebase != nil { throw ValidationError("--session and --rebase work on session files, not with --store") }
        let articles: [Article]
        if let file {
            do { articles = try ArticleReader.read(path: file) } catch { throw UserError("\(error)") }
        } else if let team {
            let next: Article?
            do { next = try WorkQueue(store: team).claim(for: name) } catch { throw UserError("\(error)") }
            guard let next else { throw exitNotice("no article left in the queue for \(name)", code: 3) }
            articles = [next]
        } else {
            throw ValidationError("give an article FILE, or --store URL to take the next one from the team queue")
        }
        var labelSchema = LabelSchema.news
        if let schema {
            do { labelSchema = try SchemaReader.read(path: schema) } catch { throw UserError("\(error)") }
        }
        var options = ShellOptions(annotator: name, sessionsFolder: sessions, sessionPath: session, language: lang.language, schema: labelSchema,
                                   rebaseFrom: rebase, backend: team)
        var proposer: any Proposer = NewsProposer()
        if team == nil && !noLearning {
            let model = AnalystModel(sessionsFolder: sessions)
            let claimModel = AnalystClaimModel(sessionsFolder: sessions)
            proposer = AnalystClaimProposer(base: AnalystProposer(model: model), model: claimModel)
            options.learnWithinArticle = { model.tagger }
            let folder = sessions
            options.articleDone = { session in
                let lines = [Self.learn(from: session, model: model), ClaimLearning.learn(from: session, model: claimModel, sessionsFolder: folder)]
                let said = lines.compactMap { $0 }
                return said.isEmpty ? nil : said.joined(separator: "\n")
            }
        }
        let style = noColor ? TerminalStyle.plain : TerminalStyle.forStandardOutput()
        let shell: AnnotationShell
        do {
            shell = try AnnotationShell(queue: articles, options: options, proposer: proposer, output: StandardOutput(), style: style)
        } catch { throw UserError("\(error)") }
        defer { shell.close() }
        try ShellRunner.run(shell, history: history)
    }

    /// What `done` does for the analyst model: learn from the session's decisions and save it,
    /// so the next article is proposed with it. Returns the line the shell shows.
    static func learn(from session: Session, model: AnalystModel) -> String? {
        guard session.document.language == .french else { return nil }
        let changed = model.learn(from: session)
        do { try model.save() } catch { return "the analyst model could not be saved to \(model.path): \(error.localizedDescription)" }
        let version = model.tagger.map { "\($0.name) \($0.version)" } ?? "none"
        return "analyst model \(version) learnt from this article (\(changed) sentence\(changed == 1 ? "" : "s") corrected) · saved to \(model.path)"
    }
}
