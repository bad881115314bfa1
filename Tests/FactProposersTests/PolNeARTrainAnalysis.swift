import FactModel
import FactProposers
import FactText
import Foundation
import Testing

// MARK: - Error analysis on PolNeAR train (where rules are tuned; dev is only scored)

/// With FACTLINE_TRAIN_ANALYSIS=1, scores PolNeAR train and prints the most frequent missed
/// and wrongly proposed cues, the list the English rules were tuned from.
@Test(.enabled(if: ProcessInfo.processInfo.environment["FACTLINE_TRAIN_ANALYSIS"] == "1", "an analysis tool: FACTLINE_TRAIN_ANALYSIS=1"))
func claimErrorsOnPolNeARTrain() throws {
    let folder = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data/polnear-en/train")
    guard ProcessInfo.processInfo.environment["FACTLINE_TRAIN_ANALYSIS"] == "1",
          FileManager.default.fileExists(atPath: folder.path) else { return }
    var score = ClaimScore()
    var missed: [String: Int] = [:], wrong: [String: Int] = [:]
    for item in try BratAttributions.split(at: folder) {
        let document = TextAnalyzer.analyze(id: item.id, text: item.text, language: .english)
        let predicted = RuleClaimProposer().propose(document).claims.map(\.claim)
        let gold = BratAttributions.claims(ann: item.ann, text: item.text)
        score.add(gold: gold, predicted: predicted)
        let predictedCues = predicted.compactMap(\.cue?.span), goldCues = gold.compactMap(\.cue)
        for cue in goldCues where !predictedCues.contains(where: { $0.overlaps(cue.span) }) { missed[cue.text.lowercased(), default: 0] += 1 }
        for cue in predicted.compactMap(\.cue) where !goldCues.contains(where: { $0.span.overlaps(cue.span) }) { wrong[cue.text.lowercased(), default: 0] += 1 }
    }
    print("PolNeAR train:\n\(score.report)")
    print("missed: " + missed.sorted { $0.value > $1.value }.prefix(120).map { "\($0.key) \($0.value)" }.joined(separator: " · "))
    print("wrong: " + wrong.sorted { $0.value > $1.value }.prefix(60).map { "\($0.key) \($0.value)" }.joined(separator: " · "))
}
