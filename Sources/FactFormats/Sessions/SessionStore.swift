#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import FactModel
import Foundation

/// Owns one session file while a shell edits it: holds an exclusive lock so that two shells
/// cannot write the same session, appends every decision to the session's journal
/// (`S.json.journal`, synced before the prompt returns) and writes the whole session atomically
/// (temporary file in the same folder, fsync, rename, fsync of the folder) as a snapshot when it
/// is created, saved, done, closed, or when the journal has grown (see `SessionStore+Journal`).
public final class SessionStore {
    /// The session file's path, as given.
    public let path: String
    /// The file actually locked and written: `path` with symlinks resolved, so that a symlink
    /// stays a symlink and every name of one file shares one lock.
    let target: String
    /// The journal beside the resolved file.
    let journalPath: String
    private let lockPath: String
    private var lockDescriptor: Int32 = -1
    /// The lock file's identity while this store holds it.
    private var heldIdentity: FileIdentity?
    /// Size and modification time of the file as this store last wrote or read it, to notice
    /// another program writing it.
    var lastSeen: FileStamp?
    /// The same for the journal (nil: no journal).
    var lastSeenJournal: FileStamp?
    /// The journal, open for appending, once a decision was journaled.
    var journalDescriptor: Int32 = -1
    /// Events and bytes in the journal, and the snapshot's size, to know when to compact.
    var journalEvents = 0
    var journalBytes = 0
    var snapshotBytes = 0
    /// What the store repaired when it opened (an unfinished journal line cut off), for the shell to say.
    public internal(set) var openingNotes: [String] = []
    /// Why the last compaction after a decision failed (the decision itself was journaled), if it did.
    public internal(set) var compactionProblem: String?

    struct FileStamp: Equatable {
        var size: Int64
        var seconds: Int
        var nanoseconds: Int
    }

    /// Takes the lock on a session file (which need not exist yet). A session with several hard
    /// links is refused: an atomic save replaces one name only, and the copies would diverge.
    public init(path: String) throws(FormatError) {
        self.path = path
        try SessionStore.createFolder(URL(fileURLWithPath: path).deletingLastPathComponent().path)
        self.target = SessionStore.resolved(path)
        let url = URL(fileURLWithPath: target)
        self.lockPath = url.deletingLastPathComponent().appendingPathComponent("." + url.lastPathComponent + ".lock").path
        var info = stat()
        if lstat(target, &info) == 0, info.st_nlink > 1 {
            throw .unwritable(path: path, reason: "the session has \(info.st_nlink) hard links, which saving would split; open a copy with --session")
        }
        self.journalPath = SessionJournal.path(for: target)
        try lock()
        removeStaleTemporaryFiles()
        cutUnfinishedJournalLine()
        lastSeen = stamp()
        lastSeenJournal = stamp(journalPath)
        snapshotBytes = Int(lastSeen?.size ?? 0)
        journalBytes = Int(lastSeenJournal?.size ?? 0)
    }

    deinit { close() }

    /// Releases the lock; the store cannot save afterwards.
    public func close() {
        closeJournal()
        unlock()
    }

    // MARK: - Saving

    /// Writes the whole session atomically as the snapshot, then removes the journal (its events
    /// are all in the snapshot now). Refuses when either file changed on disk since this store
    /// last saw it, so it never overwrites someone else's work.
    public func save(_ session: Session) throws(FormatError) {
        try checkWritable()
        // Encoded a part at a time straight into the file: the whole document is never in memory.
        var encodingError: (any Error)?
        var written = 0
        do {
            try AtomicFile.write(to: target) { descriptor in
                do {
                    written = try session.encodeFile { part in
                        guard DescriptorWriting.writeAll(part, to: descriptor) else { throw WriteFailure(code: errno) }
                    }
                    return true
                } catch let failure as WriteFailure {
                    errno = failure.code
                    return false
                } catch {
                    encodingError = error
                    errno = EINVAL
                    return false
                }
            }
        } catch {
            if let encodingError { throw .unwritable(path: path, reason: "cannot encode the session: \(encodingError)") }
            throw error
        }
        lastSeen = stamp()
        snapshotBytes = written
        removeJournal()
    }

    /// Checks that the store may write: open, the files unchanged since it last saw them, the
    /// session not read-only.
    func checkWritable() throws(FormatError) {
        guard lockDescriptor >= 0 else { throw .unwritable(path: path, reason: "the session is closed") }
        guard stamp() == lastSeen, stamp(journalPath) == lastSeenJournal else { throw .changedOnDisk(path: path) }
        var info = stat()
        if stat(target, &info) == 0, info.st_mode & S_IWUSR == 0 || access(target, W_OK) != 0 {
            throw .unwritable(path: path, reason: String(format: "the session is read-only (mode %04o); make it writable, or annotate a copy with --session",
                                                         info.st_mode & 0o7777))
        }
    }

    /// Takes the files as they are now as this store's own (after `reload` read them again).
    public func adoptFilesOnDisk() {
        closeJournal()
        cutUnfinishedJournalLine()
        lastSeen = stamp()
        lastSeenJournal = stamp(journalPath)
        snapshotBytes = Int(lastSeen?.size ?? 0)
        journalBytes = Int(lastSeenJournal?.size ?? 0)
        journalEvents = 0
    }

    // MARK: - Locking

    /// Takes the lock. A lock file this process already holds (through another store, say for
    /// two articles that map to one session file) is told apart from another process's lock.
    private func lock() throws(FormatError) {
        let descriptor = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .unwritable(path: lockPath, reason: String(cString: strerror(errno))) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            let error = FormatError.unwritable(path: lockPath, reason: String(cString: strerror(errno)))
            Glibc.close(descriptor)
            throw error
        }
        let identity = FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
        guard HeldLocks.shared.insert(identity) else {
            Glibc.close(descriptor)  // flock belongs to the other descriptor's open file: still held
            throw .alreadyOpen(path: path)
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            HeldLocks.shared.remove(identity)
            var buffer = [UInt8](repeating: 0, count: 64)
            let count = pread(descriptor, &buffer, 63, 0)
            Glibc.close(descriptor)
            var holder = count > 0 ? String(decoding: buffer[0..<count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) : ""
            // Our own pid here is a stale note (the holder has not written its own yet).
            if holder.isEmpty || holder == "pid \(getpid())" { holder = "another process" }
            throw .locked(path: path, holder: holder)
        }
        let note = "pid \(getpid())\n"
        _ = ftruncate(descriptor, 0)
        _ = note.withCString { pwrite(descriptor, $0, strlen($0), 0) }
        lockDescriptor = descriptor
        heldIdentity = identity
    }

    private func unlock() {
        guard lockDescriptor >= 0 else { return }
        if let heldIdentity { HeldLocks.shared.remove(heldIdentity) }
        heldIdentity = nil
        _ = ftruncate(lockDescriptor, 0)
        flock(lockDescriptor, LOCK_UN)
        Glibc.close(lockDescriptor)
        lockDescriptor = -1
    }

    /// `path` with every symlink resolved; for a file not yet made, its folder resolved.
    static func resolved(_ path: String) -> String {
        if let real = realpath(path, nil) {
            defer { free(real) }
            return String(cString: real)
        }
        let url = URL(fileURLWithPath: path)
        var link = stat()
        guard lstat(path, &link) != 0, let folder = realpath(url.deletingLastPathComponent().path, nil) else { return path }
        defer { free(folder) }
        return (String(cString: folder) as NSString).appendingPathComponent(url.lastPathComponent)
    }

    func stamp() -> FileStamp? { stamp(target) }

    func stamp(_ file: String) -> FileStamp? {
        var info = stat()
        guard stat(file, &info) == 0 else { return nil }
        return FileStamp(size: Int64(info.st_size), seconds: info.st_mtim.tv_sec, nanoseconds: info.st_mtim.tv_nsec)
    }

    private static func createFolder(_ folder: String) throws(FormatError) {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), !isFolder.boolValue {
            throw .unwritable(path: folder, reason: "cannot create the folder: a file has that name")
        }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            let reason = ((error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError).map { String(cString: strerror(Int32($0.code))) }
            throw .unwritable(path: folder, reason: "cannot create the folder" + (reason.map { ": \($0)" } ?? ""))
        }
    }

    /// Removes `.NAME.json.tmp-PID` files left by killed processes (their pid is gone). Called
    /// with the lock held, so no live writer of this session can own one.
    private func removeStaleTemporaryFiles() {
        let url = URL(fileURLWithPath: target)
        let folder = url.deletingLastPathComponent().path
        let prefix = "." + url.lastPathComponent + ".tmp-"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where name.hasPrefix(prefix) {
            guard let pid = Int32(name.dropFirst(prefix.count)), pid > 0, pid != getpid() else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH {
                unlink((folder as NSString).appendingPathComponent(name))
            }
        }
    }
}

/// A write to the snapshot's descriptor failed, with its errno.
private struct WriteFailure: Error {
    var code: Int32
}

/// The lock files this process holds, by identity: `flock` does not tell a process that it
/// already holds a lock through another descriptor, it just refuses.
final class HeldLocks: @unchecked Sendable {
    static let shared = HeldLocks()
    private let guardLock = NSLock()
    private var held: Set<FileIdentity> = []

    /// Records a lock file as held; false when this process already holds it.
    func insert(_ identity: FileIdentity) -> Bool {
        guardLock.lock()
        defer { guardLock.unlock() }
        return held.insert(identity).inserted
    }

    /// Forgets a lock file.
    func remove(_ identity: FileIdentity) {
        guardLock.lock()
        defer { guardLock.unlock() }
        held.remove(identity)
    }
}
