import FactModel

/// Splits French and English text into tokens with code-point offsets.
///
/// A single forward scan over `unicodeScalars` (no regular expressions): it runs at tens of
/// millions of code points per second and gives offsets in the unit every span uses.
///
/// Decisions a reader of the tokens needs to know:
/// - Whitespace (including U+00A0, U+202F, U+2009, CR and LF) only separates; `spaceAfter` is
///   true exactly when whitespace follows the token.
/// - A word keeps inner hyphens between letters (`nord-coréenne`, `Jong-un`, `au-delà`).
/// - French elision is split after the apostrophe (`l’` `OTAN`, `jusqu’` `à`); words such as
///   `aujourd’hui` and `quelqu’un` stay whole. English clitics are split before them (`do`
///   `n't`, `Trump` `'s`).
/// - Numbers keep an inner `,` or `.` between digits (`3,5`, `2,500`); digit groups separated
///   by a space stay separate tokens (`12` `000`), because a token never contains whitespace.
/// - Digits glued to letters stay one token of kind `.symbol` (`1er`, `2e`, `COP21`), except a
///   digits–letters–digits pattern, which is split (`19h15` → `19` `h` `15`) so times read alike
///   with or without spaces.
/// - Each punctuation character is a token, except runs of the same one (`...`, `!!`).
/// - Anything else (emoji, symbols) is one `.symbol` token per grapheme cluster: a token never
///   ends inside a cluster (`👍🏽`, ZWJ sequences, flags).
/// - Known abbreviations and initialisms keep their period (`M.`, `Dr.`, `U.S.`, `p.m.`).
public enum Tokenizer {
    /// Tokenizes a document's text, using the grapheme boundaries it already computed.
    public static func tokenize(_ document: Document) -> [Token] {
        tokenize(scalars: document.scalars, graphemeBoundaries: document.isGraphemeBoundary,
                 language: document.language)
    }

    /// Tokenizes a text; offsets index `text.unicodeScalars`.
    public static func tokenize(_ text: String, language: Language) -> [Token] {
        let scalars = CodePoints(text)
        var scanner = TokenScanner(scalars: scalars, boundaries: GraphemeBoundaries(of: text, scalarCount: scalars.count), language: language)
        scanner.run()
        return scanner.tokens
    }

    /// Tokenizes code points; `graphemeBoundaries[i]` must be true where a grapheme cluster
    /// starts (and at the end), as `Document.isGraphemeBoundary` is.
    public static func tokenize(scalars: [Unicode.Scalar], graphemeBoundaries: [Bool],
                                language: Language) -> [Token] {
        tokenize(scalars: CodePoints(scalars), graphemeBoundaries: GraphemeBoundaries(graphemeBoundaries), language: language)
    }

    /// Tokenizes code points with boundaries as a document keeps them.
    public static func tokenize(scalars: CodePoints, graphemeBoundaries: GraphemeBoundaries,
                                language: Language) -> [Token] {
        var scanner = TokenScanner(scalars: scalars, boundaries: graphemeBoundaries, language: language)
        scanner.run()
        return scanner.tokens
    }
}

// MARK: - Scanner

/// The mutable state of one tokenisation.
struct TokenScanner {
    let scalars: CodePoints
    let boundaries: GraphemeBoundaries
    let language: Language
    var tokens: [Token] = []

    init(scalars: CodePoints, boundaries: GraphemeBoundaries, language: Language) {
        self.scalars = scalars
        self.boundaries = boundaries
        self.language = language
        tokens.reserveCapacity(scalars.count / 5)
    }

    mutating func run() {
        var index = 0
        let count = scalars.count
        while index < count {
            switch scalars[index].scanClass {
            case .whitespace:
                if let last = tokens.indices.last, tokens[last].end == index { tokens[last].spaceAfter = true }
                index += 1
            case .letter, .digit, .mark:
                index = scanWord(from: index)
            case .punctuation:
                index = scanPunctuation(from: index)
            case .other:
                let end = clusterEnd(index + 1)
                emit(index, end, kind: .symbol)
                index = end
            }
        }
    }

    // MARK: Emitting

    /// The first grapheme boundary at or after `offset`, so no token ends inside a cluster.
    @inline(__always)
    func clusterEnd(_ offset: Int) -> Int {
        var end = offset
        while end < scalars.count && !boundaries[end] { end += 1 }
        return end
    }

    /// Appends the token `[start, end)`; the text is built once from the scalar slice.
    mutating func emit(_ start: Int, _ end: Int, kind: TokenKind) {
        guard end > start else { return }
        if tokens.count == tokens.capacity {
            // Grown once to the size the text read so far predicts, rather than doubled: a
            // doubling past the estimate left a megabyte article's tokens in a 15 MB buffer.
            let predicted = Int(Double(tokens.count) * Double(scalars.count) / Double(max(end, 1)) * 1.05)
            tokens.reserveCapacity(max(predicted, tokens.count + tokens.count / 8) + 16)
        }
        // Encoded straight into the string's own storage: building it through a
        // UnicodeScalarView appended a scalar at a time and was most of tokenizing's cost. The
        // capacity is the exact UTF-8 length, so that a token of up to 15 bytes stays a small
        // string, stored inline with no allocation of its own.
        var length = 0
        for index in start..<end { length += UTF8.width(scalars[index]) }
        let text = String(unsafeUninitializedCapacity: length) { buffer in
            var count = 0
            for index in start..<end {
                UTF8.encode(scalars[index]) { byte in
                    buffer[count] = byte
                    count += 1
                }
            }
            return count
        }
        tokens.append(Token(text: text, start: start, end: end, spaceAfter: false, kind: kind))
    }

    /// The kind of a word-like range: letters only, digits only, or mixed.
    func wordKind(_ start: Int, _ end: Int) -> TokenKind {
        var letters = false, digits = false
        for index in start..<end {
            switch scalars[index].scanClass {
            case .letter: letters = true
            case .digit: digits = true
            default: break
            }
        }
        if letters && digits { return .symbol }
        return digits ? .number : .word
    }

    // MARK: Punctuation

    mutating func scanPunctuation(from start: Int) -> Int {
        let first = scalars[start]
        var end = start + 1
        // Runs of one character stay together (`...`, `!!`, `--`), but not brackets or quotes,
        // which pair with something else.
        if !Self.neverRun.contains(first.value) {
            while end < scalars.count && scalars[end] == first { end += 1 }
        }
        end = clusterEnd(end)
        emit(start, end, kind: .punctuation)
        return end
    }

    /// Punctuation that is one token per character even when repeated.
    static let neverRun: Set<UInt32> = [
        0x28, 0x29, 0x5B, 0x5D, 0x7B, 0x7D, 0x22, 0x27, 0xAB, 0xBB, 0x2018, 0x2019, 0x201C, 0x201D,
        0x2039, 0x203A,
    ]
}
