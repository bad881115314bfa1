import FactModel
import FactProposers
import FactText
import Foundation
import Testing

// MARK: - Printing claims (for reading what the rules propose)

/// One line per claim: id, source → mention, cue, content, stance, certainty, quoted, links, rule.
func describe(_ claims: [ClaimProposal]) -> String {
    claims.map { proposal in
        let claim = proposal.claim
        let source = claim.source.map { "\($0.text)\($0.mention.map { "→\($0)" } ?? "")" } ?? "∅"
        let links = claim.relations.map { "\($0.type) \($0.target)" }.joined(separator: ",")
        return "\(proposal.id) [\(source)] <\(claim.cue?.text ?? "∅")> {\(claim.content.text)} \(claim.stance.rawValue) \(claim.certainty.rawValue)\(claim.quoted ? " quoted" : "") \(links) · \(proposal.rule)"
    }.joined(separator: "\n")
}

@Test(.enabled(if: ProcessInfo.processInfo.environment["FACTLINE_PRINT_CLAIMS"] == "1", "a printing tool: FACTLINE_PRINT_CLAIMS=1"))
func printExampleClaims() throws {
    let proposals = RuleClaimProposer().propose(try exampleArticle())
    print(describe(proposals.claims))
}

/// With FACTLINE_CLAIM_TEXT set (and FACTLINE_CLAIM_LANGUAGE `en`, French otherwise), prints
/// the rules' claims of that text, one sentence per line of it: for reading what the rules do
/// on a sentence while writing a rule.
@Test(.enabled(if: ProcessInfo.processInfo.environment["FACTLINE_CLAIM_TEXT"] != nil, "a printing tool: FACTLINE_CLAIM_TEXT=…"))
func printClaimsOfGivenText() {
    let environment = ProcessInfo.processInfo.environment
    guard let text = environment["FACTLINE_CLAIM_TEXT"] else { return }
    let language: Language = environment["FACTLINE_CLAIM_LANGUAGE"] == "en" ? .english : .french
    for line in text.split(separator: "\n") {
        let document = TextAnalyzer.analyze(id: "given", text: String(line), language: language)
        print("» \(line)\n\(describe(RuleClaimProposer().propose(document).claims))")
    }
}
