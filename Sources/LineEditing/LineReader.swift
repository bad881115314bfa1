// MARK: - LineReader

/// Reads command lines for the shell, one `read()` at a time.
///
/// Two implementations exist: `EditLineReader` (libedit, for a terminal) and `PipeLineReader`
/// (`readLine()`, for scripted sessions). Use `LineEditor.make(_:)` to pick one.
public protocol LineReader: AnyObject {
    /// The prompt shown before the next `read()`; may be changed between reads.
    /// Ignored by readers that do not show a prompt.
    var prompt: String { get set }

    /// Blocks until a line, an interrupt or the end of input.
    func read() -> LineEvent

    /// Releases the terminal and other resources. Idempotent; `read()` afterwards returns
    /// `.endOfInput`.
    func close()
}
