// MARK: - PipeLineReader

/// Reads lines with Swift's `readLine()`: no prompt, no echo, no history, no completion.
/// Used when stdin is not a terminal so sessions can be scripted through a pipe.
public final class PipeLineReader: LineReader {
    /// Stored but never shown.
    public var prompt: String
    private var closed = false

    /// Creates a reader over stdin; only `configuration.prompt` is kept.
    public init(_ configuration: LineEditorConfiguration) {
        self.prompt = configuration.prompt
    }

    /// The next line of stdin (a trailing `\r\n` or `\n` removed), or `.endOfInput` at EOF.
    /// Invalid UTF-8 is repaired with U+FFFD. Never returns `.interrupted`.
    public func read() -> LineEvent {
        guard !closed, let line = readLine(strippingNewline: true) else { return .endOfInput }
        return .line(line)
    }

    /// Makes later reads return `.endOfInput`.
    public func close() { closed = true }
}
