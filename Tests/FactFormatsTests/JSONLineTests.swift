import FactModel
import Foundation
import Testing
@testable import FactFormats

/// `JSONLine.data` writes its bytes itself; they must stay those of Foundation's
/// `JSONSerialization` (sorted keys, slashes unescaped) with invisibles then escaped.
@Suite struct JSONLineTests {
    static func foundation(_ object: Any) throws -> Data {
        let raw = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        return Data(JSONLine.escapingInvisibles(String(decoding: raw, as: UTF8.self)).utf8) + Data([0x0A])
    }

    @Test func sameBytesAsFoundation() throws {
        let hostile = "a/b \"q\" \\ \t\n\r\u{8}\u{c}\u{0}\u{1f}\u{7f}\u{85}\u{9b}\u{200e}\u{202e}\u{2066}\u{61c} é 漢 🙂 \u{2028}"
        let object: [String: Any] = [
            "text": hostile, "Zeta": 1, "alpha": -42, "_under": true, "Item10": false, "item2": Int32(-7),
            "item1": Int64.max, "tokens": [["text": "x", "start": 0, "end": 1, "id": 0, "ws": true],
                                          ["text": hostile, "start": 1, "end": 2, "id": 1, "ws": false]],
            "notes": ["one", hostile], "meta": ["B": hostile, "a": "", "a10": "x", "a9": "y", "É": "z"],
            "null": NSNull(), "empty": [String: Any](), "none": [Any](), "mixed": [1, "two", [3], ["k": NSNull()]] as [Any],
            "relations": [["type": "disputes", "target": "c2"]] as [[String: String]], "map": ["b": "x", "a": "\u{85}"] as [String: String],
            "strings": ["x", "\u{2066}"] as [String], "hash": Int32.min, "float": 1.5, "whole": 2.0, hostile: "key", "big": Int.max, "zero": 0, "ten": 10, "nines": 999_999,
        ]
        #expect(try JSONLine.data(object) == JSONLineTests.foundation(object))
        // Every invisible's neighbours in UTF-8, which stay raw, next to the invisibles themselves.
        let edges = "\u{80}\u{9f}\u{a0}\u{7e}\u{61b}\u{61c}\u{61d}\u{200d}\u{200e}\u{200f}\u{2010}\u{2019}\u{2029}\u{202a}\u{202e}\u{202f}"
            + "\u{2065}\u{2066}\u{2069}\u{206a}\u{2119}«»’ ends with \u{2069}"
        #expect(try JSONLine.data(["edges": edges, "tail": "\u{2069}", "head": "\u{85}x"]) == JSONLineTests.foundation(["edges": edges, "tail": "\u{2069}", "head": "\u{85}x"]))
        let empty: [String: Any] = [:]
        #expect(try JSONLine.data(empty) == JSONLineTests.foundation(empty))
    }

    @Test func tokensWrittenDirectlyAreFoundationsDictionaries() throws {
        let hostile = "a/b \"q\" \\ \u{85}\u{202e} é 🙂"
        let tokens = [Token(text: "Le", start: 0, end: 2, spaceAfter: true, kind: .word),
                      Token(text: hostile, start: 3, end: 20, spaceAfter: false, kind: .word),
                      Token(text: "\r\n", start: 20, end: 22, spaceAfter: false, kind: .space)]
        let dictionaries: [[String: Any]] = tokens.enumerated().map { index, token in
            ["text": token.text, "start": token.start, "end": token.end, "id": index, "ws": token.spaceAfter]
        }
        #expect(try JSONLine.data(["tokens": JSONLine.tokens(tokens), "n": 1]) == JSONLineTests.foundation(["tokens": dictionaries, "n": 1]))
        #expect(try JSONLine.data(["tokens": JSONLine.tokens([])]) == JSONLineTests.foundation(["tokens": [[String: Any]]()]))
    }
}
