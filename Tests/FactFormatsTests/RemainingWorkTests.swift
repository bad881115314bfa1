import FactModel
import Testing
@testable import FactReplay

// The work left by a set of proposals, on hand-made cases with known answers.

private func m(_ label: String, _ start: Int, _ end: Int) -> Mention {
    Mention(label: label, start: start, end: end, text: String(repeating: "x", count: end - start))
}

@Test func exactCorrectedAddedAndRejectedAreToldApart() {
    let gold = [m("PER", 0, 5), m("LOC", 10, 15), m("ORG", 20, 25), m("DATE", 30, 35)]
    let proposals = [m("PER", 0, 5), m("ORG", 10, 15), m("ORG", 21, 25), m("LOC", 40, 45), m("LOC", 50, 52)]
    let work = RemainingWork(gold: gold, proposals: proposals)
    #expect(work.gold == 4)
    #expect(work.proposedExactly == 1)          // PER
    #expect(work.corrections == 2)              // wrong label; off by one
    #expect(work.additions == 1)                // DATE
    #expect(work.rejections == 2)               // two proposals over nothing
    #expect(work.decisionsLeft == 5)
    #expect(work.exactByLabel == ["PER": 1])
}

@Test func oneProposalIsUsedOnce() {
    // Two gold mentions under one long proposal: one correction, one addition.
    let work = RemainingWork(gold: [m("PER", 0, 4), m("PER", 5, 9)], proposals: [m("PER", 0, 9)])
    #expect((work.corrections, work.additions, work.rejections) == (1, 1, 0))
    let empty = RemainingWork(gold: [Mention](), proposals: [])
    #expect(empty.decisionsLeft == 0)
}
