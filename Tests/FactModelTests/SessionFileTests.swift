import Foundation
import Testing
@testable import FactModel

@Test func sessionFileRoundTripsExactly() throws {
    let document = Document(id: "rt", text: "« Kim Jong-un » a dit 12 000 mots.\r\nFin 👍🏽.", language: .french)
    let span = document.occurrences(of: "Kim Jong-un")[0]
    let proposals = ProposalSet(mentions: [
        MentionProposal(label: "PER", start: span.start, end: span.end, text: "Kim Jong-un", score: 0.875, rule: "name"),
    ]).numbered()
    var session = Session(document: document, source: "rt.txt", schema: .news, proposer: ProposerRecord(name: "rules", version: "0.1.0"),
                          proposals: proposals, annotator: "ana", created: Date(timeIntervalSince1970: 1_764_000_000.25))
    try session.record(.accept(ids: ["m1"]), at: Date(timeIntervalSince1970: 1_764_000_010.125))
    try session.record(.note(id: "m1", text: "vérifié"), at: Date(timeIntervalSince1970: 1_764_000_020.5))
    let data = try SessionFile(session).encoded()
    let decoded = try SessionFile.decode(data)
    #expect(decoded.events == session.events)
    #expect(decoded.annotations == session.annotations)
    #expect(decoded.article == session.article)
    #expect(decoded.proposals == session.proposals)
    #expect(decoded.schema == .news)
    #expect(try decoded.encoded() == data, "re-encoding a decoded file gives the same bytes")
    let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(json["format"] as? String == "factline.session/1")
    let mentions = try #require((json["annotations"] as? [String: Any])?["mentions"] as? [[String: Any]])
    #expect(mentions[0]["label"] as? String == "PER")
    #expect(mentions[0]["status"] as? String == "accepted")
    #expect(mentions[0]["start"] as? Int == 2)
    let events = try #require(json["events"] as? [[String: Any]])
    #expect(events[0]["kind"] as? String == "accept")
    #expect(events[0]["time"] as? String == "2025-11-24T16:00:10.125Z")
}

@Test func newerAndUnknownFormatsAreRefused() {
    #expect(throws: SessionError.newerFormat("factline.session/3")) {
        try SessionFile.decode(Data(#"{"format":"factline.session/3"}"#.utf8))
    }
    #expect(throws: SessionError.unknownFormat("prodigy")) { try SessionFile.decode(Data(#"{"format":"prodigy"}"#.utf8)) }
    #expect(throws: SessionError.self) { try SessionFile.decode(Data("not json".utf8)) }
    #expect(throws: SessionError.self) { try SessionFile.decode(Data(#"{"format":"factline.session/1","status":"in_progress"}"#.utf8)) }
}

@Test func factBankCodes() {
    let part = ClaimPart(start: 0, end: 1, text: "x")
    #expect(Claim(source: nil, cue: nil, content: part, stance: .asserts, certainty: .certain).factBankCode == "CT+")
    #expect(Claim(source: nil, cue: nil, content: part, stance: .denies, certainty: .certain).factBankCode == "CT-")
    #expect(Claim(source: nil, cue: nil, content: part, stance: .asserts, certainty: .possible).factBankCode == "PS+")
}

@Test func timestampsRoundTripAtMillisecondPrecision() {
    for milliseconds in stride(from: Int64(1_764_057_577_000), to: 1_764_057_578_000, by: 1) {
        let date = Date(timeIntervalSince1970: Double(milliseconds) / 1000)
        let text = SessionFile.timestamp(date)
        #expect(SessionFile.date(fromTimestamp: text) == date, "\(text)")
        if SessionFile.date(fromTimestamp: text) != date { break }
    }
    #expect(SessionFile.timestamp(Date(timeIntervalSince1970: 0.5)) == "1970-01-01T00:00:00.500Z")
    #expect(SessionFile.date(fromTimestamp: "2025-11-25T08:15:02Z") == Date(timeIntervalSince1970: 1_764_058_502))
    #expect(SessionFile.date(fromTimestamp: "yesterday") == nil)
}
