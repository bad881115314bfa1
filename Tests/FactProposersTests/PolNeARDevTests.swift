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
    let split = try BratAttributions.split(at: polnearDev)
    let documents = split.map { TextAnalyzer.analyze(id: $0.id, text: $0.text, language: .english) }
    let gold = split.map { BratAttributions.claims(ann: $0.ann, text: $0.text) }
    _ = ClaimTagger.shippedEnglish
    var polnearSpans = ClaimMerge.standard
    polnearSpans.guidelineSpans = false
    let proposers: [any Proposer] = [RuleClaimProposer(), HybridClaimProposer(), HybridClaimProposer(merge: polnearSpans)]
    for proposer in proposers {
        var score = ClaimScore()
        var seconds = 0.0
        for (document, goldClaims) in zip(documents, gold) {
            let started = Date()
            let claims = proposer.propose(document).claims.map(\.claim)
            seconds += Date().timeIntervalSince(started)
            score.add(gold: goldClaims, predicted: claims)
        }
        let spans = (proposer as? HybridClaimProposer)?.merge.guidelineSpans == false ? " (tagger spans in PolNeAR's conventions)" : ""
        print("PolNeAR dev · \(split.count) texts · \(proposer.name) \(proposer.version)\(spans) · \(String(format: "%.2f", seconds)) s\n\(score.report)")
        #expect((score.roles[.cue]?.overlapF1 ?? 0) > 0.5)
    }
    #expect(split.count == 84)
}
