#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Writes files so that a crash leaves either the old content or the new, never a mix.
public enum AtomicFile {
    /// Ignores SIGXFSZ once, so that a write past `ulimit -f` fails with EFBIG (reported like a
    /// full disk) instead of killing the process.
    private static let fileSizeSignalIgnored: Bool = {
        signal(SIGXFSZ, SIG_IGN)
        return true
    }()

    /// Makes a write past `ulimit -f` fail with EFBIG rather than kill the process.
    static func ignoreFileSizeSignal() { _ = fileSizeSignalIgnored }

    /// Writes `data` to a temporary file beside `path`, syncs it, renames it over `path` and
    /// syncs the folder. A file that already exists keeps its permissions and, when the process
    /// may set them, its owner and group.
    public static func write(_ data: Data, to path: String) throws(FormatError) {
        try write(to: path) { descriptor in DescriptorWriting.writeAll(data, to: descriptor) }
    }

    /// Writes a file atomically as `write(_:to:)` does, its content written by `produce` into
    /// the temporary file's descriptor (false, with errno set, when a write failed): for
    /// content made a part at a time, never held whole.
    public static func write(to path: String, _ produce: (Int32) -> Bool) throws(FormatError) {
        _ = fileSizeSignalIgnored
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())").path
        var existing = stat()
        let exists = stat(path, &existing) == 0
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, exists ? 0o600 : 0o644)
        guard descriptor >= 0 else { throw failure(path) }
        if exists {
            _ = fchmod(descriptor, existing.st_mode & 0o7777)
            if existing.st_uid != geteuid() || existing.st_gid != getegid() {
                _ = fchown(descriptor, existing.st_uid, existing.st_gid)  // allowed for root or the group's member
            }
        }
        let ok = produce(descriptor) && fsync(descriptor) == 0
        let closed = close(descriptor) == 0
        guard ok, closed else {
            let error = failure(path)
            unlink(temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            let error = failure(path)
            unlink(temporary)
            throw error
        }
        let folderDescriptor = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folderDescriptor >= 0 {
            fsync(folderDescriptor)
            close(folderDescriptor)
        }
    }

    private static func failure(_ path: String) -> FormatError {
        .unwritable(path: path, reason: String(cString: strerror(errno)))
    }
}
