/// One training document for the perceptron: its features, gold tags and sentence ranges.
struct TrainingExample {
    /// Feature hashes per token.
    let rows: FeatureRows
    /// Gold tag per token.
    let tags: [AttributionTag]
    /// Token ranges decoded as one sequence each.
    let sentences: [Range<Int>]
}

/// A structured averaged perceptron over BIO tags (Collins 2002), trained sentence by sentence
/// in an order shuffled by a seed, so the same data and settings give the same weights.
struct PerceptronTrainer {
    /// Passes over the data.
    var epochs = 10
    /// The shuffling seed.
    var seed: UInt64 = 1
    /// Features seen fewer times than this in the training data get no weight.
    var minCount = 2
    /// Averaged weights smaller than this (in absolute value) are dropped from the model.
    var pruneBelow: Float = 0.01

    /// Trains weights on the examples.
    func train(_ examples: [TrainingExample]) -> PerceptronWeights {
        // Dense feature indices in first-seen order (deterministic), keeping frequent features.
        var counts: [UInt64: Int32] = [:]
        // With every feature kept (the analyst's tagger), counting them is a pass for nothing.
        if minCount > 1 { for example in examples { for key in example.rows.values { counts[key, default: 0] += 1 } } }
        var indexOf: [UInt64: Int32] = [:], keys: [UInt64] = []
        let dense: [[Int32]] = examples.map { example in
            example.rows.values.map { key -> Int32 in
                guard minCount <= 1 || counts[key]! >= minCount else { return -1 }
                if let index = indexOf[key] { return index }
                let index = Int32(keys.count)
                indexOf[key] = index
                keys.append(key)
                return index
            }
        }
        counts = [:]
        indexOf = [:]
        let tagCount = AttributionTag.count
        var weights = [Float](repeating: 0, count: keys.count * tagCount)
        var updates = [Double](repeating: 0, count: keys.count * tagCount)
        var transitions = [Float](repeating: 0, count: 8 * tagCount)
        var transitionUpdates = [Double](repeating: 0, count: 8 * tagCount)
        var instances: [(Int, Range<Int>)] = []
        for (document, example) in examples.enumerated() {
            for sentence in example.sentences where !sentence.isEmpty { instances.append((document, sentence)) }
        }
        var generator = SeededGenerator(seed: seed)
        var clock = 1.0
        for _ in 0..<epochs {
            instances.shuffle(using: &generator)
            for (document, sentence) in instances {
                let example = examples[document], features = dense[document]
                var emissions = [Float](repeating: 0, count: sentence.count * tagCount)
                for (position, token) in sentence.enumerated() {
                    for slot in example.rows.starts[token]..<example.rows.starts[token + 1] {
                        let feature = Int(features[slot])
                        guard feature >= 0 else { continue }
                        for tag in 0..<tagCount { emissions[position * tagCount + tag] += weights[feature * tagCount + tag] }
                    }
                }
                let predicted = Viterbi.decode(emissions: emissions, transitions: transitions).tags
                let gold = Array(example.tags[sentence])
                if predicted != gold {
                    for (position, token) in sentence.enumerated() {
                        let g = gold[position].rawValue, p = predicted[position].rawValue
                        let previousGold = position == 0 ? 7 : gold[position - 1].rawValue
                        let previousPredicted = position == 0 ? 7 : predicted[position - 1].rawValue
                        if previousGold != previousPredicted || g != p {
                            transitions[previousGold * tagCount + g] += 1
                            transitionUpdates[previousGold * tagCount + g] += clock
                            transitions[previousPredicted * tagCount + p] -= 1
                            transitionUpdates[previousPredicted * tagCount + p] -= clock
                        }
                        guard g != p else { continue }
                        for slot in example.rows.starts[token]..<example.rows.starts[token + 1] {
                            let feature = Int(features[slot])
                            guard feature >= 0 else { continue }
                            weights[feature * tagCount + g] += 1
                            updates[feature * tagCount + g] += clock
                            weights[feature * tagCount + p] -= 1
                            updates[feature * tagCount + p] -= clock
                        }
                    }
                }
                clock += 1
            }
        }
        return Self.averaged(keys: keys, weights: weights, updates: updates, transitions: transitions,
                             transitionUpdates: transitionUpdates, clock: clock, pruneBelow: pruneBelow)
    }

    /// The averaged weights (`w − Σ c·Δ / c`), pruned of near-zero features, keys sorted.
    private static func averaged(keys: [UInt64], weights: [Float], updates: [Double], transitions: [Float],
                                 transitionUpdates: [Double], clock: Double, pruneBelow: Float) -> PerceptronWeights {
        let tagCount = AttributionTag.count
        var kept: [(UInt64, [Float])] = []
        for (index, key) in keys.enumerated() {
            let row = (0..<tagCount).map { Float(Double(weights[index * tagCount + $0]) - updates[index * tagCount + $0] / clock) }
            if row.contains(where: { abs($0) >= pruneBelow }) { kept.append((key, row)) }
        }
        kept.sort { $0.0 < $1.0 }
        let averagedTransitions = (0..<transitions.count).map { Float(Double(transitions[$0]) - transitionUpdates[$0] / clock) }
        return PerceptronWeights(keys: kept.map(\.0), weights: kept.flatMap(\.1), transitions: averagedTransitions)
    }
}
