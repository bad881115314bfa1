#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the shell writes what the analyst reads. The terminal in the app, a buffer in tests.
public protocol ShellOutput: AnyObject {
    /// Writes text as is (the caller adds newlines).
    func write(_ text: String)
}

extension ShellOutput {
    /// Writes one line.
    public func line(_ text: String = "") { write(text + "\n") }
}

/// Writes to standard output, flushing each time so that output and prompt never interleave.
public final class StandardOutput: ShellOutput {
    /// Makes the writer.
    public init() {}

    public func write(_ text: String) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let count = bytes.withUnsafeMutableBytes { Glibc.write(STDOUT_FILENO, $0.baseAddress! + offset, $0.count - offset) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return }
            offset += count
        }
    }
}

/// Collects output in memory, for tests.
public final class BufferOutput: ShellOutput {
    /// Everything written so far.
    public private(set) var text = ""

    /// Makes an empty buffer.
    public init() {}

    public func write(_ text: String) { self.text += text }

    /// Returns and forgets what was written.
    public func take() -> String {
        defer { text = "" }
        return text
    }
}
