// MARK: - Flat JSON for annotations
//
// An annotation is written as one flat object (`{"id","label","start","end","text","status",…}`)
// rather than nested mention and review objects: that is what spaCy, Prodigy and pandas users
// expect to read, and it keeps the session file easy to grep.

extension MentionAnnotation {
    private enum CodingKeys: String, CodingKey { case id, proposed }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        proposedBox = try container.decodeIfPresent(Mention.self, forKey: .proposed).map(ProposedMention.init)
        mention = try Mention(from: decoder)
        review = try Review(from: decoder)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encodeIfPresent(proposed, forKey: .proposed)
        try mention.encode(to: encoder)
        try review.encode(to: encoder)
    }
}

extension Review {
    // The members in the order they were declared before `score` moved first (see `Review`),
    // so that a review with several bad members is refused for the same one as before.
    private enum CodingKeys: String, CodingKey { case status, origin, score, rule, flagged, notes }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let status = try container.decode(ReviewStatus.self, forKey: .status)
        let origin = try container.decode(Origin.self, forKey: .origin)
        let score = try container.decodeIfPresent(Double.self, forKey: .score)
        let rule = try container.decodeIfPresent(String.self, forKey: .rule)
        let flagged = try container.decode(Bool.self, forKey: .flagged)
        let notes = try container.decode([String].self, forKey: .notes)
        self.init(status: status, origin: origin, score: score, rule: rule, flagged: flagged, notes: notes)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(status, forKey: .status)
        try container.encode(origin, forKey: .origin)
        try container.encodeIfPresent(score, forKey: .score)
        try container.encodeIfPresent(rule, forKey: .rule)
        try container.encode(flagged, forKey: .flagged)
        try container.encode(notes, forKey: .notes)
    }
}

extension ClaimAnnotation {
    private enum CodingKeys: String, CodingKey { case id, proposed }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        proposed = try container.decodeIfPresent(Claim.self, forKey: .proposed)
        claim = try Claim(from: decoder)
        review = try Review(from: decoder)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encodeIfPresent(proposed, forKey: .proposed)
        try claim.encode(to: encoder)
        try review.encode(to: encoder)
    }
}

extension ClaimProposal {
    private enum CodingKeys: String, CodingKey { case id, score, rule }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        score = try container.decode(Double.self, forKey: .score)
        rule = try container.decode(String.self, forKey: .rule)
        claim = try Claim(from: decoder)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(score, forKey: .score)
        try container.encode(rule, forKey: .rule)
        try claim.encode(to: encoder)
    }
}
