import FactModel
import FactText

/// Proposes mentions with a trained `EntityTagger` only (rule `model.<name>`).
public struct ModelProposer: Proposer {
    /// The tagger.
    public let tagger: EntityTagger
    /// `model`.
    public let name = "model"
    /// The tagger's name and version (`fr-news 1`).
    public var version: String { "\(tagger.name) \(tagger.version)" }

    /// Wraps a tagger.
    public init(tagger: EntityTagger) { self.tagger = tagger }

    /// The tagger's mentions, numbered.
    public func propose(_ document: Document) -> ProposalSet {
        ProposalSet(mentions: tagger.mentions(in: document)).numbered()
    }
}

/// How rule proposals complete a model's.
public enum RuleFill: String, Sendable, CaseIterable {
    /// Rules add only labels the model does not know (NORP, QUANTITY for a WiNER model).
    case otherLabels = "other-labels"
    /// Rules add any span that overlaps none of the model's.
    case gaps
    /// No rules.
    case none
}

/// The model first, then the rules where it is silent (see `RuleFill`), then the claim rules
/// over the resulting mentions. Each proposal keeps its provenance: `model.<name>` or the rule's
/// own name, and its own score.
public struct CombinedProposer: Proposer {
    /// The tagger, or nil for rules alone.
    public let tagger: EntityTagger?
    /// Which rule proposals are added.
    public let fill: RuleFill
    /// Whether claims are proposed too.
    public let claims: Bool
    /// `model+rules+claims` (or `rules+claims` without a model; `+claims` is left out when off).
    public var name: String { (tagger == nil ? "rules" : "model+rules") + (claims ? "+claims" : "") }
    /// Every part's version: `fr-news 1+rules 0.1.0+claims 0.1.0`.
    public var version: String {
        var parts: [String] = []
        if let tagger { parts.append("\(tagger.name) \(tagger.version)") }
        parts.append("rules \(RuleProposer().version)")
        if claims { parts.append("claims \(ClaimRules.version)") }
        return parts.joined(separator: "+")
    }

    /// Combines a tagger (or none) with the rules.
    public init(tagger: EntityTagger?, fill: RuleFill = .otherLabels, claims: Bool = true) {
        self.tagger = tagger
        self.fill = fill
        self.claims = claims
    }

    /// The combined mentions (and claims), numbered.
    public func propose(_ document: Document) -> ProposalSet {
        guard let document = document.tokenizedForProposing else { return ProposalSet() }
        let mentions = combinedMentions(document)
        guard claims else { return ProposalSet(mentions: mentions).numbered() }
        let numbered = ProposalSet(mentions: mentions).numbered().mentions
        return ProposalSet(mentions: numbered, claims: ClaimRules().claims(in: document, mentions: numbered)).numbered()
    }

    /// The model's mentions plus the rule mentions `fill` lets in, in text order.
    func combinedMentions(_ document: Document) -> [MentionProposal] {
        let rules = RuleProposer().propose(document).mentions
        guard let tagger else { return rules }
        var mentions = tagger.mentions(in: document, ruleMentions: rules)
        guard fill != .none else { return mentions }
        let known = Set(tagger.labels)
        let fromModel = mentions.map { TextSpan(start: $0.start, end: $0.end) }
        for rule in rules where fill == .gaps || !known.contains(rule.label) {
            let span = TextSpan(start: rule.start, end: rule.end)
            if !fromModel.contains(where: { $0.overlaps(span) }) { mentions.append(rule) }
        }
        return mentions.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
    }
}
