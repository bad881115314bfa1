import FactModel
import FactText

/// Proposes entity mentions (PER, ORG, LOC, NORP, DATE, TIME, QUANTITY, EVENT, PRODUCT of
/// `LabelSchema.news`) from word lists and patterns, with no model.
///
/// Each rule adds scored candidates over tokens; overlaps are resolved by score, then length;
/// a second pass gives every occurrence of a strongly found name the same label and marks lone
/// surnames of people already named. Spans always start and end on token boundaries and leave
/// determiners and elided articles out (`l’OTAN` → `OTAN`), because the rules only ever start
/// a span on a name, number or keyword token.
public struct RuleProposer: Proposer {
    /// `rules`.
    public let name = "rules"
    /// Bumped when lists or rules change.
    public let version = "0.1.0"

    /// Makes the proposer; it has no settings.
    public init() {}

    /// Proposes mentions for a document, tokenizing it first when it has no tokens.
    public func propose(_ document: Document) -> ProposalSet {
        guard let document = document.tokenizedForProposing else { return ProposalSet() }
        let view = TokenView(document)
        var candidates = CandidateList()
        GazetteerRules.collect(view, into: &candidates)
        NameRules.collect(view, into: &candidates)
        OrgRules.collect(view, into: &candidates)
        PlaceRules.collect(view, into: &candidates)
        TemporalRules.collect(view, into: &candidates)
        QuantityRules.collect(view, into: &candidates)
        EventProductRules.collect(view, into: &candidates)
        let firstPass = candidates.resolved(tokenCount: view.count)
        candidates.append(contentsOf: ConsistencyRules.collect(view, accepted: firstPass))
        let kept = candidates.resolved(tokenCount: view.count)
        let tokens = document.tokens
        let mentions = kept.map { candidate in
            let start = tokens[candidate.start].start, end = tokens[candidate.end - 1].end
            return MentionProposal(label: candidate.label, start: start, end: end,
                                   text: document.text(from: start, to: end),
                                   score: candidate.score, rule: candidate.rule)
        }
        return ProposalSet(mentions: mentions).numbered()
    }
}
