import FactModel
import FactProposers
import FactText
import Testing

// MARK: - French claim constructions, from errors seen on WiNER articles outside the held-out eight

/// The claims the rules propose for a French text.
func frenchClaims(_ text: String) -> [ClaimProposal] {
    RuleClaimProposer().propose(TextAnalyzer.analyze(id: "t", text: text, language: .french)).claims
}

/// How many claims the rules propose over every prefix of each sentence (a text may end
/// anywhere, right after a cue, a comma or a number): what a test against traps counts.
func frenchClaimsOverEveryPrefix(of sentences: [String]) -> Int {
    sentences.reduce(0) { total, sentence in
        let characters = Array(sentence)
        return total + (1...characters.count).reduce(0) { $0 + frenchClaims(String(characters[..<$1])).count }
    }
}

@Test func frenchInfinitiveContentBeforeALaterQue() {
    // 2017_03_12-010: `Elle précise néanmoins avoir réagi dès qu'elle a eu connaissance …`.
    check("Elle précise néanmoins avoir réagi dès qu’elle a été informée.", .french,
          Expected(source: "Elle", cue: "précise", content: "avoir réagi dès qu’elle a été informée"))
    // 2016_05_26-005: `Libération estime avoir « bien fait de refuser » la publication et ajoute que …`.
    check("Le journal estime avoir « bien fait de refuser » la publication et ajoute que la pression était forte.", .french,
          Expected(source: "Le journal", cue: "estime", content: "avoir « bien fait de refuser » la publication", certainty: .probable))
}

@Test func frenchVerbAfterEtSharesTheSubjectOfTheClaimBefore() {
    check("Le journal estime avoir « bien fait de refuser » la publication et ajoute que la pression était forte.", .french,
          Expected(source: "Le journal", cue: "ajoute", content: "la pression était forte"))
}

@Test func frenchGerundTakesTheSubjectOfItsClause() {
    // 2017_01_26-001: `François Fillon, …, a immédiatement réagi en se disant « scandalisé »`;
    // 2016_12_18-001: a claim from another source earlier in the sentence is not the gerund's.
    check("Le candidat a réagi en se disant « scandalisé ».", .french,
          Expected(source: "Le candidat", cue: "se disant", content: "scandalisé", quoted: true))
    check("Alors que Vladimir Poutine annonce son soutien au régime, Barack Obama a immédiatement réagi en dénonçant ses alliés.", .french,
          Expected(source: "Barack Obama", cue: "dénonçant", content: "ses alliés", linkedTo: "Barack Obama"))
    // 2017_01_28-004: `Selon le syndicat CGT, cela « reste un épiphénomène » tout en ajoutant que …`.
    check("Selon le syndicat, cela « reste marginal » tout en ajoutant que la situation est suivie.", .french,
          Expected(source: "le syndicat", cue: "Selon", content: "cela « reste marginal »"))
    check("Selon le syndicat, cela « reste marginal » tout en ajoutant que la situation est suivie.", .french,
          Expected(source: "le syndicat", cue: "ajoutant", content: "la situation est suivie"))
}

@Test func frenchSpacedElisionBeforeAName() {
    // WiNER writes `l' IGF`, `d' Idlib`, `qu' «` with a space after the apostrophe.
    check("Selon l' IGF , la société pourrait être poursuivie.", .french,
          Expected(source: "IGF", cue: "Selon", content: "la société pourrait être poursuivie", certainty: .possible, linkedTo: "IGF"))
    check("Le directeur estime qu' « en d'autres temps, on aurait appelé ça de la censure » .", .french,
          Expected(source: "Le directeur", cue: "estime", content: "en d'autres temps, on aurait appelé ça de la censure",
                   certainty: .possible, quoted: true))
}

@Test func frenchPostposedCueAfterAQuotationWithALongAdjunct() {
    // 2017_03_19-007: `« … » clame-t-il dans la vidéo de 27 minutes.`
    check("« Nous avons respecté la loi » clame-t-il dans une vidéo mise en ligne vendredi.", .french,
          Expected(source: "il", cue: "clame-t-il", content: "Nous avons respecté la loi", quoted: true))
    // 2016_11_08-001: `a assuré un proche de Macron au quotidien du soir`.
    check("« La question n’est pas tranchée », a assuré un proche du ministre au quotidien du soir.", .french,
          Expected(source: "un proche du ministre", cue: "a assuré", content: "La question n’est pas tranchée", quoted: true))
}

@Test func frenchSelonVariants() {
    // 2017_04_04-001: `Selon X « … »` with no comma.
    check("Selon un responsable des services de sécurité « les hommes armés tentent de remporter une victoire ».", .french,
          Expected(source: "un responsable des services de sécurité", cue: "Selon",
                   content: "les hommes armés tentent de remporter une victoire", quoted: true))
    // 2017_01_28-004: `Toujours selon le même chauffeur, …`.
    check("Toujours selon le même chauffeur, une dizaine de jeunes serait montée dans le bus.", .french,
          Expected(source: "le même chauffeur", cue: "selon", content: "une dizaine de jeunes serait montée dans le bus", certainty: .possible))
    // 2017_03_12-010: `Pour le ministre de l'Économie et des Finances Michel Sapin, cependant, …`.
    check("Pour le ministre de l’Économie et des Finances Michel Sapin, cependant, le cabinet « est hors de cause ».", .french,
          Expected(source: "Michel Sapin", cue: "Pour", content: "le cabinet « est hors de cause »", linkedTo: "Michel Sapin"))
}

@Test func frenchVerbGroupsWithAdverbialsInside() {
    // 2017_01_26-001 `avait elle-même déclaré`; 2017_03_12-010 `a quant à lui nié`.
    check("Penelope Fillon avait elle-même déclaré en octobre : « je ne m’étais jamais impliquée ».", .french,
          Expected(source: "Penelope Fillon", cue: "avait elle-même déclaré", content: "je ne m’étais jamais impliquée", quoted: true,
                   linkedTo: "Penelope Fillon"))
    check("Le député a quant à lui nié toute responsabilité.", .french,
          Expected(source: "Le député", cue: "a quant à lui nié", content: "toute responsabilité", stance: .denies))
}

@Test func frenchQueClauseThatIsOneQuotation() {
    check("Il estime que « la liberté de la presse doit se faire dans les deux sens ».", .french,
          Expected(source: "Il", cue: "estime", content: "la liberté de la presse doit se faire dans les deux sens",
                   certainty: .probable, quoted: true))
}

@Test func frenchRelativeQuiAfterAPersonName() {
    // 2017_01_26-001: `une citation de François Fillon qui disait en octobre 2012 : « … »`.
    check("Henri Guaino a cité une phrase de François Fillon qui disait que nul n’est irréprochable.", .french,
          Expected(source: "François Fillon", cue: "disait", content: "nul n’est irréprochable", linkedTo: "François Fillon"))
}

@Test func frenchNounAfterANumeralIsNoCue() {
    // 2017_01_26-001: `en ayant produit seulement trois notes de lecture`.
    #expect(frenchClaims("Elle a produit seulement trois notes de lecture.").isEmpty)
}

@Test func frenchPassiveAgentStopsBeforeAPurpose() {
    // 2017_01_26-001: `Ces éléments ont été jugés suffisants par le parquet financier de Paris pour ouvrir une enquête`.
    check("Ces éléments ont été jugés suffisants par le parquet financier pour ouvrir une enquête.", .french,
          Expected(source: "le parquet financier", cue: "ont été jugés", content: "Ces éléments", certainty: .probable))
}

@Test func frenchInvertedSubjectAfterATimeWordFollowingAClause() {
    // 2017_03_21-002: `X est décédé mardi …, a annoncé mardi sa famille à l’ AFP.`
    check("L’homme politique est décédé mardi à Bayonne, a annoncé mardi sa famille à l’AFP.", .french,
          Expected(source: "sa famille", cue: "a annoncé", content: "L’homme politique est décédé mardi à Bayonne"))
}

@Test func frenchIncisInsideAQuotation() {
    // 2017_03_21-002: `« J'entretiens avec lui une relation …, confiait d'ailleurs Hamon en 2010. J’écoute … »`.
    check("« Nous sommes prêts, confiait d’ailleurs le ministre en 2010. Nous allons négocier. »", .french,
          Expected(source: "le ministre", cue: "confiait", content: "Nous sommes prêts", quoted: true))
}

@Test func frenchSelonTheInformationGivenBySomeone() {
    // 2017_02_08-001: `Selon les renseignements confiés par une source au Parisien, « … »`,
    // `selon les informations que le procureur a confiées à l' AFP, …`.
    check("Selon les renseignements confiés par une source au Parisien, « les enquêteurs ont une conviction ».", .french,
          Expected(source: "une source", cue: "Selon", content: "les enquêteurs ont une conviction", quoted: true))
    check("Selon les informations que le procureur a confiées à l’AFP, les enquêteurs ont retrouvé des traces.", .french,
          Expected(source: "le procureur", cue: "Selon", content: "les enquêteurs ont retrouvé des traces"))
}

@Test func frenchSelonAfterAQuotationOverTwoSentences() {
    // 2017_02_08-001: `« C’est une affaire qui nous inquiète. Ces traces … » , selon les enquêteurs.`
    check("« C’est une affaire qui nous inquiète. Ces traces font croire à des violences » , selon les enquêteurs.", .french,
          Expected(source: "les enquêteurs", cue: "selon",
                   content: "C’est une affaire qui nous inquiète. Ces traces font croire à des violences", quoted: true))
    // 2017_03_21-002: `…, selon lui « déresponsabilisant ».`
    check("Il a soutenu le candidat malgré son projet, selon lui « déresponsabilisant ».", .french,
          Expected(source: "lui", cue: "selon", content: "déresponsabilisant", quoted: true))
}

@Test func frenchWhatFactsSeemToConfirmIsNoCue() {
    // 2017_02_08-001: `D'après Le Parisien, tous ces éléments semblent bien confirmer l'hypothèse …`.
    let proposals = check("D’après Le Parisien, ces éléments semblent bien confirmer l’hypothèse des enquêteurs.", .french,
                          Expected(source: "Le Parisien", cue: "D’après", content: "ces éléments semblent bien confirmer l’hypothèse des enquêteurs",
                                   linkedTo: "Le Parisien"))
    #expect(proposals.claims.count == 1)
}

@Test func frenchEditorsBracketsAndAnAgentBeforeQui() {
    // 2017_02_08-001: `« [certaines] traces … »`; `… par une voisine, qui a ajouté qu' « … »`.
    check("Une source proche du dossier ajoute que « [certaines] traces ont été essuyées ».", .french,
          Expected(source: "Une source proche du dossier", cue: "ajoute", content: "[certaines] traces ont été essuyées", quoted: true))
    check("Les voisins sont décrits comme discrets par une voisine, qui a ajouté que la famille vivait seule.", .french,
          Expected(source: "une voisine", cue: "a ajouté", content: "la famille vivait seule"))
}

@Test func frenchAuxiliaryAndVerbAroundAnAdjunctBetweenCommas() {
    // 2017_01_28-007: `Ce dernier aurait, par courriel, expliqué avoir été limogé …`.
    check("Ce dernier aurait, par courriel, expliqué avoir été limogé car jugé trop « libéral ».", .french,
          Expected(source: "Ce dernier", cue: "aurait, par courriel, expliqué", content: "avoir été limogé car jugé trop « libéral »"))
    // 2017_03_17-003: `Le préfet du département a ensuite certifié que …`.
    check("Le préfet du département a ensuite certifié que les élèves étaient en sécurité.", .french,
          Expected(source: "Le préfet du département", cue: "a ensuite certifié", content: "les élèves étaient en sécurité"))
}

@Test func frenchParticipleAfterYAndVerbsAfterAGerund() {
    // 2017_01_28-007: `Ordre a publié un nouveau communiqué « … », y affirmant « … »`;
    // `le Vatican riposte en réaffirmant sa « confiance » … et dénonce « toute tentative de discrédit »`.
    check("Le 10 janvier, l’Ordre a publié un nouveau communiqué, y affirmant « l’insignifiance légale de ce groupe ».", .french,
          Expected(source: "l’Ordre", cue: "affirmant", content: "l’insignifiance légale de ce groupe", quoted: true))
    check("Le 17 janvier, le Vatican riposte en réaffirmant sa « confiance » au groupe et dénonce « toute tentative de discrédit » contre ses membres.",
          .french, Expected(source: "Vatican", cue: "dénonce", content: "toute tentative de discrédit", quoted: true, linkedTo: "Vatican"))
}

@Test func frenchLongAppositionAfterSelonAndARelativeAfterAnInvertedSubject() {
    // 2017_01_28-007: `Selon Alain de Tonquédec, vice-président de l’association …, « … »`;
    // 2017_03_17-003: `« … », témoigne pour sa part un lycéen qui a pu se mettre à l'abris.`
    check("Selon Alain de Tonquédec, vice-président de l’association française des membres de l’Ordre de Malte, « l’Ordre est une victime »."
          , .french, Expected(source: "Alain de Tonquédec", cue: "Selon", content: "l’Ordre est une victime", quoted: true, linkedTo: "Alain de Tonquédec"))
    check("« C’était la panique », témoigne pour sa part un lycéen qui a pu se mettre à l’abri.", .french,
          Expected(source: "un lycéen", cue: "témoigne", content: "C’était la panique", quoted: true))
}

@Test func frenchQueAfterLongAdjunctsBetweenCommas() {
    // 2017_03_17-003: `François Hollande a confié en milieu d'après-midi, depuis la Corrèze où il se trouvait en déplacement, que « … »`.
    check("François Hollande a confié en milieu d’après-midi, depuis la Corrèze où il se trouvait en déplacement, que « tout cela justifie l’état d’urgence ».",
          .french, Expected(source: "François Hollande", cue: "a confié", content: "tout cela justifie l’état d’urgence", quoted: true,
                            linkedTo: "François Hollande"))
}

@Test func frenchSubjectBeforeAppositionsBetweenCommas() {
    // 2017_03_08-002: `Hubert Caouissin, 46 ans, ingénieur à l’arsenal de Brest, ex-beau-frère du père de famille, a avoué ce lundi 6 mars avoir tué …`.
    check("Hubert Caouissin, 46 ans, ingénieur à l’arsenal de Brest, ex-beau-frère du père de famille, a avoué ce lundi 6 mars avoir tué la famille.",
          .french, Expected(source: "Hubert Caouissin", cue: "a avoué", content: "avoir tué la famille", linkedTo: "Hubert Caouissin"))
    check("Le maire, un ancien député, a affirmé que la ville était prête.", .french,
          Expected(source: "Le maire", cue: "a affirmé", content: "la ville était prête"))
}

@Test func frenchFixedPhrasesWithDireAndQualifierAreNoClaims() {
    // 2017_03_08-002 `aux crimes proprement dit`; 2017_02_15-002 `le risque était qualifié de « marqué » par Météo-France`.
    for text in ["Elle est accusée de l’avoir aidé, bien que n’ayant pas participé aux crimes proprement dits. Il a fini par craquer.",
                 "Ce jour-là, le risque était qualifié de « marqué » par Météo-France."] {
        #expect(!frenchClaims(text).contains { ["dits", "était qualifié"].contains($0.claim.cue?.text) }, "\(text)")
    }
}

@Test func frenchInfinitiveContentEndsBeforeACoordinatedVerb() {
    // 2017_03_26-003 `Il craignait de ne pas avoir de majorité … et a finalement décidé de renoncer`;
    // 2016_06_12-006 `des proches de la victime confient ne pas ignorer sa vie intime, mais se refusent à croire …`.
    check("Il craignait de ne pas avoir de majorité et a finalement décidé de renoncer.", .french,
          Expected(source: "Il", cue: "craignait", content: "ne pas avoir de majorité", certainty: .probable))
    check("Des proches confient ne pas ignorer sa vie intime, mais se refusent à croire la version du suspect.", .french,
          Expected(source: "Des proches", cue: "confient", content: "ne pas ignorer sa vie intime"))
}

@Test func frenchRejectingAProposalAndExplainingACauseAreNoClaims() {
    // 2017_03_26-003 `cette réforme, rejetée par toutes les classes d'âges`, `Cet échec s'explique par …`;
    // 2016_12_05-002 `59 % des Italiens ont rejeté dimanche 4 décembre les réformes constitutionnelles`.
    for text in ["Une minorité soutenait d’ailleurs cette réforme, rejetée par toutes les classes d’âge.",
                 "Environ 59 % des Italiens ont rejeté dimanche les réformes constitutionnelles.",
                 "Cet échec s’explique par la mauvaise volonté des élus."] {
        #expect(frenchClaims(text).isEmpty, "\(text)")
    }
}

@Test func frenchLongRelativeOrAppositionBetweenCommasAndAReflexiveCue() {
    // 2016_06_12-006: `Manuel Valls, qui avait échangé avec lui … lors de sa visite fin avril dernier, s'est dit « … »`;
    // `L'un d'eux, un Kanak âgé de 20 ans et déjà connu des services de police, a avoué …`.
    check("Sur Twitter, Manuel Valls, qui avait échangé avec lui autour d’un petit-déjeuner lors de sa visite fin avril dernier, s’est dit « attristé et choqué ».",
          .french, Expected(source: "Manuel Valls", cue: "s’est dit", content: "attristé et choqué", quoted: true, linkedTo: "Manuel Valls"))
    check("L’un d’eux, un Kanak âgé de 20 ans et déjà connu des services de police, a affirmé avoir agi seul.", .french,
          Expected(source: "L’un d’eux", cue: "a affirmé", content: "avoir agi seul"))
}

@Test func frenchPourTheHolderThenItsName() {
    // 2017_04_06-004: `Pour le procureur de la République de Clermont-Ferrand, Eric Maillaud , il n'était pas utile …`.
    check("Pour le procureur de la République de Clermont-Ferrand, Eric Maillaud, il n’était pas utile de prolonger le dispositif.", .french,
          Expected(source: "Eric Maillaud", cue: "Pour", content: "il n’était pas utile de prolonger le dispositif", linkedTo: "Eric Maillaud"))
    check("Pour le procureur, il n’était pas utile de prolonger le dispositif.", .french,
          Expected(source: "le procureur", cue: "Pour", content: "il n’était pas utile de prolonger le dispositif"))
}

@Test func frenchGerundSubjectIsNotInsideAQuotation() {
    // 2017_04_06-004: `l'homme a attrapé le garçon « par le bras et [...] l'a mis dans la voiture », tout en menaçant … en leur disant « … »`.
    check("Selon la mère, l’homme a attrapé le garçon « par le bras et l’a mis dans la voiture », en leur disant « Bougez pas ».", .french,
          Expected(source: "l’homme", cue: "leur disant", content: "Bougez pas", quoted: true))
    // `craint ainsi que`: right after the verb, `ainsi` is no conjunction.
    check("Le procureur craint ainsi que la famille ne se fasse justice elle-même.", .french,
          Expected(source: "Le procureur", cue: "craint", content: "la famille ne se fasse justice elle-même", certainty: .probable))
}

@Test func frenchPassivesThatReportNoClaimAndAPassiveFalsity() {
    // 2016_01_10-002 `Une minute de silence a été observée par la foule`; 2017_04_06-004 `qualifié par les enquêteurs d' « homme violent »`.
    for text in ["Une minute de silence a été observée par la foule rassemblée.",
                 "Il est un détenu en fuite, qualifié par les enquêteurs d’« homme violent »."] {
        #expect(frenchClaims(text).isEmpty, "\(text)")
    }
    check("Ces informations ont été qualifiées de fausses par le Kremlin.", .french,
          Expected(source: "Kremlin", cue: "ont été qualifiées", content: "Ces informations", stance: .denies, linkedTo: "Kremlin"))
}

@Test func frenchTitledAppositionAfterSelonAndACapitalA() {
    // 2016_11_01-002 `Selon Florent Geel, directeur du bureau Afrique de la FIDH, il est difficile …`;
    // 2016_07_14-002 `A 10 heures 32, …, le Premier ministre, Manuel Valls, annonce 3 jours de deuil national …`.
    check("Selon Florent Geel, directeur du bureau Afrique de la FIDH, il est difficile de connaître l’ampleur de ces crimes.", .french,
          Expected(source: "Florent Geel", cue: "Selon", content: "il est difficile de connaître l’ampleur de ces crimes", linkedTo: "Florent Geel"))
    check("A 10 heures 32, ce vendredi 15 juillet 2016, le Premier ministre, Manuel Valls, annonce 3 jours de deuil national.", .french,
          Expected(source: "Manuel Valls", cue: "annonce", content: "3 jours de deuil national", linkedTo: "Manuel Valls"))
}

@Test func frenchRelativeQuiAfterAnObjectNounPhrase() {
    // 2016_11_01-002: `… ont toutefois pu rencontrer les officiels du ministère des affaires étrangères du Burundi qui rejettent en bloc toute responsabilité`.
    check("Les responsables ont toutefois pu rencontrer les officiels du ministère des affaires étrangères du Burundi qui rejettent en bloc toute responsabilité.",
          .french, Expected(source: "les officiels du ministère des affaires étrangères du Burundi", cue: "rejettent", content: "toute responsabilité",
                            stance: .denies))
}

@Test func frenchPartitiveAfterAVerbAndReflexivesAreNoContentOrCue() {
    // 2016_07_14-002 `Des témoins évoquent de nombreux blessés`; 2016_11_01-002 `le retrait de la CPI auquel s'ajoutent …`.
    for text in ["Des témoins évoquent de nombreux blessés.", "Le retrait de la CPI auquel s’ajoutent d’autres départs sonne comme un aveu."] {
        #expect(frenchClaims(text).isEmpty, "\(text)")
    }
    check("Le ministre a promis de ne pas augmenter les impôts.", .french,
          Expected(source: "Le ministre", cue: "a promis", content: "ne pas augmenter les impôts"))
}

@Test func frenchPourANamedPersonWithItsFunctionAfterACommaAndAnAdverbBefore() {
    // 2017_04_08-004: `Pour Laurent Lenoble , le directeur de cabinet du préfet , le collectif a ainsi perdu toute crédibilité.`,
    // `Pour Mikaël Mancée , l'un des porte-paroles du mouvement, il s'agit …`, `Cependant, pour Laurent Lenoble, …`.
    check("Pour Laurent Lenoble, le directeur de cabinet du préfet, le collectif a ainsi perdu toute crédibilité.", .french,
          Expected(source: "Laurent Lenoble", cue: "Pour", content: "le collectif a ainsi perdu toute crédibilité", linkedTo: "Laurent Lenoble"))
    check("Pour Mikaël Mancée, l’un des porte-paroles du mouvement, il s’agit d’un manque patent de respect.", .french,
          Expected(source: "Mikaël Mancée", cue: "Pour", content: "il s’agit d’un manque patent de respect", linkedTo: "Mikaël Mancée"))
    check("Cependant, pour Laurent Lenoble, les policiers n’ont été les auteurs d’aucune provocation.", .french,
          Expected(source: "Laurent Lenoble", cue: "pour", content: "les policiers n’ont été les auteurs d’aucune provocation",
                   linkedTo: "Laurent Lenoble"))
}

@Test func frenchPoursuivreAfterAQuotationAndAnAdverbialBeforeDe() {
    // 2017_04_22-003: `« Il s'agira, je pense, des plus importantes baisses … » , a-t-il poursuivi.`,
    // `Trump avait promis entre autres de faire passer l'impôt sur les sociétés de 35 % à 15 %`.
    check("« Il s’agira des plus importantes baisses d’impôts jamais effectuées », a-t-il poursuivi.", .french,
          Expected(source: "il", cue: "a-t-il poursuivi", content: "Il s’agira des plus importantes baisses d’impôts jamais effectuées", quoted: true))
    check("Durant sa campagne, Trump avait promis entre autres de faire passer l’impôt sur les sociétés de 35 % à 15 %.", .french,
          Expected(source: "Trump", cue: "avait promis", content: "faire passer l’impôt sur les sociétés de 35 % à 15 %"))
    // Going on with something reports nothing.
    #expect(frenchClaims("Il poursuit ses recherches alors que la mission touche à sa fin.").isEmpty)
}

@Test func frenchClaimInsideAnOpeningSubordinateEndsAtItsComma() {
    // 2016_08_15-002: `Alors que la natation française pensait avoir remporté une nouvelle médaille d'argent, les commissaires … ont annoncé …`.
    check("Alors que la natation française pensait avoir remporté une médaille d’argent, les commissaires ont annoncé la disqualification de la nageuse.",
          .french, Expected(source: "la natation française", cue: "pensait", content: "avoir remporté une médaille d’argent", certainty: .probable))
}

@Test func frenchQuotationBeforeAParticipialTailAndDontBeforeTheSubject() {
    // 2017_03_21-006: `Nicolas Naudinot, explique que « … » , le dessin ayant ensuite été rehaussé …`,
    // `… l'azilien dont on pensait jusqu'à présent qu'elle constituait une rupture nette …`.
    check("Le responsable de la fouille, Nicolas Naudinot, explique que « les rayons ont été gravés après la tête », le dessin ayant ensuite été rehaussé.",
          .french, Expected(source: "Nicolas Naudinot", cue: "explique", content: "les rayons ont été gravés après la tête", quoted: true,
                            linkedTo: "Nicolas Naudinot"))
    check("Cette découverte remet en question la transition culturelle dont on pensait jusqu’à présent qu’elle constituait une rupture nette.", .french,
          Expected(source: "on", cue: "pensait", content: "elle constituait une rupture nette", certainty: .probable))
}

@Test func frenchPassivesWithAQuotedAdjunctOrAnAgentBeforeQue() {
    // 2017_04_19-007: `Le résultat définitif sera annoncé dans environ « 11 ou 12 jours »`,
    // `Cette victoire est contestée, aussi bien par des milliers de manifestants que par l'opposition, …`, `Pour Erdogan, au contraire, …`.
    #expect(frenchClaims("Le résultat définitif sera annoncé dans environ « 11 ou 12 jours ».").isEmpty)
    check("Cette victoire est contestée, aussi bien par des milliers de manifestants que par l’opposition.", .french,
          Expected(source: "des milliers de manifestants", cue: "est contestée", content: "Cette victoire", stance: .denies))
    check("Pour Erdogan, au contraire, il s’agit d’« un moment historique ».", .french,
          Expected(source: "Erdogan", cue: "Pour", content: "il s’agit d’« un moment historique »"))
}

@Test func frenchDireDeLuiAfterAQuotationAndAgentlessPassivesWithoutFallback() {
    // 2017_02_18-002: `« … » , a dit de lui la municipalité de Megève après l'annonce de son décès.`;
    // 2017_01_24-006: `Cet argent n'avait pas, non plus, été déclaré au fisc.`
    check("« Il aimait raconter ses courses », a dit de lui la municipalité de Megève après l’annonce de son décès.", .french,
          Expected(source: "la municipalité de Megève", cue: "a dit", content: "Il aimait raconter ses courses", quoted: true))
    #expect(frenchClaims("Il avait reversé le reste. Cet argent n’avait pas, non plus, été déclaré au fisc.").isEmpty)
    check("Le ministre a promis de lui donner une réponse.", .french,
          Expected(source: "Le ministre", cue: "a promis", content: "lui donner une réponse"))
}

@Test func frenchSelonTheAnnouncementOfSomeone() {
    // 2017_03_17-002: `…, selon l'annonce du gouvernement camerounais ce mercredi.`
    let proposals = check("5 000 otages ont été libérés au Cameroun, selon l’annonce du gouvernement camerounais ce mercredi.", .french,
                          Expected(source: "gouvernement camerounais", cue: "selon", content: "5 000 otages ont été libérés au Cameroun"))
    #expect(proposals.claims.count == 1)
}

@Test func frenchCueInAnOpeningNonFiniteClauseTakesTheMainSubject() {
    // Seen on WiNER articles by the stop-7 helper (`Après avoir annoncé X, Y a …` gave the source
    // `Après`; `Affirmant que …, il a …` ran its content past the comma, with no source).
    check("Après avoir annoncé sa candidature, le maire a rencontré les électeurs.", .french,
          Expected(source: "le maire", cue: "avoir annoncé", content: "sa candidature"))
    check("Affirmant que la ville était prête, le maire a présenté le dossier.", .french,
          Expected(source: "le maire", cue: "Affirmant", content: "la ville était prête"))
    // A relative clause's comma inside the content is passed over: no subject and auxiliary follow it.
    check("Affirmant que la ville, qui accueille le festival, était prête, le maire a présenté le dossier.", .french,
          Expected(source: "le maire", cue: "Affirmant", content: "la ville, qui accueille le festival, était prête"))
}

@Test func frenchOpeningCommeAndContrairementACeQue() {
    // `Comme l’avait annoncé X, P`: X is the source and P the content (the rules took the
    // source for the content); `contrairement à ce qu’avait annoncé X` states nothing X said.
    check("Comme l’avait annoncé le ministre, la réforme sera reportée.", .french,
          Expected(source: "le ministre", cue: "avait annoncé", content: "la réforme sera reportée"))
    #expect(frenchClaims("Contrairement à ce qu’avait annoncé le ministre, la réforme sera reportée.").isEmpty)
    #expect(frenchClaims("La réforme, contrairement à ce qu’affirmait le ministre, sera reportée.").isEmpty)
}

@Test func frenchInvertedTitleWithANameInApposition() {
    // The guidelines' `le secrétaire général de l’OTAN, Mark Rutte,` → `Mark Rutte`, after the verb too.
    check("« Nous ne céderons pas », a indiqué le porte-parole du Kremlin, Dmitri Peskov.", .french,
          Expected(source: "Dmitri Peskov", cue: "a indiqué", content: "Nous ne céderons pas", quoted: true, linkedTo: "Dmitri Peskov"))
    // No name after the comma: the title stays the source.
    check("« Nous ne céderons pas », a indiqué le porte-parole du Kremlin, mardi.", .french,
          Expected(source: "le porte-parole du Kremlin", cue: "a indiqué", content: "Nous ne céderons pas", quoted: true))
}
