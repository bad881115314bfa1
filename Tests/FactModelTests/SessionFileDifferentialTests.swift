import Foundation
import Testing
@testable import FactModel

// MARK: - What the session-parts fuzz target checks: the part-wise decoder accepts nothing JSONDecoder refuses

/// The shipped example session's bytes.
private func exampleSession() throws -> Data {
    let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sessions/choe-son-hui-moscou.fr.demo.json")
    return try Data(contentsOf: path)
}

@Test func aMemberNoFieldReadsMustStillBeValidJSON() throws {
    let good = try exampleSession()
    #expect(SessionFile.decodeInParts(good) != nil)
    // Members the session file has no field for (at the top, in `proposals`, in `annotations`)
    // are skipped by the part-wise scanner, which only matches brackets and quotes; JSONDecoder
    // reads them and refuses the document when they are not JSON.
    let junk: [[UInt8]] = [Array("[}".utf8), Array("tru".utf8), Array("{\"a\" 1}".utf8), Array("[1 2]".utf8),
                           Array("\"a\u{1}b\"".utf8), [0x22, 0xFF, 0x22], Array("01".utf8), Array("-".utf8)]
    let places = ["{\n  \"annotations\" : {\n", "{\n", "  \"proposals\" : {\n"]
    for value in junk {
        for place in places {
            var bytes = [UInt8](good)
            let at = try #require(good.range(of: Data(place.utf8))).upperBound
            bytes.insert(contentsOf: Array("\"x\" : ".utf8) + value + Array(",\n".utf8), at: at)
            let data = Data(bytes)
            let whole = (try? SessionFile.decoder().decode(SessionFile.self, from: data)) != nil
            #expect(!whole, "JSONDecoder refuses \(String(decoding: value, as: UTF8.self)) after \(place.debugDescription)")
            let parts = SessionFile.decodeInParts(data) != nil, decoded = (try? SessionFile.decode(data)) != nil
            #expect(!parts && !decoded, "\(String(decoding: value, as: UTF8.self)) after \(place.debugDescription)")
        }
    }
    // A key that is not UTF-8 or holds a control character is not JSON either.
    for key: [UInt8] in [[0x22, 0xC0, 0x80, 0x22], [0x22, 0x61, 0x09, 0x22]] {
        var bytes = [UInt8](good)
        bytes.insert(contentsOf: key + Array(" : 1,\n".utf8), at: 2)
        let parts = SessionFile.decodeInParts(Data(bytes)) != nil, decoded = (try? SessionFile.decode(Data(bytes))) != nil
        #expect(!parts && !decoded, "key \(key)")
    }
}

@Test func nestingIsCountedFromTheDocumentNotFromThePart() throws {
    let good = try exampleSession()
    // The article is at level 2 of the document: arrays 511 deep inside it reach level 513, past
    // Foundation's 512, though the article alone (decoded as a part) is only 512 deep.
    for (levels, accepted) in [(510, true), (511, false)] {
        var bytes = [UInt8](good)
        let at = try #require(good.range(of: Data("  \"article\" : {\n".utf8))).upperBound
        let value = String(repeating: "[", count: levels) + String(repeating: "]", count: levels)
        bytes.insert(contentsOf: Array("\"x\" : \(value),\n".utf8), at: at)
        let data = Data(bytes)
        let whole = try? SessionFile.decoder().decode(SessionFile.self, from: data)
        #expect((whole != nil) == accepted, "JSONDecoder and \(levels) levels in the article")
        #expect((SessionFile.decodeInParts(data) != nil) == accepted, "\(levels) levels in the article")
    }
}
