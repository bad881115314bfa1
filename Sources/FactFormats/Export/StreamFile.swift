#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// An output written piece by piece (constant memory) that appears whole or not at all: the
/// bytes go to a temporary file beside the target, which `finish()` syncs and renames over it.
/// With no path, the bytes go to standard output as they come.
public final class StreamFile {
    private let path: String?
    private let temporary: String?
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    /// Bytes written so far.
    public private(set) var byteCount = 0

    /// Opens a temporary file beside `path` (nil: standard output).
    public init(path: String?) throws(FormatError) {
        self.path = path
        guard let path else {
            temporary = nil
            descriptor = STDOUT_FILENO
            return
        }
        signal(SIGXFSZ, SIG_IGN)
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())").path
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .unwritable(path: path, reason: String(cString: strerror(errno))) }
        self.temporary = temporary
        self.descriptor = descriptor
        buffer.reserveCapacity(1 << 20)
    }

    /// Appends bytes (buffered; flushed every megabyte).
    public func write(_ data: Data) throws(FormatError) {
        data.withUnsafeBytes { buffer.append(contentsOf: $0.assumingMemoryBound(to: UInt8.self)) }
        byteCount += data.count
        if buffer.count >= 1 << 20 { try flush() }
    }

    /// Appends a string's UTF-8 bytes.
    public func write(_ text: String) throws(FormatError) { try write(Data(text.utf8)) }

    private func flush() throws(FormatError) {
        let ok = DescriptorWriting.writeAll(buffer, to: descriptor)
        buffer.removeAll(keepingCapacity: true)
        guard ok else { throw .unwritable(path: path ?? "standard output", reason: String(cString: strerror(errno))) }
    }

    /// Writes what is buffered, then (for a file) syncs, closes and renames it over the target.
    public func finish() throws(FormatError) {
        try flush()
        guard let path, let temporary else { return }
        guard fsync(descriptor) == 0, close(descriptor) == 0, rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw .unwritable(path: path, reason: reason)
        }
    }

    /// Drops a file that will not be finished.
    public func abandon() {
        guard let temporary else { return }
        close(descriptor)
        unlink(temporary)
    }
}
