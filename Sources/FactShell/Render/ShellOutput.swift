#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the shell writes what the analyst reads. The terminal in the app, a buffer in tests.
public protocol ShellOutput: AnyObject {
    /// Writes text as is (the caller adds newlines).
    func write(_ text: String)
    /// The width lines are wrapped to, in columns; nil leaves lines whole (pipes, files).
    var width: Int? { get }
}

extension ShellOutput {
    /// No wrapping unless the output says how wide it is.
    public var width: Int? { nil }

    /// Writes one line, wrapped at spaces to `width` (see `LineWrapper`).
    public func line(_ text: String = "") { write(LineWrapper.wrap(text, width: width) + "\n") }
}

/// Writes to standard output, flushing each time so that output and prompt never interleave.
public final class StandardOutput: ShellOutput {
    /// Makes the writer.
    public init() {}

    /// The terminal's width, read at each line so that a resized window wraps right away; nil
    /// when standard output is not a terminal.
    public var width: Int? {
        guard isatty(STDOUT_FILENO) == 1 else { return nil }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col >= 20 else { return nil }
        return Int(size.ws_col)
    }

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

    /// The width to wrap to (nil: none).
    public var width: Int?

    /// Makes an empty buffer.
    public init(width: Int? = nil) { self.width = width }

    public func write(_ text: String) { self.text += text }

    /// Returns and forgets what was written.
    public func take() -> String {
        defer { text = "" }
        return text
    }
}
