import FactModel

/// A claim role scored on its own.
public enum ClaimRole: String, CaseIterable, Sendable {
    /// Who makes the claim.
    case source
    /// The reporting expression.
    case cue
    /// What is claimed.
    case content
}

/// Counts for one role: how many gold and predicted spans there were and how many of each were
/// matched, by overlap and exactly.
public struct RoleCounts: Sendable, Hashable {
    /// Gold spans.
    public var gold = 0
    /// Predicted spans.
    public var predicted = 0
    /// Gold spans overlapped by a predicted span.
    public var goldOverlapped = 0
    /// Predicted spans overlapping a gold span.
    public var predictedOverlapping = 0
    /// Gold spans predicted exactly.
    public var goldExact = 0
    /// Predicted spans equal to a gold span.
    public var predictedExact = 0

    /// Makes empty counts.
    public init() {}

    /// F1 where a span counts as found when a span of the other side overlaps it.
    public var overlapF1: Double { f1(precision: ratio(predictedOverlapping, predicted), recall: ratio(goldOverlapped, gold)) }
    /// Precision by overlap.
    public var overlapPrecision: Double { ratio(predictedOverlapping, predicted) }
    /// Recall by overlap.
    public var overlapRecall: Double { ratio(goldOverlapped, gold) }
    /// F1 on exact boundaries.
    public var exactF1: Double { f1(precision: ratio(predictedExact, predicted), recall: ratio(goldExact, gold)) }

    private func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }
    private func f1(precision: Double, recall: Double) -> Double {
        precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
    }
}

/// Scores of proposed claims against gold claims, summed over documents: per role (overlap and
/// exact F1) and stance agreement on the gold claims found (content overlapped).
public struct ClaimScore: Sendable {
    /// Counts per role.
    public var roles: [ClaimRole: RoleCounts] = [:]
    /// Gold claims whose content a predicted content overlaps.
    public var claimsFound = 0
    /// Of those, the ones whose best predicted claim has the same stance.
    public var stanceAgreed = 0
    /// Gold claims.
    public var goldClaims = 0

    /// Makes an empty score.
    public init() {}

    /// Stance accuracy on the gold claims found.
    public var stanceAccuracy: Double { claimsFound == 0 ? 0 : Double(stanceAgreed) / Double(claimsFound) }

    /// Adds one document's gold and predicted claims.
    public mutating func add(gold: [Claim], predicted: [Claim]) {
        for role in ClaimRole.allCases {
            let goldSpans = gold.compactMap { Self.span(of: $0, role) }
            let predictedSpans = predicted.compactMap { Self.span(of: $0, role) }
            var counts = roles[role] ?? RoleCounts()
            counts.gold += goldSpans.count
            counts.predicted += predictedSpans.count
            counts.goldOverlapped += goldSpans.filter { g in predictedSpans.contains { $0.overlaps(g) } }.count
            counts.predictedOverlapping += predictedSpans.filter { p in goldSpans.contains { $0.overlaps(p) } }.count
            let goldSet = Set(goldSpans), predictedSet = Set(predictedSpans)
            counts.goldExact += goldSpans.filter { predictedSet.contains($0) }.count
            counts.predictedExact += predictedSpans.filter { goldSet.contains($0) }.count
            roles[role] = counts
        }
        goldClaims += gold.count
        for claim in gold {
            let overlapping = predicted.filter { $0.content.span.overlaps(claim.content.span) }
            guard !overlapping.isEmpty else { continue }
            claimsFound += 1
            let best = overlapping.max { overlap($0.content.span, claim.content.span) < overlap($1.content.span, claim.content.span) }!
            if best.stance == claim.stance { stanceAgreed += 1 }
        }
    }

    /// A one-line-per-role report.
    public var report: String {
        var lines = ClaimRole.allCases.map { role -> String in
            let c = roles[role] ?? RoleCounts()
            return "\(role.rawValue): overlap F1 \(Self.format(c.overlapF1)) (P \(Self.format(c.overlapPrecision)) R \(Self.format(c.overlapRecall))) · exact F1 \(Self.format(c.exactF1)) · gold \(c.gold) predicted \(c.predicted)"
        }
        lines.append("claims found \(claimsFound)/\(goldClaims) · stance accuracy on found \(Self.format(stanceAccuracy))")
        return lines.joined(separator: "\n")
    }

    private static func format(_ value: Double) -> String {
        let rounded = (value * 1000).rounded() / 1000
        return String(rounded)
    }

    private static func span(of claim: Claim, _ role: ClaimRole) -> TextSpan? {
        switch role {
        case .source: return claim.source?.span
        case .cue: return claim.cue?.span
        case .content: return claim.content.span
        }
    }

    private func overlap(_ a: TextSpan, _ b: TextSpan) -> Int { max(0, min(a.end, b.end) - max(a.start, b.start)) }
}
