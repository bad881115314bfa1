import FactModel

/// The tagger's second, stacked pass: it re-tags every sentence with the first pass's tags in
/// view (a window of tags around each token, the nearest first-pass cue on each side, which
/// roles the sentence and its neighbours got), so a cue can be found or dropped by what the
/// first pass saw around it (`“…,” he said.`, a content with no cue, a cue inside a content).
/// Its weights live in the same key table as the first pass's: its copies of the first pass's
/// features are salted so they never collide with them.
enum StackedPass {
    /// Mixed into every second-pass key.
    private static let salt = FeatureHash.of("stacked pass 2")
    /// Template hashes of the stacked features.
    private static let t: [UInt64] = (0..<16).map { FeatureHash.of("stacked\($0)") }
    /// Folds of the jackknife that gives the second pass first-pass tags on unseen text.
    static let folds = 4

    // MARK: - Features

    /// The second pass's features: the first pass's, salted, then the first pass's tags around
    /// each token. `firstPass` holds one tag per token of the document.
    static func rows(_ base: FeatureRows, firstPass: [AttributionTag], document: Document) -> FeatureRows {
        let words = TokenView(document).lower.map(FeatureHash.of)
        let sentences = TaggerFeatures.sentenceRanges(document)
        var out = FeatureRows()
        out.values.reserveCapacity(base.values.count + firstPass.count * 14)
        // Roles present per sentence (bit per role), for the sentence and its neighbours.
        let present: [UInt64] = sentences.map { range in
            range.reduce(0) { bits, token in bits | (firstPass[token].role.map { 1 << UInt64(roleBit($0)) } ?? 0) }
        }
        for (sentenceIndex, range) in sentences.enumerated() {
            let cues = range.filter { firstPass[$0].role == .cue }
            let before = sentenceIndex > 0 ? present[sentenceIndex - 1] : 8
            let after = sentenceIndex + 1 < sentences.count ? present[sentenceIndex + 1] : 8
            for i in range {
                func tag(_ offset: Int) -> UInt64 {
                    let j = i + offset
                    return j < range.lowerBound || j >= range.upperBound ? 9 : UInt64(firstPass[j].rawValue)
                }
                let left = cues.last { $0 < i }, right = cues.first { $0 > i }
                let dl = left.map { TaggerFeatures.bucket(i - $0) } ?? 9, dr = right.map { TaggerFeatures.bucket($0 - i) } ?? 9
                let own = tag(0)
                for key in base.row(i) { out.values.append(FeatureHash.mix(key, salt) & TaggerFeatures.keyMask) }
                let features: [UInt64] = [
                    FeatureHash.feature(t[0], own),
                    FeatureHash.feature(t[1], tag(-1), own), FeatureHash.feature(t[2], own, tag(1)),
                    FeatureHash.feature(t[3], tag(-2)), FeatureHash.feature(t[4], tag(2)),
                    FeatureHash.feature(t[5], tag(-1), tag(1)),
                    FeatureHash.feature(t[6], own, words[i]),
                    FeatureHash.feature(t[7], own, dl &* 16 &+ dr),
                    FeatureHash.feature(t[8], present[sentenceIndex], own),
                    FeatureHash.feature(t[9], before &* 16 &+ after, own),
                    FeatureHash.feature(t[10], before &* 16 &+ after, present[sentenceIndex]),
                    FeatureHash.feature(t[11], dl, words[i]), FeatureHash.feature(t[12], dr, words[i]),
                    FeatureHash.feature(t[13], tag(-3) &* 16 &+ tag(3), own),
                ]
                out.values.append(contentsOf: features.map { $0 & TaggerFeatures.keyMask })
                out.starts.append(out.values.count)
            }
        }
        return out
    }

    /// 0, 1, 2 for source, cue, content.
    private static func roleBit(_ role: ClaimRole) -> Int {
        switch role {
        case .source: return 0
        case .cue: return 1
        case .content: return 2
        }
    }

    // MARK: - Decoding

    /// The tags of every token of the document whose features are `rows`, decoded sentence by
    /// sentence with `transitions`, with per-token margins.
    static func decode(_ rows: FeatureRows, sentences: [Range<Int>], weights: PerceptronWeights,
                       transitions: [Float]) -> (tags: [AttributionTag], margins: [Double]) {
        var tags: [AttributionTag] = [], margins: [Double] = []
        tags.reserveCapacity(rows.starts.count - 1)
        for range in sentences {
            let decoded = Viterbi.decode(emissions: weights.emissions(rows, tokens: range), transitions: transitions)
            tags += decoded.tags
            margins += decoded.margins
        }
        return (tags, margins)
    }

    // MARK: - Training

    /// Trains both passes: the first on every example; the second on first-pass tags that a
    /// first pass trained without the example's document produced (a jackknife over
    /// `folds` folds of document ids, so two annotations of one text share a fold).
    static func train(_ examples: [TrainingExample], documents: [Document],
                      trainer: PerceptronTrainer) -> PerceptronWeights {
        let first = trainer.train(examples)
        let ids = documents.map(\.id)
        var foldOf: [String: Int] = [:]
        for id in ids where foldOf[id] == nil { foldOf[id] = foldOf.count % folds }
        var firstPassTags = [[AttributionTag]](repeating: [], count: examples.count)
        for fold in 0..<folds {
            let inFold = examples.indices.filter { foldOf[ids[$0]] == fold }
            guard !inFold.isEmpty else { continue }
            let others = examples.indices.filter { foldOf[ids[$0]] != fold }.map { examples[$0] }
            let model = others.isEmpty ? first : trainer.train(others)
            for index in inFold {
                firstPassTags[index] = decode(examples[index].rows, sentences: examples[index].sentences, weights: model,
                                              transitions: model.transitions).tags
            }
        }
        let second = examples.indices.map { index in
            TrainingExample(rows: rows(examples[index].rows, firstPass: firstPassTags[index], document: documents[index]),
                            tags: examples[index].tags, sentences: examples[index].sentences)
        }
        return first.stacking(trainer.train(second))
    }
}
