import FactModel

// MARK: - Held-out French gold: claims of 8 WiNER 2017 articles, written by hand once

/// One gold claim of a held-out article, by its texts. The content is the `contentAt`-th
/// occurrence of its text in the article (0 = first); the cue and source are the occurrence
/// nearest to the content unless `cueAt`/`sourceAt` pick one by index.
struct HeldOutClaim {
    var source: String?
    var cue: String
    var content: String
    var stance: Stance = .asserts
    var certainty: Certainty = .certain
    var quoted = false
    var contentAt = 0
    var cueAt: Int? = nil
    var sourceAt: Int? = nil
}

/// A WiNER article by its path under ../shared/data/winer-fr (the text stays there) and its
/// gold claims.
struct HeldOutArticle {
    var path: String
    var claims: [HeldOutClaim]
}

/// Chosen by grepping ../shared/data/winer-fr/2017 for reporting expressions and denials
/// (`a déclaré|selon|a affirmé|démenti|nié|« …`), never looked at while writing the rules; the
/// gold was written before the proposer ran on them and is not changed after. Following the
/// guidelines: wishes, hopes, condemnations and demands are not claims, nor is a hearsay
/// conditional without a source (`Les prisonniers seraient…`) or a denial without content
/// (`Bourgi avait pourtant démenti jusque-là`).
let frenchHeldOutGold: [HeldOutArticle] = [
    HeldOutArticle(path: "2017/04/2017_04_12-002.txt", claims: [
        HeldOutClaim(source: "un rapport", cue: "affirmant", content: "la Tchétchénie s'emploie à traquer des personnes homosexuelles ou apparentées pour ainsi les torturer dans des « prisons secrètes » , à Argoun"),
        HeldOutClaim(source: "les connaissances du journal", cue: "selon", content: "Trois personnes y sont décédées"),
        HeldOutClaim(source: "des témoins", cue: "affirment", content: "il y aurait davantage de morts", certainty: .possible),
        HeldOutClaim(source: "les témoins anonymes", cue: "selon", content: "sont contraintes de dénoncer d'autres membres de la communauté de leur entourage"),
        HeldOutClaim(source: "Russian LGBT network", cue: "confirme", content: "ces déclarations"),
        HeldOutClaim(source: "des mises en garde anonymes sur internet", cue: "selon", content: "les personnes responsables de ces arrestations utilisent les propositions d'aide faites sur internet pour arrêter davantage de personnes concernées"),
        HeldOutClaim(source: "Alvi Karimov", cue: "renie", content: "toute implication dans ces arrestations", stance: .denies),
        HeldOutClaim(source: "Dimitri Peskov", cue: "annonce", content: "le ministère de l'Intérieur du pays s'emploie à « vérifier les informations relatives à la persécution présumée d'hommes d'orientation non-traditionnelle »"),
        HeldOutClaim(source: "un rapport", cue: "rappelant", content: "l'homophobie présente dans la région et accentuée par l'autorité tchétchène"),
    ]),
    HeldOutArticle(path: "2017/04/2017_04_11-001.txt", claims: [
        HeldOutClaim(source: "Audra D. Bridges", cue: "raconte", content: "l'homme a fait savoir qu'il était médecin et qu'il devait rentrer au plus vite à son hôpital"),
        HeldOutClaim(source: "l'homme", cue: "a fait savoir", content: "il était médecin et qu'il devait rentrer au plus vite à son hôpital"),
        HeldOutClaim(source: "Elle", cue: "décrit", content: "les autres voyageurs comme « tremblants » et « dégoûtés »"),
        HeldOutClaim(source: "Oscar Munoz", cue: "expliquant", content: "les employés fonctionnaient dans l'urgence et que le passager était devenu « turbulent et agressif »"),
        HeldOutClaim(source: "la police de Chicago", cue: "Selon", content: "la vie de l'homme n'est pas en jeu et une enquête est en cours"),
        HeldOutClaim(source: "on", cue: "dénonce", content: "une présumée « discrimination » à l'égard des Asiatiques ainsi que du racisme"),
    ]),
    HeldOutArticle(path: "2017/03/2017_03_19-005.txt", claims: [
        HeldOutClaim(source: "Robert Bourgi", cue: "a reconnu", content: "avoir acheté pour 13 000 euros de vêtements à Fillon", sourceAt: 1),
        HeldOutClaim(source: "Robert Bourgi", cue: "confirmant", content: "les révélations du « Monde »", sourceAt: 1),
        HeldOutClaim(source: "lui", cue: "Pour", content: "il s'agit d' « un simple cadeau amical » , sans « conflit d’intérêt ni trafic d’influence »"),
        HeldOutClaim(source: "des documents", cue: "attestant", content: "les faits"),
        HeldOutClaim(source: "L’entourage de Fillon", cue: "dément", content: "cette dernière accusation", stance: .denies),
        HeldOutClaim(source: "Fillon", cue: "avait confié", content: "Un ami m’a offert des costumes en février. Et alors", quoted: true),
        HeldOutClaim(source: "Fillon", cue: "martelant", content: "ces cadeaux n’avaient « rien à voir » avec la politique"),
        HeldOutClaim(source: "Marianne", cue: "a révélé", content: "le parquet national financier a élargi l’enquête sur les emplois présumés fictifs de l’épouse et des enfants de François Fillon à des soupçons de trafic d’influence"),
    ]),
    HeldOutArticle(path: "2017/03/2017_03_23-004.txt", claims: [
        HeldOutClaim(source: "Michelle Bachelet", cue: "a déclaré", content: "Après des mois de travail en commun, nous concrétisons ce qui est une bonne nouvelle pour notre pays et nous honorons la générosité et l’amour de la nature de Douglas Tompkins", quoted: true),
        HeldOutClaim(source: "la donatrice", cue: "Pour", content: "il s'agit de « l’effort le plus important de l’histoire »"),
    ]),
    HeldOutArticle(path: "2017/04/2017_04_19-005.txt", claims: [
        HeldOutClaim(source: "Kori Ali Muhammad", cue: "aurait crié", content: "Allahou akbar", certainty: .possible, quoted: true),
        HeldOutClaim(source: "Cet homme noir", cue: "avait affirmé", content: "détester les blancs et le gouvernement"),
        HeldOutClaim(source: nil, cue: "est soupçonné", content: "avoir tué la semaine dernière un agent de sécurité (blanc lui aussi) devant un motel de cette même ville de Fresno", certainty: .probable),
    ]),
    HeldOutArticle(path: "2017/03/2017_03_25-004.txt", claims: [
        HeldOutClaim(source: "le parquet fédéral de Belgique", cue: "a annoncé", content: "L'homme a été inculpé pour « tentative d’assassinat à caractère terroriste, tentative de coups et blessures à caractère terroriste et infraction à la législation sur les armes »"),
        HeldOutClaim(source: "une source proche de l’enquête", cue: "selon", content: "Il n’est pas confirmé qu’il s’agit d’un attentat terroriste", quoted: true),
        HeldOutClaim(source: "elle", cue: "précise-t-elle", content: "Les premières explications du suspect « n’avaient aucun sens »"),
        HeldOutClaim(source: "une autre source", cue: "a suggéré", content: "des chefs d’inculpation larges avaient été choisis par précaution", certainty: .probable),
        HeldOutClaim(source: "le parquet", cue: "selon", content: "« Différentes armes ont été découvertes dans le coffre » de sa voiture, « des armes blanches, un riot gun [fusil à pompe] et un bidon contenant un produit encore indéterminé »", quoted: true, sourceAt: 1),
        HeldOutClaim(source: "la source française proche de l’enquête", cue: "selon", content: "Après avoir été interpellé, il a été placé en cellule de dégrisement et semblait ne toujours pas avoir été entendu ce matin du fait de son état"),
        HeldOutClaim(source: "la source française proche de l’enquête", cue: "ajoute", content: "le suspect avait déjà passé la nuit de mercredi à jeudi en cellule de dégrisement après un différend familial avec sa compagne ou ex-compagne résidant à Anvers"),
        HeldOutClaim(source: "Une source policière française", cue: "précise", content: "le suspect n’était « connu pour aucun fait terroriste » , mais pour de nombreuses « infractions de droit commun » comme vols, violences, usage de stupéfiants ou port d’arme"),
        HeldOutClaim(source: "des médias belges", cue: "Selon", content: "les policiers avaient retrouvé le suspect endormi au volant de sa voiture garée sur un quai, après une course-poursuite, et son état n’avait pas permis de l’interroger"),
    ]),
    HeldOutArticle(path: "2017/01/2017_01_28-006.txt", claims: [
        HeldOutClaim(source: "François Fillon", cue: "a assuré", content: "être prêt à renoncer à sa candidature s'il est mis en examen dans le cadre de l' affaire des emplois fictifs présumés de son épouse"),
        HeldOutClaim(source: "Il", cue: "maintient cependant sa contestation", content: "ces accusations", stance: .denies),
        HeldOutClaim(source: "il", cue: "juge", content: "« abjectes » et visant à « abattre » sa candidature", certainty: .probable),
        HeldOutClaim(source: "Il", cue: "affirmant", content: "il n'y avait « pas le moindre doute » sur l’emploi « légal » et « parfaitement transparent » de sa femme", sourceAt: 0),
        HeldOutClaim(source: "Il", cue: "a aussi ajouté", content: "« Ce travail est réel, je m’en expliquerai évidemment avec la justice » et que Penelope Fillon travaillait pour lui « depuis toujours »"),
        HeldOutClaim(source: "lui", cue: "Pour", content: "on voit bien que, derrière ça, la vraie question c’est comment combattre celui qui a gagné la primaire de la droite et du centre", quoted: true),
        HeldOutClaim(source: "il", cue: "explique", content: "elle n’a jamais fait de politique au sens où elle n’a jamais été en première ligne. [...] Elle faisait un travail pour moi qui était quotidien. [...] Tout le monde le savait, il y a des services de l’ Assemblée nationale , une alternance politique, des déclarations au fisc. Tout cela est transparent", quoted: true),
        HeldOutClaim(source: "Il", cue: "révéler", content: "il avait employé deux de ses enfants, avocats, lorsqu’il était sénateur de la Sarthe, de 2005 à 2007", sourceAt: 2),
        HeldOutClaim(source: "Il", cue: "affirmant", content: "son intention de « porter plainte contre les journaux qui affirment que [s]a femme avait un emploi fictif »"),
        HeldOutClaim(source: "les journaux", cue: "affirment", content: "[s]a femme avait un emploi fictif"),
        HeldOutClaim(source: "Alain Juppé", cue: "a affirmé", content: "il ne serait pas « une solution de repêchage » dans le cas où Fillon renoncerait à la présidentielle"),
        HeldOutClaim(source: "il", cue: "a-t-il ajouté", content: "Non, c’est clairement non, certes, la polémique est préoccupante, mais cela ne change rien à ma décision", quoted: true),
    ]),
    HeldOutArticle(path: "2017/03/2017_03_25-003.txt", claims: [
        HeldOutClaim(source: "François Fillon", cue: "accusé", content: "l' Élysée de tenir un « cabinet noir » visant à nuire à sa campagne", sourceAt: 1),
        HeldOutClaim(source: "François Hollande", cue: "a condamné", content: "les « allégations mensongères » de Fillon", stance: .denies),
        HeldOutClaim(source: "Les journalistes en question", cue: "ont démenti", content: "ces allégations", stance: .denies),
        HeldOutClaim(source: "Jean-Jacques Urvoas", cue: "a rappelé", content: "Fillon « a voté systématiquement contre tous les textes renforçant l'indépendance de la justice et favorisant la transparence » entre 2013 et 2016"),
        HeldOutClaim(source: "Urvoas", cue: "fustige", content: "Cette énumération traduit une évidence que ne peuvent effacer les affirmations sans fondement de ce [jeudi]", quoted: true, sourceAt: 1),
        HeldOutClaim(source: "Il", cue: "a affirmé", content: "n'avoir travaillé avec « aucune entreprise russe, ni aucun organisme de ce pays »", sourceAt: 0),
    ]),
]
