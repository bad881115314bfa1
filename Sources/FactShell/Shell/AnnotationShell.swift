import FactFormats
import FactModel
import FactProposers
import FactStore
import FactText
import Foundation

/// What the shell loop should do after a command.
public enum ShellOutcome: Equatable, Sendable {
    /// Read the next command.
    case proceed
    /// Leave the shell (everything is already saved).
    case quit
}

/// The annotation shell without its terminal: opens an article's session, runs the analyst's
/// commands against it, saves after every decision and renders what changed.
///
/// It reads no input and never exits the process; `ShellLoop` feeds it lines, tests call
/// `execute(_:)` directly.
public final class AnnotationShell {
    /// Where output goes.
    public let output: any ShellOutput
    /// How annotations are drawn.
    public internal(set) var renderer: AnnotationRenderer
    /// The articles of the queue (one for a plain article).
    public let queue: [Article]
    /// The index in `queue` of the open article.
    public internal(set) var queueIndex: Int = 0
    /// The options the shell was started with.
    public let options: ShellOptions
    /// The proposer for articles that have no session yet.
    public let proposer: any Proposer
    /// The open session.
    public internal(set) var session: Session
    /// The open session's path.
    public internal(set) var sessionPath: String
    /// The proposal or annotation in focus: what `accept`, `reject`… act on without an id.
    public internal(set) var focus: String?
    /// The sentence last shown.
    public internal(set) var shownSentence: Int?
    /// The focus as the last sentence drawn marked it, so a move of the focus redraws the ▶.
    var drawnFocus: String?
    /// What the last decision changed besides the annotations it named.
    var sideEffects: [SideEffects.Change] = []
    /// The sentence `here` stood for in the ids last resolved, for the confirmation to name it.
    var hereSentence: Int?
    /// True when the open session was resumed from disk rather than created.
    public internal(set) var resumed = false
    /// The last correction, for `same`: what was done and the other pending proposals of the same text.
    var lastCorrection: RepeatableCorrection?
    var store: any SessionStorage
    /// Decisions that could not be saved and were dropped, in this run.
    public internal(set) var droppedDecisions = 0
    /// Notes from opening the session (an unfinished journal line cut off), said in the greeting.
    var openingNotes: [String] = []
    /// The article's copy of the analyst model, which learns as sentences are finished.
    var articleLearning = ArticleLearning()
    /// True while a rebase carries old decisions over: they teach nothing (they were learnt,
    /// if at all, when the old session was done).
    var carryingOver = false

    /// Opens the first article of the queue whose session is not complete (or the first one).
    public init(queue: [Article], options: ShellOptions, proposer: any Proposer, output: any ShellOutput,
                style: TerminalStyle) throws(ShellError) {
        guard !queue.isEmpty else { throw ShellError("no article to annotate") }
        if options.sessionPath != nil && queue.count > 1 {
            throw ShellError("--session names one session; a queue of \(queue.count) articles needs one per article")
        }
        self.queue = queue
        self.options = options
        self.proposer = proposer
        self.output = output
        let rebased = try options.rebaseFrom.map { path throws(ShellError) in try AnnotationShell.prepareRebase(from: path, queue: queue, options: options) }
        let opened = try AnnotationShell.open(queue[0], options: options, proposer: proposer)
        if let rebased, !opened.isNew {
            opened.store.close()
            throw ShellError("\(opened.path) already holds a session of this article: give --session NEW.json to rebase into another file")
        }
        var index = 0
        var current = opened
        if queue.count > 1 && opened.session.status == .complete {
            for candidate in 1..<queue.count {
                let next = try AnnotationShell.open(queue[candidate], options: options, proposer: proposer)
                if next.session.status != .complete {
                    current.store.close()
                    current = next
                    index = candidate
                    break
                }
                next.store.close()
            }
        }
        self.session = current.session
        self.store = current.store
        self.sessionPath = current.path
        self.queueIndex = index
        self.renderer = AnnotationRenderer(style: style, schema: current.session.schema)
        self.resumed = !current.isNew
        self.openingNotes = current.notes
        self.focus = nil
        focusFirstPending()
        if let rebased {
            if let aside = rebased.movedAside { output.line("the old session is kept as \(SafeText.escape(aside))") }
            carryOver(from: rebased.old, path: rebased.movedAside ?? options.rebaseFrom!)
        }
    }

    /// Releases the session's lock.
    public func close() { store.close() }

    // MARK: - Opening sessions

    struct Opened {
        var session: Session
        var store: any SessionStorage
        var path: String
        var isNew: Bool
        var notes: [String] = []
    }

    /// Locks and loads an article's session, or proposes and creates it.
    static func open(_ article: Article, options: ShellOptions, proposer: any Proposer) throws(ShellError) -> Opened {
        if let backend = options.backend { return try open(article, in: backend, options: options, proposer: proposer) }
        let path = options.sessionPath ?? SessionNaming.path(for: article, annotator: options.annotator, folder: options.sessionsFolder)
        let store: SessionStore
        do { store = try SessionStore(path: path) } catch { throw ShellError(error.description) }
        if FileManager.default.fileExists(atPath: path) {
            let session: Session
            let notes: [String]
            do {
                let loaded = try SessionLoader.loadReporting(path: path)
                session = loaded.session
                notes = loaded.notes.isEmpty ? store.openingNotes : loaded.notes
            } catch {
                store.close()
                throw ShellError(error.description)
            }
            // A file that only gained or lost whitespace at its end (an editor's final newline)
            // is the same article: the session keeps the text it was annotated on.
            // Only the hash is needed: the session rebuilt the document from its own copy of the
            // text, and a second analysis of the article would double the memory of a resume.
            let sha256 = Document.hash(article.text)
            let sameText = session.article.sha256 == sha256
                || session.article.text.trimmingTrailingWhitespace == article.text.trimmingTrailingWhitespace
            guard sameText else {
                store.close()
                throw ShellError("\(path): the article's text no longer matches this session (sha256 \(sha256.prefix(12))…, session has \(session.article.sha256.prefix(12))…); annotate it again with --rebase \(path), which carries the decisions over where their text is still found")
            }
            return Opened(session: session, store: store, path: path, isNew: false, notes: notes)
        }
        let document = TextAnalyzer.analyze(id: article.id, text: article.text, language: article.language(overriding: options.language),
                                            meta: article.meta)
        let proposals = options.schema.restricting(proposer.propose(document)).numbered()
        let session = Session(
            document: document, source: article.source, schema: options.schema,
            proposer: ProposerRecord(name: proposer.name, version: proposer.version),
            proposals: proposals, annotator: options.annotator)
        do { try store.save(session) } catch {
            store.close()
            throw ShellError(error.description)
        }
        return Opened(session: session, store: store, path: path, isNew: true)
    }

    /// Locks and loads an article's session from the team store, or proposes and creates it there.
    static func open(_ article: Article, in backend: any SessionBackend, options: ShellOptions, proposer: any Proposer) throws(ShellError) -> Opened {
        let document = TextAnalyzer.analyze(id: article.id, text: article.text, language: article.language(overriding: options.language),
                                            meta: article.meta)
        let opened: OpenedSession
        do { opened = try backend.open(article: article, document: document, annotator: options.annotator) } catch { throw ShellError(error.description) }
        if let session = opened.session {
            return Opened(session: session, store: opened.storage, path: opened.name, isNew: false, notes: opened.notes)
        }
        let proposals = options.schema.restricting(proposer.propose(document)).numbered()
        let session = Session(
            document: document, source: article.source, schema: options.schema,
            proposer: ProposerRecord(name: proposer.name, version: proposer.version),
            proposals: proposals, annotator: options.annotator)
        do { try opened.storage.save(session) } catch {
            opened.storage.close()
            throw ShellError(error.description)
        }
        return Opened(session: session, store: opened.storage, path: opened.name, isNew: true)
    }

    /// Moves to another article of the queue.
    func switchTo(queueIndex index: Int) throws(ShellError) {
        let opened = try AnnotationShell.open(queue[index], options: options, proposer: proposer)
        store.close()
        session = opened.session
        store = opened.store
        sessionPath = opened.path
        resumed = !opened.isNew
        openingNotes = opened.notes
        queueIndex = index
        articleLearning = ArticleLearning()
        renderer.schema = opened.session.schema
        shownSentence = nil
        focus = nil
        focusFirstPending()
    }

    // MARK: - Deciding

    /// Records a decision and saves the session before returning; when saving fails the
    /// decision is dropped, so what the analyst sees is always what is on disk.
    ///
    /// What the decision changed beyond the annotations it names (pending proposals it
    /// superseded, or brought back on undo) is kept in `sideEffects`, for the confirmation to
    /// say: nothing changes without a word.
    @discardableResult
    func decide(_ action: Action) throws(ShellError) -> Event {
        var named = Set(action.ids)
        switch action {
        case .undo: named.formUnion(session.state.undoableAction?.ids ?? [])
        case .redo: named.formUnion(session.state.redoableAction?.ids ?? [])
        default: break
        }
        // Recorded in place (a copy of the session would make the first change copy every
        // annotation), and taken back when it cannot be saved.
        let event: Event
        do { event = try session.record(action) } catch { throw ShellError(error.description) }
        do {
            // Done writes the whole session (a finished article is one file again); any other
            // decision is one line appended to the journal.
            if case .complete = action { try store.save(session) } else { try store.append(event, of: session) }
        } catch {
            session.rollBackLastRecord()
            droppedDecisions += 1
            throw ShellError("not saved, so the decision was dropped: \(error.description)" + recoveryHint(for: error))
        }
        sideEffects = SideEffects.of(session.state, naming: named)
        for note in store.takeNotes() { output.line(renderer.style.error("note: ") + SafeText.escape(note)) }
        if !carryingOver { learnFromFinishedSentences(after: action) }
        return event
    }

    // MARK: - Prompt

    /// `factline 12/3/40 m5> `: accepted, rejected and pending counts, and the focus.
    public var prompt: String {
        let counts = session.state.statusCounts
        var prompt = "factline \(counts[.accepted, default: 0])/\(counts[.rejected, default: 0])/\(counts[.pending, default: 0])"
        if queue.count > 1 { prompt += " [\(queueIndex + 1)/\(queue.count)]" }
        if let focus { prompt += " " + focus }
        if session.status == .complete { prompt += " done" }
        return prompt + "> "
    }

    // MARK: - Running commands

    /// The longest command line the shell reads, in UTF-8 bytes.
    public static let longestLine = 64 * 1024

    /// Runs one command line; errors are printed as one line and the shell goes on. Lines
    /// starting with `#` are comments, so command scripts can explain themselves.
    @discardableResult
    public func execute(_ line: String) -> ShellOutcome {
        if line.drop(while: \.isWhitespace).hasPrefix("#") { return .proceed }
        // What the model re-proposed is said after the command's own confirmation (before the
        // focus, when the command shows one; here for those that do not).
        defer { flushLearningNotes() }
        do {
            // No command is this long; refusing before parsing keeps a pasted megabyte cheap.
            guard line.utf8.count <= AnnotationShell.longestLine else {
                throw ShellError("a command line is at most \(AnnotationShell.longestLine / 1024) KiB; this one has \(line.utf8.count / 1024) KiB (a long note belongs in a file)")
            }
            let words = try CommandWords(line)
            guard let name = words.command else { return .proceed }
            // Shortcuts: a bare id shows it, a bare number shows that sentence, a bare label
            // relabels the mention in focus.
            if CommandCatalog.spec(named: name) == nil && words.words.count == 1 && !words.isForced {
                if looksLikeID(name) { return execute("show \(name)") }
                if name.allSatisfy(\.isASCII), name.allSatisfy(\.isNumber) { return execute("show \(name)") }
                if session.schema.mentionLabel(named: name) != nil { return execute("label \(name)") }
            }
            guard let spec = CommandCatalog.spec(named: name) else {
                let suggestion = CommandCatalog.closest(to: name).map { " (did you mean '\($0)'?)" } ?? ""
                throw ShellError("unknown command '\(SafeText.escape(name))'\(suggestion): type help")
            }
            if words.isForced && !spec.isForcible {
                throw ShellError("\(spec.name) has nothing to force: type it without !")
            }
            return try spec.run(self, words)
        } catch {
            output.line(renderer.style.error("error: ") + SafeText.escape("\(error)"))
            return .proceed
        }
    }

    /// Writes the opening screen: which article, which session, the progress and the focus.
    public func greet() {
        let article = session.article
        let state = queue.count > 1 ? " (article \(queueIndex + 1) of \(queue.count))" : ""
        output.line(renderer.style.bold("factline") + " · \(SafeText.escape(article.id))\(state) · \(article.language.rawValue) · \(session.document.sentences.count) sentences · session \(SafeText.escape(sessionPath))" + (resumed ? " (resumed, \(session.events.count) events)" : " (new)"))
        output.line("\(session.proposals.mentions.count) mention and \(session.proposals.claims.count) claim proposals from \(SafeText.escape(session.proposer.name)) \(SafeText.escape(session.proposer.version)) · " + renderer.progress(session.state) + " · type help")
        for note in openingNotes { output.line(renderer.style.error("note: ") + SafeText.escape(note)) }
        openingNotes = []
        showFocus(forceSentence: true)
    }
}

extension String {
    /// The text without whitespace or newlines at its end.
    var trimmingTrailingWhitespace: Substring {
        var end = endIndex
        while end > startIndex, self[index(before: end)].isWhitespace { end = index(before: end) }
        return self[..<end]
    }
}
