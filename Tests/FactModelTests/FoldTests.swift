import Foundation
import Testing
@testable import FactModel

/// A small document and proposals to fold decisions over; offsets are checked by substring.
private func fixture() -> (Document, ProposalSet) {
    let text = "Choe Son-hui a rencontré Sergueï Lavrov à Moscou le 1er novembre."
    let document = Document(id: "t", text: text, language: .french)
    func proposal(_ label: String, _ surface: String, _ score: Double) -> MentionProposal {
        let span = document.occurrences(of: surface)[0]
        return MentionProposal(label: label, start: span.start, end: span.end, text: surface, score: score, rule: "test")
    }
    let proposals = ProposalSet(mentions: [
        proposal("PER", "Choe Son-hui", 0.9), proposal("ORG", "Sergueï Lavrov", 0.5),
        proposal("LOC", "Moscou", 0.95), proposal("DATE", "1er", 0.4),
    ]).numbered()
    return (document, proposals)
}

private func newSession() -> Session {
    let (document, proposals) = fixture()
    return Session(document: document, source: "t.txt", schema: .news, proposer: ProposerRecord(name: "test", version: "1"),
                   proposals: proposals, annotator: "ana", created: Date(timeIntervalSince1970: 1_700_000_000))
}

@Test func proposalsAreNumberedInTextOrder() {
    let (_, proposals) = fixture()
    #expect(proposals.mentions.map(\.id) == ["m1", "m2", "m3", "m4"])
    #expect(proposals.mentions.map(\.text) == ["Choe Son-hui", "Sergueï Lavrov", "Moscou", "1er"])
}

@Test func decisionsFoldToAnnotations() throws {
    var session = newSession()
    try session.record(.accept(ids: ["m1", "m3"]))
    try session.record(.relabel(id: "m2", label: "per"))
    try session.record(.resize(id: "m4", start: 52, end: 64))
    #expect(throws: DecisionError.self) { try session.record(.add(id: "m5", label: "NORP", start: 0, end: 4)) }
    let byID = Dictionary(uniqueKeysWithValues: session.annotations.mentions.map { ($0.id, $0) })
    #expect(byID["m1"]?.review.status == .accepted)
    #expect(byID["m2"]?.mention.label == "PER")
    #expect(byID["m2"]?.proposed?.label == "ORG")
    #expect(byID["m4"]?.mention.text == "1er novembre")
    #expect(byID["m4"]?.review.status == .accepted)
    #expect(byID["m5"] == nil, "an add overlapping an accepted mention must be refused")
}

@Test func overlappingAddIsRefusedAndChangesNothing() throws {
    var session = newSession()
    try session.record(.accept(ids: ["m1"]))
    let before = session.annotations
    #expect(throws: DecisionError.self) { try session.record(.add(id: "m9", label: "PER", start: 0, end: 4)) }
    #expect(session.annotations == before)
    #expect(session.events.count == 1)
}

@Test func addSupersedesOverlappingPendingProposals() throws {
    var session = newSession()
    let start = session.document.occurrences(of: "Lavrov")[0]
    try session.record(.add(id: "m5", label: "PER", start: start.start, end: start.end))
    #expect(session.state.mentions["m2"]?.review.status == .rejected)
    try session.record(.undo(event: 1))
    #expect(session.state.mentions["m2"]?.review.status == .pending)
    #expect(session.state.mentions["m5"] == nil)
}

@Test func undoAndRedoAreEventsThatFoldBack() throws {
    var session = newSession()
    try session.record(.accept(ids: ["m1"]))              // 1
    try session.record(.relabel(id: "m2", label: "PER"))   // 2
    let afterTwo = session.annotations
    try session.record(.undo(event: 2))                    // 3
    #expect(session.state.mentions["m2"]?.mention.label == "ORG")
    #expect(session.state.mentions["m2"]?.review.status == .pending)
    try session.record(.undo(event: 1))                    // 4
    #expect(session.state.mentions["m1"]?.review.status == .pending)
    #expect(session.state.redoTarget == 4)
    try session.record(.redo(event: 4))                    // 5: re-applies accept m1
    try session.record(.redo(event: 3))                    // 6: re-applies relabel m2
    #expect(session.annotations == afterTwo)
    #expect(session.state.redoTarget == nil)
    #expect(session.state.undoTarget == 6)
    // A new decision clears the redo stack.
    try session.record(.undo(event: 6))                    // 7
    try session.record(.reject(ids: ["m4"]))               // 8
    #expect(session.state.redoTarget == nil)
    #expect(throws: DecisionError.nothingToRedo) { try session.record(.redo(event: 7)) }
    // Folding the log from nothing gives the same state.
    let rebuilt = try Session(article: session.article, document: session.document, schema: .news,
                              proposer: session.proposer, proposals: session.proposals, annotator: "ana",
                              created: session.created, events: session.events)
    #expect(rebuilt.annotations == session.annotations)
}

@Test func undoMustNameTheLatestEvent() throws {
    var session = newSession()
    try session.record(.accept(ids: ["m1"]))
    try session.record(.accept(ids: ["m3"]))
    #expect(throws: DecisionError.undoOutOfOrder(expected: 2, got: 1)) { try session.record(.undo(event: 1)) }
}

@Test func rejectDeleteAndCompleteRules() throws {
    var session = newSession()
    #expect(throws: DecisionError.self) { try session.record(.delete(id: "m1")) }  // pending: reject it
    try session.record(.reject(ids: ["m1"]))
    #expect(throws: DecisionError.alreadyInStatus(id: "m1", status: .rejected)) { try session.record(.reject(ids: ["m1"])) }
    try session.record(.accept(ids: ["m3"]))
    try session.record(.delete(id: "m3"))
    #expect(session.state.mentions["m3"]?.review.status == .deleted)
    try session.record(.flag(id: "m2", flagged: true))
    try session.record(.note(id: "m2", text: "ministre ou personne ?"))
    try session.record(.complete)
    #expect(session.status == .complete)
    #expect(throws: DecisionError.articleComplete) { try session.record(.accept(ids: ["m2"])) }
    try session.record(.reopen)
    try session.record(.accept(ids: ["m2"]))
    #expect(session.state.mentions["m2"]?.review.flagged == true)
    #expect(session.state.mentions["m2"]?.review.notes == ["ministre ou personne ?"])
}

@Test func spansAreValidatedAgainstTheText() {
    let document = Document(id: "t", text: "Cafe\u{301} 👍🏽 ok", language: .french)
    #expect(document.length == 11)
    #expect(throws: SpanError.insideCharacter(offset: 4)) { try document.validate(TextSpan(start: 0, end: 4)) }
    #expect(throws: SpanError.insideCharacter(offset: 7)) { try document.validate(TextSpan(start: 6, end: 7)) }
    #expect(throws: SpanError.edgeWhitespace(start: 0, end: 6)) { try document.validate(TextSpan(start: 0, end: 6)) }
    #expect(throws: SpanError.outOfRange(start: 9, end: 12, length: 11)) { try document.validate(TextSpan(start: 9, end: 12)) }
    #expect(throws: SpanError.empty(start: 3, end: 3)) { try document.validate(TextSpan(start: 3, end: 3)) }
    #expect(throws: Never.self) { try document.validate(TextSpan(start: 6, end: 8)) }
    #expect(document.text(from: 6, to: 8) == "👍🏽")
}

@Test func sha256IsOfTheUTF8Bytes() {
    #expect(Document.hash("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
}

@Test func aSchemaKeepsOnlyProposalsItCanAccept() {
    var schema = LabelSchema.news
    schema.mentionLabels = [LabelDefinition(name: "Person", description: "people", color: 1), LabelDefinition(name: "LOC", description: "places", color: 2)]
    let proposals = ProposalSet(mentions: [
        MentionProposal(label: "PERSON", start: 0, end: 1, text: "a", score: 1, rule: "r"),
        MentionProposal(label: "ORG", start: 2, end: 3, text: "b", score: 1, rule: "r"),
        MentionProposal(label: "LOC", start: 4, end: 5, text: "c", score: 1, rule: "r"),
    ])
    #expect(schema.restricting(proposals).mentions.map(\.label) == ["Person", "LOC"])
}

@Test func annotationIDsSortByNumberAndRejectOtherWords() {
    #expect(["m10", "c2", "m2", "m1"].sorted(by: AnnotationID.areInIncreasingOrder) == ["c2", "m1", "m2", "m10"])
    #expect(AnnotationID.number(of: "m12") == 12)
    #expect(AnnotationID.isValid("M3"))
    for word in ["m", "m-1", "m+1", "x3", "m1a", "m١"] { #expect(!AnnotationID.isValid(word), "\(word)") }
}
