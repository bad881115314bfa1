import FactModel
import FactText
import Foundation
import Testing
@testable import FactFormats

// MARK: - Export keeps the article's meta and the analyst's notes and flags (issue 5)

/// A session of a queue article whose meta names its publication, with one proposal and one
/// proposed claim.
private func queueSession() throws -> Session {
    let text = "Selon l’AFP, Choe Son-hui est à Moscou."
    let document = TextAnalyzer.analyze(id: "a1", text: text, language: .french,
                                        meta: ["source": "AFP", "session": "theirs", "id": "pub-7"])
    let per = document.occurrences(of: "Choe Son-hui")[0]
    let content = document.occurrences(of: "Choe Son-hui est à Moscou")[0]
    let source = document.occurrences(of: "AFP")[0]
    let claim = Claim(source: ClaimPart(start: source.start, end: source.end, text: "AFP"), cue: nil,
                      content: ClaimPart(start: content.start, end: content.end, text: document.text(of: content)))
    let proposals = ProposalSet(
        mentions: [MentionProposal(label: "PER", start: per.start, end: per.end, text: "Choe Son-hui", score: 0.9, rule: "t")],
        claims: [ClaimProposal(claim: claim, score: 0.5, rule: "t")]).numbered()
    return Session(document: document, source: "queue.jsonl#a1", schema: .news, proposer: ProposerRecord(name: "rules", version: "0.1.0"),
                   proposals: proposals, annotator: "ana")
}

private func exported(_ session: Session) throws -> [String: Any] {
    let line = try ProdigyJSONL.line(for: session, sessionPath: "Sessions/queue-a1.ana.json")
    return try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
}

@Test func exportKeepsTheArticleMetaWhole() throws {
    var session = try queueSession()
    try session.record(.accept(ids: ["m1"]))
    let record = try exported(session)
    let meta = try #require(record["meta"] as? [String: String])
    #expect(meta == ["source": "AFP", "session": "theirs", "id": "pub-7"], "the publication must survive the export")
    let factline = try #require(record["factline"] as? [String: Any])
    #expect(factline["source_file"] as? String == "queue.jsonl#a1")
    #expect(factline["session"] as? String == "Sessions/queue-a1.ana.json")
    #expect(factline["article_id"] as? String == "a1")
    #expect(factline["annotator"] as? String == "ana")
    #expect(factline["status"] as? String == "in_progress")
    #expect(factline["lang"] as? String == "fr")
    #expect(factline["proposer"] as? String == "rules 0.1.0")
    #expect(factline["sha256"] as? String == session.article.sha256)
}

@Test func exportCarriesNotesAndFlags() throws {
    var session = try queueSession()
    try session.record(.accept(ids: ["m1", "c1"]))
    try session.record(.note(id: "m1", text: "ministre des Affaires étrangères"))
    try session.record(.note(id: "m1", text: "vérifier l’orthographe"))
    try session.record(.flag(id: "m1", flagged: true))
    try session.record(.note(id: "c1", text: "source indirecte"))
    try session.record(.flag(id: "c1", flagged: true))
    let record = try exported(session)
    let span = try #require((record["spans"] as? [[String: Any]])?.first)
    #expect(span["notes"] as? [String] == ["ministre des Affaires étrangères", "vérifier l’orthographe"])
    #expect(span["flagged"] as? Bool == true)
    let claim = try #require((record["claims"] as? [[String: Any]])?.first)
    #expect(claim["notes"] as? [String] == ["source indirecte"])
    #expect(claim["flagged"] as? Bool == true)
}

@Test func exportLeavesOutEmptyNotesAndClearFlags() throws {
    var session = try queueSession()
    try session.record(.accept(ids: ["m1"]))
    try session.record(.flag(id: "m1", flagged: true))
    try session.record(.flag(id: "m1", flagged: false))
    let span = try #require((try exported(session)["spans"] as? [[String: Any]])?.first)
    #expect(span["notes"] == nil)
    #expect(span["flagged"] == nil)
}
