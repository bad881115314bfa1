#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// MARK: - LineEditor

/// Factory and process-wide helpers for line readers.
public enum LineEditor {
    /// How `make(_:mode:)` chooses the reader.
    public enum Mode: Sendable {
        /// `EditLineReader` when stdin is a terminal, otherwise `PipeLineReader`.
        case automatic
        /// Always libedit (falls back to the pipe reader if libedit cannot start).
        case terminal
        /// Always `readLine()`: no prompt, no echo, no history.
        case pipe
    }

    /// Whether stdin is a terminal (what `.automatic` looks at).
    public static var stdinIsTerminal: Bool { isatty(STDIN_FILENO) == 1 }

    /// Returns a reader for `configuration`, chosen by `mode`.
    public static func make(_ configuration: LineEditorConfiguration, mode: Mode = .automatic) -> any LineReader {
        let wantsTerminal: Bool
        switch mode {
        case .automatic: wantsTerminal = stdinIsTerminal
        case .terminal: wantsTerminal = true
        case .pipe: wantsTerminal = false
        }
        if wantsTerminal, let reader = EditLineReader(configuration) {
            return reader
        }
        return PipeLineReader(configuration)
    }
}
