import FactModel
import FactText
import Foundation
import Testing
@testable import FactFormats

// MARK: - Loaded sessions get the validation typed spans get (issue 9)

/// A session whose proposals are exactly `mentions` on a text with an NFD `Zoé`, and whose
/// analyst accepted them all: the file a tamperer would make.
private func file(text: String = "Zoe\u{301} Marin est à Lyon.", mentions: [MentionProposal],
                  claims: [ClaimProposal] = [], schema: LabelSchema = .news) throws -> SessionFile {
    let document = TextAnalyzer.analyze(id: "z", text: text, language: .french)
    var session = Session(document: document, source: "z.txt", schema: .news, proposer: ProposerRecord(name: "t", version: "1"),
                          proposals: ProposalSet(), annotator: "ana")
    var file = SessionFile(session)
    file.schema = schema
    file.proposals = ProposalSet(mentions: mentions, claims: claims)
    // Fold them as the loader will, so only the validation can refuse the file.
    session = Session(document: document, source: "z.txt", schema: schema, proposer: file.proposer, proposals: file.proposals,
                      annotator: "ana")
    if !mentions.isEmpty { try? session.record(.accept(ids: mentions.map(\.id))) }
    file.events = session.events
    file.annotations = session.annotations
    return file
}

private func refusal(_ file: SessionFile) -> String? {
    do {
        _ = try SessionLoader.session(from: file)
        return nil
    } catch {
        return error.description
    }
}

@Test func proposalsOutsideTheTextAreRefused() throws {
    let bad = try file(mentions: [MentionProposal(id: "m1", label: "PER", start: 5000, end: 5010, text: "x", score: 1, rule: "t")])
    let message = try #require(refusal(bad))
    #expect(message == "corrupted session: proposal m1: offsets 5000 and 5010 must lie between 0 and 22, the text's length in code points")
}

@Test func proposalsCuttingACharacterAreRefused() throws {
    // `Zoe` without its combining acute: the span ends inside the grapheme `é`.
    let bad = try file(mentions: [MentionProposal(id: "m1", label: "PER", start: 0, end: 3, text: "Zoe", score: 1, rule: "t")])
    #expect(refusal(bad) == "corrupted session: proposal m1: offset 3 falls inside a character (a combining mark or emoji sequence)")
    let whole = try file(mentions: [MentionProposal(id: "m1", label: "PER", start: 0, end: 10, text: "Zoe\u{301} Marin", score: 1, rule: "t")])
    #expect(refusal(whole) == nil)
}

@Test func proposalsWithAnUnknownLabelOrWrongTextAreRefused() throws {
    let label = try file(mentions: [MentionProposal(id: "m1", label: "WEAPON", start: 17, end: 21, text: "Lyon", score: 1, rule: "t")])
    #expect(refusal(label)?.contains("label 'WEAPON', which the session's schema lacks") == true)
    let text = try file(mentions: [MentionProposal(id: "m1", label: "LOC", start: 17, end: 21, text: "Lille", score: 1, rule: "t")])
    #expect(refusal(text)?.contains("«Lille» is not the text at 17-21 «Lyon»") == true)
}

@Test func proposalIdsAreCheckedAndBounded() throws {
    for id in ["m9223372036854775807", "x1", "m0", "m01", "c1", ""] {
        let bad = try file(mentions: [MentionProposal(id: id, label: "LOC", start: 17, end: 21, text: "Lyon", score: 1, rule: "t")])
        #expect(refusal(bad)?.contains("is not a valid id") == true, "\(id)")
    }
    let twice = try file(mentions: [
        MentionProposal(id: "m1", label: "LOC", start: 17, end: 21, text: "Lyon", score: 1, rule: "t"),
        MentionProposal(id: "m1", label: "PER", start: 0, end: 10, text: "Zoe\u{301} Marin", score: 1, rule: "t"),
    ])
    #expect(refusal(twice)?.contains("two proposals have the id 'm1'") == true)
}

@Test func claimSpansAreChecked() throws {
    let content = ClaimPart(start: 11, end: 30, text: "est à Lyon.")
    let claim = ClaimProposal(id: "c1", claim: Claim(source: nil, cue: nil, content: content), score: 1, rule: "t")
    #expect(refusal(try file(mentions: [], claims: [claim]))?.contains("proposal c1 content: offsets 11 and 30 must lie between") == true)
    let good = ClaimProposal(id: "c1", claim: Claim(source: nil, cue: nil, content: ClaimPart(start: 11, end: 21, text: "est à Lyon")),
                             score: 1, rule: "t")
    #expect(refusal(try file(mentions: [], claims: [good])) == nil)
}

@Test func schemaLabelsMustBeWords() throws {
    var schema = LabelSchema.news
    schema.mentionLabels[0].name = "PER\u{1B}]0;pwned\u{7}"
    #expect(refusal(try file(mentions: [], schema: schema))?.contains("is not a word") == true)
    schema = .news
    schema.mentionLabels[1].name = "per"
    #expect(refusal(try file(mentions: [], schema: schema))?.contains("twice") == true)
}

@Test func addEventsWithHugeIdsAreRefused() throws {
    let document = TextAnalyzer.analyze(id: "z", text: "Zoe\u{301} Marin est à Lyon.", language: .french)
    var session = Session(document: document, source: "z.txt", schema: .news, proposer: ProposerRecord(name: "t", version: "1"),
                          proposals: ProposalSet(), annotator: "ana")
    try session.record(.add(id: "m9223372036854775807", label: "LOC", start: 17, end: 21))
    #expect(refusal(SessionFile(session)) == "event 1 cannot be replayed: 'm9223372036854775807' is not a valid id (m1 to m999999999)")
}
