import Foundation
import Testing
@testable import FactModel

// A session holds one annotation per proposal all session long; `Review` packs its one-byte
// members and `MentionAnnotation` boxes `proposed` (see `Review.swift`), without changing what
// they compare, hash or encode to.

@Test func annotationsTakeTheBytesTheyWereShrunkTo() {
    #expect(MemoryLayout<Review>.size <= 40)
    #expect(MemoryLayout<MentionAnnotation>.stride <= 112)
}

@Test func aReviewCodesTheMembersItAlwaysHad() throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    let review = Review(status: .accepted, origin: .proposed, score: 0.5, rule: "gazetteer.region", flagged: true, notes: ["n"])
    let text = String(decoding: try encoder.encode(review), as: UTF8.self)
    #expect(text == #"{"flagged":true,"notes":["n"],"origin":"proposed","rule":"gazetteer.region","score":0.5,"status":"accepted"}"#)
    let bare = String(decoding: try encoder.encode(Review(status: .pending, origin: .added)), as: UTF8.self)
    #expect(bare == #"{"flagged":false,"notes":[],"origin":"added","status":"pending"}"#)
    #expect(try JSONDecoder().decode(Review.self, from: Data(text.utf8)) == review)
    // Several members missing: the first one in the former declaration order is named.
    do {
        _ = try JSONDecoder().decode(Review.self, from: Data(#"{"origin":"added"}"#.utf8))
        Issue.record("a review without status, flagged and notes was read")
    } catch let DecodingError.keyNotFound(key, _) {
        #expect(key.stringValue == "status")
    }
}

@Test func aBoxedProposalComparesHashesAndCodesByValue() throws {
    let proposed = Mention(label: "LOC", start: 0, end: 6, text: "Moscou")
    let review = Review(status: .accepted, origin: .proposed, score: 0.9, rule: "r")
    let now = Mention(label: "ORG", start: 0, end: 6, text: "Moscou")
    let a = MentionAnnotation(id: "m1", mention: now, review: review, proposed: proposed)
    var b = MentionAnnotation(id: "m1", mention: now, review: review)
    #expect(a != b && b.proposed == nil && !b.isCorrected)
    b.proposed = Mention(label: "LOC", start: 0, end: 6, text: "Moscou")
    #expect(a == b && a.hashValue == b.hashValue && b.isCorrected)
    b.proposed?.label = "PER"
    #expect(a != b && a.proposed?.label == "LOC", "a change stores a new box: the copy is not touched")
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    let data = try encoder.encode(a)
    #expect(try JSONDecoder().decode(MentionAnnotation.self, from: data) == a)
    #expect(String(decoding: data, as: UTF8.self).contains(#""proposed":{"end":6,"label":"LOC","start":0,"text":"Moscou"}"#))
}
