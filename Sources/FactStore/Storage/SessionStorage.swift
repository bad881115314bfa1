import FactFormats
import FactModel

/// Where an open session's decisions go: the JSON session folder (`SessionStore`, a snapshot
/// and its journal) or the team database (`PostgresSessionStorage`). The shell sees only this.
///
/// Errors are `FormatError`s, whose one-line message names the session, so that the shell
/// reports a failed save the same way whatever the storage.
public protocol SessionStorage: AnyObject {
    /// Writes the whole session (creation, `done`, quit).
    func save(_ session: Session) throws(FormatError)
    /// Makes one recorded decision durable before returning; on failure the caller drops it.
    func append(_ event: Event, of session: Session) throws(FormatError)
    /// Releases the session (its lock); nothing can be saved afterwards.
    func close()
    /// True when decisions were appended since the last whole save.
    var hasJournal: Bool { get }
    /// What the storage repaired on opening, for the shell to say.
    var openingNotes: [String] { get }
    /// Takes the stored session as it is now as this storage's own (after `reload`).
    func adoptFilesOnDisk()
    /// Notes about the last save (a dropped connection re-established), said once then forgotten.
    func takeNotes() -> [String]
}

extension SessionStorage {
    /// No notes by default.
    public func takeNotes() -> [String] { [] }
}

/// The JSON session folder: today's `SessionStore`, unchanged.
extension SessionStore: SessionStorage {}

/// A session as opened from a storage: the session when one was stored, and its storage.
public struct OpenedSession {
    /// The stored session, nil when the article has none for this annotator yet.
    public var session: Session?
    /// Where its decisions go (holds the session's lock).
    public var storage: any SessionStorage
    /// How to name the session to the analyst (`postgres:ARTICLE/ANNOTATOR`).
    public var name: String
    /// Notes from opening.
    public var notes: [String]

    /// Makes an opened session.
    public init(session: Session?, storage: any SessionStorage, name: String, notes: [String] = []) {
        self.session = session
        self.storage = storage
        self.name = name
        self.notes = notes
    }
}

/// A store of sessions other than the session folder (the team database): opens an article's
/// session for an annotator, locking it for this process.
public protocol SessionBackend: AnyObject, Sendable {
    /// Locks and loads the session of `article` by `annotator` (storing the article if new).
    func open(article: Article, document: Document, annotator: String) throws(FormatError) -> OpenedSession
}
