/// A half-open range of code points `[start, end)` in a document's text.
public struct TextSpan: Hashable, Codable, Sendable, Comparable {
    /// First code point covered.
    public var start: Int
    /// One past the last code point covered.
    public var end: Int

    /// Makes a span; callers validate it against a document with `Document.validate(_:)`.
    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    /// The number of code points covered.
    public var length: Int { end - start }

    /// True when the two spans share at least one code point.
    public func overlaps(_ other: TextSpan) -> Bool { start < other.end && other.start < end }

    public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }
}

/// What kind of characters a token is made of; proposers and renderers use it.
public enum TokenKind: String, Codable, Sendable {
    /// Letters, possibly with inner hyphens or apostrophes (`Son-hui`, `aujourd’hui`).
    case word
    /// Digits, possibly with an inner decimal separator (`3,5`, `1.5`).
    case number
    /// Punctuation (`,`, `«`, `…`).
    case punctuation
    /// Anything else: symbols, emoji, mixed alphanumerics (`%`, `😊`, `COP21`).
    case symbol
    /// Whitespace other than one space after a token (line breaks, runs of spaces): only in
    /// exports whose consumers rebuild the text from tokens, as spaCy does.
    case space
}

/// One token, with code-point offsets into its document.
public struct Token: Hashable, Codable, Sendable {
    /// The exact text covered.
    public var text: String
    /// First code point.
    public var start: Int
    /// One past the last code point.
    public var end: Int
    /// Whether whitespace follows the token (spaCy's `ws`, Prodigy's `ws`).
    public var spaceAfter: Bool
    /// The token's character class.
    public var kind: TokenKind

    /// Makes a token.
    public init(text: String, start: Int, end: Int, spaceAfter: Bool, kind: TokenKind) {
        self.text = text
        self.start = start
        self.end = end
        self.spaceAfter = spaceAfter
        self.kind = kind
    }

    /// The span the token covers.
    public var span: TextSpan { TextSpan(start: start, end: end) }
}

/// A sentence: its code-point span and the tokens it holds.
public struct Sentence: Hashable, Codable, Sendable {
    /// First code point of the first token.
    public var start: Int
    /// One past the last code point of the last token.
    public var end: Int
    /// Indices into `Document.tokens`.
    public var tokens: Range<Int>

    /// Makes a sentence.
    public init(start: Int, end: Int, tokens: Range<Int>) {
        self.start = start
        self.end = end
        self.tokens = tokens
    }

    /// The span the sentence covers.
    public var span: TextSpan { TextSpan(start: start, end: end) }
}
