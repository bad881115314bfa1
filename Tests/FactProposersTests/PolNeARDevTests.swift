import FactModel
import FactProposers
import FactText
import Foundation
import Testing

// MARK: - Claims on PolNeAR dev (English; never trained or tuned on by a learned model)

/// ../shared/data/polnear-en/dev, when present.
let polnearDev = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data/polnear-en/dev")

/// Scores the claim proposer on every PolNeAR dev text (first annotator of each) and prints the
/// figures; `make eval-claims` runs it. Skips with a message when ../shared is absent.
@Test func claimsOnPolNeARDev() throws {
    guard FileManager.default.fileExists(atPath: polnearDev.path) else {
        print("skipped: \(polnearDev.path) is absent")
        return
    }
    let proposer = RuleClaimProposer()
    var score = ClaimScore()
    var seconds = 0.0
    let split = try BratAttributions.split(at: polnearDev)
    for item in split {
        let document = TextAnalyzer.analyze(id: item.id, text: item.text, language: .english)
        let started = Date()
        let claims = proposer.propose(document).claims.map(\.claim)
        seconds += Date().timeIntervalSince(started)
        score.add(gold: BratAttributions.claims(ann: item.ann, text: item.text), predicted: claims)
    }
    print("PolNeAR dev · \(split.count) texts · \(proposer.name) \(proposer.version) · \(String(format: "%.2f", seconds)) s\n\(score.report)")
    #expect(split.count == 84)
    #expect((score.roles[.cue]?.overlapF1 ?? 0) > 0.5)
}
