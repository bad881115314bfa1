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
///
/// The offsets are stored in 32 bits (an article is far below 2³¹ code points), which makes a
/// token 32 bytes instead of 40: a megabyte article holds some 190,000 of them all session long.
public struct Token: Hashable, Codable, Sendable {
    /// The exact text covered.
    public var text: String
    private var storedStart: Int32
    private var storedEnd: Int32
    /// Whether whitespace follows the token (spaCy's `ws`, Prodigy's `ws`).
    public var spaceAfter: Bool
    /// The token's character class.
    public var kind: TokenKind

    /// First code point.
    public var start: Int {
        get { Int(storedStart) }
        set { storedStart = Int32(clamping: newValue) }
    }
    /// One past the last code point.
    public var end: Int {
        get { Int(storedEnd) }
        set { storedEnd = Int32(clamping: newValue) }
    }

    /// Makes a token.
    public init(text: String, start: Int, end: Int, spaceAfter: Bool, kind: TokenKind) {
        self.text = text
        self.storedStart = Int32(clamping: start)
        self.storedEnd = Int32(clamping: end)
        self.spaceAfter = spaceAfter
        self.kind = kind
    }

    /// The span the token covers.
    public var span: TextSpan { TextSpan(start: start, end: end) }

    // MARK: Coding: the same members as before the offsets were 32 bits

    private enum CodingKeys: String, CodingKey { case text, start, end, spaceAfter, kind }

    /// Reads a token; offsets are read as integers of any size and must fit in 32 bits.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        text = try container.decode(String.self, forKey: .text)
        storedStart = try container.decode(Int32.self, forKey: .start)
        storedEnd = try container.decode(Int32.self, forKey: .end)
        spaceAfter = try container.decode(Bool.self, forKey: .spaceAfter)
        kind = try container.decode(TokenKind.self, forKey: .kind)
    }

    /// Writes the members in their declared order, as the synthesized coding did.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encode(start, forKey: .start)
        try container.encode(end, forKey: .end)
        try container.encode(spaceAfter, forKey: .spaceAfter)
        try container.encode(kind, forKey: .kind)
    }
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
