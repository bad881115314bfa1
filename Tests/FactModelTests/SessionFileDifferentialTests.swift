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

@Test func membersNoFieldReadsAreCheckedAsJSONDecoderChecksThem() throws {
    let good = try exampleSession()
    #expect(SessionFile.decodeInParts(good) != nil)
    // Members the session file has no field for (at the top, in `proposals`, in `annotations`)
    // are skipped by the part-wise scanner, which only matches brackets and quotes; JSONDecoder
    // reads their structure and refuses the document when it is broken. (It checks a string's
    // bytes or a number's digits only when it decodes them, so a raw control character, bytes
    // that are not UTF-8, `01` or `-` in such a member pass both.)
    let broken = ["[}", "tru", "{\"a\" 1}", "[1 2]"].map { Array($0.utf8) }
    let lenient: [[UInt8]] = [Array("\"a\u{1}b\"".utf8), [0x22, 0xFF, 0x22], Array("01".utf8), Array("-".utf8)]
    let places = ["{\n  \"annotations\" : {\n", "{\n", "  \"proposals\" : {\n"]
    for value in broken + lenient {
        for place in places {
            var bytes = [UInt8](good)
            let at = try #require(good.range(of: Data(place.utf8))).upperBound
            bytes.insert(contentsOf: Array("\"x\" : ".utf8) + value + Array(",\n".utf8), at: at)
            let data = Data(bytes)
            let whole = (try? SessionFile.decoder().decode(SessionFile.self, from: data)) != nil
            let parts = SessionFile.decodeInParts(data) != nil, decoded = (try? SessionFile.decode(data)) != nil
            let what = "\(String(decoding: value, as: UTF8.self)) after \(place.debugDescription)"
            #expect(whole == lenient.contains(value), "JSONDecoder and \(what)")
            #expect(parts == whole && decoded == whole, "\(what)")
        }
    }
    // A key that is not UTF-8 or holds a control character is not JSON either.
    for key: [UInt8] in [[0x22, 0xC0, 0x80, 0x22], [0x22, 0x61, 0x09, 0x22]] {
        var bytes = [UInt8](good)
        bytes.insert(contentsOf: key + Array(" : 1,\n".utf8), at: 2)
        let whole = (try? SessionFile.decoder().decode(SessionFile.self, from: Data(bytes))) != nil
        let parts = SessionFile.decodeInParts(Data(bytes)) != nil, decoded = (try? SessionFile.decode(Data(bytes))) != nil
        #expect(!whole && !parts && !decoded, "key \(key)")
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
