/// Finds where the values of a JSON document lie, byte by byte, without building anything: the
/// members of an object and the elements of an array as byte ranges, so that a large session
/// file can be decoded a part at a time (see `SessionFile+Parts`) instead of through one
/// whole-document parse, whose index alone is four times the file.
///
/// It checks the structure it walks (brackets, commas, colons, strings closed, nothing after the
/// document) but not what is inside a value: every part it returns is decoded by `JSONDecoder`,
/// which does. Anything it does not expect makes it return nil, and the caller then decodes the
/// whole document the ordinary way, which says what is wrong.
struct JSONParts {
    let bytes: UnsafeRawBufferPointer

    // MARK: - Objects and arrays

    /// The members of the object starting at `start` (after whitespace): each key (without
    /// escapes; a key with one gives nil) with its value's byte range, and where the object ends.
    func members(at start: Int) -> (members: [(key: String, value: Range<Int>)], end: Int)? {
        var position = skipSpace(start)
        guard byte(position) == UInt8(ascii: "{") else { return nil }
        position = skipSpace(position + 1)
        var members: [(key: String, value: Range<Int>)] = []
        if byte(position) == UInt8(ascii: "}") { return (members, position + 1) }
        while true {
            guard byte(position) == UInt8(ascii: "\""), let keyEnd = stringEnd(position) else { return nil }
            let keyBytes = UnsafeRawBufferPointer(rebasing: bytes[(position + 1)..<(keyEnd - 1)])
            // A key that is not JSON (a control character, bytes that are not UTF-8) is refused
            // here: the key of a member no field reads is never decoded.
            guard !keyBytes.contains(where: { $0 == UInt8(ascii: "\\") || $0 < 0x20 }),
                  let key = String(validating: keyBytes, as: UTF8.self) else { return nil }
            position = skipSpace(keyEnd)
            guard byte(position) == UInt8(ascii: ":") else { return nil }
            let valueStart = skipSpace(position + 1)
            guard let valueEnd = valueEnd(valueStart) else { return nil }
            members.append((key, valueStart..<valueEnd))
            position = skipSpace(valueEnd)
            switch byte(position) {
            case UInt8(ascii: ","): position = skipSpace(position + 1)
            case UInt8(ascii: "}"): return (members, position + 1)
            default: return nil
            }
        }
    }

    /// The byte ranges of the elements of the array starting at `start` (after whitespace).
    func elements(at start: Int) -> [Range<Int>]? {
        var position = skipSpace(start)
        guard byte(position) == UInt8(ascii: "[") else { return nil }
        position = skipSpace(position + 1)
        var elements: [Range<Int>] = []
        if byte(position) == UInt8(ascii: "]") { return elements }
        while true {
            guard let end = valueEnd(position) else { return nil }
            elements.append(position..<end)
            position = skipSpace(end)
            switch byte(position) {
            case UInt8(ascii: ","): position = skipSpace(position + 1)
            case UInt8(ascii: "]"): return elements
            default: return nil
            }
        }
    }

    /// The members of the document's top-level object, when nothing but whitespace follows it.
    func topLevelMembers() -> [(key: String, value: Range<Int>)]? {
        guard let (members, end) = members(at: 0), skipSpace(end) == bytes.count else { return nil }
        return members
    }

    /// Whether no array or object in the document is nested deeper than `limit` levels (the
    /// top-level object is level 1). A part decoded alone is less deep than in its document, so
    /// the decoder's own limit would let through what the whole decode refuses.
    func nestsAtMost(_ limit: Int) -> Bool {
        var depth = 0
        var position = 0
        while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: "\""):
                guard let end = stringEnd(position) else { return true }  // unclosed: refused elsewhere
                position = end
                continue
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
                if depth > limit { return false }
            case UInt8(ascii: "}"), UInt8(ascii: "]"): depth -= 1
            default: break
            }
            position += 1
        }
        return true
    }

    // MARK: - Values

    /// One past the end of the value starting at `start`: a string, or a container matched
    /// bracket for bracket (counted, not recursed into, so deep nesting costs no stack), or a
    /// scalar running to the next delimiter.
    func valueEnd(_ start: Int) -> Int? {
        guard start < bytes.count else { return nil }
        switch bytes[start] {
        case UInt8(ascii: "\""):
            return stringEnd(start)
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            var depth = 0
            var position = start
            while position < bytes.count {
                switch bytes[position] {
                case UInt8(ascii: "\""):
                    guard let end = stringEnd(position) else { return nil }
                    position = end
                    continue
                case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    depth -= 1
                    if depth == 0 { return position + 1 }
                default: break
                }
                position += 1
            }
            return nil
        default:
            var position = start
            while position < bytes.count, !JSONParts.isDelimiter(bytes[position]) { position += 1 }
            return position > start ? position : nil
        }
    }

    /// One past the closing quote of the string starting at `start`.
    func stringEnd(_ start: Int) -> Int? {
        var position = start + 1
        while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: "\\"): position += 2
            case UInt8(ascii: "\""): return position + 1
            default: position += 1
            }
        }
        return nil
    }

    private func byte(_ position: Int) -> UInt8? { position < bytes.count ? bytes[position] : nil }

    private func skipSpace(_ start: Int) -> Int {
        var position = start
        while position < bytes.count, JSONParts.isSpace(bytes[position]) { position += 1 }
        return position
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }

    private static func isDelimiter(_ byte: UInt8) -> Bool {
        isSpace(byte) || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "]") || byte == UInt8(ascii: "}")
    }
}
