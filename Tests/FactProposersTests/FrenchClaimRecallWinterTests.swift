import FactModel
import FactProposers
import FactText
import Testing

// MARK: - French claims the rules missed or misread on WiNER 2016 (01–05) and 2017 (01–04)
// articles outside the held-out eight (invented sentences, one per construction)

@Test func frenchAccuserWithItsObjectBeforeDe() {
    // 2017_04_04-001: `Les États-Unis et l'Union européenne ont immédiatement accusé le régime syrien d'être à l'origine de l'attaque.`
    check("Le syndicat a accusé la direction d’avoir menti aux salariés.", .french,
          Expected(source: "Le syndicat", cue: "a accusé", content: "avoir menti aux salariés"))
    // 2017_01_28-007: `Festing accusait, quant à lui, des membres de la commission d'être liés à « un fonds »`.
    check("Le maire accusait, quant à lui, des membres du conseil d’être liés au promoteur.", .french,
          Expected(source: "Le maire", cue: "accusait", content: "être liés au promoteur"))
    // An accusation with its reason after `de` + noun reports no proposition.
    #expect(frenchClaims("Le maire accuse le préfet de négligence.").isEmpty)
}

@Test func frenchAdmissionWithItsObjectThenAColonQuotation() {
    // 2017_01_29-001: `Emmanuel Grégoire … a d'ailleurs reconnu le problème : « On assiste à un contournement … »`.
    check("Le ministre a reconnu le problème : « Nous avons été trop lents. »", .french,
          Expected(source: "Le ministre", cue: "a reconnu", content: "Nous avons été trop lents", quoted: true))
    // A denial keeps its object (`a contesté les chiffres du « Canard » : « … »`, 2017_02_08-007).
    check("Le ministre a contesté les chiffres : « Ils sont faux. »", .french,
          Expected(source: "Le ministre", cue: "a contesté", content: "les chiffres", stance: .denies))
}

@Test func frenchPesterBeforeAColonQuotation() {
    // 2017_01_29-001: `Christophe Borgel a, quant à lui, pesté contre ces pratiques … : « Cela s’appelle tricher ! … »`.
    check("Le maire a pesté contre ces retards : « Cela devient intenable. »", .french,
          Expected(source: "Le maire", cue: "a pesté", content: "Cela devient intenable", quoted: true))
    #expect(frenchClaims("Le maire a pesté contre ces retards.").isEmpty)
}

@Test func frenchPretendantWithAClitic() {
    // 2017_04_22-002: `il avait effectué un voyage … en Algérie, sans en avertir la justice, …, prétendant y être allé pour se marier.`
    check("Il est parti en Italie, prétendant y être allé pour travailler.", .french,
          Expected(source: "Il", cue: "prétendant", content: "y être allé pour travailler"))
}

@Test func frenchNoPostposedCueWithoutASubjectAfterIt() {
    // 2017_04_22-002 `…, sans en avertir la justice`: an infinitive is no postposed cue.
    #expect(frenchClaims("Il est parti en Algérie, sans en avertir la justice.").isEmpty)
    // 2017_02_15-003 `Joseph Kellogg, ancien général, assure l'intérim et, selon Reuters, …`: a verb and its object.
    #expect(frenchClaims("Jean Martin, ancien préfet, assure l’intérim et prépare la rentrée.").isEmpty)
    // 2017_01_28-007 `…, poste essentiellement honorifique.`: a noun and its adjective.
    #expect(frenchClaims("Il est devenu représentant auprès de l’Ordre, poste essentiellement honorifique.").isEmpty)
}

@Test func frenchPostposedAnnouncementAfterAHearsayConditional() {
    // 2016_03_20-001: `L'appareil aurait décollé à 03h40 (00h40 GMT) de l'aéroport de Dubaï, a annoncé le ministère russe des Situations d'urgence.`
    check("Le train aurait quitté la gare à midi, a annoncé la compagnie.", .french,
          Expected(source: "la compagnie", cue: "a annoncé", content: "Le train aurait quitté la gare à midi"))
    // (Certain: after a past cue a conditional may only follow its tense, see `Factuality`.)
}

@Test func frenchPersonBeforeATitleNamingAnOrganisation() {
    // 2017_01_29-001 `Emmanuel Grégoire , premier secrétaire de la fédération PS de parti, a d'ailleurs reconnu le problème : « … »`,
    // 2016_03_20-001 `Ghaith al Ghaith, le PDG de la compagnie Flydubai, a annoncé qu'il était trop tôt …` (the rules took the organisation).
    check("Jean Dupont, le président de la société Renault, a annoncé que l’usine fermera.", .french,
          Expected(source: "Jean Dupont", cue: "a annoncé", content: "l’usine fermera", linkedTo: "Jean Dupont"))
}

@Test func frenchPassiveDenialAfterAParticipleIncise() {
    check("Ces accusations, jugées infondées, ont été rejetées par le ministre.", .french,
          Expected(source: "le ministre", cue: "ont été rejetées", content: "Ces accusations", stance: .denies))
    // 2017_04_06-002: `Cette demande, jugée excessive, a été rejetée par le gouvernement, …` (the rules took `excessive`
    // for a denied claim): a rejected demand is a proposal, not something said (see `isProposalRejection`).
    #expect(frenchClaims("Cette demande, jugée coûteuse, a été rejetée par le conseil.").allSatisfy { $0.claim.stance != .denies })
}
