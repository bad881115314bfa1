import FactFormats
import FactModel
import FactText
import Foundation

/// The team store on a PostgreSQL server: articles, sessions (snapshot + events) and the work
/// queue. One connection per process; the schema is migrated on connecting.
public final class PostgresStore: SessionBackend, @unchecked Sendable {
    /// The connection every storage of this process shares.
    public let connection: PGConnection
    /// The URL without its password, for messages.
    public let displayURL: String

    /// Connects and brings the schema up to date.
    public init(url: String) throws(StoreError) {
        guard isPostgresURL(url) else { throw .refused("'\(url)' is not a store URL: give postgres://USER@HOST/DATABASE") }
        connection = try PGConnection(url: url)
        displayURL = redactedURL(url)
        try Migrations.migrate(connection)
    }

    /// Closes the connection.
    public func close() { connection.close() }

    /// How a session is named to the analyst.
    public static func name(article: String, annotator: String) -> String { "postgres:\(article)/\(annotator)" }

    // MARK: - Articles

    /// Stores an article unless it is there already; refuses another text under the same id.
    public func put(_ article: Article, sha256: String) throws(StoreError) {
        let meta = String(decoding: (try? JSONEncoder().encode(article.meta)) ?? Data("{}".utf8), as: UTF8.self)
        try connection.execute("""
            INSERT INTO articles (id, text, sha256, meta, source) VALUES ($1, $2, $3, $4::jsonb, $5)
            ON CONFLICT (id) DO NOTHING
            """, [article.id, article.text, sha256, meta, article.source])
        let stored = try connection.execute("SELECT sha256 FROM articles WHERE id = $1", [article.id])
        guard stored.first?.first == sha256 else {
            throw .refused("the store already holds another text under the id '\(article.id)' (sha256 \((stored.first?.first ?? nil)?.prefix(12) ?? "?")…)")
        }
    }

    /// The stored article with this id, or nil.
    public func article(id: String) throws(StoreError) -> Article? {
        guard let row = try connection.execute("SELECT text, meta::text, source FROM articles WHERE id = $1", [id]).first else { return nil }
        let meta = (try? JSONDecoder().decode([String: String].self, from: Data((row[1] ?? "{}").utf8))) ?? [:]
        return Article(id: id, text: row[0] ?? "", meta: meta, source: row[2] ?? id, path: row[2] ?? id)
    }

    /// A document for a stored article, tokenised as the shell does.
    public func document(for article: Article, language: Language? = nil) -> Document {
        TextAnalyzer.analyze(id: article.id, text: article.text, language: article.language(overriding: language), meta: article.meta)
    }

    // MARK: - Sessions

    /// A session row: its key, article, annotator, status and event counts.
    public struct SessionRow: Sendable {
        /// The row's id.
        public var id: Int64
        /// The article's id.
        public var article: String
        /// The session's annotator.
        public var annotator: String
        /// `in_progress` or `complete`.
        public var status: String
        /// Events in the snapshot.
        public var snapshotSeq: Int
        /// Events in all.
        public var lastSeq: Int
    }

    /// Every session row, optionally of one article, in article then annotator order.
    public func sessions(article: String? = nil) throws(StoreError) -> [SessionRow] {
        let rows = try connection.execute("""
            SELECT id, article_id, annotator, status, snapshot_seq, last_seq FROM sessions
            WHERE $1::text IS NULL OR article_id = $1 ORDER BY article_id, annotator
            """, [article])
        return rows.map { SessionRow(id: Int64($0[0]!)!, article: $0[1]!, annotator: $0[2]!, status: $0[3]!,
                                     snapshotSeq: Int($0[4]!)!, lastSeq: Int($0[5]!)!) }
    }

    /// Loads and verifies a stored session.
    public func load(_ row: SessionRow) throws(StoreError) -> Session {
        try connection.transaction { () throws(StoreError) -> Session in
            try connection.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
            guard let snapshot = try connection.execute("SELECT snapshot, snapshot_seq FROM sessions WHERE id = $1", [String(row.id)]).first,
                  let text = snapshot[0], let seq = snapshot[1] else {
                throw .data("session \(row.id) is gone")
            }
            let later = try connection.execute("SELECT body FROM events WHERE session_id = $1 AND seq > $2 ORDER BY seq",
                                               [String(row.id), seq]).compactMap { $0[0] }
            return try EventCoding.session(snapshot: text, later: later, name: PostgresStore.name(article: row.article, annotator: row.annotator))
        }
    }

    /// Every event of a stored session, as stored (for audits and tests).
    public func eventCount(article: String, annotator: String) throws(StoreError) -> Int {
        let rows = try connection.execute("""
            SELECT count(*) FROM events e JOIN sessions s ON s.id = e.session_id WHERE s.article_id = $1 AND s.annotator = $2
            """, [article, annotator])
        return Int(rows.first?.first.flatMap { $0 } ?? "0") ?? 0
    }

    /// Locks and loads an article's session for an annotator (the shell's way in).
    public func open(article: Article, document: Document, annotator: String) throws(FormatError) -> OpenedSession {
        let name = PostgresStore.name(article: article.id, annotator: annotator)
        do throws(StoreError) {
            try put(article, sha256: document.sha256)
            let storage = try PostgresSessionStorage(store: self, article: article.id, annotator: annotator)
            let session: Session?
            do {
                session = try sessions(article: article.id).first { $0.annotator == annotator }.map { row throws(StoreError) in try load(row) }
            } catch {
                storage.close()
                throw error
            }
            return OpenedSession(session: session, storage: storage, name: name)
        } catch {
            throw .unwritable(path: name, reason: error.description)
        }
    }
}
