import Foundation
import Testing
@testable import FactModel

/// The `repropose` event: what it folds to, that undo skips it, and its JSON.
private func session() -> Session {
    let text = "Choe Son-hui a rencontré Sergueï Lavrov à Moscou. Lavrov a parlé à Moscou."
    let document = Document(id: "t", text: text, language: .french)
    func proposal(_ label: String, _ surface: String, _ occurrence: Int) -> MentionProposal {
        let span = document.occurrences(of: surface)[occurrence]
        return MentionProposal(label: label, start: span.start, end: span.end, text: surface, score: 0.8, rule: "test")
    }
    let proposals = ProposalSet(mentions: [
        proposal("PER", "Choe Son-hui", 0), proposal("ORG", "Sergueï Lavrov", 0), proposal("LOC", "Moscou", 0),
        proposal("ORG", "Lavrov", 1), proposal("LOC", "Moscou", 1),
    ]).numbered()
    return Session(document: document, source: "t.txt", schema: .news, proposer: ProposerRecord(name: "test", version: "1"),
                   proposals: proposals, annotator: "ana", created: Date(timeIntervalSince1970: 1_700_000_000))
}

/// m4 (ORG «Lavrov», second sentence) withdrawn, m6 PER «Lavrov» proposed instead.
private func lavrovAsPerson(_ session: Session) -> Reproposal {
    let span = session.document.occurrences(of: "Lavrov")[1]
    return Reproposal(model: "fr-news 1+s1", sentence: 0, withdrawn: ["m4"],
                      mentions: [MentionProposal(id: "m6", label: "PER", start: span.start, end: span.end, text: "Lavrov", score: 0.7, rule: "model.fr-news")])
}

@Test func reproposalWithdrawsAndAddsPendingProposals() throws {
    var session = session()
    try session.record(.relabel(id: "m2", label: "PER"))
    try session.record(.repropose(lavrovAsPerson(session)))
    #expect(session.state.mentions["m4"] == nil, "a withdrawn proposal leaves the annotations")
    let added = try #require(session.state.mentions["m6"])
    #expect(added.review.status == .pending && added.review.origin == .proposed && added.mention.label == "PER")
    #expect(session.state.statusCounts[.pending] == 4)
    #expect(session.state.nextMentionID == "m7")
    #expect(session.annotations.mentions.map(\.id) == ["m1", "m2", "m3", "m6", "m5"])
}

@Test func undoSkipsTheReproposalAndLeavesIt() throws {
    var session = session()
    let relabel = try session.record(.relabel(id: "m2", label: "PER"))
    try session.record(.repropose(lavrovAsPerson(session)))
    #expect(session.state.undoTarget == relabel.seq, "undo targets the analyst's decision, not the model's")
    try session.record(.undo(event: relabel.seq))
    #expect(session.state.mentions["m2"]?.mention.label == "ORG")
    #expect(session.state.mentions["m6"]?.review.status == .pending, "the re-proposal stays")
    #expect(session.state.mentions["m4"] == nil)
    try session.record(.redo(event: relabel.seq + 2))
    #expect(session.state.mentions["m2"]?.mention.label == "PER")
}

@Test func reproposalKeepsTheRedoStack() throws {
    var session = session()
    let accept = try session.record(.accept(ids: ["m1"]))
    let undo = try session.record(.undo(event: accept.seq))
    try session.record(.repropose(lavrovAsPerson(session)))
    #expect(session.state.redoTarget == undo.seq)
}

@Test func reproposalRefusesTouchedOrUnknownProposalsAndUsedIDs() throws {
    var session = session()
    try session.record(.flag(id: "m4", flagged: true))
    let count = session.events.count
    #expect(throws: DecisionError.self) { try session.record(.repropose(lavrovAsPerson(session))) }
    #expect(session.events.count == count && session.state.mentions["m4"] != nil && session.state.mentions["m6"] == nil)
    var fresh = session
    try fresh.record(.flag(id: "m4", flagged: false))
    var reused = lavrovAsPerson(fresh)
    reused.mentions[0].id = "m3"
    #expect(throws: DecisionError.self) { try fresh.record(.repropose(reused)) }
    var wrongText = lavrovAsPerson(fresh)
    wrongText.mentions[0].text = "Moscou"
    #expect(throws: DecisionError.self) { try fresh.record(.repropose(wrongText)) }
    var unknown = lavrovAsPerson(fresh)
    unknown.withdrawn = ["m99"]
    #expect(throws: DecisionError.self) { try fresh.record(.repropose(unknown)) }
    #expect(fresh.state.mentions["m4"] != nil, "a refused re-proposal changes nothing")
}

@Test func reproposalIsRefusedOnADoneArticle() throws {
    var session = session()
    try session.record(.complete)
    #expect(throws: DecisionError.self) { try session.record(.repropose(lavrovAsPerson(session))) }
}

@Test func reproposalRoundTripsThroughJSONAndRefolds() throws {
    var session = session()
    try session.record(.relabel(id: "m2", label: "PER"))
    let event = try session.record(.repropose(lavrovAsPerson(session)))
    let data = try JSONEncoder().encode(event)
    let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(json["kind"] as? String == "repropose")
    #expect(json["withdrawn"] as? [String] == ["m4"])
    #expect((json["mentions"] as? [[String: Any]])?.first?["id"] as? String == "m6")
    let decoded = try JSONDecoder().decode(Event.self, from: data)
    #expect(decoded.action == event.action)
    let file = SessionFile(session)
    #expect(file.format == "factline.session/2", "an older factline must refuse the file as newer, not corrupted")
    let reread = try SessionFile.decode(try file.encoded())
    let rebuilt = try Session(article: reread.article, document: session.document, schema: reread.schema, proposer: reread.proposer,
                              proposals: reread.proposals, annotator: reread.annotator, created: reread.created, events: reread.events)
    #expect(rebuilt.annotations == session.annotations)
}

@Test func aReproposalThatCannotBeSavedRollsBack() throws {
    var session = session()
    try session.record(.relabel(id: "m2", label: "PER"))
    let before = session.annotations
    try session.record(.repropose(lavrovAsPerson(session)))
    session.rollBackLastRecord()
    #expect(session.annotations == before)
    #expect(session.state.nextMentionID == "m6")
    #expect(session.state.undoTarget == 1)
}

@Test func aSessionWithoutReproposalsKeepsTheFirstFormat() throws {
    var session = session()
    try session.record(.accept(ids: ["m1"]))
    #expect(SessionFile(session).format == "factline.session/1")
    try session.record(.repropose(lavrovAsPerson(session)))
    #expect(session.hasReproposals)
    session.rollBackLastRecord()
    #expect(!session.hasReproposals && SessionFile(session).format == "factline.session/1")
}
