import FactModel

/// Precision, recall and F1 from matched, predicted and gold counts.
public struct MatchCounts: Hashable, Sendable {
    /// Predictions matched to gold.
    public var matched = 0
    /// Predictions.
    public var predicted = 0
    /// Gold items.
    public var gold = 0

    /// Makes counts.
    public init(matched: Int = 0, predicted: Int = 0, gold: Int = 0) {
        self.matched = matched
        self.predicted = predicted
        self.gold = gold
    }

    /// matched / predicted.
    public var precision: Double { predicted > 0 ? Double(matched) / Double(predicted) : 0 }
    /// matched / gold.
    public var recall: Double { gold > 0 ? Double(matched) / Double(gold) : 0 }
    /// The harmonic mean.
    public var f1: Double { precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0 }

    /// Adds another document's counts.
    public static func += (lhs: inout MatchCounts, rhs: MatchCounts) {
        lhs.matched += rhs.matched
        lhs.predicted += rhs.predicted
        lhs.gold += rhs.gold
    }
}

/// Claim scores: each role's spans (source, cue, content) matched one to one, exactly or by any
/// overlap; claims paired by their content (largest overlap first) for stance and certainty accuracy.
public struct ClaimEvaluation: Sendable {
    /// The claim roles.
    public static let roles = ["source", "cue", "content"]
    /// Exact matches per role.
    public private(set) var exact: [String: MatchCounts] = [:]
    /// Overlap matches per role.
    public private(set) var overlap: [String: MatchCounts] = [:]
    /// Claims paired by content.
    public private(set) var paired = 0
    /// Paired claims with the same stance.
    public private(set) var sameStance = 0
    /// Paired claims with the same certainty.
    public private(set) var sameCertainty = 0

    /// An empty evaluation.
    public init() {}

    /// Stance accuracy over paired claims (nil when none paired).
    public var stanceAccuracy: Double? { paired > 0 ? Double(sameStance) / Double(paired) : nil }
    /// Certainty accuracy over paired claims.
    public var certaintyAccuracy: Double? { paired > 0 ? Double(sameCertainty) / Double(paired) : nil }

    /// Adds one document's claims.
    public mutating func add(gold: [Claim], predicted: [Claim]) {
        for role in Self.roles {
            let g = gold.compactMap { Self.part($0, role)?.span }, p = predicted.compactMap { Self.part($0, role)?.span }
            exact[role, default: MatchCounts()] += MatchCounts(matched: Self.match(g, p, exact: true).count, predicted: p.count, gold: g.count)
            overlap[role, default: MatchCounts()] += MatchCounts(matched: Self.match(g, p, exact: false).count, predicted: p.count, gold: g.count)
        }
        for (gi, pi) in Self.match(gold.map(\.content.span), predicted.map(\.content.span), exact: false) {
            paired += 1
            if gold[gi].stance == predicted[pi].stance { sameStance += 1 }
            if gold[gi].certainty == predicted[pi].certainty { sameCertainty += 1 }
        }
    }

    static func part(_ claim: Claim, _ role: String) -> ClaimPart? {
        switch role {
        case "source": return claim.source
        case "cue": return claim.cue
        default: return claim.content
        }
    }

    /// One-to-one pairs (gold index, predicted index): exact equality, or overlap taken largest first.
    static func match(_ gold: [TextSpan], _ predicted: [TextSpan], exact: Bool) -> [(Int, Int)] {
        var candidates: [(Int, Int, Int)] = []
        for (gi, g) in gold.enumerated() {
            for (pi, p) in predicted.enumerated() {
                if exact { if g == p { candidates.append((g.length, gi, pi)) } }
                else if g.overlaps(p) { candidates.append((min(g.end, p.end) - max(g.start, p.start), gi, pi)) }
            }
        }
        candidates.sort { ($0.0, -$0.1, -$0.2) > ($1.0, -$1.1, -$1.2) }
        var usedGold = Set<Int>(), usedPredicted = Set<Int>()
        var pairs: [(Int, Int)] = []
        for (_, gi, pi) in candidates where !usedGold.contains(gi) && !usedPredicted.contains(pi) {
            usedGold.insert(gi)
            usedPredicted.insert(pi)
            pairs.append((gi, pi))
        }
        return pairs
    }
}
