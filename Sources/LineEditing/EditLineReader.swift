internal import CEditLine
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// MARK: - EditLineReader

/// Reads lines from a terminal with libedit's native API (emacs key bindings, history,
/// TAB completion, UTF-8 editing).
///
/// - Ctrl-C discards the line: `read()` prints `^C` and a newline and returns `.interrupted`.
///   A flag-only SIGINT handler is installed for the reader's lifetime, so a Ctrl-C between
///   reads (while a command runs) is ignored rather than killing the shell. During `el_gets`
///   SIGINT stays blocked except while waiting for a key (see `cel_getc` in shim.h), which
///   closes libedit's own race where a Ctrl-C left it waiting for a whole line.
/// - Ctrl-Z restores the terminal before the process stops; after `fg` the line is redrawn in
///   raw mode (libedit's EL_SIGNAL did this, and is off for the reason above). A window resize
///   is passed on to libedit (`el_resize`) and the line redrawn at once.
/// - Ctrl-D on an empty line returns `.endOfInput`.
/// - Sets `LC_CTYPE` from the environment, or `C.UTF-8` when that is not UTF-8.
/// - One instance at a time: libedit's signal handling is process-wide.
public final class EditLineReader: LineReader {
    /// The prompt shown by the next `read()`; `"\u{1}"` brackets invisible bytes.
    public var prompt: String {
        didSet { setPromptBuffer(prompt) }
    }

    private var editLine: OpaquePointer?
    private var replacedHandlers = cel_saved_handlers()
    private var history: HistoryStore?
    private var promptBuffer: UnsafeMutablePointer<CChar>
    private let completion: (any CompletionSource)?
    /// Line and cursor at the last TAB that could not add anything (for the listing on a second TAB).
    private var lastUnproductiveTab: (line: String, cursor: Int)?

    // MARK: Lifecycle

    /// Starts libedit on stdin/stdout; `nil` if libedit cannot initialise.
    public init?(_ configuration: LineEditorConfiguration) {
        _ = cel_ensure_utf8_locale()
        guard let editLine = cel_init(configuration.programName) else { return nil }
        self.editLine = editLine
        self.prompt = configuration.prompt
        self.promptBuffer = strdup(configuration.prompt)
        self.completion = configuration.completion
        self.history = HistoryStore(path: configuration.historyFile, size: configuration.historySize)
        configure(editLine, readsEditrc: configuration.readsEditrc)
        _ = cel_install_handlers(&replacedHandlers)
    }

    deinit { close() }

    /// Ends libedit (restoring the terminal) and releases history and prompt storage.
    public func close() {
        guard let editLine else { return }
        el_end(editLine)
        cel_restore_handlers(&replacedHandlers)
        self.editLine = nil
        history = nil
        free(promptBuffer)
        promptBuffer = strdup("")
    }

    private func configure(_ editLine: OpaquePointer, readsEditrc: Bool) {
        _ = cel_set_clientdata(editLine, Unmanaged.passUnretained(self).toOpaque())
        _ = cel_set_editor(editLine, "emacs")
        _ = cel_set_signal(editLine, 0)
        _ = cel_set_getc(editLine)
        _ = cel_set_prompt(editLine) { el in EditLineReader.promptCallback(el) }
        if let history { _ = cel_set_history(editLine, history.handle) }
        _ = cel_add_function(editLine, "factline-complete", "Complete the current word") { el, key in
            EditLineReader.completeCallback(el, key)
        }
        _ = cel_bind(editLine, "^I", "factline-complete")
        if readsEditrc { _ = el_source(editLine, nil) }
    }

    // MARK: Reading

    /// Shows the prompt and edits one line.
    public func read() -> LineEvent {
        guard let editLine else { return .endOfInput }
        lastUnproductiveTab = nil
        _ = cel_take_sigint()
        var mask = sigset_t()
        _ = cel_block_sigint(&mask)
        var count: Int32 = 0
        let result = el_gets(editLine, &count)
        _ = pthread_sigmask(SIG_SETMASK, &mask, nil)
        let interrupted = cel_take_sigint() != 0

        guard let result, count > 0 else {
            cel_write_stdout(interrupted ? "^C\n" : "\n")
            return interrupted ? .interrupted : .endOfInput
        }
        var line = String(cString: result)
        while line.hasSuffix("\n") || line.hasSuffix("\r") { line.removeLast() }
        history?.record(line)
        return .line(line)
    }

    // MARK: Prompt

    private func setPromptBuffer(_ text: String) {
        free(promptBuffer)
        promptBuffer = strdup(text)
    }

    private static func reader(_ el: OpaquePointer?) -> EditLineReader? {
        guard let el, let data = cel_get_clientdata(el) else { return nil }
        return Unmanaged<EditLineReader>.fromOpaque(data).takeUnretainedValue()
    }

    private static func promptCallback(_ el: OpaquePointer?) -> UnsafeMutablePointer<CChar>? {
        reader(el)?.promptBuffer
    }

    // MARK: Completion

    private static func completeCallback(_ el: OpaquePointer?, _ key: Int32) -> UInt8 {
        guard let el, let reader = reader(el) else { return UInt8(CC_ERROR) }
        return reader.complete(el)
    }

    /// Runs one TAB press: see `CompletionPlan` for the behaviour.
    private func complete(_ el: OpaquePointer) -> UInt8 {
        guard let completion, let info = el_line(el)?.pointee, let start = info.buffer else {
            return UInt8(CC_REFRESH_BEEP)
        }
        let cursorOffset = info.cursor - start
        let endOffset = info.lastchar - start
        let bytes = UnsafeRawPointer(start).bindMemory(to: UInt8.self, capacity: endOffset)
        let beforeCursor = UnsafeBufferPointer(start: bytes, count: cursorOffset)
        var wordStart = cursorOffset
        while wordStart > 0, beforeCursor[wordStart - 1] != 0x20, beforeCursor[wordStart - 1] != 0x09 {
            wordStart -= 1
        }
        let linePrefix = String(decoding: beforeCursor[..<wordStart], as: UTF8.self)
        let word = String(decoding: beforeCursor[wordStart...], as: UTF8.self)
        let whole = String(decoding: UnsafeBufferPointer(start: bytes, count: endOffset), as: UTF8.self)

        let repeated = lastUnproductiveTab.map { $0.line == whole && $0.cursor == cursorOffset } ?? false
        let candidates = completion.completions(forWord: word, inLine: linePrefix)
        switch CompletionPlan.make(word: word, candidates: candidates, repeated: repeated) {
        case .insert(let text):
            lastUnproductiveTab = nil
            return el_insertstr(el, text) == 0 ? UInt8(CC_REFRESH) : UInt8(CC_REFRESH_BEEP)
        case .beep:
            lastUnproductiveTab = (whole, cursorOffset)
            return UInt8(CC_REFRESH_BEEP)
        case .list(let matches):
            lastUnproductiveTab = (whole, cursorOffset)
            cel_write_stdout("\r\n" + completionListing(matches, width: Int(cel_terminal_columns())))
            return UInt8(CC_REDISPLAY)
        }
    }
}
