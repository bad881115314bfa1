import FactModel

/// How much work a set of proposals leaves an analyst whose final annotations are known: the
/// measure of whether a new proposer saves work (`replay --against`).
///
/// Each gold annotation is matched to at most one proposal: the same span and label (for a
/// claim: the same content, cue and source spans and stance) is *proposed exactly*; otherwise a
/// proposal overlapping it is a *correction* the analyst still has to make; with none, it is an
/// *addition*. Proposals left unmatched are *rejections*.
public struct RemainingWork: Equatable, Sendable, Codable {
    /// Gold annotations (accepted, corrected or added).
    public var gold = 0
    /// Gold annotations the proposals contain exactly.
    public var proposedExactly = 0
    /// Gold annotations a proposal overlaps but gets wrong (label or boundaries).
    public var corrections = 0
    /// Gold annotations no proposal overlaps.
    public var additions = 0
    /// Proposals that match no gold annotation.
    public var rejections = 0
    /// Gold mentions proposed exactly, by label.
    public var exactByLabel: [String: Int] = [:]
    /// Gold mentions, by label.
    public var goldByLabel: [String: Int] = [:]

    /// Decisions the analyst would still make beyond accepting: corrections, additions, rejections.
    public var decisionsLeft: Int { corrections + additions + rejections }

    /// Makes an empty tally.
    public init() {}

    /// The work `proposals` leave for the gold `mentions`.
    public init(gold mentions: [Mention], proposals: [Mention]) {
        var used = Set<Int>()
        let byStart = proposals.indices.sorted { proposals[$0].start < proposals[$1].start }
        for mention in mentions {
            gold += 1
            goldByLabel[mention.label, default: 0] += 1
            if let exact = byStart.first(where: { !used.contains($0) && proposals[$0].span == mention.span && proposals[$0].label == mention.label }) {
                used.insert(exact)
                proposedExactly += 1
                exactByLabel[mention.label, default: 0] += 1
            } else if let overlapping = byStart.first(where: { !used.contains($0) && proposals[$0].span.overlaps(mention.span) }) {
                used.insert(overlapping)
                corrections += 1
            } else {
                additions += 1
            }
        }
        rejections = proposals.count - used.count
    }

    /// The work claim proposals leave for gold claims.
    public init(gold claims: [Claim], proposals: [Claim]) {
        var used = Set<Int>()
        for claim in claims {
            gold += 1
            if let exact = proposals.indices.first(where: { !used.contains($0) && RemainingWork.sameClaim(proposals[$0], claim) }) {
                used.insert(exact)
                proposedExactly += 1
            } else if let overlapping = proposals.indices.first(where: { !used.contains($0) && proposals[$0].content.span.overlaps(claim.content.span) }) {
                used.insert(overlapping)
                corrections += 1
            } else {
                additions += 1
            }
        }
        rejections = proposals.count - used.count
    }

    /// Adds another tally to this one.
    public mutating func add(_ other: RemainingWork) {
        gold += other.gold
        proposedExactly += other.proposedExactly
        corrections += other.corrections
        additions += other.additions
        rejections += other.rejections
        exactByLabel.merge(other.exactByLabel, uniquingKeysWith: +)
        goldByLabel.merge(other.goldByLabel, uniquingKeysWith: +)
    }

    private static func sameClaim(_ a: Claim, _ b: Claim) -> Bool {
        a.content.span == b.content.span && a.cue?.span == b.cue?.span && a.source?.span == b.source?.span && a.stance == b.stance
    }
}

/// One session compared with the proposals it was made from and with new ones.
public struct AgainstReport: Sendable, Codable {
    /// The session file.
    public var session: String
    /// The article's id.
    public var article: String
    /// Mentions: what the session's own proposals left, and what the new ones leave.
    public var mentionsThen: RemainingWork
    /// The same with the new proposals.
    public var mentionsNow: RemainingWork
    /// Claims, then.
    public var claimsThen: RemainingWork
    /// Claims, now.
    public var claimsNow: RemainingWork

    /// Compares a session's final annotations with its stored proposals and with `proposals`.
    public init(session: Session, path: String, proposals: ProposalSet) {
        self.session = path
        article = session.article.id
        let annotations = session.annotations
        let goldMentions = annotations.goldMentions.map(\.mention)
        let goldClaims = annotations.goldClaims.map(\.claim)
        mentionsThen = RemainingWork(gold: goldMentions, proposals: session.proposals.mentions.map(\.mention))
        mentionsNow = RemainingWork(gold: goldMentions, proposals: proposals.mentions.map(\.mention))
        claimsThen = RemainingWork(gold: goldClaims, proposals: session.proposals.claims.map(\.claim))
        claimsNow = RemainingWork(gold: goldClaims, proposals: proposals.claims.map(\.claim))
    }
}
