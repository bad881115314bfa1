/// The weights of a trained attribution tagger: for each feature hash (sorted, looked up by
/// binary search) one weight per tag, and tag-to-tag transition weights (row `7` is the start).
public struct PerceptronWeights: Sendable {
    /// Feature hashes in ascending order.
    let keys: [UInt64]
    /// `AttributionTag.count` weights per key, in key order.
    let weights: [Float]
    /// Transition weights: `transitions[from * 7 + to]`, `from == 7` at a sentence start.
    let transitions: [Float]
    /// The second, stacked pass's transitions (see `StackedPass`), nil for a one-pass model;
    /// the second pass's feature weights share `keys`.
    let stackedTransitions: [Float]?
    /// The cue layer's transitions (see `CueLayer`), nil without one; its feature weights
    /// share `keys` too (salted keys of their own).
    let cueTransitions: [Float]?

    /// Makes weights; `keys` must be sorted and `weights` hold seven entries per key.
    init(keys: [UInt64], weights: [Float], transitions: [Float], stackedTransitions: [Float]? = nil,
         cueTransitions: [Float]? = nil) {
        precondition(weights.count == keys.count * AttributionTag.count && transitions.count == 8 * AttributionTag.count)
        precondition(stackedTransitions.map { $0.count == transitions.count } ?? true)
        precondition(cueTransitions.map { $0.count == transitions.count } ?? true)
        self.keys = keys
        self.weights = weights
        self.transitions = transitions
        self.stackedTransitions = stackedTransitions
        self.cueTransitions = cueTransitions
    }

    /// This first pass's weights with a second pass's (whose keys are salted, so the two key
    /// sets do not meet; on a collision the second pass's weights are added).
    func stacking(_ second: PerceptronWeights) -> PerceptronWeights {
        let merged = mergedTable(with: second)
        return PerceptronWeights(keys: merged.keys, weights: merged.weights, transitions: transitions,
                                 stackedTransitions: second.transitions, cueTransitions: cueTransitions)
    }

    /// These weights with a cue layer's (salted keys, as in `stacking`).
    func addingCueLayer(_ layer: PerceptronWeights) -> PerceptronWeights {
        let merged = mergedTable(with: layer)
        return PerceptronWeights(keys: merged.keys, weights: merged.weights, transitions: transitions,
                                 stackedTransitions: stackedTransitions, cueTransitions: layer.transitions)
    }

    /// The union of two key tables in key order, weights added where a key is in both.
    private func mergedTable(with other: PerceptronWeights) -> (keys: [UInt64], weights: [Float]) {
        var mergedKeys: [UInt64] = [], mergedWeights: [Float] = []
        mergedKeys.reserveCapacity(keys.count + other.keys.count)
        mergedWeights.reserveCapacity(weights.count + other.weights.count)
        var a = 0, b = 0
        while a < keys.count || b < other.keys.count {
            if b == other.keys.count || (a < keys.count && keys[a] < other.keys[b]) {
                mergedKeys.append(keys[a]); mergedWeights += weights[a * 7..<a * 7 + 7]; a += 1
            } else if a == keys.count || other.keys[b] < keys[a] {
                mergedKeys.append(other.keys[b]); mergedWeights += other.weights[b * 7..<b * 7 + 7]; b += 1
            } else {
                mergedKeys.append(keys[a])
                mergedWeights += (0..<7).map { weights[a * 7 + $0] + other.weights[b * 7 + $0] }
                a += 1; b += 1
            }
        }
        return (mergedKeys, mergedWeights)
    }

    /// The number of features with a weight.
    public var featureCount: Int { keys.count }

    /// The index of a feature hash in `keys`, or nil.
    @inline(__always)
    func index(of key: UInt64) -> Int? {
        var low = 0, high = keys.count - 1
        while low <= high {
            let mid = (low + high) >> 1
            let value = keys[mid]
            if value < key { low = mid + 1 } else if value > key { high = mid - 1 } else { return mid }
        }
        return nil
    }

    /// The emission scores of every token (seven per token).
    func emissions(_ rows: FeatureRows, tokens: Range<Int>) -> [Float] {
        var scores = [Float](repeating: 0, count: tokens.count * AttributionTag.count)
        for (position, token) in tokens.enumerated() {
            for key in rows.row(token) {
                guard let found = index(of: key) else { continue }
                for tag in 0..<AttributionTag.count { scores[position * 7 + tag] += weights[found * 7 + tag] }
            }
        }
        return scores
    }
}

/// Viterbi decoding of BIO tags under the `I-` continuity constraint.
enum Viterbi {
    /// The best tag sequence for emission scores (seven per token) and transitions (8 × 7), and
    /// for each token the margin of its tag over the best other tag in its emission score.
    static func decode(emissions: [Float], transitions: [Float]) -> (tags: [AttributionTag], margins: [Double]) {
        let n = emissions.count / 7
        guard n > 0 else { return ([], []) }
        let forbidden = -Float.greatestFiniteMagnitude / 4
        var score = [Float](repeating: forbidden, count: n * 7)
        var back = [Int](repeating: 0, count: n * 7)
        for tag in 0..<7 where AttributionTag.allowed(nil, AttributionTag(rawValue: tag)!) {
            score[tag] = emissions[tag] + transitions[7 * 7 + tag]
        }
        for i in 1..<max(n, 1) {
            for tag in 0..<7 {
                let next = AttributionTag(rawValue: tag)!
                var best = forbidden, bestFrom = 0
                for from in 0..<7 where AttributionTag.allowed(AttributionTag(rawValue: from)!, next) {
                    let value = score[(i - 1) * 7 + from] + transitions[from * 7 + tag]
                    if value > best { best = value; bestFrom = from }
                }
                score[i * 7 + tag] = best + emissions[i * 7 + tag]
                back[i * 7 + tag] = bestFrom
            }
        }
        var last = 0
        for tag in 1..<7 where score[(n - 1) * 7 + tag] > score[(n - 1) * 7 + last] { last = tag }
        var tags = [AttributionTag](repeating: .outside, count: n)
        for i in stride(from: n - 1, through: 0, by: -1) {
            tags[i] = AttributionTag(rawValue: last)!
            last = back[i * 7 + last]
        }
        let margins = tags.enumerated().map { i, tag -> Double in
            let own = emissions[i * 7 + tag.rawValue]
            let other = (0..<7).filter { $0 != tag.rawValue }.map { emissions[i * 7 + $0] }.max() ?? own
            return Double(own - other)
        }
        return (tags, margins)
    }
}
