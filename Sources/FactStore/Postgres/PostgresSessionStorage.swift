import FactFormats
import FactModel
import Foundation

/// One session in the team database while a shell edits it.
///
/// - A session-level advisory lock (released by the server when the process dies) keeps a
///   second shell off the session; sessions of other articles or annotators share nothing, so
///   two analysts never wait on each other.
/// - Each decision is one transaction: the event row, the session's `last_seq` (checked to be
///   the previous number, so a stale shell cannot write) and the claim's heartbeat. A decision
///   is acknowledged only after `COMMIT` returns.
/// - When the connection drops, the storage reconnects, takes the lock again and looks for the
///   event: found with the same body, it was committed before the drop (not written twice);
///   absent, it is written again. Either way the analyst is told, in one line.
public final class PostgresSessionStorage: SessionStorage {
    let store: PostgresStore
    /// The article's id.
    public let article: String
    /// The annotator.
    public let annotator: String
    private var connection: PGConnection { store.connection }
    private var sessionID: Int64?
    private var storedSeq = 0
    private var snapshotSeq = 0
    private var locked = false
    private var notes: [String] = []
    /// How many times a dropped connection is tried again before the decision is dropped.
    public static let reconnectAttempts = 5

    /// Takes the session's lock; throws `locked` when another process holds it.
    init(store: PostgresStore, article: String, annotator: String) throws(StoreError) {
        self.store = store
        self.article = article
        self.annotator = annotator
        try takeLock()
        if let row = try store.sessions(article: article).first(where: { $0.annotator == annotator }) {
            sessionID = row.id
            storedSeq = row.lastSeq
            snapshotSeq = row.snapshotSeq
        }
    }

    private var name: String { PostgresStore.name(article: article, annotator: annotator) }

    private func takeLock() throws(StoreError) {
        let rows = try connection.execute("SELECT pg_try_advisory_lock(7355609, hashtext($1 || chr(1) || $2))", [article, annotator])
        guard rows.first?.first == "t" else {
            throw .locked("\(name): open in another factline (a shell holds its lock on the server); close it there first")
        }
        locked = true
    }

    /// Writes the whole session: its snapshot, and the events the database lacks.
    public func save(_ session: Session) throws(FormatError) {
        try withRetry(for: session.events.last) { () throws(StoreError) in try self.writeSnapshot(session) }
    }

    /// Appends one event in its own transaction; returns once it is committed.
    public func append(_ event: Event, of session: Session) throws(FormatError) {
        guard sessionID != nil else { return try save(session) }
        try withRetry(for: event) { () throws(StoreError) in try self.writeEvent(event, status: session.status) }
    }

    /// Releases the lock (the connection stays for the process's other work).
    public func close() {
        guard locked else { return }
        _ = try? connection.execute("SELECT pg_advisory_unlock(7355609, hashtext($1 || chr(1) || $2))", [article, annotator])
        locked = false
    }

    /// True when events were appended since the last snapshot.
    public var hasJournal: Bool { storedSeq > snapshotSeq }
    /// Nothing is repaired on opening.
    public var openingNotes: [String] { [] }
    /// Takes the stored session as this storage's own again.
    public func adoptFilesOnDisk() {
        if let row = try? store.sessions(article: article).first(where: { $0.annotator == annotator }) {
            sessionID = row.id
            storedSeq = row.lastSeq
            snapshotSeq = row.snapshotSeq
        }
    }
    /// Notes about reconnections, said once.
    public func takeNotes() -> [String] {
        defer { notes = [] }
        return notes
    }

    // MARK: - Writing

    private func writeEvent(_ event: Event, status: SessionStatus) throws(StoreError) {
        let body = try EventCoding.encode(event)
        try connection.transaction { () throws(StoreError) in
            let moved = try connection.execute("""
                UPDATE sessions SET last_seq = $2, status = $3, updated = now() WHERE id = $1 AND last_seq = $2 - 1 RETURNING id
                """, [String(sessionID!), String(event.seq), status.rawValue])
            guard !moved.isEmpty else {
                throw .refused("\(name): the database already has event \(event.seq) (written by another shell?); quit and annotate again to resume from the database")
            }
            try connection.execute("INSERT INTO events (session_id, seq, body) VALUES ($1, $2, $3)", [String(sessionID!), String(event.seq), body])
            try connection.execute("""
                UPDATE assignments SET touched = now() WHERE article_id = $1 AND annotator = $2 AND state = 'claimed'
                """, [article, annotator])
        }
        storedSeq = event.seq
    }

    private func writeSnapshot(_ session: Session) throws(StoreError) {
        let snapshot = try EventCoding.snapshot(session)
        let count = session.events.count
        try connection.transaction { () throws(StoreError) in
            let rows = try connection.execute("""
                INSERT INTO sessions (article_id, annotator, status, snapshot, snapshot_seq, last_seq)
                VALUES ($1, $2, $3, $4, $5, 0)
                ON CONFLICT (article_id, annotator) DO UPDATE SET status = EXCLUDED.status, snapshot = EXCLUDED.snapshot,
                    snapshot_seq = EXCLUDED.snapshot_seq, updated = now()
                RETURNING id, last_seq
                """, [article, annotator, session.status.rawValue, snapshot, String(count)])
            guard let row = rows.first, let id = row[0].flatMap({ Int64($0) }), let last = row[1].flatMap({ Int($0) }) else {
                throw .data("\(name): no session row after writing it")
            }
            guard last <= count else {
                throw .refused("\(name): the database has \(last) events, this shell \(count); quit and annotate again to resume from the database")
            }
            for event in session.events.dropFirst(last) {
                try connection.execute("INSERT INTO events (session_id, seq, body) VALUES ($1, $2, $3)",
                                       [String(id), String(event.seq), try EventCoding.encode(event)])
            }
            try connection.execute("UPDATE sessions SET last_seq = $2 WHERE id = $1", [String(id), String(count)])
            let state = session.status == .complete ? "done" : "claimed"
            try connection.execute("""
                UPDATE assignments SET state = $3, touched = now() WHERE article_id = $1 AND annotator = $2 AND state <> 'expired'
                """, [article, annotator, state])
            sessionID = id
        }
        storedSeq = count
        snapshotSeq = count
    }

    /// Runs a write; after a dropped connection, reconnects, retakes the lock and either finds
    /// the event committed or writes it again. Errors become the shell's one-line `FormatError`.
    private func withRetry(for event: Event?, _ write: () throws(StoreError) -> Void) throws(FormatError) {
        var lastError: StoreError
        do { return try write() } catch { lastError = error }
        guard case .connectionLost = lastError else { throw .unwritable(path: name, reason: lastError.description) }
        for attempt in 1...PostgresSessionStorage.reconnectAttempts {
            do throws(StoreError) {
                try connection.reconnect()
                locked = false
                try takeLock()
                if let event, let id = sessionID,
                   let stored = try connection.execute("SELECT body FROM events WHERE session_id = $1 AND seq = $2", [String(id), String(event.seq)]).first {
                    guard stored[0] == (try EventCoding.encode(event)) else {
                        throw StoreError.refused("the database holds another event \(event.seq); quit and annotate again to resume from the database")
                    }
                    storedSeq = max(storedSeq, event.seq)
                    notes.append("the connection to the database was lost (\(lastError.description.prefix(120))); reconnected: the decision had been committed before the drop and was not written twice")
                    return
                }
                try write()
                notes.append("the connection to the database was lost; reconnected (attempt \(attempt)) and saved the decision on retry")
                return
            } catch {
                lastError = error
                if case .connectionLost = error { usleep(200_000 * UInt32(attempt)); continue }
                if case .cannotConnect = error { usleep(200_000 * UInt32(attempt)); continue }
                throw .unwritable(path: name, reason: error.description)
            }
        }
        throw .unwritable(path: name, reason: "\(lastError.description); tried \(PostgresSessionStorage.reconnectAttempts) times to reconnect, so the decision was dropped: type it again once the server is back")
    }
}
