import FactModel
@testable import FactProposers
import FactText
import Foundation
import Testing

// MARK: - Training the attribution tagger on PolNeAR train (the training tool)

/// ../shared/data/polnear-en/train.
let polnearTrain = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data/polnear-en/train")

/// PolNeAR train documents with their gold claims, in file-name order; with `everyAnnotator`,
/// a text two annotators did comes twice (same document id).
func polnearTrainExamples(everyAnnotator: Bool = false) throws -> [(Document, [Claim])] {
    try BratAttributions.split(at: polnearTrain, everyAnnotator: everyAnnotator).map { item in
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
@Test(.enabled(if: ProcessInfo.processInfo.environment["FACTLINE_TRAIN_CLAIMS"] != nil, "the training tool: make tune-claims / train-claims"))
func trainClaimTagger() throws {
    guard let mode = ProcessInfo.processInfo.environment["FACTLINE_TRAIN_CLAIMS"],
          FileManager.default.fileExists(atPath: polnearTrain.path) else { return }
    let environment = ProcessInfo.processInfo.environment
    let epochs = Int(environment["FACTLINE_TAGGER_EPOCHS"] ?? "") ?? 10
    let minCount = Int(environment["FACTLINE_TAGGER_MIN_COUNT"] ?? "") ?? 12
    let scale = Float(environment["FACTLINE_TAGGER_SCALE"] ?? "") ?? 4
    // A stacked second pass (FACTLINE_TAGGER_STACKED=0: the first pass alone) and a cue layer
    // (FACTLINE_TAGGER_CUE_LAYER=0: none; it needs the stacked pass).
    let stacked = environment["FACTLINE_TAGGER_STACKED"] != "0"
    let cueLayer = stacked && environment["FACTLINE_TAGGER_CUE_LAYER"] != "0"
    let clock = ContinuousClock()
    // Both annotators' files of a text train the tagger (FACTLINE_TAGGER_ANNOTATORS=first: only the first's).
    let everyAnnotator = environment["FACTLINE_TAGGER_ANNOTATORS"] != "first"
    let all = try polnearTrainExamples(everyAnnotator: everyAnnotator)
    // Word clusters of the training text as features (FACTLINE_TAGGER_CLUSTERS=0: none; see `WordClusters`).
    // Tagger 0.6.0, tuning tenth, standard merge: source 0.731 → 0.742, cue 0.732 → 0.740, content 0.828 → 0.836.
    let withClusters = environment["FACTLINE_TAGGER_CLUSTERS"] != "0"
    print("word clusters: \(withClusters ? "yes (FACTLINE_TAGGER_CLUSTERS=0 leaves them out)" : "no (FACTLINE_TAGGER_CLUSTERS=0)")")
    if mode == "heldout" {
        // Every tenth text (first annotator's file) is held out, with all its annotations kept out of training.
        let texts = try polnearTrainExamples()
        let heldOut = texts.enumerated().filter { $0.offset % 10 == 9 }.map(\.element)
        let heldOutIDs = Set(heldOut.map(\.0.id))
        let training = all.filter { !heldOutIDs.contains($0.0.id) }
        var tagger: ClaimTagger?
        // FACTLINE_TAGGER_CACHE=PATH reuses the held-out model written there by an earlier run (the
        // same settings), so merge and assembly changes are scored in seconds instead of minutes.
        let cache = environment["FACTLINE_TAGGER_CACHE"].map { URL(fileURLWithPath: $0) }
        if let cache, let data = try? Data(contentsOf: cache) {
            tagger = try ClaimTagger(modelData: data)
            print("read the held-out model from \(cache.path)")
        } else {
            let elapsed = clock.measure {
                tagger = ClaimTagger.train(on: training, epochs: epochs, minCount: minCount, stacked: stacked, cueLayer: cueLayer,
                                           clusters: withClusters ? trainingClusters(training) : WordClusters())
            }
            // Scored as shipped: written (quantized, pruned) and read back.
            let data = tagger!.modelData(comments: [], scale: scale)
            tagger = try ClaimTagger(modelData: data)
            if let cache { try data.write(to: cache, options: .atomic) }
            print("trained on \(training.count) annotation files in \(elapsed), \(tagger!.weights.featureCount) features, \(data.count) bytes")
        }
        // FACTLINE_TUNE_QUICK=1 skips the error analysis and scores only the merges that differ in filling and sharing.
        let quick = environment["FACTLINE_TUNE_QUICK"] == "1"
        printBoundaryMismatches(HybridClaimProposer(tagger: tagger), heldOut)
        if !quick {
            printRawSpanScores(tagger!, heldOut)
            printCueErrorKinds(tagger!, heldOut)
            printSourceErrorKinds(HybridClaimProposer(tagger: tagger), heldOut)
            print("held-out \(heldOut.count) articles, rules only:\n\(scoreClaims(RuleClaimProposer(), on: heldOut).report)")
        }
        for fill in [false, true] {
            for share in [false, true] {
                let merges = quick ? [ClaimMerge(keepRuleOnly: false, fillsCueContent: fill, sharesSources: share)] : [
                    ClaimMerge(keepRuleOnly: false, fillsCueContent: fill, sharesSources: share),
                    ClaimMerge(keepRuleOnly: true, fillsCueContent: fill, sharesSources: share),
                    ClaimMerge(keepRuleOnly: false, dropTaggerOnlyBelow: 0.6, fillsCueContent: fill, sharesSources: share),
                ]
                for merge in merges {
                    let score = scoreClaims(HybridClaimProposer(tagger: tagger, merge: merge), on: heldOut)
                    print("held-out, \(merge):\n\(score.report)")
                }
            }
        }
        // The cue layer (CueLayer) against the shipped merge without it.
        for layer in [false, true] {
            var merge = ClaimMerge.standard
            merge.addsLayerCues = layer
            let proposer = HybridClaimProposer(tagger: tagger, merge: merge)
            print("held-out, standard merge, addsLayerCues \(layer):\n\(scoreClaims(proposer, on: heldOut).report)")
            printNestedCueRecall(proposer, heldOut)
        }
        printCueLayerScores(tagger!, heldOut)
    } else if mode == "ship" {
        var tagger: ClaimTagger?
        let elapsed = clock.measure {
            tagger = ClaimTagger.train(on: all, epochs: epochs, minCount: minCount, stacked: stacked, cueLayer: cueLayer,
                                       clusters: withClusters ? trainingClusters(all) : WordClusters())
        }
        let data = tagger!.modelData(comments: [
            "Averaged perceptron attribution tagger (BIO source/cue/content\(stacked ? ", two stacked passes" : "")\(cueLayer ? ", a cue layer" : "")\(withClusters ? ", word clusters of its training text (16/64/256)" : "")), \(epochs) epochs, seed 1, \(tagger!.weights.featureCount) features.",
            "Trained on PolNeAR v1.0.0 train (\(all.count) annotation files, every annotator's): E. Newell, D. Margolin, D. Ruths,",
            "'An attribution relations corpus for political news', LREC 2018. Weights only; no corpus text.",
        ], scale: scale)
        let url = packageRoot.appendingPathComponent("Sources/FactProposers/Resources/\(ClaimTagger.resourceName).flc")
        try data.write(to: url, options: .atomic)
        print("trained on \(all.count) articles in \(elapsed), \(tagger!.weights.featureCount) features; wrote \(url.path) (\(data.count) bytes)")
    }
}

/// The word clusters of the training texts (each text once, however many annotators did it), seed 1.
func trainingClusters(_ examples: [(Document, [Claim])]) -> WordClusters {
    var seen = Set<String>()
    return WordClusters(documents: examples.map(\.0).filter { seen.insert($0.id).inserted }, seed: 1)
}

/// Prints how the tagger's raw spans (before grouping into claims) score per role, and the most
/// frequent missed and wrong cues of the tagger-only claims.
func printRawSpanScores(_ tagger: ClaimTagger, _ examples: [(Document, [Claim])]) {
    var raw = ClaimScore()
    var missed: [String: Int] = [:], wrong: [String: Int] = [:]
    for (document, gold) in examples {
        let rules = RuleClaimProposer().propose(document).claims.map(\.claim)
        let spans = tagger.spans(in: document, ruleClaims: rules)
        func part(_ span: TaggedSpan) -> ClaimPart {
            let start = document.tokens[span.start].start, end = document.tokens[span.end - 1].end
            return ClaimPart(start: start, end: end, text: document.text(from: start, to: end))
        }
        for role in ClaimRole.allCases {
            let predicted = spans.filter { $0.role == role }.map { Claim(source: part($0), cue: part($0), content: part($0)) }
            let goldParts = gold.compactMap { claim -> Claim? in
                let p = role == .cue ? claim.cue : role == .source ? claim.source : claim.content
                return p.map { Claim(source: $0, cue: $0, content: $0) }
            }
            var one = ClaimScore()
            one.add(gold: goldParts, predicted: predicted)
            raw.roles[role, default: RoleCounts()].gold += one.roles[role]!.gold
            raw.roles[role, default: RoleCounts()].predicted += one.roles[role]!.predicted
            raw.roles[role, default: RoleCounts()].goldOverlapped += one.roles[role]!.goldOverlapped
            raw.roles[role, default: RoleCounts()].predictedOverlapping += one.roles[role]!.predictedOverlapping
            raw.roles[role, default: RoleCounts()].goldExact += one.roles[role]!.goldExact
            raw.roles[role, default: RoleCounts()].predictedExact += one.roles[role]!.predictedExact
        }
        let predicted = HybridClaimProposer(tagger: tagger, merge: ClaimMerge(keepRuleOnly: false)).propose(document).claims.map(\.claim)
        let predictedCues = predicted.compactMap(\.cue?.span), goldCues = gold.compactMap(\.cue)
        for cue in goldCues where !predictedCues.contains(where: { $0.overlaps(cue.span) }) { missed[cue.text.lowercased(), default: 0] += 1 }
        for cue in predicted.compactMap(\.cue) where !goldCues.contains(where: { $0.span.overlaps(cue.span) }) { wrong[cue.text.lowercased(), default: 0] += 1 }
    }
    print("raw tagger spans:\n\(raw.report)")
    print("missed: " + missed.sorted { ($0.value, $0.key) > ($1.value, $1.key) }.prefix(60).map { "\($0.key) \($0.value)" }.joined(separator: " · "))
    print("wrong: " + wrong.sorted { ($0.value, $0.key) > ($1.value, $1.key) }.prefix(40).map { "\($0.key) \($0.value)" }.joined(separator: " · "))
}

/// Prints where the tagger's raw tags fall on the gold cues it missed (inside a content or
/// source, outside every role, or a cue elsewhere in the sentence), and what gold role lies
/// under its wrong cues: the error analysis the tagger's cue features were chosen from.
func printCueErrorKinds(_ tagger: ClaimTagger, _ examples: [(Document, [Claim])]) {
    var missedKinds: [String: Int] = [:], wrongKinds: [String: Int] = [:]
    // The missed cues' words per kind of miss, and whether the reporting-verb lexicon knows them.
    var missedWords: [String: [String: Int]] = [:], inLexicon: [String: (known: Int, all: Int)] = [:]
    for (document, gold) in examples {
        let rules = RuleClaimProposer().propose(document).claims.map(\.claim)
        let tags = tagger.tag(document, ruleClaims: rules).tags
        let spans = tagger.spans(in: document, ruleClaims: rules)
        func tokens(_ part: ClaimPart) -> [Int] {
            document.tokens.indices.filter { document.tokens[$0].start < part.end && part.start < document.tokens[$0].end }
        }
        let sentenceOf: [Int] = document.tokens.indices.map { token in document.sentences.firstIndex { $0.tokens.contains(token) } ?? -1 }
        for cue in gold.compactMap(\.cue) {
            let covered = tokens(cue)
            guard !covered.contains(where: { tags[$0].role == .cue }) else { continue }
            let roles = Set(covered.compactMap { tags[$0].role?.rawValue })
            let sentence = covered.first.map { sentenceOf[$0] } ?? -1
            let cueNearby = spans.contains { $0.role == .cue && sentenceOf[$0.start] == sentence }
            let kind = (roles.isEmpty ? "O" : roles.sorted().joined(separator: "+")) + (cueNearby ? ", other cue in sentence" : ", no cue in sentence")
            missedKinds[kind, default: 0] += 1
            let group = roles.isEmpty && !cueNearby ? "no attribution in sentence" : roles.contains("content") ? "inside a content" : "other"
            let words = cue.text.lowercased().split(whereSeparator: \.isWhitespace).map(String.init)
            missedWords[group, default: [:]][words.joined(separator: " "), default: 0] += 1
            let known = words.contains { ReportingVerbs.sense($0, document.language) != nil }
            inLexicon[group, default: (0, 0)].known += known ? 1 : 0
            inLexicon[group, default: (0, 0)].all += 1
        }
        var goldRole = [String](repeating: "O", count: document.tokens.count)
        for claim in gold {
            for (role, part) in [("source", claim.source), ("cue", claim.cue), ("content", Optional(claim.content))] {
                guard let part else { continue }
                for token in tokens(part) where goldRole[token] == "O" { goldRole[token] = role }
            }
        }
        for span in spans where span.role == .cue {
            let under = Set((span.start..<span.end).map { goldRole[$0] })
            guard !under.contains("cue") else { continue }
            wrongKinds[under.sorted().joined(separator: "+"), default: 0] += 1
        }
    }
    print("missed gold cues, raw tags on them: " + missedKinds.sorted { $0.value > $1.value }.map { "\($0.key) \($0.value)" }.joined(separator: " · "))
    for (group, words) in missedWords.sorted(by: { $0.key < $1.key }) {
        let lexicon = inLexicon[group] ?? (0, 0)
        print("missed cues, \(group) (\(lexicon.all), \(lexicon.known) with a word in the reporting-verb lexicon): "
            + words.sorted { ($0.value, $0.key) > ($1.value, $1.key) }.prefix(80).map { "\($0.key) \($0.value)" }.joined(separator: " · "))
    }
    print("wrong cues, gold roles under them: " + wrongKinds.sorted { $0.value > $1.value }.map { "\($0.key) \($0.value)" }.joined(separator: " · "))
}

/// Prints why the merged proposer's sources miss or are wrong on held-out documents: for each
/// gold source no predicted source overlaps, whether its cue was found and what the claim of
/// that cue got as source; for each wrong predicted source, what the gold claim of its cue has.
func printSourceErrorKinds(_ proposer: HybridClaimProposer, _ examples: [(Document, [Claim])]) {
    var missed: [String: Int] = [:], wrong: [String: Int] = [:], missedTexts: [String: Int] = [:], wrongTexts: [String: Int] = [:]
    for (document, gold) in examples {
        let predicted = proposer.propose(document).claims.map(\.claim)
        let predictedSources = predicted.compactMap(\.source?.span), goldSources = gold.compactMap(\.source?.span)
        for claim in gold {
            guard let source = claim.source, !predictedSources.contains(where: { $0.overlaps(source.span) }) else { continue }
            let byCue = claim.cue.flatMap { cue in predicted.first { $0.cue?.span.overlaps(cue.span) == true } }
            let kind = byCue == nil ? "cue missed" : byCue?.source == nil ? "cue found, no source" : "cue found, other source"
            missed[kind, default: 0] += 1
            if byCue != nil { missedTexts[source.text.lowercased(), default: 0] += 1 }
        }
        for claim in predicted {
            guard let source = claim.source, !goldSources.contains(where: { $0.overlaps(source.span) }) else { continue }
            let byCue = claim.cue.flatMap { cue in gold.first { $0.cue?.span.overlaps(cue.span) == true } }
            let kind = byCue == nil ? "false cue" : byCue?.source == nil ? "gold claim has no source" : "gold source elsewhere"
            wrong[kind, default: 0] += 1
            if byCue != nil { wrongTexts[source.text.lowercased() + (byCue?.source.map { " (gold " + $0.text.lowercased() + ")" } ?? ""), default: 0] += 1 }
        }
    }
    func list(_ counts: [String: Int], _ limit: Int) -> String {
        counts.sorted { ($0.value, $0.key) > ($1.value, $1.key) }.prefix(limit).map { "\($0.key) \($0.value)" }.joined(separator: " · ")
    }
    print("missed gold sources: \(list(missed, 10))\n  their texts (cue found): \(list(missedTexts, 50))")
    print("wrong sources: \(list(wrong, 10))\n  their texts (cue right): \(list(wrongTexts, 50))")
}

/// Prints the most frequent boundary disagreements of the merged proposer on held-out
/// documents: for cues and sources that overlap a gold span without equalling it, the gold
/// text against the proposed one (what exact F1 loses to span conventions).
func printBoundaryMismatches(_ proposer: HybridClaimProposer, _ examples: [(Document, [Claim])]) {
    for role in [ClaimRole.cue, .source] {
        var pairs: [String: Int] = [:]
        for (document, gold) in examples {
            let predicted = proposer.propose(document).claims.map(\.claim)
            func parts(_ claims: [Claim]) -> [ClaimPart] { claims.compactMap { role == .cue ? $0.cue : $0.source } }
            let goldParts = parts(gold)
            for part in parts(predicted) where !goldParts.contains(where: { $0.span == part.span }) {
                guard let match = goldParts.first(where: { $0.span.overlaps(part.span) }) else { continue }
                pairs["\(match.text.lowercased()) ≠ \(part.text.lowercased())", default: 0] += 1
            }
        }
        print("\(role.rawValue) boundaries (gold ≠ proposed): " + pairs.sorted { ($0.value, $0.key) > ($1.value, $1.key) }.prefix(50)
            .map { "\($0.key) \($0.value)" }.joined(separator: " · "))
    }
}

/// Prints the recall of the gold cues lying inside another gold claim's content (nested
/// attributions) and of the others, by overlap with the proposer's cues.
func printNestedCueRecall(_ proposer: HybridClaimProposer, _ examples: [(Document, [Claim])]) {
    var nested = (found: 0, all: 0), other = (found: 0, all: 0)
    for (document, gold) in examples {
        let cues = proposer.propose(document).claims.compactMap(\.claim.cue?.span)
        for claim in gold {
            guard let cue = claim.cue?.span else { continue }
            let inside = gold.contains { $0 != claim && $0.content.start <= cue.start && cue.end <= $0.content.end }
            let found = cues.contains { $0.overlaps(cue) } ? 1 : 0
            if inside { nested.found += found; nested.all += 1 } else { other.found += found; other.all += 1 }
        }
    }
    print("gold cues inside another content: \(nested.found)/\(nested.all) found; other gold cues: \(other.found)/\(other.all) found")
}

/// Prints how many claims the cue layer starts and how many of their cues and sources are
/// right (a source is right when it overlaps the gold claim's, or both have none), by score.
func printCueLayerScores(_ tagger: ClaimTagger, _ examples: [(Document, [Claim])]) {
    var scored: [(score: Double, cue: Bool, source: Bool)] = []
    for (document, gold) in examples {
        let rules = ClaimRules().claims(in: document, mentions: []).map(\.claim)
        let claims = tagger.claims(in: document, ruleClaims: rules, mentions: [], fillContent: true, shareSources: true, cueLayer: true)
        for proposal in claims where proposal.rule == "tagger cue layer" {
            guard let cue = proposal.claim.cue?.span else { continue }
            let goldClaim = gold.first { $0.cue?.span.overlaps(cue) == true }
            let sourceRight = goldClaim.map { goldClaim in
                proposal.claim.source.map { goldClaim.source?.span.overlaps($0.span) == true } ?? (goldClaim.source == nil)
            } ?? false
            scored.append((proposal.score, goldClaim != nil, sourceRight))
        }
    }
    for threshold in [0.0, 0.3, 0.5, 0.7, 0.9] {
        let kept = scored.filter { $0.score >= threshold }
        print("cue layer claims, score >= \(threshold): \(kept.count), cue right \(kept.filter(\.cue).count), source right \(kept.filter(\.source).count)")
    }
}
