import FactModel

/// How the analyst's claim tagger joins the claims another proposer already made.
public enum AnalystClaimMerge: String, Sendable, CaseIterable {
    /// The base proposer keeps every claim; the tagger only adds claims in sentences where the
    /// base found none (a construction the rules miss, taught by the analyst). What the shell uses.
    case addsWhereNone = "adds-where-none"
    /// The rules' claims merged with the tagger's as the shipped English tagger's are
    /// (`ClaimMerge.standard`), replacing the base proposer's claims: for measuring.
    case standard
}

/// A proposer whose claims are its base proposer's plus those of the analyst's claim tagger for
/// the document's language (`AnalystClaimModel`), merged by `merge`; with no tagger for the
/// language, exactly the base proposer. Its version names the tagger (`+claims-analyst fr u3.…`),
/// so a session records which one proposed.
public struct AnalystClaimProposer: Proposer {
    /// The proposer of the mentions and the first claims (`NewsProposer`, `AnalystProposer`…).
    public let base: any Proposer
    /// The analyst's claim taggers.
    public let model: AnalystClaimModel
    /// How the tagger's claims join the base's.
    public let merge: AnalystClaimMerge

    /// Proposes with `base`, then adds the analyst tagger's claims.
    public init(base: any Proposer, model: AnalystClaimModel, merge: AnalystClaimMerge = .addsWhereNone) {
        self.base = base
        self.model = model
        self.merge = merge
    }

    /// The base proposer's name.
    public var name: String { base.name }
    /// The base proposer's version, then each analyst claim tagger's.
    public var version: String {
        let versions = model.versions
        guard !versions.isEmpty else { return base.version }
        return base.version + "+\(AnalystClaimTraining.name) " + versions.joined(separator: ",")
            + (merge == .addsWhereNone ? "" : " \(merge.rawValue)")
    }

    /// The base proposals with the tagger's claims merged in, numbered.
    public func propose(_ document: Document) -> ProposalSet {
        guard let document = document.tokenizedForProposing else { return ProposalSet() }
        let proposals = base.propose(document)
        guard let tagger = model.model(for: document.language)?.tagger else { return proposals }
        let rules = ClaimRules().claims(in: document, mentions: proposals.mentions)
        let tagged = tagger.claims(in: document, ruleClaims: rules.map(\.claim), mentions: proposals.mentions, fillContent: true,
                                   guidelineSpans: true, shareSources: true)
            .enumerated().map { index, proposal in
                var proposal = proposal
                proposal.id = "t\(index + 1)"
                proposal.rule = AnalystClaimTraining.name
                if document.language == .french, let source = proposal.claim.source {
                    proposal.claim.source = FrenchTaggerWords.withElidedArticle(source, in: document)
                }
                return proposal
            }
        switch merge {
        case .addsWhereNone:
            let added = Self.additions(tagged, besides: proposals.claims, in: document)
            return ProposalSet(mentions: proposals.mentions, claims: proposals.claims + added).numbered()
        case .standard:
            return ProposalSet(mentions: proposals.mentions, claims: ClaimMerge.standard.merge(rules: rules, tagger: tagged)).numbered()
        }
    }

    /// The tagger's claims whose sentences no claim of `existing` touches (any of source, cue,
    /// content), so the rules' claims, with their links, keep priority.
    static func additions(_ tagged: [ClaimProposal], besides existing: [ClaimProposal], in document: Document) -> [ClaimProposal] {
        let sentences = TaggerFeatures.sentenceRanges(document)
        var taken = Set<Int>()
        for proposal in existing { taken.formUnion(ClaimTrainingDocument.sentences(touchedBy: proposal.claim, in: document, sentences: sentences)) }
        return tagged.filter { proposal in
            ClaimTrainingDocument.sentences(touchedBy: proposal.claim, in: document, sentences: sentences).isDisjoint(with: taken)
        }
    }
}
