import FactModel

/// Counts of one evaluation scheme, as nervaluate keeps them.
public struct SchemeCounts: Hashable, Sendable {
    /// Predictions that count as right.
    public var correct = 0
    /// Predictions that overlap gold but count as wrong.
    public var incorrect = 0
    /// Predictions that overlap gold partially (partial scheme only).
    public var partial = 0
    /// Gold spans no prediction matched.
    public var missed = 0
    /// Predictions that overlap no gold span.
    public var spurious = 0
    /// Whether partial matches count half (the partial and type schemes).
    public var halfCredit = false

    /// Makes empty counts.
    public init(halfCredit: Bool = false) { self.halfCredit = halfCredit }

    /// Predictions made.
    public var actual: Int { correct + incorrect + partial + spurious }
    /// Gold spans.
    public var possible: Int { correct + incorrect + partial + missed }
    private var credit: Double { Double(correct) + (halfCredit ? 0.5 * Double(partial) : 0) }
    /// Precision (0 when nothing was predicted).
    public var precision: Double { actual > 0 ? credit / Double(actual) : 0 }
    /// Recall (0 when there is no gold).
    public var recall: Double { possible > 0 ? credit / Double(possible) : 0 }
    /// F1 (0 when precision and recall are 0).
    public var f1: Double { precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0 }

    /// Adds another document's counts.
    public static func += (lhs: inout SchemeCounts, rhs: SchemeCounts) {
        lhs.correct += rhs.correct
        lhs.incorrect += rhs.incorrect
        lhs.partial += rhs.partial
        lhs.missed += rhs.missed
        lhs.spurious += rhs.spurious
    }
}

/// nervaluate's four schemes.
public enum Scheme: String, CaseIterable, Sendable {
    /// Same boundaries and label.
    case strict
    /// Same boundaries, any label.
    case exact
    /// Overlap counts half, any label.
    case partial
    /// Overlap with the same label.
    case type = "ent_type"
}

/// Scores labelled spans against gold exactly as nervaluate 1.x does (its strategies and its
/// 1 % minimum overlap, measured on the gold span): predictions are taken in order, each matched
/// to the first unmatched gold span that fits (the type scheme prefers the closest boundaries).
public enum SpanScore {
    /// The counts of one scheme for one document.
    public static func counts(gold: [Mention], predicted: [Mention], scheme: Scheme) -> SchemeCounts {
        var result = SchemeCounts(halfCredit: scheme == .partial || scheme == .type)
        var matched = Set<Int>()
        for prediction in predicted {
            var match: Int?
            var fallback: Int?
            var bestDistance = Int.max
            for (index, truth) in gold.enumerated() where !matched.contains(index) {
                let same = prediction.start == truth.start && prediction.end == truth.end
                switch scheme {
                case .strict, .exact:
                    if same && (scheme == .exact || prediction.label == truth.label) { match = index }
                    else if fallback == nil && overlaps(prediction, truth) { fallback = index }
                case .partial:
                    guard overlaps(prediction, truth) else { continue }
                    if same { match = index } else if fallback == nil { fallback = index }
                case .type:
                    guard overlaps(prediction, truth) else { continue }
                    if prediction.label == truth.label {
                        let distance = abs(prediction.start - truth.start) + abs(prediction.end - truth.end)
                        if distance < bestDistance { bestDistance = distance; match = index }
                    } else if fallback == nil { fallback = index }
                }
                if match != nil && scheme != .type { break }
            }
            if let match {
                result.correct += 1
                matched.insert(match)
            } else if let fallback {
                if scheme == .partial { result.partial += 1 } else { result.incorrect += 1 }
                matched.insert(fallback)
            } else {
                result.spurious += 1
            }
        }
        result.missed = gold.count - matched.count
        return result
    }

    /// nervaluate's overlap test: at least 1 % of the gold span's length is covered.
    static func overlaps(_ prediction: Mention, _ truth: Mention) -> Bool {
        let overlap = min(prediction.end, truth.end) - max(prediction.start, truth.start)
        guard overlap > 0 else { return false }
        return Double(overlap) / Double(truth.end - truth.start) * 100 >= 1.0
    }
}

/// Span scores over a corpus: every scheme, overall (micro) and per label, and macro averages.
public struct SpanEvaluation: Sendable {
    /// Micro counts per scheme.
    public private(set) var overall: [Scheme: SchemeCounts] = [:]
    /// Counts per label and scheme (each label scored on its own spans only, as nervaluate does).
    public private(set) var perLabel: [String: [Scheme: SchemeCounts]] = [:]

    /// An empty evaluation.
    public init() {
        for scheme in Scheme.allCases { overall[scheme] = SchemeCounts(halfCredit: scheme == .partial || scheme == .type) }
    }

    /// Adds one document.
    public mutating func add(gold: [Mention], predicted: [Mention]) {
        for scheme in Scheme.allCases { overall[scheme]! += SpanScore.counts(gold: gold, predicted: predicted, scheme: scheme) }
        for label in Set(gold.map(\.label)).union(predicted.map(\.label)) {
            let g = gold.filter { $0.label == label }, p = predicted.filter { $0.label == label }
            for scheme in Scheme.allCases {
                perLabel[label, default: [:]][scheme, default: SchemeCounts(halfCredit: scheme == .partial || scheme == .type)]
                    += SpanScore.counts(gold: g, predicted: p, scheme: scheme)
            }
        }
    }

    /// The labels seen, sorted.
    public var labels: [String] { perLabel.keys.sorted() }

    /// The unweighted mean over labels of precision, recall and F1 for a scheme.
    public func macro(_ scheme: Scheme) -> (precision: Double, recall: Double, f1: Double) {
        let rows = labels.compactMap { perLabel[$0]?[scheme] }
        guard !rows.isEmpty else { return (0, 0, 0) }
        let n = Double(rows.count)
        return (rows.map(\.precision).reduce(0, +) / n, rows.map(\.recall).reduce(0, +) / n, rows.map(\.f1).reduce(0, +) / n)
    }
}
