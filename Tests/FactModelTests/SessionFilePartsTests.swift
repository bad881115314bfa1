import Foundation
import Testing
@testable import FactModel

// MARK: - Encoding and decoding a part at a time gives what the whole-document coders give

/// A session with more proposals than one part holds, claims, a branch parent, notes with a
/// newline and a quote, and an empty array: every shape the part-by-part coders splice.
private func largeSession(parent: SessionParent?) throws -> Session {
    let sentence = "« Kim Jong-un » a dit 12 000 mots à Moscou.\n"
    let text = String(repeating: sentence, count: SessionFile.elementsPerPart + 7)
    let document = Document(id: "parts", text: text, language: .french)
    let spans = document.occurrences(of: "Kim Jong-un")
    let mentions = spans.map { MentionProposal(label: "PER", start: $0.start, end: $0.end, text: "Kim Jong-un", score: 0.875, rule: "name") }
    let content = document.occurrences(of: "12 000 mots")[0]
    let claim = Claim(source: nil, cue: nil, content: ClaimPart(start: content.start, end: content.end, text: "12 000 mots"),
                      stance: .asserts, certainty: .certain)
    let proposals = ProposalSet(mentions: mentions, claims: [ClaimProposal(claim: claim, score: 0.5, rule: "cue")]).numbered()
    var session = Session(document: document, source: "parts.txt", schema: .news, proposer: ProposerRecord(name: "rules", version: "0.1.0"),
                          proposals: proposals, annotator: "ana", created: Date(timeIntervalSince1970: 1_764_000_000.25))
    session.parent = parent
    try session.record(.accept(ids: ["m1", "m2"]), at: Date(timeIntervalSince1970: 1_764_000_010.125))
    try session.record(.note(id: "m1", text: "vérifié\n« \"cité\" »"), at: Date(timeIntervalSince1970: 1_764_000_020.5))
    try session.record(.reject(ids: ["c1"]), at: Date(timeIntervalSince1970: 1_764_000_030))
    return session
}

private func streamed(_ file: SessionFile) throws -> Data {
    var data = Data()
    let count = try file.encode { data += $0 }
    #expect(count == data.count)
    return data
}

/// What `Session.encodeFile` writes (the annotations taken from the state a slice at a time).
private func streamed(_ session: Session) throws -> Data {
    var data = Data()
    let count = try session.encodeFile { data += $0 }
    #expect(count == data.count)
    return data
}

@Test(arguments: [nil, SessionParent(session: "old.json", event: 3, annotator: "bob")])
func streamedEncodingIsByteForByteTheWholeEncoding(parent: SessionParent?) throws {
    let session = try largeSession(parent: parent)
    let file = SessionFile(session)
    let whole = try file.encoded()
    #expect(try streamed(file) == whole)
    #expect(try streamed(session) == whole, "a session encodes its state's annotations in text order, as the file lists them")
    let decoded = try #require(SessionFile.decodeInParts(whole))
    #expect(try decoded.encoded() == whole, "decoding a part at a time loses nothing")
    #expect(decoded.parent == parent)
    #expect(decoded.proposals.mentions.count == SessionFile.elementsPerPart + 7)
}

@Test func aSessionWithNothingEncodesAsTheWholeEncoderWrites() throws {
    let document = Document(id: "empty", text: "Rien.", language: .french)
    let session = Session(document: document, source: "e.txt", schema: .news, proposer: ProposerRecord(name: "rules", version: "1"),
                          proposals: ProposalSet(), annotator: "ana", created: Date(timeIntervalSince1970: 0))
    let file = SessionFile(session)
    let whole = try file.encoded()
    #expect(try streamed(file) == whole)
    #expect(try streamed(session) == whole)
    #expect(try SessionFile.decodeInParts(whole)?.encoded() == whole)
}

@Test func theShippedExampleSessionDecodesInPartsAsItDoesWhole() throws {
    let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sessions/choe-son-hui-moscou.fr.demo.json")
    let data = try Data(contentsOf: path)
    let whole = try SessionFile.decoder().decode(SessionFile.self, from: data)
    let parts = try #require(SessionFile.decodeInParts(data))
    #expect(try parts.encoded() == whole.encoded())
    #expect(try streamed(parts) == data, "the example was written by the encoder; streaming writes the same bytes")
}

// MARK: - Anything unusual goes the whole-document way, which explains it

@Test func unusualDocumentsAreLeftToTheWholeDecoder() throws {
    let good = try SessionFile(try largeSession(parent: nil)).encoded()
    let text = String(decoding: good, as: UTF8.self)
    let broken = [
        text + " x",                                                          // something after the document
        text.replacingOccurrences(of: "\"status\" : \"in_progress\"", with: "\"status\" : \"maybe\""),  // a bad value
        String(text.dropLast(40)),                                           // cut short
        text.replacingOccurrences(of: "\"score\" : 0.875,", with: "\"score\" : 0.875"),  // a missing comma
    ]
    for (index, variant) in broken.enumerated() {
        #expect(SessionFile.decodeInParts(Data(variant.utf8)) == nil, "broken variant \(index)")
        #expect((try? SessionFile.decode(Data(variant.utf8))) == nil, "broken variant \(index) is refused")
    }
    // Shapes the part-by-part decoder leaves to the whole decoder, which reads them.
    let unusual = [
        text.replacingOccurrences(of: "\"format\" :", with: "\"form\\u0061t\" :"),  // an escaped key
        text.replacingOccurrences(of: "\"annotator\" : \"ana\"", with: "\"annotator\" : \"bob\", \"annotator\" : \"ana\""),  // a duplicate
    ]
    for (index, variant) in unusual.enumerated() {
        #expect(SessionFile.decodeInParts(Data(variant.utf8)) == nil, "unusual variant \(index)")
        let whole = try? JSONDecoder().decode([String: AnyDecodable].self, from: Data(variant.utf8))
        #expect(((try? SessionFile.decode(Data(variant.utf8))) != nil) == (whole != nil), "unusual variant \(index) reads as the whole decoder reads it")
    }
    let nested = Data(("{\"format\":\"factline.session/1\",\"x\":" + String(repeating: "[", count: 600) + String(repeating: "]", count: 600) + "}").utf8)
    #expect(SessionFile.decodeInParts(nested) == nil, "deep nesting is walked without recursion")
}

/// Any JSON value, to ask the whole decoder whether it reads a document at all.
private struct AnyDecodable: Decodable {
    init(from decoder: any Decoder) throws {}
}
