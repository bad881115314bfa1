import FactModel
import FactProposers
import FactText
import Testing

// MARK: - French constructions seen on WiNER articles but not yet handled (invented sentences)

@Test func frenchAccordingToInsideItsContent() {
    // `X aurait, d'après Le Parisien, découvert …`: the incise splits the verb group, so the content
    // is the whole clause around it (hearsay conditional: possible).
    check("Le suspect aurait, d’après Le Parisien, découvert les documents dans un coffre.", .french,
          Expected(source: "Le Parisien", cue: "d’après",
                   content: "Le suspect aurait, d’après Le Parisien, découvert les documents dans un coffre",
                   certainty: .possible, linkedTo: "Le Parisien"))
    // After `que`, `selon X` still reports the clause after it.
    check("Il a précisé que, selon lui, la réforme sera votée.", .french,
          Expected(source: "lui", cue: "selon", content: "la réforme sera votée"))
    // A reporting verb after the incise makes the inner claim, the one to propose.
    #expect(!frenchClaims("Le ministre a, selon Le Monde, démenti ces rumeurs.").contains { $0.claim.cue?.text == "selon" })
}

@Test func frenchRelativeQualifieDeFalsity() {
    // `une décision qu’il qualifie d’« absurde »`: the relative's subject denies the antecedent;
    // the main verb's object keeps the relative clause and its own stance.
    let proposals = check("Emmanuel Macron a dénoncé une décision qu’il qualifie d’« absurde ».", .french,
                          Expected(source: "il", cue: "qualifie", content: "une décision", stance: .denies, linkedTo: "Emmanuel Macron"))
    check("Emmanuel Macron a dénoncé une décision qu’il qualifie d’« absurde ».", .french,
          Expected(source: "Emmanuel Macron", cue: "a dénoncé", content: "une décision qu’il qualifie d’« absurde »", linkedTo: "Emmanuel Macron"))
    #expect(proposals.claims.count == 2)
    // A label that is no falsity makes no claim, as `qualifier … de` elsewhere.
    #expect(frenchClaims("Le maire a présenté une réforme qu’il qualifie de nécessaire.").isEmpty)
}

@Test func frenchAussiBienQueCoordinatedSources() {
    check("Aussi bien la mairie que la préfecture ont affirmé que le pont était sûr.", .french,
          Expected(source: "Aussi bien la mairie que la préfecture", cue: "ont affirmé", content: "le pont était sûr"))
    check("Tant le syndicat que la direction ont démenti ces rumeurs.", .french,
          Expected(source: "Tant le syndicat que la direction", cue: "ont démenti", content: "ces rumeurs", stance: .denies))
}

@Test func frenchCommePronounCuePointsForward() {
    // `Comme il l’a annoncé, X …`: the pronoun is the source, linked to the person the clause opens with.
    check("Comme il l’a annoncé mardi, Emmanuel Macron dissoudra l’Assemblée.", .french,
          Expected(source: "il", cue: "a annoncé", content: "Emmanuel Macron dissoudra l’Assemblée", linkedTo: "Emmanuel Macron"))
    // With no person there, the last compatible mention before it.
    check("Marie Dubois a parlé aux salariés. Comme elle l’avait promis, l’usine restera ouverte.", .french,
          Expected(source: "elle", cue: "avait promis", content: "l’usine restera ouverte", linkedTo: "Marie Dubois"))
}

@Test func frenchTextsCutShortAfterACueDoNotTrap() {
    // Every prefix of these sentences (a text may end anywhere, as `Comme il l’a annoncé` or
    // `Il a dit,` did, which ran the rules past the last token).
    let sentences = [
        "Comme il l’a annoncé mardi, Emmanuel Macron dissoudra l’Assemblée.",
        "Emmanuel Macron a dénoncé une décision qu’il qualifie d’« absurde ».",
        "Le suspect aurait, d’après Le Parisien, découvert les documents.",
        "Aussi bien la mairie que la préfecture ont affirmé, mardi, que le pont était sûr.",
        "Le ministre a annoncé le 3 mars que la réforme était reportée.",
    ]
    #expect(frenchClaimsOverEveryPrefix(of: sentences) > 0)
}
