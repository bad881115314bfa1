import Foundation

/// A strict, forward-only reader of JSON bytes: values are read where the caller expects them
/// and anything not wanted is skipped without being built. `GoldDecoding` uses it to read the
/// gold part of a session file without Foundation's `JSONDecoder`, which built every container
/// of the file (the event log included) and took 39 % of an export's instructions.
///
/// It refuses what it does not understand (any error is thrown as `JSONCursor.Failure`); the
/// gold reader then falls back to the full decoder, whose message names the problem.
struct JSONCursor {
    /// Why the fast path gave up (never shown: the full decoder explains the error).
    struct Failure: Error {}

    private let bytes: [UInt8]
    private var index = 0
    /// How many arrays and objects are open at `index`: JSONDecoder refuses a document nested
    /// deeper than `JSONDiagnostics.maximumDepth`, so the cursor does too (and `skipValue`, which
    /// recurses once a level, never runs out of stack).
    private var depth = 0
    /// The keys read so far in each open object (`keysFrom` holds where each object's start in
    /// `keys`): JSONDecoder keeps the first of two equal keys and this reader would keep the last,
    /// so a repeated key is refused and the file goes the full way.
    private var keys: [Key] = []
    private var keysFrom: [Int] = []

    /// A cursor at the start of the bytes.
    init(_ bytes: [UInt8]) { self.bytes = bytes }

    // MARK: - Structure

    /// Steps over spaces, tabs and line breaks.
    private mutating func skipSpace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    private mutating func peek() throws(Failure) -> UInt8 {
        skipSpace()
        guard index < bytes.count else { throw Failure() }
        return bytes[index]
    }

    private mutating func expect(_ byte: UInt8) throws(Failure) {
        guard try peek() == byte else { throw Failure() }
        index += 1
    }

    /// True when nothing but space is left.
    mutating func atEnd() -> Bool {
        skipSpace()
        return index == bytes.count
    }

    /// Enters an object; read its members with `nextKey(_:)`.
    mutating func beginObject() throws(Failure) {
        try expect(0x7B)
        try enter()
        keysFrom.append(keys.count)
    }

    /// Leaves the object whose `}` was just read.
    private mutating func endObject() {
        depth -= 1
        keys.removeSubrange(keysFrom.removeLast()...)
    }

    /// One more level of nesting, refused past the deepest JSONDecoder reads.
    private mutating func enter() throws(Failure) {
        depth += 1
        guard depth <= JSONDiagnostics.maximumDepth else { throw Failure() }
    }

    /// A member's key, kept as its bytes: making a `String` of every key and comparing strings
    /// cost ~500 instructions a key. Up to 16 bytes are packed into two integers; a longer key
    /// is no key the gold reader wants, and matches none. Match it against a literal with `~=`
    /// (so `switch key { case "label": … }` works).
    struct Key {
        fileprivate var low: UInt64 = 0, high: UInt64 = 0, length = 0

        @inline(__always)
        fileprivate init(_ bytes: UnsafeBufferPointer<UInt8>) {
            length = bytes.count
            guard length <= 16 else { return }
            for offset in 0..<length {
                let byte = UInt64(bytes[offset])
                if offset < 8 { low |= byte << (8 * offset) } else { high |= byte << (8 * (offset - 8)) }
            }
        }

        /// True when the key is exactly `name`.
        static func ~= (key: Key, name: String) -> Bool {
            var name = name
            return name.withUTF8 { Key($0) }.matches(key)
        }

        private func matches(_ other: Key) -> Bool { length <= 16 && length == other.length && low == other.low && high == other.high }

        /// True when the key is exactly `literal`.
        static func ~= (literal: StaticString, key: Key) -> Bool {
            guard literal.utf8CodeUnitCount == key.length, key.length <= 16 else { return false }
            // Byte by byte, so a key that differs early (most do) costs a few instructions.
            for offset in 0..<key.length {
                let byte = offset < 8 ? UInt8(truncatingIfNeeded: key.low >> (8 * offset)) : UInt8(truncatingIfNeeded: key.high >> (8 * (offset - 8)))
                if byte != literal.utf8Start[offset] { return false }
            }
            return true
        }
    }

    /// The next member's key (the cursor then stands at its value), or nil after the closing
    /// brace. `count` counts the members read, so commas are required exactly between them.
    /// A key written with escapes is refused (the full decoder reads it).
    mutating func nextKey(_ count: inout Int) throws(Failure) -> Key? {
        var byte = try peek()
        if byte == 0x7D { index += 1; endObject(); return nil }
        if count > 0 {
            guard byte == 0x2C else { throw Failure() }
            index += 1
            byte = try peek()
        }
        guard byte == 0x22 else { throw Failure() }
        index += 1
        let start = index
        while index < bytes.count, bytes[index] != 0x22 {
            guard bytes[index] >= 0x20, bytes[index] != 0x5C else { throw Failure() }
            index += bytes[index] >= 0x80 ? try utf8SequenceLength(at: index) : 1
        }
        guard index < bytes.count else { throw Failure() }
        let end = index
        let key = bytes.withUnsafeBufferPointer { Key(UnsafeBufferPointer(rebasing: $0[start..<end])) }
        // Keys longer than 16 bytes are not told apart (and no field has one): both readers skip them.
        if key.length <= 16, let from = keysFrom.last {
            guard !keys[from...].contains(where: { $0.low == key.low && $0.high == key.high && $0.length == key.length }) else { throw Failure() }
            keys.append(key)
        }
        index += 1
        try expect(0x3A)
        count += 1
        return key
    }

    /// Enters an array; read its elements while `nextElement(_:)` is true.
    mutating func beginArray() throws(Failure) {
        try expect(0x5B)
        try enter()
    }

    /// True when another element follows (the cursor then stands at it); false after the closing bracket.
    mutating func nextElement(_ count: inout Int) throws(Failure) -> Bool {
        let byte = try peek()
        if byte == 0x5D { index += 1; depth -= 1; return false }
        if count > 0 {
            guard byte == 0x2C else { throw Failure() }
            index += 1
        }
        count += 1
        return true
    }

    /// An array read element by element.
    mutating func array<T>(_ element: (inout JSONCursor) throws(Failure) -> T) throws(Failure) -> [T] {
        try beginArray()
        var result: [T] = []
        var count = 0
        while try nextElement(&count) { result.append(try element(&self)) }
        return result
    }

    /// True (and consumed) when the value here is `null`.
    mutating func null() throws(Failure) -> Bool {
        guard try peek() == 0x6E else { return false }
        try literal("null")
        return true
    }

    private mutating func literal(_ word: StaticString) throws(Failure) {
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count else { throw Failure() }
        for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] { throw Failure() }
        index += count
    }

    // MARK: - Values

    /// A string, unescaped; invalid UTF-8, raw control characters and lone surrogates are refused.
    mutating func string() throws(Failure) -> String {
        try expect(0x22)
        let start = index
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x22 {
                defer { index += 1 }
                // Checked above, so decoding repairs nothing (and takes the standard library's
                // fast path: its generic `String(validating:)` cost ~1,000 instructions a string).
                return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[start..<index]), as: UTF8.self) }
            }
            if byte == 0x5C { return try escapedString(from: start) }
            if byte >= 0x80 {
                index += try utf8SequenceLength(at: index)
                continue
            }
            guard byte >= 0x20 else { throw Failure() }
            index += 1
        }
        throw Failure()
    }

    /// The length of the well-formed UTF-8 sequence starting at `at` (the Unicode standard's
    /// table 3-7: no overlong forms, no surrogates, nothing above U+10FFFF).
    private func utf8SequenceLength(at start: Int) throws(Failure) -> Int {
        let lead = bytes[start]
        let length: Int, second: ClosedRange<UInt8>
        switch lead {
        case 0xC2...0xDF: (length, second) = (2, 0x80...0xBF)
        case 0xE0: (length, second) = (3, 0xA0...0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: (length, second) = (3, 0x80...0xBF)
        case 0xED: (length, second) = (3, 0x80...0x9F)
        case 0xF0: (length, second) = (4, 0x90...0xBF)
        case 0xF1...0xF3: (length, second) = (4, 0x80...0xBF)
        case 0xF4: (length, second) = (4, 0x80...0x8F)
        default: throw Failure()
        }
        guard start + length <= bytes.count, second.contains(bytes[start + 1]) else { throw Failure() }
        for offset in 2..<length where !(0x80...0xBF).contains(bytes[start + offset]) { throw Failure() }
        return length
    }

    /// The rest of a string that holds escapes (rare in session files: quotes and line breaks).
    private mutating func escapedString(from start: Int) throws(Failure) -> String {
        var out = Array(bytes[start..<index])
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            switch byte {
            case 0x22:
                guard let text = String(validating: out, as: UTF8.self) else { throw Failure() }
                return text
            case 0x5C:
                guard index < bytes.count else { throw Failure() }
                let escape = bytes[index]
                index += 1
                switch escape {
                case 0x22, 0x5C, 0x2F: out.append(escape)
                case 0x62: out.append(0x08)
                case 0x66: out.append(0x0C)
                case 0x6E: out.append(0x0A)
                case 0x72: out.append(0x0D)
                case 0x74: out.append(0x09)
                case 0x75: out.append(contentsOf: String(try unicodeEscape()).utf8)
                default: throw Failure()
                }
            default:
                guard byte >= 0x20 else { throw Failure() }
                out.append(byte)
            }
        }
        throw Failure()
    }

    /// The scalar of `\uXXXX` (the cursor after the `u`), joining a surrogate pair.
    private mutating func unicodeEscape() throws(Failure) -> Unicode.Scalar {
        let high = try hex4()
        if (0xD800...0xDBFF).contains(high) {
            guard index + 2 <= bytes.count, bytes[index] == 0x5C, bytes[index + 1] == 0x75 else { throw Failure() }
            index += 2
            let low = try hex4()
            guard (0xDC00...0xDFFF).contains(low) else { throw Failure() }
            guard let scalar = Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)) else { throw Failure() }
            return scalar
        }
        guard let scalar = Unicode.Scalar(high) else { throw Failure() }
        return scalar
    }

    private mutating func hex4() throws(Failure) -> UInt32 {
        guard index + 4 <= bytes.count else { throw Failure() }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            index += 1
            switch byte {
            case 0x30...0x39: value = value << 4 | UInt32(byte - 0x30)
            case 0x41...0x46: value = value << 4 | UInt32(byte - 0x37)
            case 0x61...0x66: value = value << 4 | UInt32(byte - 0x57)
            default: throw Failure()
            }
        }
        return value
    }

    /// An integer written without fraction or exponent.
    mutating func int() throws(Failure) -> Int {
        let token = try numberToken()
        guard !token.contains(where: { $0 == 0x2E || $0 == 0x65 || $0 == 0x45 }),
              let value = Int(String(decoding: token, as: UTF8.self)) else { throw Failure() }
        return value
    }

    /// A finite number.
    mutating func double() throws(Failure) -> Double {
        guard let value = Double(String(decoding: try numberToken(), as: UTF8.self)), value.isFinite else { throw Failure() }
        return value
    }

    /// The bytes of a number, checked against JSON's grammar.
    private mutating func numberToken() throws(Failure) -> ArraySlice<UInt8> {
        _ = try peek()
        let start = index
        func digits() -> Int {
            let first = index
            while index < bytes.count, (0x30...0x39).contains(bytes[index]) { index += 1 }
            return index - first
        }
        if index < bytes.count, bytes[index] == 0x2D { index += 1 }
        let integer = index
        guard digits() > 0, bytes[integer] != 0x30 || index - integer == 1 else { throw Failure() }
        if index < bytes.count, bytes[index] == 0x2E {
            index += 1
            guard digits() > 0 else { throw Failure() }
        }
        if index < bytes.count, bytes[index] == 0x65 || bytes[index] == 0x45 {
            index += 1
            if index < bytes.count, bytes[index] == 0x2B || bytes[index] == 0x2D { index += 1 }
            guard digits() > 0 else { throw Failure() }
        }
        return bytes[start..<index]
    }

    /// `true` or `false`.
    mutating func bool() throws(Failure) -> Bool {
        switch try peek() {
        case 0x74: try literal("true"); return true
        case 0x66: try literal("false"); return false
        default: throw Failure()
        }
    }

    /// A string or `null`.
    mutating func optionalString() throws(Failure) -> String? { try null() ? nil : try string() }

    /// An array of strings.
    mutating func strings() throws(Failure) -> [String] { try array { cursor throws(Failure) in try cursor.string() } }

    /// An object of string values.
    mutating func stringMap() throws(Failure) -> [String: String] {
        try beginObject()
        var result: [String: String] = [:]
        var count = 0
        while try peek() != 0x7D {
            // Map keys are data (proposer settings, article metadata), read as strings.
            if count > 0 { try expect(0x2C) }
            let key = try string()
            try expect(0x3A)
            guard result.updateValue(try string(), forKey: key) == nil else { throw Failure() }  // as for keys above
            count += 1
        }
        index += 1
        endObject()
        return result
    }

    /// Steps over one value of any kind, checking its syntax.
    mutating func skipValue() throws(Failure) {
        switch try peek() {
        case 0x22: _ = try string()
        case 0x7B:
            try beginObject()
            var count = 0
            while try nextKey(&count) != nil { try skipValue() }
        case 0x5B:
            try beginArray()
            var count = 0
            while try nextElement(&count) { try skipValue() }
        case 0x74, 0x66: _ = try bool()
        case 0x6E: try literal("null")
        default: _ = try numberToken()
        }
    }
}
