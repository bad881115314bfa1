import FactModel
import FactText

/// Mentions from the rules and claims from the rules combined with the learned attribution
/// tagger (English, with the shipped PolNeAR model); French, or a missing model, gets the
/// rules' claims alone. This is the proposer `factline propose` and the shell can run.
public struct HybridClaimProposer: Proposer {
    /// `rules+tagger`.
    public let name = "rules+tagger"
    /// The rules' versions and the tagger's.
    public var version: String { "\(RuleClaimProposer().version)+tagger.\(Self.taggerVersion)" }
    /// Bumped whenever the shipped model or the merge changes.
    public static let taggerVersion = "0.6.0"

    /// The tagger used for English (nil: rules only); the shipped model is only read when the
    /// first English document comes, so French sessions never pay for it.
    public var tagger: ClaimTagger? { usesShippedModel ? ClaimTagger.shippedEnglish : givenTagger }
    /// How rule and tagger claims combine.
    public let merge: ClaimMerge
    private let givenTagger: ClaimTagger?
    private let usesShippedModel: Bool

    /// Makes the proposer with the shipped English model (read and parsed once, on first use).
    public init(merge: ClaimMerge = .standard) {
        givenTagger = nil
        usesShippedModel = true
        self.merge = merge
    }

    /// Makes the proposer with a given tagger (nil: the rules alone).
    public init(tagger: ClaimTagger?, merge: ClaimMerge = .standard) {
        givenTagger = tagger
        usesShippedModel = false
        self.merge = merge
    }

    /// Mentions and claims for a document, numbered.
    public func propose(_ document: Document) -> ProposalSet {
        guard let document = document.tokenizedForProposing else { return ProposalSet() }
        let mentions = RuleProposer().propose(document).numbered().mentions
        return ProposalSet(mentions: mentions, claims: claims(in: document, mentions: mentions)).numbered()
    }

    /// The claims of a tokenized document given its numbered mentions (what `factline
    /// propose` adds beside the mention rules' spans): the rules' claims merged with the
    /// tagger's for English, the rules' alone otherwise.
    public func claims(in document: Document, mentions: [MentionProposal]) -> [ClaimProposal] {
        let rules = ClaimRules().claims(in: document, mentions: mentions)
        guard document.language == .english, let tagger else { return rules }
        // Tagger claims get ids of their own (`t1…`) so the rules' `disputes` links survive renumbering.
        let tagged = tagger.claims(in: document, ruleClaims: rules.map(\.claim), mentions: mentions, fillContent: merge.fillsCueContent,
                            guidelineSpans: merge.guidelineSpans, shareSources: merge.sharesSources, cueLayer: merge.addsLayerCues)
            .enumerated().map { index, proposal in
                var proposal = proposal
                proposal.id = "t\(index + 1)"
                return proposal
            }
        return ProposalSet(mentions: mentions, claims: merge.merge(rules: rules, tagger: tagged)).numbered().claims
    }
}
