import FactModel
import FactProposers
import FactText
import Foundation
import Testing

// MARK: - Training the attribution tagger on PolNeAR train (the training tool)

/// ../shared/data/polnear-en/train.
let polnearTrain = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data/polnear-en/train")

/// PolNeAR train documents with their gold claims, in file-name order.
func polnearTrainExamples() throws -> [(Document, [Claim])] {
    try BratAttributions.split(at: polnearTrain).map { item in
        (TextAnalyzer.analyze(id: item.id, text: item.text, language: .english), BratAttributions.claims(ann: item.ann, text: item.text))
    }
}

/// Scores a proposer's claims on documents.
func scoreClaims(_ proposer: some Proposer, on examples: [(Document, [Claim])]) -> ClaimScore {
    var score = ClaimScore()
    for (document, gold) in examples { score.add(gold: gold, predicted: proposer.propose(document).claims.map(\.claim)) }
    return score
}

/// `FACTLINE_TRAIN_CLAIMS=heldout` trains on PolNeAR train without every tenth article and
/// scores rules, tagger and merges on that held-out tenth (the only tuning data; dev is never
/// used). `FACTLINE_TRAIN_CLAIMS=ship` trains on all of train and writes the shipped model.
/// `make tune-claims` / `make train-claims` run it in a release build.
@Test func trainClaimTagger() throws {
    guard let mode = ProcessInfo.processInfo.environment["FACTLINE_TRAIN_CLAIMS"],
          FileManager.default.fileExists(atPath: polnearTrain.path) else { return }
    let epochs = Int(ProcessInfo.processInfo.environment["FACTLINE_TAGGER_EPOCHS"] ?? "") ?? 10
    let clock = ContinuousClock()
    let all = try polnearTrainExamples()
    if mode == "heldout" {
        let training = all.enumerated().filter { $0.offset % 10 != 9 }.map(\.element)
        let heldOut = all.enumerated().filter { $0.offset % 10 == 9 }.map(\.element)
        var tagger: ClaimTagger?
        let elapsed = clock.measure { tagger = ClaimTagger.train(on: training, epochs: epochs) }
        print("trained on \(training.count) articles in \(elapsed), \(tagger!.weights.featureCount) features")
        print("held-out \(heldOut.count) articles, rules only:\n\(scoreClaims(RuleClaimProposer(), on: heldOut).report)")
        for merge in [ClaimMerge(keepRuleOnly: false, preferTaggerAbove: 0), ClaimMerge(keepRuleOnly: true, preferTaggerAbove: 0),
                      ClaimMerge(keepRuleOnly: true, preferTaggerAbove: 0.7), ClaimMerge(keepRuleOnly: true, preferTaggerAbove: 2)] {
            let score = scoreClaims(HybridClaimProposer(tagger: tagger, merge: merge), on: heldOut)
            print("held-out, \(merge):\n\(score.report)")
        }
    } else if mode == "ship" {
        var tagger: ClaimTagger?
        let elapsed = clock.measure { tagger = ClaimTagger.train(on: all, epochs: epochs) }
        let text = tagger!.modelText(comments: [
            "Averaged perceptron attribution tagger (BIO source/cue/content), \(epochs) epochs, seed 1, \(tagger!.weights.featureCount) features.",
            "Trained on PolNeAR v1.0.0 train (\(all.count) articles): E. Newell, D. Margolin, D. Ruths,",
            "'An attribution relations corpus for political news', LREC 2018. Weights only; no corpus text.",
        ])
        let url = packageRoot.appendingPathComponent("Sources/FactProposers/Resources/\(ClaimTagger.resourceName).txt")
        try text.write(to: url, atomically: true, encoding: .utf8)
        print("trained on \(all.count) articles in \(elapsed); wrote \(url.path) (\(text.utf8.count) bytes)")
    }
}
