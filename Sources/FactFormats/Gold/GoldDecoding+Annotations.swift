import FactModel

// MARK: - Proposals and annotations
//
// Annotations and proposals are flat objects (see FactModel's AnnotationCoding): the mention or
// claim, its review and its id share one set of keys. One pass collects every key any of them
// uses into `Fields`; each kind then takes the keys it needs, required or optional as its
// `Codable` conformance has them.

extension GoldDecoding {
    /// Every key a flat annotation or proposal object may hold.
    private struct Fields {
        var id: String?, label: String?, start: Int?, end: Int?, text: String?
        var score: Double?, rule: String?, status: ReviewStatus?, origin: Origin?, flagged: Bool?, notes: [String]?
        var source: ClaimPart?, cue: ClaimPart?, content: ClaimPart?
        var stance: Stance?, certainty: Certainty?, quoted: Bool?, relations: [ClaimRelation]?
        var proposedMention: Mention?, proposedClaim: Claim?

        var mention: Mention {
            get throws(Failure) { Mention(label: try required(label), start: try required(start), end: try required(end), text: try required(text)) }
        }

        var claim: Claim {
            get throws(Failure) {
                Claim(source: source, cue: cue, content: try required(content), stance: try required(stance),
                      certainty: try required(certainty), quoted: try required(quoted), relations: try required(relations))
            }
        }

        var review: Review {
            get throws(Failure) {
                Review(status: try required(status), origin: try required(origin), score: score, rule: rule,
                       flagged: try required(flagged), notes: try required(notes))
            }
        }

        private func required<T>(_ value: T?) throws(Failure) -> T {
            guard let value else { throw Failure() }
            return value
        }
    }

    /// What a `proposed` key holds in the object being read.
    private enum Proposed { case mention, claim, none }

    private static func fields(_ cursor: inout JSONCursor, proposed: Proposed) throws(Failure) -> Fields {
        var read = Fields()
        try cursor.beginObject()
        var count = 0
        while let key = try cursor.nextKey(&count) {
            switch key {
            case "id": read.id = try cursor.string()
            case "label": read.label = try cursor.string()
            case "start": read.start = try cursor.int()
            case "end": read.end = try cursor.int()
            case "text": read.text = try cursor.string()
            case "score": read.score = try cursor.null() ? nil : try cursor.double()
            case "rule": read.rule = try cursor.optionalString()
            case "status": read.status = try cursor.null() ? nil : try enumValue(&cursor)
            case "origin": read.origin = try cursor.null() ? nil : try enumValue(&cursor)
            case "flagged": read.flagged = try cursor.bool()
            case "notes": read.notes = try cursor.strings()
            case "source": read.source = try part(&cursor)
            case "cue": read.cue = try part(&cursor)
            case "content": read.content = try cursor.null() ? nil : try part(&cursor)
            case "stance": read.stance = try enumValue(&cursor)
            case "certainty": read.certainty = try enumValue(&cursor)
            case "quoted": read.quoted = try cursor.bool()
            case "relations": read.relations = try cursor.array { cursor throws(Failure) in try relation(&cursor) }
            case "proposed" where proposed == .mention: read.proposedMention = try cursor.null() ? nil : try fields(&cursor, proposed: .none).mention
            case "proposed" where proposed == .claim: read.proposedClaim = try cursor.null() ? nil : try fields(&cursor, proposed: .none).claim
            default: try cursor.skipValue()
            }
        }
        return read
    }

    /// A claim as `Claim`'s own `Codable` conformance reads it (in `add-claim` and `edit-claim` events).
    static func claim(_ cursor: inout JSONCursor) throws(Failure) -> Claim {
        try fields(&cursor, proposed: .none).claim
    }

    private static func enumValue<T: RawRepresentable>(_ cursor: inout JSONCursor) throws(Failure) -> T where T.RawValue == String {
        guard let value = T(rawValue: try cursor.string()) else { throw Failure() }
        return value
    }

    /// A claim part, or nil for `null`.
    private static func part(_ cursor: inout JSONCursor) throws(Failure) -> ClaimPart? {
        guard try !cursor.null() else { return nil }
        var start: Int?, end: Int?, text: String?, mention: String?
        try cursor.beginObject()
        var count = 0
        while let key = try cursor.nextKey(&count) {
            switch key {
            case "start": start = try cursor.int()
            case "end": end = try cursor.int()
            case "text": text = try cursor.string()
            case "mention": mention = try cursor.optionalString()
            default: try cursor.skipValue()
            }
        }
        guard let start, let end, let text else { throw Failure() }
        return ClaimPart(start: start, end: end, text: text, mention: mention)
    }

    private static func relation(_ cursor: inout JSONCursor) throws(Failure) -> ClaimRelation {
        var type: String?, target: String?
        try cursor.beginObject()
        var count = 0
        while let key = try cursor.nextKey(&count) {
            switch key {
            case "type": type = try cursor.string()
            case "target": target = try cursor.string()
            default: try cursor.skipValue()
            }
        }
        guard let type, let target else { throw Failure() }
        return ClaimRelation(type: type, target: target)
    }

    /// An object of two arrays, `mentions` and `claims` (the shape of `proposals` and of
    /// `annotations`), each element read from its flat fields.
    private static func layers<M, C>(_ cursor: inout JSONCursor, proposed: (mention: Proposed, claim: Proposed),
                                     mention: (Fields) throws(Failure) -> M, claim: (Fields) throws(Failure) -> C) throws(Failure) -> ([M], [C]) {
        var mentions: [M]?, claims: [C]?
        try cursor.beginObject()
        var count = 0
        while let key = try cursor.nextKey(&count) {
            switch key {
            case "mentions": mentions = try cursor.array { cursor throws(Failure) in try mention(try fields(&cursor, proposed: proposed.mention)) }
            case "claims": claims = try cursor.array { cursor throws(Failure) in try claim(try fields(&cursor, proposed: proposed.claim)) }
            default: try cursor.skipValue()
            }
        }
        guard let mentions, let claims else { throw Failure() }
        return (mentions, claims)
    }

    /// A mention proposal read from its flat fields.
    private static func mentionProposal(_ f: Fields) throws(Failure) -> MentionProposal {
        let mention = try f.mention
        guard let id = f.id, let score = f.score, let rule = f.rule else { throw Failure() }
        return MentionProposal(id: id, label: mention.label, start: mention.start, end: mention.end, text: mention.text, score: score, rule: rule)
    }

    /// An array of mention proposals (a `repropose` event's `mentions`).
    static func mentionProposals(_ cursor: inout JSONCursor) throws(Failure) -> [MentionProposal] {
        try cursor.array { cursor throws(Failure) in try mentionProposal(try fields(&cursor, proposed: .none)) }
    }

    /// The `proposals` object.
    static func proposals(_ cursor: inout JSONCursor) throws(Failure) -> ProposalSet {
        let (mentions, claims) = try layers(&cursor, proposed: (.none, .none), mention: { f throws(Failure) in
            try mentionProposal(f)
        }, claim: { f throws(Failure) in
            guard let id = f.id, let score = f.score, let rule = f.rule else { throw Failure() }
            return ClaimProposal(id: id, claim: try f.claim, score: score, rule: rule)
        })
        return ProposalSet(mentions: mentions, claims: claims)
    }

    /// The `annotations` object.
    static func annotations(_ cursor: inout JSONCursor) throws(Failure) -> Annotations {
        let (mentions, claims) = try layers(&cursor, proposed: (.mention, .claim), mention: { f throws(Failure) in
            guard let id = f.id else { throw Failure() }
            return MentionAnnotation(id: id, mention: try f.mention, review: try f.review, proposed: f.proposedMention)
        }, claim: { f throws(Failure) in
            guard let id = f.id else { throw Failure() }
            return ClaimAnnotation(id: id, claim: try f.claim, review: try f.review, proposed: f.proposedClaim)
        })
        return Annotations(mentions: mentions, claims: claims)
    }
}
