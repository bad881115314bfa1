// MARK: - LineEvent

/// The outcome of one `LineReader.read()` call.
public enum LineEvent: Equatable, Sendable {
    /// A complete line, without its trailing newline.
    case line(String)
    /// Ctrl-C: the line being edited was discarded; the caller should prompt again.
    case interrupted
    /// Ctrl-D on an empty line, or end of file on a pipe: the caller should exit.
    case endOfInput
}
