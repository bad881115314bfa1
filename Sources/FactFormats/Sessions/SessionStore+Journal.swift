#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import FactModel
import Foundation

// MARK: - The journal: a decision costs what it says, not what the session holds

extension SessionStore {
    /// The journal is folded into the snapshot once it holds this many events.
    public static let compactionEvents = 4096

    /// Appends one recorded event to the journal and syncs it, so that it survives a crash
    /// (even `kill -9`) before the prompt returns. `session` is the session with the event
    /// recorded: when the journal has grown past `compactionEvents` events or past the
    /// snapshot's size, it is written as the new snapshot and the journal starts again (a
    /// failure there loses nothing, the event being already journaled: it is kept in
    /// `compactionProblem` and tried again at the next decision).
    ///
    /// On failure (disk full, `ulimit -f`, the file changed on disk, read-only) the journal is
    /// cut back to where it was and the error is thrown: the caller drops the decision.
    public func append(_ event: Event, of session: Session) throws(FormatError) {
        try checkWritable()
        guard lastSeen != nil else {
            try save(session)  // no snapshot yet: the first write is a whole one
            return
        }
        AtomicFile.ignoreFileSizeSignal()
        var line = Data()
        let creating = journalDescriptor < 0 && (lastSeenJournal?.size ?? 0) == 0
        do {
            if creating { line += try SessionJournal.line(SessionJournal.Header(session: session)) + Data([0x0A]) }
            line += try SessionJournal.line(event) + Data([0x0A])
        } catch {
            throw .unwritable(path: journalPath, reason: "cannot encode the event: \(error)")
        }
        try openJournal()
        let before = lseek(journalDescriptor, 0, SEEK_END)
        guard before >= 0 else { throw failure(journalPath) }
        let written = DescriptorWriting.writeAll(line, to: journalDescriptor) && fsync(journalDescriptor) == 0
        guard written else {
            let error = failure(journalPath)
            _ = ftruncate(journalDescriptor, before)  // never leave half a line for the next append to glue onto
            _ = fsync(journalDescriptor)
            if before == 0 { removeJournal() } else { lastSeenJournal = stamp(journalPath) }
            throw error
        }
        if creating { syncFolder() }
        lastSeenJournal = stamp(journalPath)
        journalEvents += 1
        journalBytes = Int(before) + line.count
        if journalEvents >= SessionStore.compactionEvents || journalBytes > snapshotBytes {
            compact(session)
        } else {
            compactionProblem = nil
        }
    }

    /// True when a journal holds decisions not yet folded into the snapshot.
    public var hasJournal: Bool { lastSeenJournal != nil }

    /// Writes the snapshot and removes the journal; a failure is kept in `compactionProblem`.
    func compact(_ session: Session) {
        do {
            try save(session)
            compactionProblem = nil
        } catch {
            compactionProblem = error.description
        }
    }

    private func openJournal() throws(FormatError) {
        guard journalDescriptor < 0 else { return }
        let descriptor = open(journalPath, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw failure(journalPath) }
        // The journal takes the snapshot's permissions: it holds the same annotations.
        var snapshot = stat()
        if stat(target, &snapshot) == 0 {
            _ = fchmod(descriptor, snapshot.st_mode & 0o7777)
            if snapshot.st_uid != geteuid() || snapshot.st_gid != getegid() {
                _ = fchown(descriptor, snapshot.st_uid, snapshot.st_gid)
            }
        }
        journalDescriptor = descriptor
    }

    /// Closes the journal's descriptor (the file stays).
    func closeJournal() {
        guard journalDescriptor >= 0 else { return }
        Glibc.close(journalDescriptor)
        journalDescriptor = -1
    }

    /// Removes the journal once the snapshot holds all its events.
    func removeJournal() {
        closeJournal()
        if unlink(journalPath) == 0 { syncFolder() }
        lastSeenJournal = stamp(journalPath)
        journalEvents = 0
        journalBytes = 0
    }

    /// Cuts an unfinished last line (a write cut short by a crash: never confirmed) off the
    /// journal, so that the next event starts on a line of its own; says so in `openingNotes`.
    func cutUnfinishedJournalLine() {
        let descriptor = open(journalPath, O_RDWR | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        defer { Glibc.close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_size > 0 else { return }
        // Look back from the end for the last newline, a block at a time.
        var end = Int64(info.st_size)
        var lastNewline: Int64 = -1
        var buffer = [UInt8](repeating: 0, count: 65536)
        while end > 0 && lastNewline < 0 {
            let start = max(0, end - Int64(buffer.count))
            let count = pread(descriptor, &buffer, Int(end - start), off_t(start))
            guard count > 0 else { return }
            if let index = buffer[0..<count].lastIndex(of: 0x0A) { lastNewline = start + Int64(index) }
            end = start
        }
        let keep = lastNewline + 1
        guard keep < Int64(info.st_size) else { return }
        if ftruncate(descriptor, off_t(keep)) == 0 {
            _ = fsync(descriptor)
            openingNotes.append("the journal's last line was unfinished (\(Int64(info.st_size) - keep) bytes, a write cut short by a crash, never confirmed): cut off")
        }
    }

    private func syncFolder() {
        let folder = URL(fileURLWithPath: target).deletingLastPathComponent().path
        let descriptor = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if descriptor >= 0 {
            fsync(descriptor)
            Glibc.close(descriptor)
        }
    }

    private func failure(_ path: String) -> FormatError {
        .unwritable(path: path, reason: String(cString: strerror(errno)))
    }
}
