import FactModel
@testable import FactProposers
import FactText
import Foundation
import Testing

// MARK: - The learning curve an analyst would see (English, PolNeAR-derived sessions)

/// A done session of a PolNeAR article where the analyst added every gold claim (those whose
/// parts do not fit the session's checks, rare, are left out), with nothing proposed.
func polnearSession(_ document: Document, _ gold: [Claim]) throws -> Session {
    var session = Session(document: document, source: "polnear", schema: .news, proposer: ProposerRecord(name: "none", version: "0"),
                          proposals: ProposalSet(), annotator: "sim")
    for claim in gold { _ = try? session.record(.addClaim(id: session.state.nextClaimID ?? "c0", claim: claim)) }
    try session.record(.complete)
    return session
}

/// `FACTLINE_ANALYST_CLAIMS_CURVE=10,50,200` trains the analyst claim tagger (as `done` does) on
/// sessions made from the first N PolNeAR train articles (first annotator's file, file-name
/// order) and scores PolNeAR dev (never trained on) with rules + that tagger, merged the
/// shipped way and the shell's way; `FACTLINE_CURVE_SESSIONS=FOLDER` also writes the first 100
/// sessions there (for timing `factline train --claims` on them). Release build:
/// `FACTLINE_ANALYST_CLAIMS_CURVE=10,50,200 swift test -c release -Xswiftc -enable-testing --filter analystClaimCurve`.
@Test(.enabled(if: ProcessInfo.processInfo.environment["FACTLINE_ANALYST_CLAIMS_CURVE"] != nil, "a measurement: FACTLINE_ANALYST_CLAIMS_CURVE=10,50,200"))
func analystClaimCurve() throws {
    let environment = ProcessInfo.processInfo.environment
    let sizes = (environment["FACTLINE_ANALYST_CLAIMS_CURVE"] ?? "").split(separator: ",").compactMap { Int($0) }
    guard let largest = sizes.max(), FileManager.default.fileExists(atPath: polnearTrain.path),
          FileManager.default.fileExists(atPath: polnearDev.path) else {
        print("skipped: ../shared/data/polnear-en is absent")
        return
    }
    let train = Array(try polnearTrainExamples().prefix(largest))
    let sessions = try train.map { try polnearSession($0.0, $0.1) }
    let kept = zip(train, sessions).map { example, session in (example.1.count, session.annotations.goldClaims.count) }
    print("sessions: \(kept.map(\.1).reduce(0, +)) of \(kept.map(\.0).reduce(0, +)) gold claims fit the session checks")
    if let folder = environment["FACTLINE_CURVE_SESSIONS"] {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for (index, session) in sessions.prefix(100).enumerated() {
            try SessionFile(session).encoded().write(to: URL(fileURLWithPath: folder).appendingPathComponent(String(format: "a%03d.sim.json", index)))
        }
    }
    let split = try BratAttributions.split(at: polnearDev)
    let dev = split.map { (TextAnalyzer.analyze(id: $0.id, text: $0.text, language: .english), BratAttributions.claims(ann: $0.ann, text: $0.text)) }
    print("PolNeAR dev, rules only:\n\(scoreClaims(RuleClaimProposer(), on: dev).report)")
    print("PolNeAR dev, rules + shipped tagger (840 articles, every annotator):\n\(scoreClaims(HybridClaimProposer(), on: dev).report)")
    for size in sizes.sorted() {
        let clock = ContinuousClock()
        var outcome: AnalystClaimTraining.Outcome?
        let elapsed = clock.measure {
            outcome = AnalystClaimTraining.train(sessions.prefix(size).map(ClaimTrainingDocument.init(session:)))
        }
        let trained = try #require(outcome)
        let data = AnalystClaimTraining.modelData(trained, language: .english, options: AnalystClaimTraining.Options())
        let model = AnalystClaimModel(tagger: try ClaimTagger(modelData: data), version: "sim")
        print("N = \(size): trained in \(elapsed) on \(trained.sentences) sentences, \(trained.claims) claims; \(data.count / 1024) KiB")
        let proposers: [(String, any Proposer)] = [
            ("rules + analyst tagger, shipped merge", AnalystClaimProposer(base: RuleClaimProposer(), model: model, merge: .standard)),
            ("rules + analyst tagger where the rules found none", AnalystClaimProposer(base: RuleClaimProposer(), model: model)),
            ("rules + shipped tagger + analyst tagger where they found none (the shell)", AnalystClaimProposer(base: HybridClaimProposer(), model: model)),
        ]
        for (label, proposer) in proposers {
            print("N = \(size), \(label):\n\(scoreClaims(proposer, on: dev).report)")
        }
    }
}
