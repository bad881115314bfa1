import Foundation

/// Finds where a JSON document goes wrong, for messages that say where: Foundation's parsers only
/// say "The given data was not valid JSON." This is a strict RFC 8259 scanner run after a parser
/// has refused a document (never on the happy path), so its cost is paid only by broken files.
///
/// It reports the first of: a syntax error, the end of the data inside a value (a truncated
/// file), nesting deeper than Foundation reads, and a number Foundation cannot represent (one
/// that overflows a Double; with `integersFitInt64`, an integer beyond Int64, which is what a
/// session's offsets and sequence numbers are).
public enum JSONDiagnostics {
    /// The deepest nesting of arrays and objects Foundation's JSON parsers accept.
    public static let maximumDepth = 512

    /// Where and why a JSON document is not valid.
    public struct Problem: Equatable, Sendable, CustomStringConvertible {
        /// 1-based line of the problem.
        public var line: Int
        /// 1-based column of the problem, in characters (Unicode scalars) from the start of the line.
        public var column: Int
        /// 0-based byte offset of the problem.
        public var byteOffset: Int
        /// What is wrong, in a few words.
        public var message: String

        /// `line 3, column 17: unexpected '}'`.
        public var description: String { "line \(line), column \(column): \(message)" }
    }

    /// The first problem of a JSON document, or nil when it is valid.
    public static func firstProblem(in data: Data, integersFitInt64: Bool = false) -> Problem? {
        data.withUnsafeBytes { raw in
            var scanner = Scanner(bytes: raw.bindMemory(to: UInt8.self), integersFitInt64: integersFitInt64)
            return scanner.document()
        }
    }

    /// `not valid JSON at line 3, column 17: unexpected '}'`, or nil when the document is valid.
    public static func message(for data: Data, integersFitInt64: Bool = false) -> String? {
        firstProblem(in: data, integersFitInt64: integersFitInt64).map { "not valid JSON at \($0)" }
    }

    private struct Failure: Error { var offset: Int; var message: String }

    private struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        let integersFitInt64: Bool
        var offset = 0

        init(bytes: UnsafeBufferPointer<UInt8>, integersFitInt64: Bool) {
            self.bytes = bytes
            self.integersFitInt64 = integersFitInt64
        }

        mutating func document() -> Problem? {
            do {
                skipWhitespace()
                guard offset < bytes.count else { throw Failure(offset: offset, message: "the file is empty (no JSON value)") }
                try value(depth: 0)
                skipWhitespace()
                if offset < bytes.count {
                    throw Failure(offset: offset, message: "\(describe(offset)) after the end of the JSON value")
                }
                return nil
            } catch let failure as Failure {
                return problem(at: failure.offset, failure.message)
            } catch {
                return problem(at: offset, "\(error)")
            }
        }

        func problem(at offset: Int, _ message: String) -> Problem {
            var line = 1
            var column = 1
            var index = 0
            let end = min(offset, bytes.count)
            while index < end {
                let byte = bytes[index]
                if byte == 0x0A {
                    line += 1
                    column = 1
                } else if byte & 0xC0 != 0x80 {
                    column += 1
                }
                index += 1
            }
            return Problem(line: line, column: column, byteOffset: offset, message: message)
        }

        /// How the byte at `offset` reads in a message: a printable ASCII character quoted, else its hex value.
        func describe(_ offset: Int) -> String {
            guard offset < bytes.count else { return "the end of the file" }
            let byte = bytes[offset]
            if byte >= 0x21 && byte < 0x7F { return "unexpected '\(Character(Unicode.Scalar(byte)))'" }
            return "unexpected byte 0x" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
        }

        mutating func skipWhitespace() {
            while offset < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[offset]) { offset += 1 }
        }

        func truncated(_ what: String) -> Failure {
            Failure(offset: bytes.count, message: "the file ends inside \(what) (truncated?)")
        }

        mutating func value(depth: Int) throws {
            guard offset < bytes.count else { throw truncated("a value") }
            switch bytes[offset] {
            case UInt8(ascii: "{"): try container(depth: depth + 1, closing: UInt8(ascii: "}"), isObject: true)
            case UInt8(ascii: "["): try container(depth: depth + 1, closing: UInt8(ascii: "]"), isObject: false)
            case UInt8(ascii: "\""): try string()
            case UInt8(ascii: "t"): try literal("true")
            case UInt8(ascii: "f"): try literal("false")
            case UInt8(ascii: "n"): try literal("null")
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try number()
            default: throw Failure(offset: offset, message: "\(describe(offset)) where a value should be")
            }
        }

        mutating func container(depth: Int, closing: UInt8, isObject: Bool) throws {
            let opening = offset
            guard depth <= JSONDiagnostics.maximumDepth else {
                throw Failure(offset: offset, message: "arrays and objects nested more than \(JSONDiagnostics.maximumDepth) levels deep")
            }
            let what = isObject ? "an object (opened at \(position(opening)))" : "an array (opened at \(position(opening)))"
            offset += 1
            skipWhitespace()
            guard offset < bytes.count else { throw truncated(what) }
            if bytes[offset] == closing {
                offset += 1
                return
            }
            while true {
                if isObject {
                    guard offset < bytes.count else { throw truncated(what) }
                    guard bytes[offset] == UInt8(ascii: "\"") else {
                        throw Failure(offset: offset, message: "\(describe(offset)) where a key (a string in double quotes) should be")
                    }
                    try string()
                    skipWhitespace()
                    guard offset < bytes.count else { throw truncated(what) }
                    guard bytes[offset] == UInt8(ascii: ":") else {
                        throw Failure(offset: offset, message: "\(describe(offset)) where ':' should follow the key")
                    }
                    offset += 1
                    skipWhitespace()
                }
                try value(depth: depth)
                skipWhitespace()
                guard offset < bytes.count else { throw truncated(what) }
                if bytes[offset] == UInt8(ascii: ",") {
                    offset += 1
                    skipWhitespace()
                    if offset < bytes.count, bytes[offset] == closing {
                        throw Failure(offset: offset, message: "a comma before '\(Character(Unicode.Scalar(closing)))' (trailing commas are not JSON)")
                    }
                    continue
                }
                if bytes[offset] == closing {
                    offset += 1
                    return
                }
                throw Failure(offset: offset, message: "\(describe(offset)) where ',' or '\(Character(Unicode.Scalar(closing)))' should be")
            }
        }

        func position(_ offset: Int) -> String {
            let found = problem(at: offset, "")
            return "line \(found.line), column \(found.column)"
        }

        mutating func literal(_ word: String) throws {
            for expected in word.utf8 {
                guard offset < bytes.count else { throw truncated("'\(word)'") }
                guard bytes[offset] == expected else { throw Failure(offset: offset, message: "\(describe(offset)) (not '\(word)')") }
                offset += 1
            }
        }

        mutating func string() throws {
            let start = offset
            offset += 1
            while true {
                guard offset < bytes.count else { throw truncated("a string (opened at \(position(start)))") }
                let byte = bytes[offset]
                switch byte {
                case UInt8(ascii: "\""):
                    offset += 1
                    return
                case UInt8(ascii: "\\"):
                    offset += 1
                    guard offset < bytes.count else { throw truncated("a string (opened at \(position(start)))") }
                    switch bytes[offset] {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
                         UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                        offset += 1
                    case UInt8(ascii: "u"):
                        let escape = offset - 1
                        let unit = try hexUnit()
                        if (0xDC00...0xDFFF).contains(unit) {
                            throw Failure(offset: escape, message: "a lone UTF-16 surrogate (\\u\(String(unit, radix: 16))) in a \\u escape")
                        }
                        if (0xD800...0xDBFF).contains(unit) {
                            guard offset + 1 < bytes.count, bytes[offset] == UInt8(ascii: "\\"), bytes[offset + 1] == UInt8(ascii: "u") else {
                                throw Failure(offset: escape, message: "a lone UTF-16 surrogate (\\u\(String(unit, radix: 16))) in a \\u escape")
                            }
                            offset += 1
                            let low = try hexUnit()
                            guard (0xDC00...0xDFFF).contains(low) else {
                                throw Failure(offset: escape, message: "a lone UTF-16 surrogate (\\u\(String(unit, radix: 16))) in a \\u escape")
                            }
                        }
                    default:
                        throw Failure(offset: offset, message: "the escape '\\\(describeCharacter(offset))' is not JSON")
                    }
                case 0x00..<0x20:
                    throw Failure(offset: offset, message: "a raw control character (0x\(String(byte, radix: 16, uppercase: true).leftPadded(to: 2))) inside a string (JSON needs it escaped)")
                default:
                    offset += 1
                }
            }
        }

        /// Reads the `u` of a `\\u` escape and its four hex digits.
        mutating func hexUnit() throws -> UInt32 {
            offset += 1
            var unit: UInt32 = 0
            for _ in 0..<4 {
                guard offset < bytes.count else { throw truncated("a \\u escape") }
                let byte = bytes[offset]
                guard isHexDigit(byte) else {
                    throw Failure(offset: offset, message: "\(describe(offset)) in a \\u escape (four hex digits)")
                }
                unit = unit * 16 + UInt32(Character(Unicode.Scalar(byte)).hexDigitValue!)
                offset += 1
            }
            return unit
        }

        func describeCharacter(_ offset: Int) -> String {
            let byte = bytes[offset]
            return byte >= 0x21 && byte < 0x7F ? String(Character(Unicode.Scalar(byte))) : "0x" + String(byte, radix: 16)
        }

        func isHexDigit(_ byte: UInt8) -> Bool {
            (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
                || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(byte)
        }

        func isDigit(_ index: Int) -> Bool {
            index < bytes.count && (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index])
        }

        mutating func number() throws {
            let start = offset
            if bytes[offset] == UInt8(ascii: "-") { offset += 1 }
            guard offset < bytes.count else { throw truncated("a number") }
            guard isDigit(offset) else { throw Failure(offset: offset, message: "\(describe(offset)) in a number") }
            if bytes[offset] == UInt8(ascii: "0") {
                offset += 1
                if isDigit(offset) { throw Failure(offset: start, message: "a number with a leading zero") }
            } else {
                while isDigit(offset) { offset += 1 }
            }
            var isInteger = true
            if offset < bytes.count, bytes[offset] == UInt8(ascii: ".") {
                isInteger = false
                offset += 1
                guard isDigit(offset) else { throw Failure(offset: offset, message: "a number needs digits after '.'") }
                while isDigit(offset) { offset += 1 }
            }
            if offset < bytes.count, bytes[offset] == UInt8(ascii: "e") || bytes[offset] == UInt8(ascii: "E") {
                isInteger = false
                offset += 1
                if offset < bytes.count, bytes[offset] == UInt8(ascii: "+") || bytes[offset] == UInt8(ascii: "-") { offset += 1 }
                guard isDigit(offset) else { throw Failure(offset: offset, message: "a number needs digits in its exponent") }
                while isDigit(offset) { offset += 1 }
            }
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)
            let shown = text.count > 24 ? String(text.prefix(20)) + "…" : text
            if integersFitInt64 && isInteger && Int64(text) == nil {
                throw Failure(offset: start, message: "the number \(shown) is out of range (beyond ±9223372036854775807)")
            }
            if let double = Double(text), !double.isFinite {
                throw Failure(offset: start, message: "the number \(shown) is out of range (too large for a 64-bit float)")
            }
        }
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}

extension JSONDiagnostics {
    /// The reason to give for JSON a parser refused: `not valid JSON at line 3, column 17: …`
    /// (`at column 17` for one line of a JSONL file, whose line number the caller gives).
    public static func explain(_ data: Data, inLine: Bool = false, integersFitInt64: Bool = false) -> String {
        guard let problem = firstProblem(in: data, integersFitInt64: integersFitInt64) else {
            return "not valid JSON (its syntax is right, but the parser refused it)"
        }
        if inLine && problem.line == 1 { return "not valid JSON at column \(problem.column): \(problem.message)" }
        return "not valid JSON at \(problem)"
    }
}
