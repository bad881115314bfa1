// MARK: - LineEditorConfiguration

/// Everything a line reader needs to know about the shell using it.
public struct LineEditorConfiguration {
    /// Program name passed to `el_init` (selects `~/.editrc` sections such as `factline:bind ...`).
    public var programName: String
    /// The first prompt; change it later through `LineReader.prompt`.
    /// Bytes between two `"\u{1}"` characters are not counted as visible (for colours).
    public var prompt: String
    /// History file (libedit `_HiStOrY_V2_` format), loaded at start and rewritten after
    /// every entered line; `nil` keeps history in memory only.
    public var historyFile: String?
    /// Maximum number of history entries kept (and saved).
    public var historySize: Int
    /// Supplies TAB completions; `nil` makes TAB insert nothing.
    public var completion: (any CompletionSource)?
    /// Whether to read `~/.editrc` (or `$EDITRC`) after the built-in key bindings.
    public var readsEditrc: Bool

    /// Creates a configuration; only `programName` and `prompt` are required.
    public init(
        programName: String,
        prompt: String,
        historyFile: String? = nil,
        historySize: Int = 1000,
        completion: (any CompletionSource)? = nil,
        readsEditrc: Bool = true
    ) {
        self.programName = programName
        self.prompt = prompt
        self.historyFile = historyFile
        self.historySize = historySize
        self.completion = completion
        self.readsEditrc = readsEditrc
    }
}
