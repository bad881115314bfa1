import FactModel
import FactProposers
import FactText
import Testing

// MARK: - French denials, from constructions seen on WiNER articles outside the held-out eight

@Test func frenchDenialVerbWithAnAdverbAfterIt() {
    // 2017_03_29-003: `La famille conteste cependant radicalement cette version.`
    check("Le ministère dément formellement ces informations.", .french,
          Expected(source: "Le ministère", cue: "dément", content: "ces informations", stance: .denies))
    check("Le ministre a rejeté en bloc ces accusations.", .french,
          Expected(source: "Le ministre", cue: "a rejeté", content: "ces accusations", stance: .denies))
}

@Test func frenchDenialWithATimeAndAMediumAroundItsObject() {
    // 2017_03_12-010 `a nié mardi soir toute responsabilité`; 2016_11_08-001 `a démenti cette information auprès du journal`.
    check("Le ministère a démenti, mardi, ces informations auprès de l’AFP.", .french,
          Expected(source: "Le ministère", cue: "a démenti", content: "ces informations", stance: .denies))
    check("Le sénateur a nié mardi soir toute responsabilité dans le choix du prestataire.", .french,
          Expected(source: "Le sénateur", cue: "a nié", content: "toute responsabilité dans le choix du prestataire", stance: .denies))
}

@Test func frenchDenialLocutionsAndVerbs() {
    check("Le Kremlin a balayé ces accusations.", .french,
          Expected(source: "Kremlin", cue: "a balayé", content: "ces accusations", stance: .denies, linkedTo: "Kremlin"))
    check("Le gouvernement s’inscrit en faux contre ces affirmations.", .french,
          Expected(source: "Le gouvernement", cue: "s’inscrit en faux", content: "ces affirmations", stance: .denies))
}

@Test func frenchDenouncingAllegationsDeniesThem() {
    check("L’avocat dénonce des allégations mensongères.", .french,
          Expected(source: "L’avocat", cue: "dénonce", content: "des allégations mensongères", stance: .denies))
    // Denouncing a deed is no denial.
    check("Le porte-parole a dénoncé un « acte odieux » qui a frappé « des innocents, y compris des enfants ».", .french,
          Expected(source: "Le porte-parole", cue: "a dénoncé",
                   content: "un « acte odieux » qui a frappé « des innocents, y compris des enfants »"))
}

@Test func frenchQualifiedAsQuotedFakeNews() {
    check("Le parti a qualifié ces accusations de « fake news ».", .french,
          Expected(source: "Le parti", cue: "a qualifié", content: "ces accusations", stance: .denies))
}

@Test func frenchQuotationThatCallsSomethingFalse() {
    // The guidelines: the content is what is called false, with stance `denies`.
    check("« Ces accusations sont totalement fausses », a réagi le ministère.", .french,
          Expected(source: "le ministère", cue: "a réagi", content: "Ces accusations", stance: .denies, quoted: true))
    // When that is only a pronoun, the quotation stays whole.
    check("« C’est faux », a déclaré le ministre.", .french,
          Expected(source: "le ministre", cue: "a déclaré", content: "C’est faux", stance: .denies, quoted: true))
    // 2017_04_04-001: `Selon un haut responsable des services de sécurité syriens « il s'agit d'une calomnie (...) »`.
    check("Selon un responsable des services de sécurité « il s’agit d’une calomnie ».", .french,
          Expected(source: "un responsable des services de sécurité", cue: "Selon", content: "il s’agit d’une calomnie",
                   stance: .denies, quoted: true))
}

@Test func frenchNegatedReportingVerbs() {
    // Not confirming is no denial: the source does not commit (FactBank's Uu).
    check("Il n’a pas confirmé que le joueur soit blessé.", .french,
          Expected(source: "Il", cue: "n’a pas confirmé", content: "le joueur soit blessé", certainty: .unknown))
    // Not believing is believing the contrary.
    check("Le juge ne pense pas que le témoin ait menti.", .french,
          Expected(source: "Le juge", cue: "ne pense pas", content: "le témoin ait menti", stance: .denies, certainty: .probable))
}

@Test func frenchDenialCoordinatedWithAnotherClaim() {
    // 2016_12_18-001: `Les forces rebelles ont nié ces deux accusations et prétendent que …`;
    // 2017_01_28-004: `La direction … a confirmé « … » mais nie en revanche tout « … »`.
    let proposals = check("Le maire a affirmé que le préfet avait menti. L’entourage du préfet a démenti ces accusations et affirme que le dossier est clos.",
                          .french, Expected(source: "L’entourage du préfet", cue: "affirme", content: "le dossier est clos"))
    let denial = proposals.claims.first { $0.claim.cue?.text == "a démenti" }
    #expect(denial?.claim.stance == .denies && denial?.claim.content.text == "ces accusations")
    let target = proposals.claims.first { $0.claim.cue?.text == "a affirmé" }?.id
    #expect(target != nil && denial?.claim.relations == [ClaimRelation(type: "disputes", target: target!)])
    check("La direction a confirmé « des tensions » mais nie en revanche tout « élément organisé ».", .french,
          Expected(source: "La direction", cue: "nie", content: "tout « élément organisé »", stance: .denies))
}

@Test func frenchDenialFollowedByAGerund() {
    // 2017_04_04-001: `L'armée syrienne a toutefois démenti toute implication en rejetant la faute sur les rebelles.`
    check("L’armée a toutefois démenti toute implication en rejetant la faute sur les rebelles.", .french,
          Expected(source: "L’armée", cue: "a toutefois démenti", content: "toute implication", stance: .denies))
    // Putting the blame on someone asserts, and the gerund shares the main clause's subject.
    check("L’armée a toutefois démenti toute implication en rejetant la faute sur les rebelles.", .french,
          Expected(source: "L’armée", cue: "rejetant", content: "la faute sur les rebelles"))
}

@Test func frenchDenialDisputesTheOuterClaimNotANestedOne() {
    // 2016_11_08-001: `X annonçait que … et qu'il confirmerait sa candidature … X a démenti cette information`.
    let proposals = check("L’entourage du ministre annonçait que le ministre serait candidat et qu’il confirmerait sa candidature en décembre. "
                          + "Le ministre a démenti cette information.", .french,
                          Expected(source: "Le ministre", cue: "a démenti", content: "cette information", stance: .denies))
    let outer = proposals.claims.first { $0.claim.cue?.text == "annonçait" }?.id
    let denial = proposals.claims.first { $0.claim.cue?.text == "a démenti" }
    #expect(outer != nil && denial?.claim.relations == [ClaimRelation(type: "disputes", target: outer!)])
}

@Test func frenchDenialWithNoObjectDeniesTheSentenceBefore() {
    // 2017_02_01-003: `… son implication … « est, elle, manifeste ». Là encore, l'équipe de François Fillon nie farouchement.`
    check("Selon le journal, son implication dans l’équipe « est manifeste ». Là encore, l’équipe du candidat nie farouchement.", .french,
          Expected(source: "l’équipe du candidat", cue: "nie", content: "Selon le journal, son implication dans l’équipe « est manifeste »",
                   stance: .denies))
}

@Test func frenchDenialObjectBeforeAConjunctionQue() {
    // 2017_03_22-003: `L'entourage de Fillon avait jusqu'à présent nié ces faits, jusqu'à ce que Mediapart les prouve …`.
    check("L’entourage du candidat avait jusqu’à présent nié ces faits, jusqu’à ce que le journal les prouve.", .french,
          Expected(source: "L’entourage du candidat", cue: "avait jusqu’à présent nié", content: "ces faits", stance: .denies))
}

@Test func frenchReducedPassiveDenialAfterPuis() {
    // 2017_02_10-003: `Une explosion a dans un premier temps été évoquée, puis démentie par EDF …`.
    check("Une explosion a dans un premier temps été évoquée, puis démentie par EDF.", .french,
          Expected(source: "EDF", cue: "démentie", content: "Une explosion", stance: .denies, linkedTo: "EDF"))
}

@Test func frenchLiteralAndPassiveUsesOfDenialVerbsAreNoClaims() {
    // 2016_03_20-001 `des rafales de vent balayaient la région`; 2016_07_04-003 `Sa suprématie … était toutefois
    // contestée sur la ligne de départ`; 2016_04_09-001 `bien décidées à contester leurs suprématies`.
    for text in ["De puissantes rafales de vent balayaient la région au moment du drame.",
                 "La course était lancée. Sa suprématie était toutefois contestée sur la ligne de départ.",
                 "Plusieurs têtes de série bien décidées à contester leur suprématie ont pris part à cette étape."] {
        #expect(!frenchClaims(text).contains { $0.claim.stance == .denies }, "\(text)")
    }
}

@Test func frenchNegatedModalBeforeADenialAsserts() {
    // 2017_02_01-003: `Personne ne peut nier que …`.
    check("Personne ne peut nier que le candidat était présent.", .french,
          Expected(source: "Personne", cue: "ne peut nier", content: "le candidat était présent"))
}

@Test func frenchDenialObjectStopsAtMaisAndComme() {
    // 2017_02_17-001 `récuse … toute volonté de « … » mais veut « … »`; 2017_02_01-003 `nie avoir embauché …, comme prétendu par X`.
    check("Le ministre récuse pour sa part toute volonté de « défendre la délinquance » mais veut « assurer la lisibilité ».", .french,
          Expected(source: "Le ministre", cue: "récuse", content: "toute volonté de « défendre la délinquance »", stance: .denies))
    check("Le patron nie avoir embauché la candidate pour tromper son ennui, comme prétendu par l’ancien directeur.", .french,
          Expected(source: "Le patron", cue: "nie", content: "avoir embauché la candidate pour tromper son ennui", stance: .denies))
}

@Test func frenchSourceBeforeSeveralAdjunctsBetweenCommas() {
    // 2017_02_08-007: `François Fillon, en déplacement à Troyes, dans l’ Aube, ce mardi, a contesté les chiffres du « Canard »`;
    // 2016_07_14-002: `Le porte-parole du ministère de l'Intérieur dément …`.
    check("François Fillon, en déplacement à Troyes, dans l’Aube, ce mardi, a contesté les chiffres du journal.", .french,
          Expected(source: "François Fillon", cue: "a contesté", content: "les chiffres du journal", stance: .denies, linkedTo: "François Fillon"))
    check("Le porte-parole du ministère de l’Intérieur dément toute rumeur de prise d’otages.", .french,
          Expected(source: "Le porte-parole du ministère de l’Intérieur", cue: "dément", content: "toute rumeur de prise d’otages", stance: .denies))
}

@Test func frenchQualifiedAsFalseBeforeAGluedQuotationAndAnIntoxHearsay() {
    // 2017_05_02-001 `a qualifié mardi cette décision d'« absurde »`; 2016_08_30-005 `Selon certaines personnalités, il s'agirait d'une intox`.
    check("Le Premier ministre a qualifié mardi cette décision d'« absurde ».", .french,
          Expected(source: "Le Premier ministre", cue: "a qualifié", content: "cette décision", stance: .denies))
    check("Selon certaines personnalités, il s’agirait d’une intox.", .french,
          Expected(source: "certaines personnalités", cue: "Selon", content: "il s’agirait d’une intox", stance: .denies, certainty: .possible))
}

@Test func frenchNewDenialFormsDisputeTheClaimTheyAnswer() {
    let proposals = RuleClaimProposer().propose(TextAnalyzer.analyze(id: "t", text: "Selon le journal Le Monde, le ministre aurait reçu de l’argent. "
        + "Le ministre a balayé ces accusations. Son avocat dénonce ces allégations. Le parti s’inscrit en faux contre ces affirmations. "
        + "« Ces informations sont fausses », a réagi son entourage.", language: .french))
    let claim = proposals.claims.first { $0.claim.cue?.text == "Selon" }
    #expect(claim?.claim.content.text == "le ministre aurait reçu de l’argent")
    for cue in ["a balayé", "dénonce", "s’inscrit en faux", "a réagi"] {
        let denial = proposals.claims.first { $0.claim.cue?.text == cue }
        #expect(denial?.claim.stance == .denies, "\(cue)")
        #expect(claim != nil && denial?.claim.relations == [ClaimRelation(type: "disputes", target: claim!.id)], "\(cue)")
    }
}
