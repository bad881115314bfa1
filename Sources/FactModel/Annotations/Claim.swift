/// The source's polarity toward the content of a claim.
public enum Stance: String, Codable, Sendable, CaseIterable {
    case asserts
    case denies
}

/// How sure the source is of the content (FactBank's factuality scale, relative to the source).
public enum Certainty: String, Codable, Sendable, CaseIterable {
    case certain
    case probable
    case possible
    case unknown
}

/// One span of a claim (its source, cue or content), optionally linked to a mention.
public struct ClaimPart: Hashable, Codable, Sendable {
    /// First code point.
    public var start: Int
    /// One past the last code point.
    public var end: Int
    /// The exact text covered.
    public var text: String
    /// The id of a mention covering the source (`m4`), when there is one.
    public var mention: String?

    /// Makes a claim part.
    public init(start: Int, end: Int, text: String, mention: String? = nil) {
        self.start = start
        self.end = end
        self.text = text
        self.mention = mention
    }

    /// The span covered.
    public var span: TextSpan { TextSpan(start: start, end: end) }
}

/// A link from one claim to another.
public struct ClaimRelation: Hashable, Codable, Sendable {
    /// `disputes` (a denial of an earlier claim) or `supports`.
    public var type: String
    /// The id of the other claim (`c2`).
    public var target: String

    /// Makes a relation.
    public init(type: String, target: String) {
        self.type = type
        self.target = target
    }
}

/// A proposition the article attributes to a source (layer 2 of the annotation guidelines,
/// after PARC and FactBank). Claims may overlap mentions and each other.
public struct Claim: Hashable, Codable, Sendable {
    /// Who makes the claim; nil when the article leaves it implicit.
    public var source: ClaimPart?
    /// The reporting expression (`a déclaré`, `selon`, `denied`).
    public var cue: ClaimPart?
    /// What is claimed, without the complementiser.
    public var content: ClaimPart
    /// Whether the source asserts or denies the content.
    public var stance: Stance
    /// How sure the source is.
    public var certainty: Certainty
    /// True when the content is in quotation marks.
    public var quoted: Bool
    /// Links to other claims.
    public var relations: [ClaimRelation]

    /// Makes a claim.
    public init(source: ClaimPart?, cue: ClaimPart?, content: ClaimPart, stance: Stance = .asserts,
                certainty: Certainty = .certain, quoted: Bool = false, relations: [ClaimRelation] = []) {
        self.source = source
        self.cue = cue
        self.content = content
        self.stance = stance
        self.certainty = certainty
        self.quoted = quoted
        self.relations = relations
    }

    /// FactBank's single-label code: CT+, PR+, PS+, Uu, with `denies` flipping the sign.
    public var factBankCode: String {
        let sign = stance == .asserts ? "+" : "-"
        switch certainty {
        case .certain: return "CT" + sign
        case .probable: return "PR" + sign
        case .possible: return "PS" + sign
        case .unknown: return "Uu"
        }
    }
}

/// A claim suggested by a proposer, with its id, score and rule.
public struct ClaimProposal: Hashable, Codable, Sendable {
    /// A short stable id (`c1`, `c2`…).
    public var id: String
    /// The proposed claim.
    public var claim: Claim
    /// The proposer's confidence, 0…1.
    public var score: Double
    /// The rule or model that made it.
    public var rule: String

    /// Makes a claim proposal.
    public init(id: String = "", claim: Claim, score: Double, rule: String) {
        self.id = id
        self.claim = claim
        self.score = score
        self.rule = rule
    }
}

/// Everything a proposer suggests for one document.
public struct ProposalSet: Hashable, Codable, Sendable {
    /// Entity mentions, in text order once numbered.
    public var mentions: [MentionProposal]
    /// Claims, in text order of their content once numbered.
    public var claims: [ClaimProposal]

    /// Makes a proposal set.
    public init(mentions: [MentionProposal] = [], claims: [ClaimProposal] = []) {
        self.mentions = mentions
        self.claims = claims
    }

    /// The same proposals sorted in text order with ids `m1…` and `c1…`, so ids are stable for a
    /// given proposer and text. Links follow the renumbering: a claim part's `mention` and a
    /// relation's `target` that named an old id name the new one (unknown ids are kept).
    public func numbered() -> ProposalSet {
        let sortedMentions = mentions.sorted { ($0.start, $0.end, $0.label) < ($1.start, $1.end, $1.label) }
        let sortedClaims = claims.sorted {
            ($0.claim.content.start, $0.claim.content.end, $0.id) < ($1.claim.content.start, $1.claim.content.end, $1.id)
        }
        var mentionIDs: [String: String] = [:], claimIDs: [String: String] = [:]
        for (index, proposal) in sortedMentions.enumerated() where !proposal.id.isEmpty { mentionIDs[proposal.id] = "m\(index + 1)" }
        for (index, proposal) in sortedClaims.enumerated() where !proposal.id.isEmpty { claimIDs[proposal.id] = "c\(index + 1)" }
        func relink(_ part: ClaimPart?) -> ClaimPart? {
            guard var part, let old = part.mention else { return part }
            // A link to a mention that is gone (a schema left its label out) is dropped, never
            // left to name whichever mention now has that number.
            part.mention = mentionIDs.isEmpty ? old : mentionIDs[old]
            return part
        }
        return ProposalSet(
            mentions: sortedMentions.enumerated().map { index, proposal in
                var numbered = proposal
                numbered.id = "m\(index + 1)"
                return numbered
            },
            claims: sortedClaims.enumerated().map { index, proposal in
                var numbered = proposal
                numbered.id = "c\(index + 1)"
                numbered.claim.source = relink(proposal.claim.source)
                numbered.claim.cue = relink(proposal.claim.cue)
                numbered.claim.content = relink(proposal.claim.content) ?? proposal.claim.content
                numbered.claim.relations = proposal.claim.relations.compactMap { relation in
                    guard !claimIDs.isEmpty else { return relation }
                    return claimIDs[relation.target].map { ClaimRelation(type: relation.type, target: $0) }
                }
                return numbered
            })
    }
}
