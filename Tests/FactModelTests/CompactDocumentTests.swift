import Foundation
import Testing
@testable import FactModel

// MARK: - A document's per-code-point and per-token storage, made compact, reads as before

@Test(arguments: ["", "Zoé", "Zoe\u{301} à Moscou", "👍🏽 et 👨‍👩‍👧 🇫🇷", "a\r\nb", "\u{301}début"])
func graphemeBitsAreTheFlagsTheyReplace(text: String) {
    let count = text.unicodeScalars.count
    let flags = Document.graphemeBoundaries(of: text, scalarCount: count)
    let bits = GraphemeBoundaries(of: text, scalarCount: count)
    #expect(bits.count == flags.count)
    #expect((0..<flags.count).map { bits[$0] } == flags)
    #expect(GraphemeBoundaries(flags) == bits)
    #expect(!bits[-1] && !bits[count + 1], "outside the text is no boundary, and no crash")
}

@Test func aTokenCodesTheMembersItAlwaysHad() throws {
    let token = Token(text: "Moscou", start: 70_000, end: 70_006, spaceAfter: true, kind: .word)
    #expect(MemoryLayout<Token>.stride == 32)
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    let json = String(decoding: try encoder.encode(token), as: UTF8.self)
    #expect(json == #"{"end":70006,"kind":"word","spaceAfter":true,"start":70000,"text":"Moscou"}"#)
    #expect(try JSONDecoder().decode(Token.self, from: Data(json.utf8)) == token)
    let tooFar = #"{"end":4294967296,"kind":"word","spaceAfter":true,"start":0,"text":"x"}"#
    #expect(throws: (any Error).self) { try JSONDecoder().decode(Token.self, from: Data(tooFar.utf8)) }
    var moved = token
    moved.start += 1
    #expect(moved.start == 70_001 && moved.span == TextSpan(start: 70_001, end: 70_006))
}
