// MARK: - Counts kept as the state changes, so that reading them costs nothing

extension SessionState {
    /// What `status` and the prompt report, kept up to date by the setters (`setMention`,
    /// `setClaim`) one change at a time instead of counted over every annotation when asked.
    struct Tallies: Sendable {
        /// Pending, accepted, rejected and deleted, both layers (indexed by `countIndex`).
        var statuses = [0, 0, 0, 0]
        /// Mentions by label, then by status.
        var mentionsByLabel: [String: [Int]] = [:]
        /// Claims by status.
        var claims = [0, 0, 0, 0]
        /// Accepted claims whose stance is a denial.
        var acceptedDenials = 0
        /// The flagged annotations, both layers.
        var flagged: Set<String> = []
    }

    /// Mentions counted by label and status (labels and statuses with none are absent).
    public var mentionCountsByLabel: [String: [ReviewStatus: Int]] {
        tallies.mentionsByLabel.compactMapValues { counts in
            let byStatus = SessionState.byStatus(counts)
            return byStatus.isEmpty ? nil : byStatus
        }
    }

    /// Claims counted by status (statuses with none are absent).
    public var claimStatusCounts: [ReviewStatus: Int] { SessionState.byStatus(tallies.claims) }

    /// How many accepted claims deny what they report.
    public var acceptedDenialCount: Int { tallies.acceptedDenials }

    /// The ids of the flagged annotations, in id order (`m2` before `m10`).
    public var flaggedIDs: [String] { tallies.flagged.sorted(by: AnnotationID.areInIncreasingOrder) }

    private static func byStatus(_ counts: [Int]) -> [ReviewStatus: Int] {
        var result: [ReviewStatus: Int] = [:]
        for status in ReviewStatus.allCases where counts[status.countIndex] > 0 { result[status] = counts[status.countIndex] }
        return result
    }

    /// Adds a mention to the tallies (`sign` 1) or takes it out (-1); nothing for nil.
    mutating func tally(_ annotation: MentionAnnotation?, by sign: Int) {
        guard let annotation else { return }
        let index = annotation.review.status.countIndex
        tallies.statuses[index] += sign
        tallies.mentionsByLabel[annotation.mention.label, default: [0, 0, 0, 0]][index] += sign
        if annotation.review.flagged { flag(annotation.id, sign) }
    }

    /// The same for a claim.
    mutating func tally(_ annotation: ClaimAnnotation?, by sign: Int) {
        guard let annotation else { return }
        let index = annotation.review.status.countIndex
        tallies.statuses[index] += sign
        tallies.claims[index] += sign
        if annotation.review.status == .accepted && annotation.claim.stance == .denies { tallies.acceptedDenials += sign }
        if annotation.review.flagged { flag(annotation.id, sign) }
    }

    private mutating func flag(_ id: String, _ sign: Int) {
        if sign > 0 { tallies.flagged.insert(id) } else { tallies.flagged.remove(id) }
    }
}
