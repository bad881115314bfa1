import FactModel
import FactProposers
import FactText
import Testing

// MARK: - French claims the rules missed or misread on WiNER 2016 (06–12) and 2017 (05–12)
// articles outside the held-out eight (invented sentences, one per construction)

@Test func frenchCountsBeforeSelon() {
    // 2016_09_04-001: `des milliers de manifestants, 13 500 à 14 000 personnes selon la police, 100 000 selon les organisateurs, …`.
    let text = "Les manifestants, 20 000 personnes selon la police, 80 000 selon les syndicats, ont défilé dans le calme."
    check(text, .french, Expected(source: "la police", cue: "selon", content: "20 000 personnes"))
    let second = frenchClaims(text).last
    #expect(second?.claim.source?.text == "les syndicats" && second?.claim.content.text == "80 000")
    // A number or quantifier before `selon` does not make it a noun.
    check("Ils étaient nombreux selon les organisateurs.", .french,
          Expected(source: "les organisateurs", cue: "selon", content: "Ils étaient nombreux"))
}

@Test func frenchForecastWithPrevoirQue() {
    // 2016_09_21-001: `l'association Unédic prévoit qu'après une baisse sensible du chômage …, celui-ci devrait repartir …`.
    check("L’institut prévoit que le chômage repartira à la hausse en 2018.", .french,
          Expected(source: "L’institut", cue: "prévoit", content: "le chômage repartira à la hausse en 2018", certainty: .probable))
    // 2017_10_05-001 `un plan social prévoyant 156 licenciements`: a plan reports nothing.
    #expect(frenchClaims("Le plan prévoyant 300 licenciements a été voté.").isEmpty)
}

@Test func frenchSeFeliciterAfterAQuotation() {
    // 2017_05_04-002: `« Ce sera une victoire incroyable lorsque cela passera au Sénat » s'est félicité Trump à la Maison-Blanche.`
    check("« C’est une victoire historique » s’est félicité le président.", .french,
          Expected(source: "le président", cue: "s’est félicité", content: "C’est une victoire historique", quoted: true))
    // 2017_05_07-003 `Donald Trump, a félicité E. Macron pour sa « grande victoire »`: congratulating someone reports nothing.
    #expect(frenchClaims("Le président américain, Donald Trump, a félicité E. Macron pour sa « grande victoire ».").isEmpty)
}

@Test func frenchNounAfterADeterminerIsNoSecondCue() {
    // 2016_09_21-001: `France Stratégie estime dans sa note d'analyse de juillet 2016 que 15 % des emplois …`.
    check("L’institut estime dans sa note de juillet que 15 % des emplois sont automatisables.", .french,
          Expected(source: "L’institut", cue: "estime", content: "15 % des emplois sont automatisables", certainty: .probable))
}

@Test func frenchAddresseeBeforeTheContent() {
    // 2016_08_30-004 `Un témoin de la scène a déclaré à l'AFP avoir vu « … »`; 2017_10_05-001 `a dit au président de la région … « … »`.
    check("Un témoin a déclaré à l’AFP avoir vu une voiture foncer vers l’hôtel.", .french,
          Expected(source: "Un témoin", cue: "a déclaré", content: "avoir vu une voiture foncer vers l’hôtel"))
    check("Le président a dit au maire de la ville « Il faut tenir bon ».", .french,
          Expected(source: "Le président", cue: "a dit", content: "Il faut tenir bon", quoted: true))
}

@Test func frenchQueQuotationOverSeveralSentences() {
    // 2016_10_15-002: `a déclaré que « la politique sera absente de ce moment … [...] L'émotion sera palpable … »`.
    check("Le directeur a déclaré que « la politique sera absente. L’émotion sera palpable ».", .french,
          Expected(source: "Le directeur", cue: "a déclaré", content: "la politique sera absente. L’émotion sera palpable", quoted: true))
}

@Test func frenchSuggestionWithLaisserEntendre() {
    // 2017_10_25-001: `Certains sondages laissent entendre qu'elle pourrait capter une grande partie des voix du MHP.`
    check("Certains sondages laissent entendre que le parti progresse.", .french,
          Expected(source: "Certains sondages", cue: "laissent entendre", content: "le parti progresse", certainty: .probable))
    #expect(frenchClaims("Il a entendu que la réforme était prête.").isEmpty)
}

@Test func frenchOpinionHolderBeforeAQuotationOverSeveralSentences() {
    // 2017_10_11-001: `Pour Rajoy, « c’est la réponse de Monsieur Puigdemont qui dictera la suite des événements. Il peut décider … » .`
    check("Pour le ministre, « c’est la réponse du maire qui dictera la suite. Il peut revenir à la légalité » .", .french,
          Expected(source: "le ministre", cue: "Pour", content: "c’est la réponse du maire qui dictera la suite. Il peut revenir à la légalité",
                   quoted: true))
}

@Test func frenchModalBeforeTheReportingInfinitive() {
    // 2016_10_15-001: `Je souhaite rappeler que la justice ne m’a pas interdit …` (the rules took `Je souhaite` for the source).
    check("Je souhaite rappeler que la justice ne m’a rien interdit.", .french,
          Expected(source: "Je", cue: "souhaite rappeler", content: "la justice ne m’a rien interdit"))
    check("Le ministre tient à préciser que rien n’est décidé.", .french,
          Expected(source: "Le ministre", cue: "tient à préciser", content: "rien n’est décidé"))
}

@Test func frenchCoordinatedVerbsSharingTheSubject() {
    // 2016_12_08-001: `La procureure Éliane Houlette avait alors notamment parlé du « procès de la trahison » et rappelé que …`.
    check("La procureure avait parlé d’un « procès de la trahison » et rappelé que la fraude coûte cher.", .french,
          Expected(source: "La procureure", cue: "rappelé", content: "la fraude coûte cher"))
    // 2016_11_08-005: `Il dresse un bilan très négatif de son mandat …, et l'accuse d'être corrompue` (the rules took `et`).
    check("Il dresse un bilan sévère de son mandat, et l’accuse d’être corrompue.", .french,
          Expected(source: "Il", cue: "accuse", content: "être corrompue"))
    // 2016_10_15-001: `… de « ne pas venir sur I-Télé » estimant que …`: a participle after a quotation without its comma.
    check("Le syndicat a publié une tribune « contre sa venue » estimant que son image est entachée.", .french,
          Expected(source: "Le syndicat", cue: "estimant", content: "son image est entachée", certainty: .probable))
}

@Test func frenchContentEndsBeforeAnotherClause() {
    // 2016_09_19-001: `Les États-Unis ont affirmé avoir voulu frapper l’État islamique, mais l'explication de convainc pas …`.
    check("Les États-Unis ont affirmé avoir voulu frapper l’État islamique, mais l’explication ne convainc pas.", .french,
          Expected(source: "États-Unis", cue: "ont affirmé", content: "avoir voulu frapper l’État islamique", linkedTo: "États-Unis"))
    // 2016_11_26-003: `Raúl Castro n'a pas précisé les causes de la mort de Fidel Castro, mais a annoncé qu'il serait incinéré …`.
    check("Le président n’a pas précisé les causes de la mort, mais a annoncé qu’il serait incinéré.", .french,
          Expected(source: "Le président", cue: "n’a pas précisé", content: "les causes de la mort", certainty: .unknown))
}

@Test func frenchSelonAfterAConjunctionAndAfterATitle() {
    // 2016_08_30-003: `Il a été interné dans le passé et, d'après un policier, « les motivations restent floues » , …`.
    check("Il a été interné dans le passé et, d’après un policier, « les motivations restent floues ».", .french,
          Expected(source: "un policier", cue: "d’après", content: "les motivations restent floues", quoted: true))
    // 2016_09_21-001 (a title): `France : le chômage va repartir à la hausse entre 2017 et 2019, selon l'Unédic`.
    check("France : le chômage va repartir à la hausse, selon l’Unédic", .french,
          Expected(source: "l’Unédic", cue: "selon", content: "le chômage va repartir à la hausse"))
    // 2016_08_08-002: `selon le rapport ComScore de 2015, …` (the rules took `2015` for the source; with a
    // mention of ComScore, as the shell's model finds, the source is cut down to it).
    check("D’autre part, selon le rapport ComScore de 2015, la base d’utilisateurs est différente.", .french,
          Expected(source: "le rapport ComScore de 2015", cue: "selon", content: "la base d’utilisateurs est différente"))
    // 2016_12_08-001: `Cela dit, pour le vice-procureur, cette somme pourrait en réalité être beaucoup plus importante.`
    let proposals = check("Cela dit, pour le vice-procureur, cette somme pourrait être plus importante.", .french,
                          Expected(source: "le vice-procureur", cue: "pour", content: "cette somme pourrait être plus importante", certainty: .possible))
    #expect(proposals.claims.count == 1)
}

@Test func frenchReportingFormsThroughWhichNoOneSpeaks() {
    // 2017_10_12-001 `les accords dit de « Minsk II »`; 2016_09_21-001 `Cela dit, ces partenaires sociaux ne parviennent pas …`;
    // 2016_09_19-001 `ce qui expliquerait la présence américaine`; 2016_08_06-001 `un incendie s'est déclaré au bar`;
    // 2016_08_22-001 `La direction du parti sera assurée par Laurent Wauquiez`, `Le livre de Nicolas Sarkozy , écrit en trois mois, est …`.
    for text in ["Depuis les accords dits de « Minsk II », rien n’a changé.", "La loi dite « travail » a été votée.",
                 "Cela dit, les partenaires sociaux ne s’accordent pas sur les réformes.",
                 "L’accord serait secret, ce qui expliquerait la présence américaine.",
                 "Un incendie s’est déclaré au bar lors d’un anniversaire.", "La direction du parti sera assurée par Laurent Wauquiez.",
                 "Le livre de Nicolas Sarkozy, écrit en trois mois, est composé de cinq chapitres.",
                 // 2017_10_11-001 `Le chef du gouvernement espagnol est soutenu en ce sens par la vaste majorité du Parlement`.
                 "Le chef du gouvernement est soutenu en ce sens par la vaste majorité du Parlement.",
                 // 2016_08_07-001 `au lieu dit Seyyar`; 2016_11_19-002 `…, ce à quoi il faut ajouter …`;
                 // 2017_06_18-001 `Ce groupe compact va lutter jusque dans la dernière ligne droite, ou lancer dans un sprint rapide, …`.
                 "Quatre personnes ont perdu la vie dans l’explosion d’une bombe à Chechar, au lieu dit Seyyar.",
                 "Le club était mené à la pause, ce à quoi il faut ajouter une défense fragile.",
                 "Ce groupe va lutter jusque dans la dernière ligne droite, ou lancer un sprint rapide."] {
        #expect(frenchClaims(text).isEmpty, "\(text)")
    }
}

@Test func frenchObjectAfterADateAndAQuotationWithABracket() {
    // 2016_11_24-002: `le président a annoncé en mars 2016 un plan de formation de 500 000 chômeurs`.
    check("Le président a annoncé en mars 2016 un plan de formation.", .french,
          Expected(source: "Le président", cue: "a annoncé", content: "un plan de formation"))
    // 2017_10_05-001: `« … avoir des postes [à Ussel ] »`: an editor's bracket closed inside the content stays.
    check("Le président a dit : « Ils feraient mieux de chercher des postes [à Ussel] ».", .french,
          Expected(source: "Le président", cue: "a dit", content: "Ils feraient mieux de chercher des postes [à Ussel]", quoted: true))
}

@Test func frenchVerbGroupsWithLocutionsAdjunctsAndAyant() {
    // 2016_06_12-012: `Les autorités ont par la suite confirmé qu'il s'agissait d'un « acte de terrorisme intérieur ».`
    check("Les autorités ont par la suite confirmé qu’il s’agissait d’un acte terroriste.", .french,
          Expected(source: "Les autorités", cue: "ont par la suite confirmé", content: "il s’agissait d’un acte terroriste"))
    // 2016_07_15-001: `L'armée turque annonce, via un communiqué publié sur le site internet de l'état-major, avoir pris le pouvoir …`.
    check("L’armée annonce, via un communiqué publié sur son site, avoir pris le pouvoir.", .french,
          Expected(source: "L’armée", cue: "annonce", content: "avoir pris le pouvoir"))
    // 2016_07_09-003: `…, le ministre de l’économie espagnol ayant déclaré s'attendre à une amende de zéro euro, cette procédure …`.
    check("Le ministre ayant déclaré s’attendre à une amende nulle, la procédure continue.", .french,
          Expected(source: "Le ministre", cue: "ayant déclaré", content: "s’attendre à une amende nulle"))
}

@Test func frenchSelonAfterQueAndSelonOverWordsThatReportNothing() {
    // 2016_06_12-012: `Amaq, annonce que, selon ses sources, la tuerie a été perpétré par un « combattant … »` (the `annonce`
    // claim was lost and the `selon` one took the words before it).
    let text = "L’agence Amaq annonce que, selon ses sources, la tuerie a été commise par un combattant."
    check(text, .french, Expected(source: "ses sources", cue: "selon", content: "la tuerie a été commise par un combattant"))
    #expect(frenchClaims(text).contains { $0.claim.cue?.text == "annonce" && $0.claim.content.text == "la tuerie a été commise par un combattant" })
    // 2016_06_19-003 `Selon ses propos, … n'a donc pas réussi à expliquer …`; 2016_06_03-001 `Selon les informations relatées par la
    // presse nationale, cet acte ferait suite aux propos polémiques lancés par Karim Benzema`: no inner claim to defer to.
    check("Selon ses propos, il n’aurait bu que deux bières et n’a pas réussi à expliquer son taux.", .french,
          Expected(source: "ses propos", cue: "Selon", content: "il n’aurait bu que deux bières et n’a pas réussi à expliquer son taux",
                   certainty: .possible))
    check("Selon les informations relatées par la presse, cet acte ferait suite aux propos lancés par le joueur.", .french,
          Expected(source: "la presse", cue: "Selon", content: "cet acte ferait suite aux propos lancés par le joueur"))
    // 2017_09_12-001: `ont réunit entre 223 000 selon les autorités et 400 000 selon les organisateurs`.
    let counts = "Les manifestations ont réuni 223 000 personnes selon les autorités et 400 000 selon les organisateurs."
    check(counts, .french, Expected(source: "les autorités", cue: "selon", content: "Les manifestations ont réuni 223 000 personnes"))
    #expect(frenchClaims(counts).last.map { ($0.claim.source?.text, $0.claim.content.text) } ?? (nil, "") == ("les organisateurs", "400 000"))
}

@Test func frenchQuotationAfterAColonAndAnAdjunct() {
    // 2016_07_29-003: `il s'était expliqué en avance le 26 juin 2016 pendant son retour d'Albanie : « … »`;
    // 2017_08_05-001: `Arsène Wenger, a également réagi à propos du fair-play financier : « … »` (not the infinitive `financier`).
    check("Le pape s’était expliqué en avance pendant son retour : « Je voudrais aller dans ce lieu sans discours. »", .french,
          Expected(source: "Le pape", cue: "s’était expliqué", content: "Je voudrais aller dans ce lieu sans discours", quoted: true))
    check("Le manager a également réagi à propos du fair-play financier : « Il devient difficile de le respecter. »", .french,
          Expected(source: "Le manager", cue: "a également réagi", content: "Il devient difficile de le respecter", quoted: true))
}

@Test func frenchPostposedCueWithoutItsComma() {
    // 2016_09_17-004 `… lors d'une compétition a révélé le Comité international paralympique (IPC).`;
    // 2016_10_13-004 `Il restera ouvert indique enfin le secrétariat général de l'ONU.` (the rules swapped source and content).
    check("Un cycliste est décédé après une chute lors d’une compétition a révélé le comité paralympique.", .french,
          Expected(source: "le comité paralympique", cue: "a révélé", content: "Un cycliste est décédé après une chute lors d’une compétition"))
    check("Le bureau emploie 51 personnes. Il restera ouvert indique enfin le secrétariat général.", .french,
          Expected(source: "le secrétariat général", cue: "indique", content: "Il restera ouvert"))
    // A verb joined to its clause is no postposed cue.
    check("Le ministre est arrivé et a expliqué le projet aux élus.", .french,
          Expected(source: "Le ministre", cue: "a expliqué", content: "le projet aux élus"))
}

@Test func frenchQuotationsFarAfterTheCueAndAfterAnAgent() {
    // 2016_12_02-002: `le Rwanda a rapidement répondu par la voix du lieutenant-colonel René Ngendahimana, porte-parole de l'armée rwandaise : « … »`.
    check("Le Rwanda a rapidement répondu par la voix du lieutenant-colonel René Ngendahimana, porte-parole de l’armée : « Nous n’avons aucun intérêt à tuer. »",
          .french, Expected(source: "Rwanda", cue: "a rapidement répondu", content: "Nous n’avons aucun intérêt à tuer", quoted: true, linkedTo: "Rwanda"))
    // 2016_12_01-001: `Le décès a été annoncé à l' AFP par sa famille qui a communiqué « … »`.
    let text = "Le décès a été annoncé à l’AFP par sa famille qui a communiqué « Il emporte avec lui ses rêves » ."
    check(text, .french, Expected(source: "sa famille", cue: "a été annoncé", content: "Le décès"))
    check(text, .french, Expected(source: "sa famille", cue: "a communiqué", content: "Il emporte avec lui ses rêves", quoted: true))
}

@Test func frenchSelonOverNounsThatLookLikeVerbs() {
    // 2016_11_20-005: `Selon le directeur général de la police, …, tous les hôpitaux de la zone ont été placés en état d'alerte.`
    check("Selon le directeur, les hôpitaux ont été placés en état d’alerte.", .french,
          Expected(source: "le directeur", cue: "Selon", content: "les hôpitaux ont été placés en état d’alerte"))
    check("Selon le directeur, les hôpitaux sont en alerte.", .french,
          Expected(source: "le directeur", cue: "Selon", content: "les hôpitaux sont en alerte"))
}

@Test func frenchAddingSomethingIsNoClaim() {
    // 2016_08_20-002 `L'équipe de Russie, …, souhaitait ajouter un titre olympique à son palmarès`;
    // 2016_10_30-004 `Les héraultais ont d'ailleurs assuré à domicile face à Nîmes qui n'a pas tenu plus de vingt minutes`.
    #expect(frenchClaims("L’équipe de Russie, entraînée par un ancien champion, souhaitait ajouter un titre olympique à son palmarès.").isEmpty)
    #expect(!frenchClaims("Les Héraultais ont d’ailleurs assuré à domicile face à Nîmes qui n’a pas tenu vingt minutes.")
        .contains { $0.claim.content.text.hasPrefix("n’a pas tenu") })
}

@Test func frenchPostsAndStatementsBeforeAColonQuotation() {
    // 2017_08_05-001: `Les fonctionnaires de LaLiga ont publié un communiqué officiel, qui se lit comme suit : « … »`,
    // `Lionel Messi … a posté sur Instagram : « … »`.
    check("Les fonctionnaires de la ligue ont publié un communiqué officiel, qui se lit comme suit : « La clause a été rejetée. »", .french,
          Expected(source: "Les fonctionnaires de la ligue", cue: "ont publié", content: "La clause a été rejetée", quoted: true))
    check("Le joueur a posté sur Instagram : « Bonne chance, mon ami. »", .french,
          Expected(source: "Le joueur", cue: "a posté", content: "Bonne chance, mon ami", quoted: true))
    #expect(frenchClaims("Le journal a publié un long article sur la réforme.").isEmpty)
}

@Test func frenchSubjectsBeforeLongAppositions() {
    // 2017_08_05-001: `José Mourinho, qui a dépensé … pour signer Paul Pogba, et une taxe de … pour signer … Romelu Lukaku …, a déclaré : « … »`.
    check("Le manager, José Mourinho, qui a dépensé 105 millions pour signer Paul Pogba, et 75 millions pour signer Romelu Lukaku cette saison, a déclaré : « Neymar est cher. »",
          .french, Expected(source: "José Mourinho", cue: "a déclaré", content: "Neymar est cher", quoted: true, linkedTo: "José Mourinho"))
    // 2016_08_19-001: `Un rapport de l'IGPN, publiée le 27 juillet, assurait au contraire que « … »` (the rules took `le 27 juillet`).
    check("Un rapport de l’inspection, publié le 27 juillet, assurait au contraire que « le service d’ordre était suffisant ».", .french,
          Expected(source: "Un rapport de l’inspection", cue: "assurait", content: "le service d’ordre était suffisant", quoted: true))
}

@Test func frenchWarningsAndPartialQuotationsOverSentences() {
    // 2016_07_15-001: `Binali Yildirim, dénonce une tentative de coup d'État … et averti que ceux impliqués … paieront « … »`
    // (`avertir`, an `-ir` verb, had no forms); `Il déclare également que le « gouvernement … reste en place. Ce gouvernement … »`.
    check("Le ministre a averti que les responsables paieront le prix le plus élevé.", .french,
          Expected(source: "Le ministre", cue: "a averti", content: "les responsables paieront le prix le plus élevé"))
    check("Il déclare que le « gouvernement reste en place. Il ne partira que si le peuple le dit ».", .french,
          Expected(source: "Il", cue: "déclare", content: "le « gouvernement reste en place. Il ne partira que si le peuple le dit »"))
}

@Test func frenchPersonBeforeAnUnclosedApposition() {
    // 2016_10_15-002 `Christophe Jakubyszyn, chef du service politique de la chaîne a déclaré que …`;
    // 2016_07_26-006 `l'archevêque de Rouen Dominique Lebrun , ordinaire du lieu a annoncé son retour …`.
    check("Le directeur, Paul Martin, chef du service politique de la chaîne a déclaré que la politique sera absente.", .french,
          Expected(source: "Paul Martin", cue: "a déclaré", content: "la politique sera absente", linkedTo: "Paul Martin"))
    // 2016_07_26-006 `pour s'assurer qu'il n'y a pas de « dispositif de piégeage »`: making sure is no claim.
    #expect(!frenchClaims("Un camion intervient pour s’assurer qu’il n’y a pas de bombe.").contains { $0.claim.cue?.text == "s’assurer" })
}

@Test func frenchCoordinatedPeopleAsOneSource() {
    // 2016_12_17-005 `Benoît Hamon, Arnaud Montebourg et Gérard Filoche dénoncent le virage libéral du pouvoir`;
    // 2016_07_26-006 `Le président de la République François Hollande ainsi que Bernard Cazeneuve ont annoncé leur visite`.
    check("Paul Martin et Marie Dubois ont déclaré que le pont était sûr.", .french,
          Expected(source: "Paul Martin et Marie Dubois", cue: "ont déclaré", content: "le pont était sûr"))
    // A singular verb keeps the last name.
    check("Le ministre de Paul Martin et Marie Dubois a déclaré que le pont était sûr.", .french,
          Expected(source: "Marie Dubois", cue: "a déclaré", content: "le pont était sûr", linkedTo: "Marie Dubois"))
}

// MARK: - Denials

@Test func frenchDenialTakingBackAClaimOfItsSentence() {
    // 2016_11_08-001 (a title): `L'entourage d'Emmanuel Macron annonce qu'il sera candidat en 2017... puis dément`.
    let text = "L’entourage du ministre annonce qu’il sera candidat en 2017... puis dément"
    check(text, .french, Expected(source: "L’entourage du ministre", cue: "dément", content: "il sera candidat en 2017", stance: .denies))
    // The announcement ends before the denial.
    check(text, .french, Expected(source: "L’entourage du ministre", cue: "annonce", content: "il sera candidat en 2017"))
}

@Test func frenchPassiveDenialOfARumourSelonLaquelle() {
    // 2016_09_01-002: `la rumeur selon laquelle il aurait tenté de mettre fin à ses jours … a été rejetée par la rectrice …`
    // (the rules took `ses jours …` for the content).
    check("La rumeur selon laquelle il aurait tenté de fuir à cause d’un conflit a été rejetée par la rectrice.", .french,
          Expected(source: "la rectrice", cue: "a été rejetée", content: "La rumeur selon laquelle il aurait tenté de fuir à cause d’un conflit",
                   stance: .denies))
}

@Test func frenchRejectingSomethingNotSaid() {
    // 2016_09_24-002: `Elles rejettent avec le temps une substance qui se minéralise …` (cyanobacteria): emitted, not denied.
    #expect(frenchClaims("Elles rejettent avec le temps une substance qui se minéralise.").isEmpty)
    check("Le ministre rejette des accusations infondées.", .french,
          Expected(source: "Le ministre", cue: "rejette", content: "des accusations infondées", stance: .denies))
}

@Test func frenchRejectingProposalsAfterAFullDate() {
    // 2016_12_05-002: `59 % des Italiens ont en effet rejeté dimanche 4 décembre les réformes constitutionnelles qu'il proposait`:
    // the relative `qu’` is no complementiser once the date is read as one.
    #expect(frenchClaims("Quelque 59 % des Italiens ont rejeté dimanche 4 décembre les réformes qu’il proposait.").isEmpty)
    check("Le ministre a démenti dimanche 4 décembre que la réforme serait retirée.", .french,
          Expected(source: "Le ministre", cue: "a démenti", content: "la réforme serait retirée", stance: .denies))
}

@Test func frenchRecallConstructionsCutShortDoNotTrap() {
    // Every prefix of a sentence per construction above: the rules look past cues, commas and
    // numbers, and a text may end anywhere.
    let sentences = [
        "Les manifestants, 20 000 personnes selon la police, 80 000 selon les syndicats, ont défilé.",
        "Un témoin a déclaré à l’AFP avoir vu une voiture.", "L’armée annonce, via un communiqué publié sur son site, avoir pris le pouvoir.",
        "Le directeur a déclaré que « la politique sera absente. L’émotion sera palpable ».",
        "L’entourage du ministre annonce qu’il sera candidat en 2017... puis dément",
        "L’agence annonce que, selon ses sources, la tuerie a été commise.", "Ils ont rejeté dimanche 4 décembre les réformes qu’il proposait.",
        "Le ministre ayant déclaré s’attendre à une amende nulle, la procédure continue.",
        "Certains sondages laissent entendre que le parti progresse.", "Je souhaite rappeler que rien n’est décidé.",
        "France : le chômage va repartir à la hausse, selon l’Unédic", "Cela dit, pour le vice-procureur, cette somme est importante.",
    ]
    #expect(frenchClaimsOverEveryPrefix(of: sentences) > 0)
}
