/// Why a span cannot be an annotation of a document.
public enum SpanError: Error, Equatable, CustomStringConvertible {
    case empty(start: Int, end: Int)
    case reversed(start: Int, end: Int)
    case outOfRange(start: Int, end: Int, length: Int)
    case insideCharacter(offset: Int)
    case edgeWhitespace(start: Int, end: Int)

    public var description: String {
        switch self {
        case let .empty(start, end):
            return "span \(start)-\(end) is empty: end must be greater than start"
        case let .reversed(start, end):
            return "start \(start) is after end \(end): give START then END"
        case let .outOfRange(start, end, length):
            return "offsets \(start) and \(end) must lie between 0 and \(length), the text's length in code points"
        case let .insideCharacter(offset):
            return "offset \(offset) falls inside a character (a combining mark or emoji sequence)"
        case let .edgeWhitespace(start, end):
            return "span \(start)-\(end) starts or ends with whitespace"
        }
    }
}

extension Document {
    /// Checks that a span lies in the text, is not empty, does not cut a grapheme cluster and does
    /// not start or end with whitespace (annotation-guidelines.md, "Offsets").
    public func validate(_ span: TextSpan) throws(SpanError) {
        guard span.start >= 0, span.end >= 0, span.start <= length, span.end <= length else {
            throw .outOfRange(start: span.start, end: span.end, length: length)
        }
        guard span.start <= span.end else { throw .reversed(start: span.start, end: span.end) }
        guard span.start < span.end else { throw .empty(start: span.start, end: span.end) }
        guard isGraphemeBoundary[span.start] else { throw .insideCharacter(offset: span.start) }
        guard isGraphemeBoundary[span.end] else { throw .insideCharacter(offset: span.end) }
        if scalars[span.start].properties.isWhitespace || scalars[span.end - 1].properties.isWhitespace {
            throw .edgeWhitespace(start: span.start, end: span.end)
        }
    }

    /// Every code-point offset at which `needle` occurs in the text, in order (non-overlapping).
    public func occurrences(of needle: String) -> [TextSpan] {
        let pattern = Array(needle.unicodeScalars)
        guard !pattern.isEmpty, pattern.count <= scalars.count else { return [] }
        var found: [TextSpan] = []
        var index = 0
        while index + pattern.count <= scalars.count {
            if scalars[index] == pattern[0] && scalars[index..<index + pattern.count].elementsEqual(pattern) {
                found.append(TextSpan(start: index, end: index + pattern.count))
                index += pattern.count
            } else {
                index += 1
            }
        }
        return found
    }
}
