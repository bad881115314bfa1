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
    public static let taggerVersion = "0.1.0"

    /// The tagger used for English (nil: rules only).
    public let tagger: ClaimTagger?
    /// How rule and tagger claims combine.
    public let merge: ClaimMerge

    /// Makes the proposer with the shipped English model (loaded once, lazily) by default.
    public init(tagger: ClaimTagger? = ClaimTagger.shippedEnglish, merge: ClaimMerge = .standard) {
        self.tagger = tagger
        self.merge = merge
    }

    /// Mentions and claims for a document, numbered.
    public func propose(_ document: Document) -> ProposalSet {
        var document = document
        if document.tokens.isEmpty {
            guard !document.text.isEmpty else { return ProposalSet() }
            TextAnalyzer.analyze(&document)
        }
        let mentions = RuleProposer().propose(document).numbered().mentions
        let rules = ClaimRules().claims(in: document, mentions: mentions)
        guard document.language == .english, let tagger else {
            return ProposalSet(mentions: mentions, claims: rules).numbered()
        }
        // Tagger claims get ids of their own (`t1…`) so the rules' `disputes` links survive renumbering.
        let tagged = tagger.claims(in: document, ruleClaims: rules.map(\.claim), mentions: mentions)
            .enumerated().map { index, proposal in
                var proposal = proposal
                proposal.id = "t\(index + 1)"
                return proposal
            }
        return ProposalSet(mentions: mentions, claims: merge.merge(rules: rules, tagger: tagged)).numbered()
    }
}
