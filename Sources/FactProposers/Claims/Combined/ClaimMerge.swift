import FactModel

/// How the rules' claims and the tagger's are combined.
public struct ClaimMerge: Sendable, Hashable {
    /// Keep rule claims whose cue no tagger cue overlaps.
    public var keepRuleOnly: Bool
    /// Where a rule claim and a tagger claim share a cue, take the tagger's source and content
    /// spans when its score is at least this (1 never, 0 always).
    public var preferTaggerAbove: Double

    /// Tagger claims the rules did not find are dropped below this score.
    public var dropTaggerOnlyBelow: Double

    /// A tagger cue without a content span takes the rest of its sentence as content, or the
    /// sentence before it when nothing follows.
    public var fillsCueContent: Bool

    /// A tagger cue without a source span takes the nearest source span of its sentence that
    /// went to another cue (`X said … and added …`).
    public var sharesSources: Bool

    /// The cues of the model's cue layer that no claim has start claims of their own (see
    /// `CueLayer`; a model without a cue layer has none).
    public var addsLayerCues: Bool

    /// Tagger spans follow the annotation guidelines (no `that`, no marks around a whole
    /// quotation, no end punctuation); false keeps PolNeAR's conventions, for scoring against it.
    public var guidelineSpans: Bool

    /// Makes a policy.
    public init(keepRuleOnly: Bool = true, preferTaggerAbove: Double = 0, dropTaggerOnlyBelow: Double = 0,
                fillsCueContent: Bool = false, sharesSources: Bool = false, guidelineSpans: Bool = true,
                addsLayerCues: Bool = false) {
        self.addsLayerCues = addsLayerCues
        self.guidelineSpans = guidelineSpans
        self.sharesSources = sharesSources
        self.fillsCueContent = fillsCueContent
        self.keepRuleOnly = keepRuleOnly
        self.preferTaggerAbove = preferTaggerAbove
        self.dropTaggerOnlyBelow = dropTaggerOnlyBelow
    }

    /// The policy the shipped proposer uses, chosen on a held-out tenth of PolNeAR train
    /// (`make tune-claims`): where the tagger sees no cue the rules' claim is dropped (it
    /// scored higher on source and cue than keeping it: with the stacked model, 0.725 vs 0.714
    /// cue and 0.719 vs 0.698 source overlap F1); a cue without content gets the sentence
    /// around it and a cue without source shares its sentence's (cue 0.725 → 0.730, source
    /// 0.719 → 0.728, content 0.835 → 0.831). Cues of the model's cue layer that no claim has
    /// start claims of their own (tagger 0.5.0, same tuning tenth: source 0.725 → 0.731, cue
    /// 0.721 → 0.732, content 0.820 → 0.828).
    public static let standard = ClaimMerge(keepRuleOnly: false, preferTaggerAbove: 0, fillsCueContent: true, sharesSources: true,
                                            addsLayerCues: true)

    /// Merges: a pair whose cues overlap yields one claim (the rule's, with the tagger's spans
    /// when the tagger is sure enough, keeping the rule's stance, certainty and mention links
    /// where the spans agree); tagger claims the rules missed are added; rule claims the tagger
    /// missed are kept or dropped by `keepRuleOnly`.
    public func merge(rules: [ClaimProposal], tagger: [ClaimProposal]) -> [ClaimProposal] {
        var result: [ClaimProposal] = []
        var matchedRules = Set<Int>()
        for proposal in tagger {
            guard let cue = proposal.claim.cue,
                  let index = rules.indices.first(where: { !matchedRules.contains($0) && rules[$0].claim.cue.map { $0.span.overlaps(cue.span) } == true })
            else {
                if proposal.score >= dropTaggerOnlyBelow { result.append(proposal) }
                continue
            }
            matchedRules.insert(index)
            var merged = rules[index]
            if proposal.score >= preferTaggerAbove {
                let ruleClaim = merged.claim
                merged.claim.content = proposal.claim.content
                merged.claim.cue = proposal.claim.cue
                if let source = proposal.claim.source {
                    merged.claim.source = ruleClaim.source?.span == source.span ? ruleClaim.source : source
                }
                merged.claim.quoted = proposal.claim.quoted
                merged.rule += "+tagger"
            }
            merged.score = max(merged.score, proposal.score)
            result.append(merged)
        }
        for index in rules.indices where keepRuleOnly && !matchedRules.contains(index) {
            let content = rules[index].claim.content.span
            // A rule claim whose content the tagger gave to another claim stays out.
            guard !result.contains(where: { $0.claim.content.span == content }) else { continue }
            result.append(rules[index])
        }
        return result
    }
}
