import FactModel
import Foundation

/// One JSON object as a line of JSONL, with keys sorted (reproducible output) and every
/// invisible control written as `\uXXXX`.
///
/// Foundation escapes C0 controls but writes DEL, the C1 controls (U+0080–U+009F, among them
/// CSI, U+009B, which some terminals obey) and the bidirectional overrides raw, so an article's
/// text could steer the terminal that reads `factline propose` or `export` output. Inside JSON
/// these code points only occur in strings, where the escape means the same thing.
///
/// The bytes are those of `JSONSerialization` with `.sortedKeys` and `.withoutEscapingSlashes`
/// followed by `escapingInvisibles`, written directly: Foundation sorts every object's keys with
/// `NSString.compare` (numeric, case-insensitive, forced ordering), which took most of an export's
/// time (a token is an object of five keys). Here each distinct key set is sorted once per line with
/// that same comparison; numbers other than integers, and any type not listed, still go through
/// `JSONSerialization` itself.
public enum JSONLine {
    /// The object's JSON, then a newline.
    public static func data(_ object: Any) throws -> Data {
        var writer = Writer()
        try writer.value(object)
        writer.bytes.append(0x0A)
        return Data(writer.bytes)
    }

    /// A value already written as JSON, copied into the line as it is.
    public struct RawJSON {
        /// The value's JSON bytes.
        public let bytes: [UInt8]
    }

    /// Tokens as the array of `{"end","id","start","text","ws"}` objects Prodigy and spaCy read,
    /// written straight to bytes: built as dictionaries, the tokens were most of a JSONL line's cost.
    public static func tokens(_ tokens: [Token]) -> RawJSON {
        var writer = Writer()
        writer.bytes.append(0x5B)
        for (index, token) in tokens.enumerated() {
            if index > 0 { writer.bytes.append(0x2C) }
            writer.bytes.append(contentsOf: #"{"end":"#.utf8)
            writer.integer(token.end)
            writer.bytes.append(contentsOf: #","id":"#.utf8)
            writer.integer(index)
            writer.bytes.append(contentsOf: #","start":"#.utf8)
            writer.integer(token.start)
            writer.bytes.append(contentsOf: #","text":"#.utf8)
            writer.string(token.text)
            writer.bytes.append(contentsOf: (token.spaceAfter ? #","ws":true}"# : #","ws":false}"#).utf8)
        }
        writer.bytes.append(0x5D)
        return RawJSON(bytes: writer.bytes)
    }

    /// The text with DEL, C1 controls and bidirectional controls written as `\uXXXX`.
    public static func escapingInvisibles(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isInvisible) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isInvisible(scalar) {
                result.append(contentsOf: String(format: "\\u%04x", scalar.value).unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    private static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x7F...0x9F, 0x200E, 0x200F, 0x061C, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// Foundation's key order: `NSString.compare` with numeric, case-insensitive, forced ordering.
    static func foundationOrder(_ keys: [String]) -> [String] {
        keys.sorted { a, b in
            a.compare(b, options: [.numeric, .caseInsensitive, .forcedOrdering], range: a.startIndex..<a.endIndex,
                      locale: NSLocale.system) == .orderedAscending
        }
    }

    private struct Writer {
        var bytes: [UInt8] = []
        /// The key sets met so far, in Foundation's order, by their size.
        var known: [Int: [[String]]] = [:]

        init() { bytes.reserveCapacity(1 << 16) }

        mutating func value(_ object: Any) throws {
            // The exact types records are made of, told apart without a dynamic cast that fails.
            let type = ObjectIdentifier(Swift.type(of: object))
            if type == ObjectIdentifier(String.self) { return string(object as! String) }
            if type == ObjectIdentifier(RawJSON.self) { return bytes.append(contentsOf: (object as! RawJSON).bytes) }
            if type == ObjectIdentifier(Int.self) { return integer(object as! Int) }
            if type == ObjectIdentifier(Bool.self) { return bytes.append(contentsOf: ((object as! Bool) ? "true" : "false").utf8) }
            if type == ObjectIdentifier([String: Any].self) { return try dictionary(object as! [String: Any]) }
            // Records also hold these (null claim parts, metadata, notes, relations, hashes);
            // a failed `as?` against each earlier case cost more than writing them.
            if type == ObjectIdentifier(NSNull.self) { return bytes.append(contentsOf: "null".utf8) }
            if type == ObjectIdentifier([String: String].self) { return try dictionary(object as! [String: String]) }
            if type == ObjectIdentifier([[String: String]].self) { return try array(object as! [[String: String]]) { writer, element in try writer.dictionary(element) } }
            if type == ObjectIdentifier([String].self) { return try array(object as! [String]) { writer, element in writer.string(element) } }
            if type == ObjectIdentifier(Int32.self) { return integer(Int(object as! Int32)) }
            if type == ObjectIdentifier([[String: Any]].self) { return try array(object as! [[String: Any]]) { writer, element in try writer.dictionary(element) } }
            // The common cases first (a failed cast costs): strings, then numbers, then containers.
            // Bool before Int, as Foundation tests them.
            switch object {
            case let text as String: string(text)
            case let flag as Bool: bytes.append(contentsOf: (flag ? "true" : "false").utf8)
            case let number as Int: bytes.append(contentsOf: String(number).utf8)
            case let object as [String: Any]: try dictionary(object)
            case let objects as [[String: Any]]: try array(objects) { writer, element in try writer.dictionary(element) }
            case let strings as [String]: try array(strings) { writer, element in writer.string(element) }
            case let values as [Any]: try array(values) { writer, element in try writer.value(element) }
            case let number as Int32: bytes.append(contentsOf: String(number).utf8)
            case let number as Int64: bytes.append(contentsOf: String(number).utf8)
            case is NSNull: bytes.append(contentsOf: "null".utf8)
            default:
                // Anything else (floating-point numbers, NSNumber, …): Foundation's own bytes.
                let raw = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes, .fragmentsAllowed])
                bytes.append(contentsOf: JSONLine.escapingInvisibles(String(decoding: raw, as: UTF8.self)).utf8)
            }
        }

        /// `[`, the elements separated by commas, `]`.
        mutating func array<T>(_ elements: [T], _ element: (inout Writer, T) throws -> Void) throws {
            bytes.append(0x5B)
            for (index, item) in elements.enumerated() {
                if index > 0 { bytes.append(0x2C) }
                try element(&self, item)
            }
            bytes.append(0x5D)
        }

        mutating func dictionary(_ object: [String: Any]) throws {
            bytes.append(0x7B)
            let keys = order(object)
            if keys.count <= 16 {
                // Values in key order without hashing a key: each key's rank by comparison.
                var values: [Any?] = Array(repeating: nil, count: keys.count)
                for (key, value) in object {
                    values[keys.firstIndex(of: key)!] = value
                }
                for (index, key) in keys.enumerated() {
                    if index > 0 { bytes.append(0x2C) }
                    string(key)
                    bytes.append(0x3A)
                    try value(values[index]!)
                }
            } else {
                for (index, key) in keys.enumerated() {
                    if index > 0 { bytes.append(0x2C) }
                    string(key)
                    bytes.append(0x3A)
                    try value(object[key]!)
                }
            }
            bytes.append(0x7D)
        }

        /// The object's keys in Foundation's order: a key set seen before in this line (same
        /// count, every key present) is not sorted again.
        mutating func order(_ object: [String: Any]) -> [String] {
            if let known = known[object.count] {
                for keys in known where object.keys.allSatisfy({ keys.contains($0) }) { return keys }
            }
            let sorted = JSONLine.foundationOrder(Array(object.keys).sorted())
            known[object.count, default: []].append(sorted)
            return sorted
        }

        /// A decimal integer, written without making a string first (tokens have three each).
        mutating func integer(_ value: Int) {
            guard value >= 0 else { return bytes.append(contentsOf: String(value).utf8) }
            var divisor = 1
            while divisor <= value / 10 { divisor *= 10 }
            var rest = value
            while divisor > 0 {
                bytes.append(UInt8(0x30 + rest / divisor))
                rest %= divisor
                divisor /= 10
            }
        }

        /// A JSON string as Foundation writes it (`/` unescaped), invisibles then escaped.
        mutating func string(_ text: String) {
            bytes.append(0x22)
            var text = text
            text.withUTF8 { utf8 in
                // Runs of bytes that need no escape are copied whole; only `"`, `\`, controls
                // and the UTF-8 of the invisibles (U+0080–U+009F: C2 80–9F; U+061C: D8 9C;
                // U+200E/F, U+202A–E: E2 80 …; U+2066–9: E2 81 A6–A9) are looked at. (Writing
                // scalar by scalar once a text held any E2 byte, as every ’ does, took a third
                // of a French export's JSON time.)
                var run = 0, index = 0
                while index < utf8.count {
                    let byte = utf8[index]
                    let next = index + 1 < utf8.count ? utf8[index + 1] : 0, third = index + 2 < utf8.count ? utf8[index + 2] : 0
                    var escape: [UInt8] = [], length = 1, code: UInt32?
                    switch byte {
                    case 0x22: escape = [0x5C, 0x22]
                    case 0x5C: escape = [0x5C, 0x5C]
                    case 0x08: escape = [0x5C, 0x62]
                    case 0x0C: escape = [0x5C, 0x66]
                    case 0x0A: escape = [0x5C, 0x6E]
                    case 0x0D: escape = [0x5C, 0x72]
                    case 0x09: escape = [0x5C, 0x74]
                    case 0x00...0x1F, 0x7F: code = UInt32(byte)
                    case 0xC2 where (0x80...0x9F).contains(next): (code, length) = (UInt32(next), 2)
                    case 0xD8 where next == 0x9C: (code, length) = (0x061C, 2)
                    case 0xE2 where next == 0x80 && ((0x8E...0x8F).contains(third) || (0xAA...0xAE).contains(third)):
                        (code, length) = (0x2000 + UInt32(third - 0x80), 3)
                    case 0xE2 where next == 0x81 && (0xA6...0xA9).contains(third): (code, length) = (0x2040 + UInt32(third - 0x80), 3)
                    default:
                        index += 1
                        continue
                    }
                    if run < index { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<index])) }
                    if let code {
                        let hex = Array("0123456789abcdef".utf8)
                        bytes.append(contentsOf: [0x5C, 0x75, hex[Int(code >> 12 & 0xF)], hex[Int(code >> 8 & 0xF)], hex[Int(code >> 4 & 0xF)], hex[Int(code & 0xF)]])
                    } else {
                        bytes.append(contentsOf: escape)
                    }
                    index += length
                    run = index
                }
                if run < utf8.count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<utf8.count])) }
            }
            bytes.append(0x22)
        }
    }
}
