import Foundation
import Testing
@testable import FactModel

// MARK: - The counts and indexes the state keeps equal a recount after any decisions

/// Counts and the claim index recomputed from the annotations, the slow way.
private func recount(_ state: SessionState) -> (byLabel: [String: [ReviewStatus: Int]], claims: [ReviewStatus: Int], denials: Int,
                                                 flagged: [String], claimIndex: [String]) {
    var byLabel: [String: [ReviewStatus: Int]] = [:]
    for annotation in state.mentions.values { byLabel[annotation.mention.label, default: [:]][annotation.review.status, default: 0] += 1 }
    var claims: [ReviewStatus: Int] = [:]
    for annotation in state.claims.values { claims[annotation.review.status, default: 0] += 1 }
    let denials = state.claims.values.filter { $0.review.status == .accepted && $0.claim.stance == .denies }.count
    let flagged = (state.mentions.values.filter(\.review.flagged).map(\.id) + state.claims.values.filter(\.review.flagged).map(\.id))
        .sorted(by: AnnotationID.areInIncreasingOrder)
    let claimIndex = state.claims.values.sorted { ($0.claim.extent.start, $0.claim.extent.end, $0.id) < ($1.claim.extent.start, $1.claim.extent.end, $1.id) }
        .map { "\($0.id) \($0.review.status.rawValue)" }
    return (byLabel, claims, denials, flagged, claimIndex)
}

private func expectTalliesMatch(_ state: SessionState, _ comment: String) {
    let slow = recount(state)
    #expect(state.mentionCountsByLabel == slow.byLabel, "\(comment): mentions by label")
    #expect(state.claimStatusCounts == slow.claims, "\(comment): claims by status")
    #expect(state.acceptedDenialCount == slow.denials, "\(comment): accepted denials")
    #expect(state.flaggedIDs == slow.flagged, "\(comment): flagged")
    #expect(state.claimExtentIndex.map { "\($0.id) \($0.status.rawValue)" } == slow.claimIndex, "\(comment): claim index")
}

@Test func talliesAndTheClaimIndexFollowEveryDecisionAndUndo() throws {
    let text = "Choe Son-hui a dit que Moscou nie tout. Lavrov a affirmé que Pyongyang viendra. Rien ici."
    let document = Document(id: "t", text: text, language: .french)
    func part(_ surface: String) -> ClaimPart {
        let span = document.occurrences(of: surface)[0]
        return ClaimPart(start: span.start, end: span.end, text: surface)
    }
    func mention(_ label: String, _ surface: String) -> MentionProposal {
        let span = document.occurrences(of: surface)[0]
        return MentionProposal(label: label, start: span.start, end: span.end, text: surface, score: 0.9, rule: "test")
    }
    let proposals = ProposalSet(
        mentions: [mention("PER", "Choe Son-hui"), mention("LOC", "Moscou"), mention("PER", "Lavrov"), mention("LOC", "Pyongyang")],
        claims: [
            ClaimProposal(claim: Claim(source: part("Lavrov"), cue: part("affirmé"), content: part("Pyongyang viendra")), score: 0.6, rule: "cue"),
            ClaimProposal(claim: Claim(source: part("Choe Son-hui"), cue: part("dit"), content: part("Moscou nie tout"), stance: .denies),
                          score: 0.7, rule: "cue"),
        ]).numbered()
    var session = Session(document: document, source: "t.txt", schema: .news, proposer: ProposerRecord(name: "test", version: "1"),
                          proposals: proposals, annotator: "ana", created: Date(timeIntervalSince1970: 1_700_000_000))
    expectTalliesMatch(session.state, "new")
    #expect(session.state.claims(overlapping: TextSpan(start: 0, end: 5)).map(\.id) == ["c1"], "a claim is found from its source")
    let steps: [Action] = [
        .accept(ids: ["m1", "c1"]), .flag(id: "m2", flagged: true), .relabel(id: "m3", label: "ORG"),
        .reject(ids: ["c2"]), .flag(id: "c1", flagged: true), .add(id: "m9", label: "NORP", start: 85, end: 89),
        .delete(id: "m1"), .accept(ids: ["m4"]),
    ]
    for (index, action) in steps.enumerated() {
        try session.record(action)
        expectTalliesMatch(session.state, "after step \(index + 1)")
    }
    for seq in stride(from: steps.count, through: 1, by: -1) {
        try session.record(.undo(event: seq))
        expectTalliesMatch(session.state, "after undoing \(seq)")
    }
    #expect(session.state.acceptedDenialCount == 0)
}
