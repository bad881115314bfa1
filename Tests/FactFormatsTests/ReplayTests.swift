import FactModel
import FactReplay
import FactText
import Foundation
import Testing

private func session() throws -> Session {
    let document = TextAnalyzer.analyze(id: "r", text: "Kim Jong-un a reçu Sergueï Lavrov à Pyongyang.", language: .french)
    func proposal(_ label: String, _ text: String) -> MentionProposal {
        let span = document.occurrences(of: text)[0]
        return MentionProposal(label: label, start: span.start, end: span.end, text: text, score: 0.9, rule: "t")
    }
    let start = Date(timeIntervalSince1970: 1_000_000)
    var session = Session(document: document, source: "r.txt", schema: .news, proposer: ProposerRecord(name: "t", version: "1"),
                          proposals: ProposalSet(mentions: [proposal("PER", "Kim Jong-un"), proposal("ORG", "Sergueï Lavrov"), proposal("LOC", "Pyongyang")]).numbered(),
                          annotator: "ana", created: start)
    try session.record(.accept(ids: ["m1"]), at: start.addingTimeInterval(10))
    try session.record(.relabel(id: "m2", label: "PER"), at: start.addingTimeInterval(20))
    try session.record(.reject(ids: ["m3"]), at: start.addingTimeInterval(3_600))   // after a long break
    try session.record(.undo(event: 3), at: start.addingTimeInterval(3_605))
    try session.record(.complete, at: start.addingTimeInterval(3_610))
    return session
}

@Test func replayStepsShowWhatEachDecisionChanged() throws {
    let steps = Replay.steps(of: try session())
    #expect(steps.map(\.event.action.kind) == ["accept", "relabel", "reject", "undo", "complete"])
    #expect(steps[1].changedIDs == ["m2"])
    #expect(steps[1].before["m2"]?.mention.label == "ORG")
    #expect(steps[1].after["m2"]?.mention.label == "PER")
    #expect(steps[2].after["m3"]?.review.status == .rejected)
    #expect(steps[3].changedIDs == ["m3"], "the undo restores m3")
    #expect(steps[3].after["m3"]?.review.status == .pending)
    #expect(steps[4].changedIDs.isEmpty)
}

@Test func replaySummaryCountsDecisionsAndActiveTime() throws {
    let summary = ReplaySummary(session: try session())
    #expect(summary.eventCount == 5)
    #expect(summary.byKind == ["accept": 1, "relabel": 1, "reject": 1, "undo": 1, "complete": 1])
    #expect(summary.byKindAndLabel["relabel"] == ["PER": 1])
    #expect(summary.elapsed == 3_610)
    #expect(summary.activeTime == 10 + 10 + 300 + 5 + 5, "gaps over five minutes count as five")
    #expect(summary.proposalOutcomes["accepted as proposed"] == 1)
    #expect(summary.proposalOutcomes["corrected"] == 1)
    #expect(summary.proposalOutcomes["still pending"] == 1)
    #expect(summary.acceptedByLabel == ["PER": 2])
}
