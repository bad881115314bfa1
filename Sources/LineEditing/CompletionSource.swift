// MARK: - CompletionSource

/// Supplies TAB completions to an `EditLineReader`.
///
/// Words are separated by spaces and tabs (no quoting). Return every candidate that may
/// complete `word`; candidates that do not start with `word` (byte-wise, case-sensitive)
/// are dropped, duplicates are removed and the rest is sorted by the reader.
public protocol CompletionSource {
    /// Candidates for `word`, the partial word that ends at the cursor.
    ///
    /// - Parameters:
    ///   - word: the text from the start of the current word up to the cursor (may be empty).
    ///   - linePrefix: the text of the line before `word`; when it is blank, `word` is the
    ///     first word of the command (complete command names), otherwise complete arguments.
    func completions(forWord word: String, inLine linePrefix: String) -> [String]
}

// MARK: - Ready-made sources

/// A `CompletionSource` backed by a closure `(word, linePrefix) -> candidates`.
public struct ClosureCompletionSource: CompletionSource {
    private let body: (String, String) -> [String]

    /// Wraps `body`, called as `body(word, linePrefix)`.
    public init(_ body: @escaping (_ word: String, _ linePrefix: String) -> [String]) {
        self.body = body
    }

    /// Calls the wrapped closure.
    public func completions(forWord word: String, inLine linePrefix: String) -> [String] {
        body(word, linePrefix)
    }
}

/// A `CompletionSource` offering the same fixed words at every position of the line.
public struct WordListCompletionSource: CompletionSource {
    /// The words offered.
    public var words: [String]

    /// Offers `words` everywhere.
    public init(_ words: [String]) { self.words = words }

    /// The words that start with `word`.
    public func completions(forWord word: String, inLine linePrefix: String) -> [String] {
        words.filter { $0.utf8.starts(with: word.utf8) }
    }
}
