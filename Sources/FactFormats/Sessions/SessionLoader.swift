import FactModel
import FactText
import Foundation

/// Turns session files into sessions: decodes, rebuilds the document, folds the events from
/// nothing and checks that the result is what the file says. Never repairs anything silently.
public enum SessionLoader {
    /// A session read from its snapshot and journal, with what the reader should be told.
    public struct Loaded: Sendable {
        /// The verified session, journaled decisions included.
        public var session: Session
        /// Notes for the reader: an unfinished last journal line that was ignored.
        public var notes: [String]
        /// How many events came from the journal.
        public var journaledEvents: Int
    }

    /// The largest session file or journal read: a session holds its article (up to
    /// `ArticleReader.sizeLimit`) with every span and event, so it may be several times larger.
    public static let sessionSizeLimit = 16 * ArticleReader.sizeLimit

    /// Reads and verifies a session file and its journal (`S.json.journal`, when present).
    public static func load(path: String) throws(FormatError) -> Session {
        try loadReporting(path: path).session
    }

    /// Reads and verifies a session file and its journal, saying what was ignored.
    ///
    /// The snapshot is verified as it always was (its events fold to its annotations); the
    /// journal's events then fold on top. Journal events already in the snapshot (a crash
    /// between writing a snapshot and removing the journal) must equal the snapshot's and are
    /// skipped; a journal whose header names another session, a gap in the numbering or an event
    /// that does not apply is an error, never silently repaired.
    public static func loadReporting(path: String) throws(FormatError) -> Loaded {
        let journalPath = SessionJournal.path(for: path)
        var journal: SessionJournal.Contents?
        let file: SessionFile
        do {
            // The bytes live only while they are decoded, not while the session is rebuilt.
            let data = try ArticleReader.readBytes(path: path, limit: sessionSizeLimit)
            if SessionLoader.pathExists(journalPath) {
                journal = try readJournal(try ArticleReader.readBytes(path: journalPath, limit: sessionSizeLimit), path: journalPath)
            }
            file = try decodeFile(data, path: path)
        }
        do {
            var session = try session(from: file)
            var notes: [String] = []
            var applied = 0
            if let journal {
                applied = try fold(journal, into: &session)
                if journal.tornBytes > 0 {
                    notes.append("\(journalPath): ignored an unfinished last line (\(journal.tornBytes) bytes, a write cut short; that decision had not been confirmed)")
                }
            }
            return Loaded(session: session, notes: notes, journaledEvents: applied)
        } catch {
            throw .session(path: path, reason: error.description)
        }
    }

    /// Folds a journal's events onto a session loaded from its snapshot; returns how many applied.
    static func fold(_ journal: SessionJournal.Contents, into session: inout Session) throws(SessionError) -> Int {
        guard let header = journal.header else { return 0 }
        guard header == SessionJournal.Header(session: session) else {
            throw .malformed("its journal belongs to another session (created \(header.created) by \(header.annotator)); move the journal away to open the snapshot alone")
        }
        let known = session.events.last?.seq ?? 0
        var applied = 0
        for event in journal.events {
            if event.seq <= known {
                guard session.events.indices.contains(event.seq - 1), session.events[event.seq - 1] == event else {
                    throw .badEvent(seq: event.seq, reason: "the journal's event differs from the snapshot's")
                }
                continue
            }
            do {
                try SessionValidation.checkPlain(event.annotator, "the annotator of event \(event.seq)")
                try SessionValidation.checkEvent(event)
            } catch { throw error }
            do { try session.fold(event) } catch { throw .badEvent(seq: event.seq, reason: "(journal) " + error.description) }
            applied += 1
        }
        return applied
    }

    /// The status a session's snapshot and journal record, read without folding; nil when the
    /// file is absent or unreadable.
    public static func status(path: String) -> SessionStatus? {
        guard FileManager.default.fileExists(atPath: path),
              let data = try? ArticleReader.readBytes(path: path, limit: sessionSizeLimit),
              let file = try? SessionFile.decode(data) else { return nil }
        let known = file.events.last?.seq ?? 0
        if let bytes = try? ArticleReader.readBytes(path: SessionJournal.path(for: path), limit: sessionSizeLimit),
           let journal = try? SessionJournal.read(bytes),
           journal.events.contains(where: { event in
               guard event.seq > known else { return false }
               switch event.action {
               case .complete, .reopen, .undo, .redo: return true
               default: return false
               }
           }) {
            return (try? load(path: path))?.status
        }
        let status = file.status
        return status
    }

    /// Decodes and verifies a session from its bytes.
    public static func session(from data: Data, path: String) throws(FormatError) -> Session {
        let file = try decodeFile(data, path: path)
        do {
            return try session(from: file)
        } catch {
            throw .session(path: path, reason: error.description)
        }
    }

    /// Rebuilds a session from its file form and checks that its events fold to its annotations.
    /// Every stored span (proposals, annotations, claims) is validated first as a span typed in
    /// the shell would be: inside the text, on character boundaries, with its own text, and with
    /// a label of the session's schema.
    public static func session(from file: SessionFile) throws(SessionError) -> Session {
        let document = TextAnalyzer.analyze(
            id: file.article.id, text: file.article.text, language: file.article.language, meta: file.article.meta)
        guard document.sha256 == file.article.sha256 else {
            throw .textChanged(expected: file.article.sha256, found: document.sha256)
        }
        try SessionValidation.validate(file, in: document)
        var session = try Session(
            article: file.article, document: document, schema: file.schema, proposer: file.proposer,
            proposals: file.proposals, annotator: file.annotator, created: file.created, events: file.events)
        session.parent = file.parent
        if !session.state.holds(file.annotations), let difference = firstDifference(stored: file.annotations, folded: session.annotations) {
            throw .annotationsDiffer(difference)
        }
        if file.status != session.status {
            throw .annotationsDiffer("status is \(file.status.rawValue) but the events say \(session.status.rawValue)")
        }
        return session
    }

    /// Names the first annotation that differs between what a file stores and what its events
    /// fold to, or nil when they agree.
    public static func firstDifference(stored: Annotations, folded: Annotations) -> String? {
        // Both lists are in text order, so agreeing ones are equal element for element: one
        // linear comparison, with no dictionaries and no sort of every id, for a good file.
        if stored == folded { return nil }
        let storedByID = Dictionary(stored.mentions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let foldedByID = Dictionary(folded.mentions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for id in Set(storedByID.keys).union(foldedByID.keys).sorted(by: AnnotationID.areInIncreasingOrder) {
            switch (storedByID[id], foldedByID[id]) {
            case let (stored?, folded?) where stored != folded:
                return "\(id) is stored as \(summary(stored)) but folds to \(summary(folded))"
            case (nil, let folded?): return "\(id) (\(summary(folded))) is missing from the stored annotations"
            case (let stored?, nil): return "\(id) (\(summary(stored))) is stored but no event makes it"
            default: continue
            }
        }
        if stored.mentions.count != folded.mentions.count { return "duplicate mention ids in the stored annotations" }
        if stored.claims != folded.claims { return "stored claims differ from the folded claims" }
        return nil
    }

    private static func summary(_ annotation: MentionAnnotation) -> String {
        let mention = annotation.mention
        return "\(mention.label) \(mention.start)-\(mention.end) \(annotation.review.status.rawValue)"
    }
}
