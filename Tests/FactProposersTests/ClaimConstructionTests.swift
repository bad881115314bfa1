import FactModel
import FactProposers
import FactText
import Testing

// MARK: - One invented sentence per construction, every field asserted

/// What a test expects of a claim: texts of its parts, the source's link, stance, certainty, quoted.
struct Expected {
    var source: String?
    var cue: String
    var content: String
    var stance: Stance = .asserts
    var certainty: Certainty = .certain
    var quoted = false
    /// The text of the mention the source links to, when it should link to one.
    var linkedTo: String? = nil
}

/// Proposes claims for `text` and checks the claim whose cue is `expected.cue`, every field.
@discardableResult
func check(_ text: String, _ language: Language, _ expected: Expected, sourceLocation: SourceLocation = #_sourceLocation) -> ProposalSet {
    let document = TextAnalyzer.analyze(id: "t", text: text, language: language)
    let proposals = RuleClaimProposer().propose(document)
    guard let proposal = proposals.claims.first(where: { $0.claim.cue?.text == expected.cue }) else {
        Issue.record("no claim with cue «\(expected.cue)» in:\n\(describe(proposals.claims))", sourceLocation: sourceLocation)
        return proposals
    }
    let claim = proposal.claim
    #expect(claim.source?.text == expected.source, sourceLocation: sourceLocation)
    #expect(claim.content.text == expected.content, sourceLocation: sourceLocation)
    #expect(claim.stance == expected.stance, sourceLocation: sourceLocation)
    #expect(claim.certainty == expected.certainty, sourceLocation: sourceLocation)
    #expect(claim.quoted == expected.quoted, sourceLocation: sourceLocation)
    for part in [claim.source, claim.cue, claim.content].compactMap({ $0 }) {
        #expect(document.text(from: part.start, to: part.end) == part.text, sourceLocation: sourceLocation)
    }
    let linked = claim.source?.mention.flatMap { id in proposals.mentions.first { $0.id == id }?.text }
    #expect(linked == expected.linkedTo, "source link", sourceLocation: sourceLocation)
    #expect(!proposal.rule.isEmpty && proposal.score > 0 && proposal.score <= 1, sourceLocation: sourceLocation)
    return proposals
}

@Test func frenchCompoundPastWithQue() {
    check("Le ministre Jean Dupont a déclaré lundi que l’usine fermera en mars.", .french,
          Expected(source: "Jean Dupont", cue: "a déclaré", content: "l’usine fermera en mars", linkedTo: "Jean Dupont"))
}

@Test func frenchPresentWithConditionalHedge() {
    check("Bercy affirme que les impôts pourraient baisser.", .french,
          Expected(source: "Bercy", cue: "affirme", content: "les impôts pourraient baisser", certainty: .possible, linkedTo: "Bercy"))
}

@Test func frenchPastConditionalFollowingTenseStaysCertain() {
    check("Paul Durand a assuré que l’usine fermerait.", .french,
          Expected(source: "Paul Durand", cue: "a assuré", content: "l’usine fermerait", linkedTo: "Paul Durand"))
}

@Test func frenchPassiveDenialWithAgent() {
    check("Ces informations ont été rapidement démenties par le gouvernement.", .french,
          Expected(source: "le gouvernement", cue: "ont été rapidement démenties", content: "Ces informations", stance: .denies))
}

@Test func frenchQualifierDeFaussesNouvelles() {
    check("Le syndicat a qualifié ces chiffres de fausses nouvelles.", .french,
          Expected(source: "Le syndicat", cue: "a qualifié", content: "ces chiffres", stance: .denies))
}

@Test func frenchInvertedPronounAfterQuote() {
    check("Jean Martin est arrivé à Lyon. « Nous ne céderons pas », a-t-il ajouté.", .french,
          Expected(source: "il", cue: "a-t-il ajouté", content: "Nous ne céderons pas", quoted: true, linkedTo: "Jean Martin"))
}

@Test func frenchInvertedNameAfterQuote() {
    check("« La réforme est nécessaire », explique Marie Dupuis.", .french,
          Expected(source: "Marie Dupuis", cue: "explique", content: "La réforme est nécessaire", quoted: true, linkedTo: "Marie Dupuis"))
}

@Test func frenchSelonAtSentenceStart() {
    check("Selon les syndicats, le projet sera abandonné.", .french,
          Expected(source: "les syndicats", cue: "Selon", content: "le projet sera abandonné"))
}

@Test func frenchDapresAtSentenceEnd() {
    check("Le chômage a baissé, d’après les syndicats.", .french,
          Expected(source: "les syndicats", cue: "d’après", content: "Le chômage a baissé"))
}

@Test func frenchTitleWithApposition() {
    check("Le secrétaire général du syndicat, Paul Durand, a affirmé que la grève continuera.", .french,
          Expected(source: "Paul Durand", cue: "a affirmé", content: "la grève continuera", linkedTo: "Paul Durand"))
}

@Test func frenchMultiSentenceQuoteAfterColon() {
    check("Paul Durand a déclaré : « Nous sommes prêts. La grève continuera. »", .french,
          Expected(source: "Paul Durand", cue: "a déclaré", content: "Nous sommes prêts. La grève continuera",
                   quoted: true, linkedTo: "Paul Durand"))
}

@Test func frenchPronounSourceResolvedToLastPerson() {
    check("Marie Dupuis est arrivée hier. Elle a affirmé que le projet avance.", .french,
          Expected(source: "Elle", cue: "a affirmé", content: "le projet avance", linkedTo: "Marie Dupuis"))
}

@Test func frenchBeliefVerbIsProbable() {
    check("Paul Durand estime que la grève durera.", .french,
          Expected(source: "Paul Durand", cue: "estime", content: "la grève durera", certainty: .probable, linkedTo: "Paul Durand"))
}

@Test func frenchDenialPointingBackDisputes() {
    let proposals = check("Le syndicat affirme que l’usine fermera. La direction a nié ces accusations.", .french,
                          Expected(source: "La direction", cue: "a nié", content: "ces accusations", stance: .denies))
    let denial = proposals.claims.first { $0.claim.cue?.text == "a nié" }
    let asserted = proposals.claims.first { $0.claim.cue?.text == "affirme" }
    #expect(denial?.claim.relations == [ClaimRelation(type: "disputes", target: asserted?.id ?? "?")])
}

@Test func englishSaidThat() {
    check("John Smith said that the plan would fail.", .english,
          Expected(source: "John Smith", cue: "said", content: "the plan would fail", linkedTo: "John Smith"))
}

@Test func englishQuoteThenSaidName() {
    check("“We will win,” said John Smith.", .english,
          Expected(source: "John Smith", cue: "said", content: "We will win", quoted: true, linkedTo: "John Smith"))
}

@Test func englishStraightQuoteThenNameSaid() {
    check("\"We will win,\" Smith said.", .english,
          Expected(source: "Smith", cue: "said", content: "We will win", quoted: true))
}

@Test func englishAccordingTo() {
    check("According to the report, the economy grew.", .english,
          Expected(source: "the report", cue: "According to", content: "the economy grew"))
}

@Test func englishToldReportersWithModal() {
    check("John Smith told reporters that the deal may collapse.", .english,
          Expected(source: "John Smith", cue: "told", content: "the deal may collapse", certainty: .possible, linkedTo: "John Smith"))
}

@Test func englishDeniedNounPhrase() {
    check("The mayor flatly denied the allegations.", .english,
          Expected(source: "The mayor", cue: "denied", content: "the allegations", stance: .denies))
}

@Test func englishPostposedPronoun() {
    check("John Smith arrived late. The economy is slowing, he said.", .english,
          Expected(source: "he", cue: "said", content: "The economy is slowing", linkedTo: "John Smith"))
}

@Test func englishZeroThatWithReportedly() {
    check("John Smith reportedly said the deal was dead.", .english,
          Expected(source: "John Smith", cue: "said", content: "the deal was dead", certainty: .possible, linkedTo: "John Smith"))
}

// MARK: - French denials and their constructions

@Test func frenchDenialNounWithLightVerb() {
    check("Le gouvernement a opposé un démenti formel à ces accusations.", .french,
          Expected(source: "Le gouvernement", cue: "a opposé un démenti formel", content: "ces accusations", stance: .denies))
}

@Test func frenchContestationNoun() {
    check("Le syndicat a exprimé sa contestation des chiffres du ministère.", .french,
          Expected(source: "Le syndicat", cue: "a exprimé sa contestation", content: "des chiffres du ministère", stance: .denies))
}

@Test func frenchRecuserAndRenier() {
    check("Le maire a récusé ces accusations.", .french,
          Expected(source: "Le maire", cue: "a récusé", content: "ces accusations", stance: .denies))
    check("Le parti renie toute implication dans l’attentat.", .french,
          Expected(source: "Le parti", cue: "renie", content: "toute implication dans l’attentat", stance: .denies))
}

@Test func frenchDoubledConsonantPresent() {
    check("Les syndicats rejettent les conclusions du rapport.", .french,
          Expected(source: "Les syndicats", cue: "rejettent", content: "les conclusions du rapport", stance: .denies))
    check("Le ministre rappelle que la loi est en vigueur.", .french,
          Expected(source: "Le ministre", cue: "rappelle", content: "la loi est en vigueur"))
}

@Test func frenchReducedPassiveDenial() {
    check("Ces accusations, démenties par le Kremlin, ont circulé toute la semaine.", .french,
          Expected(source: "Kremlin", cue: "démenties", content: "Ces accusations", stance: .denies, linkedTo: "Kremlin"))
    check("Une information démentie par le ministère a circulé hier.", .french,
          Expected(source: "le ministère", cue: "démentie", content: "Une information", stance: .denies))
}

@Test func frenchPassiveDenialOfPrecedingClause() {
    let proposals = check("Selon le Pentagone, l’avion volait trop près ; ce qui est nié par le ministère chinois.", .french,
                          Expected(source: "le ministère chinois", cue: "est nié", content: "l’avion volait trop près", stance: .denies))
    #expect(proposals.claims.count == 2)
}

@Test func frenchDapresWithApposition() {
    check("D’après Jean Martin, le porte-parole du parti, « la réforme est enterrée ».", .french,
          Expected(source: "Jean Martin", cue: "D’après", content: "la réforme est enterrée", quoted: true, linkedTo: "Jean Martin"))
}

@Test func frenchSelonStressedPronounBetweenCommas() {
    check("Jean Martin est arrivé. Il a précisé que, selon lui, « la réforme est enterrée ».", .french,
          Expected(source: "lui", cue: "selon", content: "la réforme est enterrée", quoted: true, linkedTo: "Jean Martin"))
}

@Test func frenchAEnCroireAtSentenceEnd() {
    check("Le budget serait en hausse, à en croire les calculs du ministère.", .french,
          Expected(source: "les calculs du ministère", cue: "à en croire", content: "Le budget serait en hausse", certainty: .possible))
}

@Test func frenchAuxDiresDe() {
    check("Aux dires du ministre, la situation est sous contrôle.", .french,
          Expected(source: "ministre", cue: "Aux dires du", content: "la situation est sous contrôle"))
}

@Test func frenchPurposeInfinitiveAndBareParticipleAreNoClaims() {
    for text in ["Les salariés ont fait grève afin de dénoncer l’abandon de la chaîne.",
                 "Son arrivée, également annoncée au début de l’été, a été repoussée."] {
        let document = TextAnalyzer.analyze(id: "t", text: text, language: .french)
        #expect(RuleClaimProposer().propose(document).claims.isEmpty, "\(text)")
    }
    check("Le ministre vient de déclarer que la loi est en vigueur.", .french,
          Expected(source: "Le ministre", cue: "vient de déclarer", content: "la loi est en vigueur"))
}

@Test func frenchSubjectWithAcronymAndObjectClitic() {
    check("La Société des journalistes (SDJ) affirme que la venue est une erreur.", .french,
          Expected(source: "SDJ", cue: "affirme", content: "la venue est une erreur", linkedTo: "SDJ"))
    check("Le ministre le répète : la réforme est enterrée.", .french,
          Expected(source: "Le ministre", cue: "répète", content: "la réforme est enterrée"))
}

@Test func frenchDenialNounWithoutLightVerbIsNoCue() {
    let document = TextAnalyzer.analyze(id: "t", text: "Le démenti du ministère est arrivé trop tard.", language: .french)
    #expect(!RuleClaimProposer().propose(document).claims.contains { $0.claim.cue?.text.contains("démenti") == true && $0.claim.source?.text == "Le" })
}

@Test func numberingKeepsLinks() {
    let document = TextAnalyzer.analyze(id: "t", text: "Marie Dupuis est arrivée. Elle a affirmé que le projet avance.", language: .french)
    let once = RuleClaimProposer().propose(document)
    #expect(once.numbered() == once)
    var shuffled = once
    shuffled.mentions.reverse()
    #expect(shuffled.numbered() == once)
}
