/// A structured averaged perceptron over any tag set: hashed features per token, transition
/// weights between tags, Viterbi decoding restricted to the transitions that make valid spans
/// (BIO or BILOU), and training that is deterministic for a seed.
///
/// Transitions are ordinary features (`previous tag = p`) kept in the same weight table, so one
/// update rule and one file format serve both.
public struct StructuredPerceptron: Sendable {
    /// The tags and their valid transitions.
    public let tags: TagSet
    /// The weights, dense: while training or learning online (empty while `packed` holds them).
    public private(set) var table: WeightTable
    /// The weights read in place from a model file, until the model learns (then `table`).
    private(set) var packed: PackedWeights?
    /// The number of training examples seen (the averaging clock).
    public private(set) var clock: Int32 = 0

    /// An untrained model over a tag set.
    public init(tags: TagSet) {
        self.tags = tags
        table = WeightTable(width: tags.count, averaging: true)
    }

    /// A model with given weights (from a file).
    public init(tags: TagSet, table: WeightTable) {
        self.tags = tags
        self.table = table
    }

    /// A model whose weights are read in place from a model file.
    init(tags: TagSet, packed: PackedWeights) {
        self.tags = tags
        table = WeightTable(width: tags.count, capacity: 0, averaging: false)
        self.packed = packed
    }

    /// Moves weights read in place into the dense table, which learning changes.
    private mutating func unpack() {
        guard let packed else { return }
        table = packed.unpacked()
        self.packed = nil
    }
    // MARK: Decoding

    /// The key of the transition feature from tag `previous` (`tags.count` = sentence start).
    @inline(__always)
    static func transitionKey(_ previous: Int) -> UInt64 { StableHash.key(0x7472_616e, UInt64(previous)) }

    /// Transition scores `[(previous) * T + tag]` for previous in 0...T (T = start), with
    /// invalid transitions at -infinity.
    func transitionScores() -> [Float] {
        let n = tags.count
        var scores = [Float](repeating: 0, count: (n + 1) * n)
        for previous in 0...n {
            let key = Self.transitionKey(previous)
            let row = packed.map { $0.row(of: key) } ?? table.row(of: key).map { Array(table.weights[$0 * n..<($0 + 1) * n]) }
            for tag in 0..<n {
                let valid = previous == n ? tags.allowedFirst[tag] : tags.allowed[previous * n + tag]
                if !valid { scores[previous * n + tag] = -.infinity; continue }
                if let row { scores[previous * n + tag] = row[tag] }
            }
        }
        return scores
    }

    /// Each token's score for each tag, `[token * T + tag]`.
    func emissions(_ sequence: FeatureSequence) -> [Float] {
        if let packed { return packed.emissions(sequence) }
        let n = tags.count
        var scores = [Float](repeating: 0, count: sequence.count * n)
        table.weights.withUnsafeBufferPointer { weights in
            scores.withUnsafeMutableBufferPointer { out in
                for token in 0..<sequence.count {
                    let base = token * n
                    for key in sequence.keys(of: token) {
                        guard let row = table.row(of: key) else { continue }
                        let offset = row * n
                        for tag in 0..<n { out[base + tag] += weights[offset + tag] }
                    }
                }
            }
        }
        return scores
    }

    /// The best valid tag sequence for a sentence.
    public func decode(_ sequence: FeatureSequence) -> [Int] {
        decode(sequence, transitions: transitionScores()).tags
    }

    /// The best valid tag sequence with the margin of each token's tag over the best other
    /// tag at that token (a confidence).
    public func decodeScored(_ sequence: FeatureSequence) -> (tags: [Int], margins: [Float]) {
        decode(sequence, transitions: transitionScores())
    }

    /// Viterbi over emissions plus transitions.
    func decode(_ sequence: FeatureSequence, transitions: [Float]) -> (tags: [Int], margins: [Float]) {
        let count = sequence.count, n = tags.count
        guard count > 0 else { return ([], []) }
        let emission = emissions(sequence)
        var best = [Float](repeating: -.infinity, count: count * n)
        var back = [Int32](repeating: 0, count: count * n)
        for tag in 0..<n { best[tag] = transitions[n * n + tag] + emission[tag] }
        if count > 1 {
            for token in 1..<count {
                let here = token * n, before = here - n
                for tag in 0..<n {
                    var top = -Float.infinity, arg = 0
                    // Only the tags that may come before: the others score -infinity anyway.
                    for previous in tags.allowedBefore[tag] {
                        let value = best[before + previous] + transitions[previous * n + tag]
                        if value > top { top = value; arg = previous }
                    }
                    best[here + tag] = top + emission[here + tag]
                    back[here + tag] = Int32(arg)
                }
            }
        }
        let lastBase = (count - 1) * n
        var top = -Float.infinity, arg = 0
        for tag in 0..<n where tags.allowedLast[tag] && best[lastBase + tag] > top {
            top = best[lastBase + tag]; arg = tag
        }
        var path = [Int](repeating: 0, count: count)
        path[count - 1] = arg
        if count > 1 {
            for token in stride(from: count - 1, to: 0, by: -1) {
                path[token - 1] = Int(back[token * n + path[token]])
            }
        }
        var margins = [Float](repeating: 0, count: count)
        for token in 0..<count {
            let base = token * n, chosen = emission[base + path[token]]
            var other = -Float.infinity
            for tag in 0..<n where tag != path[token] { other = max(other, emission[base + tag]) }
            margins[token] = chosen - other
        }
        return (path, margins)
    }

    // MARK: Learning

    /// One perceptron step on a sentence: decodes it with the current weights and, when the
    /// result differs from `gold`, moves weights toward the gold tags. Returns whether it erred.
    @discardableResult
    public mutating func learn(_ sequence: FeatureSequence, gold: [Int], transitions: [Float]? = nil) -> Bool {
        unpack()
        clock += 1
        let predicted = decode(sequence, transitions: transitions ?? transitionScores()).tags
        guard predicted != gold else { return false }
        let n = tags.count
        for token in 0..<sequence.count {
            let goldPrevious = token == 0 ? n : gold[token - 1]
            let predictedPrevious = token == 0 ? n : predicted[token - 1]
            if gold[token] != predicted[token] {
                for key in sequence.keys(of: token) {
                    let row = table.rowCreating(key)
                    table.add(1, row: row, tag: gold[token], now: clock)
                    table.add(-1, row: row, tag: predicted[token], now: clock)
                }
            }
            if goldPrevious != predictedPrevious || gold[token] != predicted[token] {
                table.add(1, row: table.rowCreating(Self.transitionKey(goldPrevious)), tag: gold[token], now: clock)
                table.add(-1, row: table.rowCreating(Self.transitionKey(predictedPrevious)), tag: predicted[token], now: clock)
            }
        }
        return true
    }

    /// Trains over sentences for `epochs` passes, in an order shuffled by `seed` at each pass,
    /// then averages the weights. `progress(epoch, errors, sentences)` is called after each pass.
    public mutating func train(_ examples: [(sequence: FeatureSequence, gold: [Int])], epochs: Int, seed: UInt64,
                               progress: ((Int, Int, Int) -> Void)? = nil) {
        unpack()
        if !table.averaging { table = table.resumingAveraging() }
        var order = Array(examples.indices)
        var generator = SeededRandom(seed: seed)
        for epoch in 0..<epochs {
            order.seededShuffle(&generator)
            var errors = 0
            for index in order where learn(examples[index].sequence, gold: examples[index].gold) { errors += 1 }
            progress?(epoch + 1, errors, examples.count)
        }
        table = table.average(now: clock)
    }

    /// Online learning from one corrected sentence, on a trained (averaged) model: repeats
    /// passive-aggressive steps (PA-I, at most `maxSteps`) until the sentence decodes to `gold`.
    /// Returns the number of steps that changed weights.
    ///
    /// Why not plain perceptron steps: averaged weights are small (a weight that moved by 1 in a
    /// few of many updates averages to a fraction of 1), so a ±1 step on them outweighs what the
    /// whole training set taught and the model forgets. A PA step is the smallest change that
    /// makes the gold tags score above the wrong ones by their Hamming distance, capped by
    /// `aggressiveness`, so it is measured in the trained weights' own units.
    @discardableResult
    public mutating func update(_ sequence: FeatureSequence, gold: [Int], aggressiveness: Float = 0.5, maxSteps: Int = 4) -> Int {
        unpack()
        if table.averaging { table = table.average(now: clock) }
        guard gold.count == sequence.count else { return 0 }
        var steps = 0
        while steps < maxSteps {
            let transitions = transitionScores(), emission = emissions(sequence)
            let predicted = decode(sequence, transitions: transitions).tags
            guard predicted != gold else { break }
            let difference = featureDifference(sequence, gold: gold, predicted: predicted)
            var norm: Float = 0
            for change in difference { norm += change.delta * change.delta }
            // The whole score difference, not only the learnable features' part of it: the
            // step must make up for what the other features say too.
            let margin = score(gold, emission, transitions) - score(predicted, emission, transitions)
            let cost = Float(zip(gold, predicted).filter { $0 != $1 }.count)
            guard norm > 0, margin.isFinite, cost - margin > 0, aggressiveness > 0 else { break }
            let step = min(aggressiveness, (cost - margin) / norm)
            for change in difference { table.add(step * change.delta, row: table.rowCreating(change.key), tag: change.tag, now: clock) }
            steps += 1
        }
        return steps
    }

    /// The score of a tag path (finite for a valid path).
    private func score(_ path: [Int], _ emission: [Float], _ transitions: [Float]) -> Float {
        let n = tags.count
        var total: Float = 0
        for (token, tag) in path.enumerated() {
            total += emission[token * n + tag] + transitions[(token == 0 ? n : path[token - 1]) * n + tag]
        }
        return total
    }

    /// φ(gold) − φ(predicted) as (feature key, tag, delta), without zero deltas, sorted so that
    /// the update's float sums do not depend on hashing order.
    private func featureDifference(_ sequence: FeatureSequence, gold: [Int], predicted: [Int]) -> [(key: UInt64, tag: Int, delta: Float)] {
        let n = tags.count
        // Transitions are shared by every sentence: with learnable keys, they stay as trained.
        let updatesTransitions = sequence.learnable.isEmpty
        var changes: [(key: UInt64, tag: Int, delta: Float)] = []
        for token in 0..<sequence.count {
            let goldPrevious = token == 0 ? n : gold[token - 1]
            let predictedPrevious = token == 0 ? n : predicted[token - 1]
            if gold[token] != predicted[token] {
                for key in sequence.learnableKeys(of: token) {
                    changes.append((key, gold[token], 1))
                    changes.append((key, predicted[token], -1))
                }
            }
            if updatesTransitions, goldPrevious != predictedPrevious || gold[token] != predicted[token] {
                changes.append((Self.transitionKey(goldPrevious), gold[token], 1))
                changes.append((Self.transitionKey(predictedPrevious), predicted[token], -1))
            }
        }
        changes.sort { ($0.key, $0.tag) < ($1.key, $1.tag) }
        var merged: [(key: UInt64, tag: Int, delta: Float)] = []
        for change in changes {
            if let last = merged.last, last.key == change.key, last.tag == change.tag {
                merged[merged.count - 1].delta += change.delta
            } else { merged.append(change) }
        }
        return merged.filter { $0.delta != 0 }
    }
}
