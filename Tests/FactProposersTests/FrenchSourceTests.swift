import FactModel
import FactProposers
import FactText
import Testing

// MARK: - French sources, from errors seen on WiNER articles outside the held-out eight

@Test func frenchRelativeClauseBetweenCommasIsNoSource() {
    // 2017_01_21-005: `Paul James, qui a assisté à la cérémonie, a déclaré que …`
    check("Le général Paul James, qui a assisté à la cérémonie, a déclaré que les troupes étaient prêtes.", .french,
          Expected(source: "Paul James", cue: "a déclaré", content: "les troupes étaient prêtes", linkedTo: "Paul James"))
}

@Test func frenchInvertedSubjectAfterAdverb() {
    // 2017_02_16-003 and 2017_02_10-003: `…, ajoute encore la source proche de l’enquête.`
    check("Le suspect était en contact avec un recruteur, ajoute encore la source proche de l’enquête.", .french,
          Expected(source: "la source proche de l’enquête", cue: "ajoute", content: "Le suspect était en contact avec un recruteur"))
}

@Test func frenchInvertedSubjectAfterDative() {
    // `« … », a indiqué au Monde le premier substitut du procureur.`
    check("« Il a été frappé à coups de pied », a indiqué au Monde le premier substitut du procureur.", .french,
          Expected(source: "le premier substitut du procureur", cue: "a indiqué", content: "Il a été frappé à coups de pied", quoted: true))
}

@Test func frenchParticipleSharesTheSourceBeforeIt() {
    // 2017_02_16-003: `« … », déclare-t-il, ajoutant qu’« … »`; 2017_02_01-003: `X avait expliqué que …, ajoutant que …`.
    check("« Je n’en savais rien », déclare-t-il, ajoutant qu’« il parlait peu ».", .french,
          Expected(source: "il", cue: "ajoutant", content: "il parlait peu", quoted: true))
    check("Le ministre a déclaré que la loi était prête, ajoutant que le vote a lieu en mars.", .french,
          Expected(source: "Le ministre", cue: "ajoutant", content: "le vote a lieu en mars"))
    check("Une source proche de l’enquête affirme que des cibles avaient été choisies, tout en ajoutant qu’aucune date n’était fixée.", .french,
          Expected(source: "Une source proche de l’enquête", cue: "ajoutant", content: "aucune date n’était fixée"))
}

@Test func frenchSelonAfterSentenceAdverbAndApposition() {
    // 2017_02_01-003 and 2017_02_10-003: `Ainsi, selon Patrick Stefanini, directeur de campagne de Fillon, « … »`.
    check("Ainsi, selon Patrick Stefanini, directeur de campagne de Fillon, « cet article témoigne d’un acharnement ».", .french,
          Expected(source: "Patrick Stefanini", cue: "selon", content: "cet article témoigne d’un acharnement", quoted: true,
                   linkedTo: "Patrick Stefanini"))
}

@Test func frenchSelonCeQuAConfie() {
    // 2017_02_16-003: `…, selon ce qu'a confié une source judiciaire à l’Agence France-Presse.`
    check("Ils ont été placés en détention provisoire, selon ce qu’a confié une source judiciaire à l’Agence France-Presse.", .french,
          Expected(source: "une source judiciaire", cue: "selon", content: "Ils ont été placés en détention provisoire"))
}

@Test func frenchSourceQuotedByAnAgencyIsTheSpeaker() {
    // `selon un médecin cité par AP`: AP relays, the doctor speaks.
    check("Au moins douze personnes ont été tuées, selon un médecin cité par AP.", .french,
          Expected(source: "un médecin", cue: "selon", content: "Au moins douze personnes ont été tuées"))
}

@Test func frenchSelonLaquelleIsNoCue() {
    // 2017_03_25-002: `une révélation selon laquelle il aurait touché 50 000 dollars`.
    let document = TextAnalyzer.analyze(id: "t", text: "Il a nié une révélation selon laquelle il aurait touché 50 000 dollars.", language: .french)
    #expect(!RuleClaimProposer().propose(document).claims.contains { $0.claim.cue?.text == "selon" })
}

@Test func frenchInvertedSubjectBeforeAParenthesis() {
    // 2016_06_12-011: `…, a déclaré le maire Gaël Perdriau ( Les Républicains ).`
    check("La grève est terminée, a déclaré le maire Gaël Perdriau (Les Républicains).", .french,
          Expected(source: "Gaël Perdriau", cue: "a déclaré", content: "La grève est terminée", linkedTo: "Gaël Perdriau"))
}

@Test func frenchSelonAfterALongerSentenceAdverb() {
    // 2017_12_19-001: `D'autre part, selon la plupart des témoignages recueillis, …`
    check("D’autre part, selon les témoins, les barrières étaient levées.", .french,
          Expected(source: "les témoins", cue: "selon", content: "les barrières étaient levées"))
    check("Il est mort, selon les secours.", .french,
          Expected(source: "les secours", cue: "selon", content: "Il est mort"))
}

@Test func frenchInvertedSubjectBeforeAnAdjunct() {
    // 2017_03_22-001: `…, a répondu le ministre en marge d’un déplacement.`
    check("« Cela se fait régulièrement », a répondu le ministre en marge d’un déplacement.", .french,
          Expected(source: "le ministre", cue: "a répondu", content: "Cela se fait régulièrement", quoted: true))
}

@Test func frenchParentheticalBeforeTheVerbIsNoSource() {
    // `a comma before the verb taken for an inverted subject`, seen on WiNER articles.
    check("Le maire, lui, a affirmé que la route est rouverte.", .french,
          Expected(source: "Le maire", cue: "a affirmé", content: "la route est rouverte"))
    check("Le ministre, mardi, a annoncé que la loi est votée.", .french,
          Expected(source: "Le ministre", cue: "a annoncé", content: "la loi est votée"))
    let document = TextAnalyzer.analyze(id: "t", text: "Le gouvernement, de son côté, dément.", language: .french)
    #expect(!RuleClaimProposer().propose(document).claims.contains { $0.claim.content.text.hasPrefix("Le gouvernement") })
}

@Test func frenchCommeLAConfirme() {
    // 2017_02_16-003: `…, par la police judiciaire, comme l'a confirmé le procureur de Charleville-Mézières, pour …`
    check("Selon L’Union, les domiciles ont été perquisitionnés par la police, comme l’a confirmé le procureur de Charleville-Mézières, mardi.", .french,
          Expected(source: "le procureur de Charleville-Mézières", cue: "a confirmé",
                   content: "les domiciles ont été perquisitionnés par la police"))
}

@Test func frenchInvertedSubjectAfterPourSaPart() {
    // 2017_02_16-003: `« … », a confié pour sa part la mère de l'adolescente`.
    check("« Ma fille est innocente », a confié pour sa part la mère de l’adolescente.", .french,
          Expected(source: "la mère de l’adolescente", cue: "a confié", content: "Ma fille est innocente", quoted: true))
}

@Test func frenchVerbInsideSelonCeQueMakesNoClaimOfItsOwn() {
    // 2017_02_16-003: `…, selon ce qu'a confié Rodrigue, ami de Thomas avant qu'il ne se radicalise, à l'AFP.`
    let document = TextAnalyzer.analyze(id: "t", text: "Il était fiché S, selon ce qu’a confié Rodrigue, un ami, à l’AFP.", language: .french)
    let claims = RuleClaimProposer().propose(document).claims
    #expect(claims.map(\.claim.cue?.text) == ["selon"])
    #expect(claims.first?.claim.source?.text == "Rodrigue")
}

@Test func frenchInvertedSubjectAfterATimeWordBetweenCommas() {
    // `…, a déclaré, mardi, le ministre.`: the time word between commas is not the end of the claim.
    check("La réforme sera votée en juin, a déclaré, mardi, le ministre.", .french,
          Expected(source: "le ministre", cue: "a déclaré", content: "La réforme sera votée en juin"))
}

@Test func frenchSelonANounNamingTheMedium() {
    // `selon une révélation de Médiapart`: the medium speaks through the noun.
    check("Le député aurait employé sa femme, selon une révélation de Médiapart.", .french,
          Expected(source: "Médiapart", cue: "selon", content: "Le député aurait employé sa femme", certainty: .possible))
    check("Selon des informations du Parisien, la police a perquisitionné le siège.", .french,
          Expected(source: "Parisien", cue: "Selon", content: "la police a perquisitionné le siège"))
}

@Test func frenchLaisserPenserIsNoCue() {
    // `laisser penser` says what a fact suggests, not what someone said.
    let document = TextAnalyzer.analyze(id: "t", text: "Ces chiffres laissent penser que la croissance repart.", language: .french)
    #expect(!RuleClaimProposer().propose(document).claims.contains { $0.claim.cue?.text.hasSuffix("penser") == true })
}

@Test func frenchParticipleWithNoClaimBeforeIt() {
    // `X a visité l’usine, affirmant que …`: the participle's subject is the main clause's.
    check("Le ministre a visité l’usine mardi, affirmant que la production reprendra.", .french,
          Expected(source: "Le ministre", cue: "affirmant", content: "la production reprendra"))
}

@Test func frenchSelonInsideARelativeClause() {
    // `X, qui, selon Y, rappelle …`: the content is the relative clause, with its antecedent.
    check("Le texte, qui, selon le syndicat, menace les emplois, sera examiné lundi.", .french,
          Expected(source: "le syndicat", cue: "selon", content: "menace les emplois"))
    check("Le ministre, qui, selon ses proches, rappelle que la loi est prête.", .french,
          Expected(source: "Le ministre", cue: "rappelle", content: "la loi est prête"))
}
