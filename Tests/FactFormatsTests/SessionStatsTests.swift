import FactModel
import FactText
import Foundation
import Testing
@testable import FactReplay

// factline stats on sessions whose figures are computed by hand.

private func session(annotator: String, decisions: [(Action, TimeInterval)]) throws -> Session {
    let document = TextAnalyzer.analyze(id: "s", text: "Anna voit Marc à Lyon et Paul à Rome.", language: .french)
    func proposal(_ text: String, _ label: String) -> MentionProposal {
        let span = document.occurrences(of: text)[0]
        return MentionProposal(label: label, start: span.start, end: span.end, text: text, score: 1, rule: "t")
    }
    let proposals = ProposalSet(mentions: [proposal("Anna", "PER"), proposal("Marc", "LOC"), proposal("Lyon", "LOC"), proposal("Paul", "PER")]).numbered()
    let created = Date(timeIntervalSince1970: 1_764_000_000)
    var session = Session(document: document, source: "s.txt", schema: .news, proposer: ProposerRecord(name: "t", version: "1"),
                          proposals: proposals, annotator: annotator, created: created)
    for (action, offset) in decisions { try session.record(action, at: created.addingTimeInterval(offset)) }
    return session
}

@Test func statsCountAcceptanceCorrectionsAdditionsAndActiveTime() throws {
    let rome = "Anna voit Marc à Lyon et Paul à ".unicodeScalars.count
    let ana = try session(annotator: "ana", decisions: [
        (.accept(ids: ["m1"]), 10),                        // PER accepted as proposed
        (.relabel(id: "m2", label: "PER"), 20),            // LOC relabelled
        (.reject(ids: ["m3"]), 1000),                      // an idle gap of 980 s, left out
        (.add(id: "m5", label: "LOC", start: rome, end: rome + 4), 1005),
        (.flag(id: "m5", flagged: true), 1010),
        (.undo(event: 5), 1012),                           // the flag is undone: not a decision in force
    ])
    let stats = SessionStats(sessions: [ana], idleThreshold: 300)
    let per = stats.tallies["ana"]!["PER"]!, loc = stats.tallies["ana"]!["LOC"]!
    #expect(per.acceptedAsProposed == 1 && per.pending == 1 && per.decided == 2)
    #expect(per.relabelled == 1, "a relabelled mention counts under its final label")
    #expect(loc.rejected == 1 && loc.added == 1 && loc.flagged == 0)
    #expect(stats.total(annotator: "ana").acceptanceRate == 1.0 / 3.0)
    let effort = stats.effort["ana"]!
    #expect(effort.decisions == 4)
    #expect(effort.activeSeconds == 10 + 10 + 5 + 5 + 2)
    #expect(stats.days.map(\.day) == ["2025-11-24"])
}
