/// Where an annotation stands in the analyst's review.
public enum ReviewStatus: String, Codable, Sendable, CaseIterable {
    /// Proposed, not yet decided.
    case pending
    /// Accepted, possibly after a correction, or added by the analyst.
    case accepted
    /// A proposal the analyst rejected; kept as negative evidence.
    case rejected
    /// An accepted or added annotation the analyst removed.
    case deleted
}

/// Where an annotation came from.
public enum Origin: String, Codable, Sendable {
    /// Made by the session's proposer.
    case proposed
    /// Added by the analyst.
    case added
}

/// The review part every annotation shares, whatever its layer.
///
/// The members are declared so that the one-byte ones share the word after the score: 40
/// bytes instead of 56, in every annotation a session holds (see `AnnotationCoding` for the
/// JSON, whose members keep their order).
public struct Review: Hashable, Codable, Sendable {
    /// The proposer's score, for proposed annotations.
    public var score: Double?
    /// Pending, accepted, rejected or deleted.
    public var status: ReviewStatus
    /// Proposed or added.
    public var origin: Origin
    /// Marked unsure by the analyst.
    public var flagged: Bool
    /// The proposer's rule, for proposed annotations.
    public var rule: String?
    /// The analyst's notes, oldest first.
    public var notes: [String]

    /// Makes a review record.
    public init(status: ReviewStatus, origin: Origin, score: Double? = nil, rule: String? = nil,
                flagged: Bool = false, notes: [String] = []) {
        self.status = status
        self.origin = origin
        self.score = score
        self.rule = rule
        self.flagged = flagged
        self.notes = notes
    }
}

/// A mention as the session holds it: what it says now, and how it was reviewed.
public struct MentionAnnotation: Hashable, Codable, Sendable {
    /// `m1`, `m2`…: the proposal's id, or a fresh one for an added mention.
    public var id: String
    /// The label, offsets and text now in force.
    public var mention: Mention
    /// The review record.
    public var review: Review
    /// What the proposer said, when the analyst changed the label or boundaries.
    public var proposed: Mention? {
        get { proposedBox?.mention }
        set { proposedBox = newValue.map(ProposedMention.init) }
    }
    /// `proposed`, boxed: nearly every annotation has none, and a session holds one annotation
    /// per proposal (25,000 on a megabyte article), so the 48 bytes of an inline `Mention?`
    /// become the 8 of a reference.
    var proposedBox: ProposedMention?

    /// Makes a mention annotation.
    public init(id: String, mention: Mention, review: Review, proposed: Mention? = nil) {
        self.id = id
        self.mention = mention
        self.review = review
        self.proposedBox = proposed.map(ProposedMention.init)
    }

    /// True when the analyst changed the proposal's label or boundaries.
    public var isCorrected: Bool { proposed != nil && proposed != mention }
}

/// A mention kept by reference (immutable: a change stores a new box), compared and hashed by
/// its value, so that a `MentionAnnotation` compares as if it held the mention inline.
final class ProposedMention: Hashable, Sendable {
    let mention: Mention

    init(_ mention: Mention) { self.mention = mention }

    static func == (lhs: ProposedMention, rhs: ProposedMention) -> Bool { lhs.mention == rhs.mention }

    func hash(into hasher: inout Hasher) { hasher.combine(mention) }
}

/// A claim as the session holds it.
public struct ClaimAnnotation: Hashable, Codable, Sendable {
    /// `c1`, `c2`…
    public var id: String
    /// The claim now in force.
    public var claim: Claim
    /// The review record.
    public var review: Review
    /// The proposer's claim, kept the first time the analyst corrects it.
    public var proposed: Claim?

    /// Makes a claim annotation.
    public init(id: String, claim: Claim, review: Review, proposed: Claim? = nil) {
        self.id = id
        self.claim = claim
        self.review = review
        self.proposed = proposed
    }

    /// True when the analyst changed any field of the proposal.
    public var isCorrected: Bool { proposed != nil && proposed != claim }
}

/// What a session's events fold to: every mention and claim with its review, in text order.
/// Saved in the session file beside the events so that a consumer needs no replay.
public struct Annotations: Hashable, Codable, Sendable {
    /// Mentions in text order.
    public var mentions: [MentionAnnotation]
    /// Claims in text order of their content.
    public var claims: [ClaimAnnotation]

    /// Makes an annotation set.
    public init(mentions: [MentionAnnotation] = [], claims: [ClaimAnnotation] = []) {
        self.mentions = mentions
        self.claims = claims
    }

    /// The mentions that belong in a gold dataset: accepted, corrected or added.
    public var goldMentions: [MentionAnnotation] { mentions.filter { $0.review.status == .accepted } }

    /// The claims that belong in a gold dataset.
    public var goldClaims: [ClaimAnnotation] { claims.filter { $0.review.status == .accepted } }
}
