import FactModel
import Foundation
import Testing
@testable import FactFormats

// MARK: - What the gold-reader fuzz target found: the fast reader must refuse what the full way refuses

/// The example session, as a JSON object to damage.
private func exampleObject() throws -> [String: Any] {
    let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Sessions/choe-son-hui-moscou.fr.demo.json")
    return try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: example)) as? [String: Any])
}

/// Whether the fast reader (with its fallback) and the full way (decode, then validation)
/// both refuse `data`.
private func bothRefuse(_ data: Data) -> (reader: Bool, full: Bool) {
    let reader = (try? GoldReader.gold(from: data, path: "s.json")) == nil
    let full = (try? GoldReader.gold(from: try SessionLoader.decodeFile(data, path: "s.json"), path: "s.json")) == nil
    return (reader, full)
}

@Test func anEventFieldOfTheWrongTypeIsRefusedByTheFastReaderToo() throws {
    let good = try exampleObject()
    #expect(bothRefuse(try JSONSerialization.data(withJSONObject: good)) == (false, false))
    // One event of each kind gets one of the fields its kind requires with the wrong type.
    let damages: [(kind: String, field: String, value: Any)] = [
        ("accept", "ids", 5), ("accept", "ids", [7]), ("add", "start", "240"), ("add", "label", 3),
        ("note", "text", 1), ("flag", "flagged", "yes"), ("undo", "event", "1"), ("resize", "end", 1.5),
        ("relabel", "id", ["m1"]),
    ]
    for damage in damages {
        var object = good
        var events = try #require(object["events"] as? [[String: Any]])
        let index = try #require(events.firstIndex { $0["kind"] as? String == damage.kind })
        events[index][damage.field] = damage.value
        object["events"] = events
        let outcome = bothRefuse(try JSONSerialization.data(withJSONObject: object))
        #expect(outcome == (true, true), "\(damage.kind).\(damage.field) = \(damage.value)")
    }
}

@Test func deepNestingInAnUnknownMemberIsRefusedWithoutExhaustingTheStack() throws {
    let good = String(decoding: try JSONSerialization.data(withJSONObject: try exampleObject()), as: UTF8.self)
    // 600 levels: JSONDecoder refuses more than 512. 200,000 levels: the fast reader's skipping
    // of unknown values used to recurse once a level and overflow the stack.
    for depth in [600, 200_000] {
        let deep = "{\"x\":" + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + ","
        let data = Data((deep + good.dropFirst()).utf8)
        #expect(bothRefuse(data) == (true, true), "\(depth) levels")
    }
    // 500 levels are read by both.
    let shallow = "{\"x\":" + String(repeating: "[", count: 500) + String(repeating: "]", count: 500) + ","
    #expect(bothRefuse(Data((shallow + good.dropFirst()).utf8)) == (false, false))
}

@Test func aRepeatedKeyIsReadAsTheFullDecoderReadsIt() throws {
    // Found by the gold-reader fuzz target: an event with `"kind": "flstile"` then `"kind":
    // "resize"`. JSONDecoder keeps the first of two equal keys (and refuses the unknown kind);
    // the fast reader kept the last and exported the session.
    let good = String(decoding: try JSONSerialization.data(withJSONObject: try exampleObject(), options: [.sortedKeys]), as: UTF8.self)
    let repeats = [
        ("\"kind\":\"accept\"", "\"kind\":\"explode\",\"kind\":\"accept\""),      // in an event
        ("\"annotator\":\"demo\",\"article\"", "\"annotator\":\"x\u{1B}\",\"annotator\":\"demo\",\"article\""),  // at the top
        ("\"meta\":{}", "\"meta\":{\"a\":\"1\",\"a\":\"2\"}"),                      // in a map
        ("\"label\":\"PER\"", "\"label\":\"NOPE\",\"label\":\"PER\""),             // in a proposal
    ]
    for (original, repeated) in repeats {
        #expect(good.contains(original), "\(original)")
        let data = Data(good.replacingOccurrences(of: original, with: repeated).utf8)
        let reader = try? GoldReader.gold(from: data, path: "s.json")
        let full = try? GoldReader.gold(from: try SessionLoader.decodeFile(data, path: "s.json"), path: "s.json")
        #expect((reader == nil) == (full == nil), "\(repeated)")
        if let reader, let full {
            #expect(reader.article == full.article && reader.annotator == full.annotator && reader.proposals == full.proposals, "\(repeated)")
        }
    }
}
