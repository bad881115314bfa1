import CCrypto
import Foundation

/// The language of an article, as far as tokenisation and proposers care.
public enum Language: String, Codable, Sendable, CaseIterable {
    case french = "fr"
    case english = "en"
}

/// An article as factline sees it: the text exactly as read (never normalised), its code points,
/// its hash, and — once a tokenizer has run — its tokens and sentences.
///
/// All offsets are Unicode code points (`String.unicodeScalars`), end exclusive, the unit of
/// Python's `str`, spaCy, brat, doccano and Label Studio.
public struct Document: Sendable {
    /// A stable identifier: the article's `id` in JSON, or the file's name for plain text.
    public let id: String
    /// The text exactly as read.
    public let text: String
    /// The language used for tokenisation and proposals.
    public let language: Language
    /// Free metadata carried from the input (title, url, date…).
    public let meta: [String: String]
    /// The text's code points; offsets index into them.
    public let scalars: CodePoints
    /// Lower-case hex SHA-256 of the text's UTF-8 bytes: a session refuses a changed article.
    public let sha256: String
    /// Tokens in text order; empty until a tokenizer fills them.
    public var tokens: [Token]
    /// Sentences in text order; empty until a sentence splitter fills them.
    public var sentences: [Sentence]
    /// `isGraphemeBoundary[i]` is true when a grapheme cluster starts (or the text ends) at code point `i`.
    public let isGraphemeBoundary: GraphemeBoundaries

    /// Makes a document from its text; tokens and sentences are left empty.
    public init(id: String, text: String, language: Language, meta: [String: String] = [:],
                tokens: [Token] = [], sentences: [Sentence] = []) {
        self.id = id
        self.text = text
        self.language = language
        self.meta = meta
        self.scalars = CodePoints(text)
        self.sha256 = Document.hash(text)
        self.tokens = tokens
        self.sentences = sentences
        self.isGraphemeBoundary = GraphemeBoundaries(of: text, scalarCount: scalars.count)
    }

    /// For each code-point offset of a text (and its end), whether a grapheme cluster starts there.
    public static func graphemeBoundaries(of text: String, scalarCount: Int) -> [Bool] {
        var boundaries = [Bool](repeating: false, count: scalarCount + 1)
        var offset = 0
        for character in text {
            boundaries[offset] = true
            offset += character.unicodeScalars.count
        }
        boundaries[scalarCount] = true
        return boundaries
    }

    /// The SHA-256 of a text's UTF-8 bytes, as lower-case hex (computed by the system's libcrypto).
    public static func hash(_ text: String) -> String {
        var digest = [UInt8](repeating: 0, count: 32)
        // A native string's UTF-8 is hashed in place; only a bridged one is copied first (a
        // copy of a megabyte article is a megabyte more at the moment a session is opened).
        func digestOf(_ buffer: UnsafeRawBufferPointer) -> Int32 { ccrypto_sha256(buffer.baseAddress, buffer.count, &digest) }
        let ok = text.utf8.withContiguousStorageIfAvailable { digestOf(UnsafeRawBufferPointer($0)) }
            ?? Array(text.utf8).withUnsafeBytes(digestOf)
        precondition(ok == 1, "libcrypto's SHA-256 failed")
        let hex = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(64)
        for byte in digest {
            out.append(hex[Int(byte >> 4)])
            out.append(hex[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The number of code points in the text.
    public var length: Int { scalars.count }

    /// The substring between two code-point offsets (clamped to the text).
    public func text(from start: Int, to end: Int) -> String {
        let lower = max(0, min(start, scalars.count))
        let upper = max(lower, min(end, scalars.count))
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars[lower..<upper])
        return String(result)
    }

    /// The substring a span covers.
    public func text(of span: TextSpan) -> String { text(from: span.start, to: span.end) }
}

// MARK: - Token lookups

extension Array where Element == Token {
    /// The index of the token containing code point `offset`, or nil when it falls between
    /// tokens. The tokens must be in text order and not overlap.
    public func index(containing offset: Int) -> Int? {
        var low = 0, high = count - 1
        while low <= high {
            let mid = (low + high) / 2
            if self[mid].end <= offset { low = mid + 1 }
            else if self[mid].start > offset { high = mid - 1 }
            else { return mid }
        }
        return nil
    }

    /// The first and last (inclusive) token a span covers, when it starts and ends on token
    /// boundaries; nil otherwise. Prodigy and spaCy want these.
    public func range(of span: TextSpan) -> ClosedRange<Int>? {
        guard let first = index(containing: span.start), self[first].start == span.start,
              let last = index(containing: span.end - 1), self[last].end == span.end
        else { return nil }
        return first...last
    }
}

extension Document {
    /// The index of the document's token containing code point `offset`.
    public func tokenIndex(containing offset: Int) -> Int? { tokens.index(containing: offset) }

    /// The inclusive range of the document's tokens a span covers, when it falls on token boundaries.
    public func tokenRange(of span: TextSpan) -> ClosedRange<Int>? { tokens.range(of: span) }

    /// The index of the sentence containing code point `offset` (the nearest one before it when
    /// the offset falls between sentences).
    public func sentenceIndex(containing offset: Int) -> Int? {
        guard !sentences.isEmpty else { return nil }
        var low = 0, high = sentences.count - 1, best = 0
        while low <= high {
            let mid = (low + high) / 2
            if sentences[mid].start <= offset { best = mid; low = mid + 1 } else { high = mid - 1 }
        }
        return best
    }
}
