import FactModel
import Foundation
import Testing
@testable import FactFormats

// MARK: - Agreement on claims, hand-made with known answers

private let text = "Ana a dit que Paris brûle. Bob affirme que Lyon dort."

/// The claim part covering `needle` in the text.
private func part(_ needle: String) -> ClaimPart {
    let span = Document(id: "t", text: text, language: .french).occurrences(of: needle)[0]
    return ClaimPart(start: span.start, end: span.end, text: needle)
}

private func gold(_ annotator: String, text: String = text, claims: [Claim], mentions: [Mention] = []) -> GoldDocument {
    let document = Document(id: "t", text: text, language: .french)
    let review = Review(status: .accepted, origin: .added)
    return GoldDocument(article: ArticleRecord(document: document, source: "t.txt"), annotator: annotator, path: "\(annotator).json",
                        status: .complete, updated: Date(timeIntervalSince1970: 0), proposer: ProposerRecord(name: "p", version: "1"),
                        schema: .news, proposals: ProposalSet(),
                        mentions: mentions.enumerated().map { MentionAnnotation(id: "m\($0.offset + 1)", mention: $0.element, review: review) },
                        claims: claims.enumerated().map { ClaimAnnotation(id: "c\($0.offset + 1)", claim: $0.element, review: review) })
}

private let paris = Claim(source: part("Ana"), cue: part("a dit"), content: part("Paris brûle"))
private let lyon = Claim(source: part("Bob"), cue: part("affirme"), content: part("Lyon dort"))
/// Bob's reading of the second claim: the content takes the complementiser, no cue, a denial.
private let lyonWider = Claim(source: part("Bob"), cue: nil, content: part("que Lyon dort"), stance: .denies)

@Test func claimAgreementPerRoleAndStance() throws {
    let other = gold("ana", text: "Un autre texte.", claims: [])  // one annotator only: left out
    let report = AgreementReport(documents: [gold("bob", claims: [paris, lyonWider]), other, gold("ana", claims: [paris, lyon])])
    #expect(report.texts == 1)
    let pair = try #require(report.pairs["ana / bob"])
    let claims = pair.claims
    // Sources: both have Ana and Bob.
    #expect(AgreementReport.f1(claims.exact["source"]!) == 1 && AgreementReport.f1(claims.overlap["source"]!) == 1)
    // Cues: ana has two, bob one, shared: 2·1/3.
    #expect(AgreementReport.f1(claims.exact["cue"]!) == 2.0 / 3.0)
    // Contents: "Lyon dort" and "que Lyon dort" overlap but differ.
    #expect(AgreementReport.f1(claims.exact["content"]!) == 0.5)
    #expect(AgreementReport.f1(claims.overlap["content"]!) == 1)
    #expect(claims.paired == 2 && claims.stanceAccuracy == 0.5)
    // The two readings of the second claim are each held by one annotator; the first is shared.
    #expect(report.claimDisagreements.count == 2)
    let held = report.claimDisagreements.map { ($0["annotators"] as! [String], ($0["content"] as! [String: Any])["text"] as! String) }
    #expect(held.contains { $0.0 == ["ana"] && $0.1 == "Lyon dort" })
    #expect(held.contains { $0.0 == ["bob"] && $0.1 == "que Lyon dort" })
    let table = report.table()
    #expect(table.contains("ana / bob claims: source F1 1.000 exact, 1.000 overlap · cue F1 0.667 exact, 0.667 overlap · content F1 0.500 exact, 1.000 overlap · stance agreement 0.500 over 2 claim(s) paired by content"))
    #expect(table.contains("2 claim(s) not shared by every annotator"))
    #expect(table.contains("cue none · denies only bob"))
    let row = try #require((report.json()["pairs"] as? [[String: Any]])?.first)
    let json = try #require(row["claims"] as? [String: Any])
    #expect(json["stance_agreement"] as? Double == 0.5)
    let roles = try #require(json["roles"] as? [String: [String: Any]])
    #expect(roles["cue"]?["first"] as? Int == 2 && roles["cue"]?["second"] as? Int == 1 && roles["cue"]?["exact_matched"] as? Int == 1)
}

@Test func annotatorsWhoAgreeOnEveryClaimAgreeFully() throws {
    let report = AgreementReport(documents: [gold("ana", claims: [paris, lyon]), gold("bob", claims: [lyon, paris])])
    let claims = try #require(report.pairs["ana / bob"]).claims
    for role in ClaimEvaluation.roles { #expect(AgreementReport.f1(claims.exact[role]!) == 1) }
    #expect(claims.stanceAccuracy == 1 && report.claimDisagreements.isEmpty)
}

@Test func textsWithoutClaimsHaveNoClaimFigures() throws {
    let report = AgreementReport(documents: [gold("ana", claims: []), gold("bob", claims: [])])
    let claims = try #require(report.pairs["ana / bob"]).claims
    #expect(AgreementReport.f1(claims.exact["content"]!) == nil && claims.stanceAccuracy == nil)
    #expect(!report.table().contains("claims:"))
    let row = try #require((report.json()["pairs"] as? [[String: Any]])?.first?["claims"] as? [String: Any])
    #expect(row["stance_agreement"] is NSNull)
}
