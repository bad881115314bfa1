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
    #expect(summary.keptByKind == ["accept": 1, "relabel": 1, "complete": 1], "the undone reject is not kept")
    #expect(summary.byKindAndLabel["reject"] == nil)
    #expect(summary.undoneEver == [3] && summary.redone.isEmpty && summary.stillUndone == [3])
    #expect(summary.elapsed == 3_610)
    #expect(summary.activeTime == 10 + 10 + 300 + 5 + 5, "gaps over five minutes count as five")
    #expect(summary.proposalOutcomes["accepted as proposed"] == 1)
    #expect(summary.proposalOutcomes["corrected"] == 1)
    #expect(summary.proposalOutcomes["still pending"] == 1)
    #expect(summary.acceptedByLabel == ["PER": 2])
}

@Test func replaySummaryFollowsUndoAndRedo() throws {
    var session = try session()
    let start = Date(timeIntervalSince1970: 1_000_000)
    try session.record(.reopen, at: start.addingTimeInterval(3_620))
    try session.record(.accept(ids: ["m3"]), at: start.addingTimeInterval(3_630))               // #7
    try session.record(.undo(event: 7), at: start.addingTimeInterval(3_640))                    // #8
    try session.record(.redo(event: 8), at: start.addingTimeInterval(3_650))                    // #9
    try session.record(.undo(event: 9), at: start.addingTimeInterval(3_660))                    // #10 undoes the redo
    try session.record(.redo(event: 10), at: start.addingTimeInterval(3_670))
    let summary = ReplaySummary(session: session)
    #expect(summary.byKind["accept"] == 2 && summary.byKind["undo"] == 3 && summary.byKind["redo"] == 2)
    #expect(summary.keptByKind["accept"] == 2, "#1 and #7, which was redone")
    #expect(summary.byKindAndLabel["accept"] == ["PER": 1, "LOC": 1], "m1 and m3, by their final labels")
    #expect(summary.undoneEver == [3, 7])
    #expect(summary.redone == [7])
    #expect(summary.stillUndone == [3])
}

@Test func stepKeysAdvanceStopOrAreIgnored() {
    #expect(StepKey.classify([0x0A]) == .next)
    #expect(StepKey.classify([0x0D]) == .next)
    #expect(StepKey.classify(Array(" ".utf8)) == .next)
    #expect(StepKey.classify(Array("n".utf8)) == .next)
    #expect(StepKey.classify(Array("q".utf8)) == .stop)
    #expect(StepKey.classify([0x1B]) == .stop, "Esc alone")
    #expect(StepKey.classify(nil) == .stop, "end of input")
    #expect(StepKey.classify([0x03]) == .interrupt, "Ctrl-C")
    #expect(StepKey.classify([0x1B, 0x5B, 0x41]) == .back, "an arrow key is not Esc: ↑ goes back")
    #expect(StepKey.classify([0x1B, 0x5B, 0x43]) == .next, "→")
    #expect(StepKey.classify(Array("b".utf8)) == .back)
    #expect(StepKey.classify(Array("c".utf8)) == .nextCorrection)
    #expect(StepKey.classify(Array("7".utf8)) == .digit(7))
    #expect(StepKey.classify([0x7F]) == .erase)
    #expect(StepKey.classify(Array("x".utf8)) == .other)
    #expect(StepKey.classify(Array("é".utf8)) == .other)
}

@Test func theCursorWalksForwardAndBackToTheSameStates() throws {
    let loaded = try session()
    let steps = Replay.steps(of: loaded)
    var cursor = ReplayCursor(session: loaded, steps: steps)
    cursor.move(to: steps.count)
    #expect(cursor.mentions == loaded.state.mentions, "forward to the end is the folded state")
    cursor.move(to: 0)
    #expect(cursor.mentions == SessionState(proposals: loaded.proposals).mentions, "back to the start is the proposals")
    cursor.move(to: 2)
    var folded = SessionState(proposals: loaded.proposals)
    for event in loaded.events.prefix(2) { try folded.apply(event, in: loaded.document, schema: loaded.schema) }
    #expect(cursor.mentions == folded.mentions)
}

@Test func bytesReadTogetherSplitIntoKeyPresses() {
    #expect(StepKey.presses(in: Array("q\n".utf8)) == [[0x71], [0x0A]], "q then Enter, sent as one line")
    #expect(StepKey.presses(in: [0x0A, 0x0A]) == [[0x0A], [0x0A]])
    #expect(StepKey.presses(in: [0x1B, 0x5B, 0x42, 0x71]) == [[0x1B, 0x5B, 0x42], [0x71]], "an arrow, then q")
    #expect(StepKey.presses(in: [0x1B, 0x5B, 0x31, 0x3B, 0x35, 0x43]) == [[0x1B, 0x5B, 0x31, 0x3B, 0x35, 0x43]], "Ctrl-Right")
    #expect(StepKey.presses(in: Array("éq".utf8)) == [Array("é".utf8), [0x71]])
    #expect(StepKey.presses(in: [0x1B]) == [[0x1B]], "Esc alone")
}
