#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads single key presses from a terminal without waiting for Enter: non-canonical mode, no
/// echo, and no signal keys (Ctrl-C arrives as a byte), only for the time of one read. The
/// terminal's settings are put back after each read, and also when SIGTERM, SIGHUP or SIGINT
/// arrives during one.
public enum TerminalKeys {
    /// The settings to put back, for the signal handler; set only while a read is waiting.
    nonisolated(unsafe) private static var saved = termios()
    nonisolated(unsafe) private static var savedFD: Int32 = -1

    /// Whether `fd` is a terminal, so that single keys can be read from it.
    public static func isTerminal(_ fd: Int32 = STDIN_FILENO) -> Bool { isatty(fd) == 1 }

    /// Waits for one key press on `fd` and returns its bytes (up to 16: an arrow key's escape
    /// sequence comes whole), or nil at the end of input or when the terminal cannot be set.
    public static func readKey(_ fd: Int32 = STDIN_FILENO) -> [UInt8]? {
        var original = termios()
        guard tcgetattr(fd, &original) == 0 else { return nil }
        var raw = original
        raw.c_lflag &= ~tcflag_t(ICANON | ECHO | ISIG)
        withUnsafeMutableBytes(of: &raw.c_cc) { cc in
            cc[Int(VMIN)] = 1
            cc[Int(VTIME)] = 0
        }
        saved = original
        savedFD = fd
        let previous = [SIGTERM, SIGHUP, SIGINT].map { ($0, signal($0, restoreAndReraise)) }
        defer {
            tcsetattr(fd, TCSAFLUSH, &original)
            savedFD = -1
            for (number, handler) in previous { signal(number, handler) }
        }
        guard tcsetattr(fd, TCSAFLUSH, &raw) == 0 else { return nil }
        var buffer = [UInt8](repeating: 0, count: 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return nil }
            return Array(buffer[0..<count])
        }
    }

    /// Puts the terminal back, then dies of the signal as it would have without the handler.
    private static let restoreAndReraise: @convention(c) (Int32) -> Void = { number in
        if TerminalKeys.savedFD >= 0 { tcsetattr(TerminalKeys.savedFD, TCSANOW, &TerminalKeys.saved) }
        signal(number, SIG_DFL)
        raise(number)
    }
}

/// Key presses from a terminal, one at a time: what one read brings is split into presses
/// (`StepKey.presses(in:)`) and the ones after the first wait for the next call.
public final class TerminalKeyReader {
    private let fd: Int32
    private var pending: [[UInt8]] = []

    /// Reads from `fd` (standard input by default), which must be a terminal.
    public init(fd: Int32 = STDIN_FILENO) { self.fd = fd }

    /// The next key press, or nil at the end of input.
    public func next() -> [UInt8]? {
        if pending.isEmpty {
            guard let bytes = TerminalKeys.readKey(fd) else { return nil }
            pending = StepKey.presses(in: bytes)
        }
        return pending.isEmpty ? nil : pending.removeFirst()
    }
}
