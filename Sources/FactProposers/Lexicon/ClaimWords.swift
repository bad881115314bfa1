/// Small closed word lists the claim rules read (lower case, apostrophes as `’`).
enum ClaimWords {
    // MARK: - Verb groups

    /// Auxiliaries and clitics that belong to a reporting verb group before the verb.
    static let auxiliaries: Set<String> = [
        "a", "ont", "avait", "avaient", "aura", "auront", "aurait", "auraient", "ai", "as", "avons", "avez",
        "est", "sont", "était", "étaient", "sera", "seront", "serait", "seraient", "été", "être", "avoir",
        "n’", "ne", "pas", "l’", "lui", "leur", "se", "s’", "les", "y", "en", "va", "vont", "allait", "vient", "de", "d’", "ayant",
        "has", "have", "had", "having", "will", "would", "is", "are", "was", "were", "been", "be", "being",
        "did", "does", "do", "not", "n’t", "can", "could", "may", "might", "should", "must", "to",
    ]

    /// Adverbs allowed inside a verb group (`a hier avoué`, `has also said`).
    static let innerAdverbs: Set<String> = [
        "également", "aussi", "même", "déjà", "hier", "rapidement", "encore", "toujours", "pourtant", "ainsi",
        "notamment", "d’ailleurs", "alors", "bien", "publiquement", "clairement", "fermement", "vivement",
        "catégoriquement", "immédiatement", "officiellement", "aussitôt", "plusieurs", "fois", "formellement",
        "toutefois", "cependant", "néanmoins", "elle-même", "lui-même", "eux-mêmes", "elles-mêmes", "ensuite", "enfin",
        "finalement", "récemment", "longtemps",
        "also", "previously", "repeatedly", "later", "recently", "publicly", "often", "already", "once",
        "again", "since", "never", "long", "flatly", "repeatedly", "privately", "reportedly", "just", "even",
        "still", "separately", "falsely", "initially", "first", "earlier", "quickly", "frequently",
    ]

    /// French adverbs and locutions that may follow a reporting verb before its object or
    /// infinitive (`dément formellement ces informations`, `a rejeté en bloc`, `nie en revanche`,
    /// `précise néanmoins avoir`): outside the cue (adverbs after the verb are left out) and the content.
    static let adverbsAfterVerb: [[String]] = [
        ["formellement"], ["fermement"], ["catégoriquement"], ["vigoureusement"], ["farouchement"], ["totalement"],
        ["radicalement"], ["énergiquement"], ["vivement"], ["fortement"], ["immédiatement"], ["aussitôt"], ["également"],
        ["aussi"], ["encore"], ["toutefois"], ["cependant"], ["néanmoins"], ["pourtant"], ["donc"], ["ainsi"], ["alors"],
        ["hier"], ["aujourd’hui"], ["publiquement"], ["officiellement"], ["clairement"], ["notamment"], ["d’ailleurs"],
        ["en", "bloc"], ["en", "revanche"], ["à", "nouveau"], ["de", "nouveau"], ["pour", "sa", "part"], ["pour", "leur", "part"],
        ["de", "son", "côté"], ["de", "leur", "côté"], ["quant", "à", "lui"], ["quant", "à", "elle"], ["quant", "à", "eux"],
        ["quant", "à", "elles"], ["d’", "ailleurs"], ["jusqu’", "à", "présent"], ["jusqu’", "ici"], ["à", "plusieurs", "reprises"],
        ["dans", "un", "premier", "temps"], ["par", "le", "passé"], ["entre", "autres"], ["au", "contraire"], ["par", "ailleurs"],
        ["en", "effet"], ["de", "plus"], ["par", "la", "suite"], ["une", "nouvelle", "fois"], ["à", "son", "tour"], ["à", "leur", "tour"],
        ["dans", "la", "foulée"], ["d’", "un", "revers", "de", "main"], ["d’", "un", "revers", "de", "la", "main"],
    ]

    /// `adverbsAfterVerb` by their first word, so a token looks up only the locutions it may open.
    static let adverbsAfterVerbByFirst: [String: [[String]]] = Dictionary(grouping: adverbsAfterVerb, by: { $0[0] })

    /// The multi-word ones by their last word, for reading a verb group leftwards (`a quant à lui nié`).
    static let adverbsAfterVerbByLast: [String: [[String]]] = Dictionary(grouping: adverbsAfterVerb.filter { $0.count > 1 }, by: { $0[$0.count - 1] })

    /// Time words that may follow a reporting verb before its object (`a nié mardi soir toute
    /// responsabilité`) when the mention rules left them unmarked.
    static let timeWordsAfterVerb: Set<String> = [
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "soir", "matin", "midi", "après-midi",
        "dernier", "dernière", "prochain", "prochaine",
    ]

    /// Words that cannot start a verb group's left extension (so `de` only counts after `vient`).
    static let groupOnlyAfterVerb: Set<String> = ["de", "d’", "to", "les", "en", "y"]

    /// French inverted subject pronouns glued to a verb (`a-t-il`, `explique-t-elle`).
    static let invertedSuffixes: [(suffix: String, pronoun: String)] = [
        ("-t-il", "il"), ("-t-elle", "elle"), ("-t-on", "on"), ("-ils", "ils"), ("-elles", "elles"),
        ("-il", "il"), ("-elle", "elle"), ("-on", "on"),
    ]

    // MARK: - Clauses

    /// Complementisers that introduce a content clause; they stay out of the content.
    static let complementisers: Set<String> = ["que", "qu’", "that"]

    /// Words that end a subject noun phrase when reading leftwards.
    static let subjectStops: Set<String> = [
        "que", "qu’", "mais", "car", "donc", "or", "puis", "lorsque", "lorsqu’", "quand", "si", "comme", "où",
        "dont", "that", "but", "because", "when", "while", "if", "as", "so", "and", "since", "although", "though",
        "where", "which", "who", "after", "before",
    ]

    /// Prepositions that make a comma-delimited chunk a parenthetical, not a subject.
    static let prepositions: Set<String> = [
        "par", "selon", "pour", "dans", "avec", "sans", "sur", "lors", "après", "avant", "depuis", "en", "à", "au", "aux",
        "de", "du", "des", "d’", "entre", "chez", "contre", "vers",
        "in", "on", "at", "by", "for", "with", "from", "of", "about", "during", "after", "before", "to", "into",
        "under", "over", "through", "via", "per", "like", "than", "since", "without", "against", "among",
    ]

    /// Determiners and pronouns that may open a clause without a complementiser (`said the plan …`).
    static let clauseOpeners: Set<String> = [
        "the", "a", "an", "he", "she", "they", "it", "we", "i", "you", "there", "this", "these", "those", "his",
        "her", "their", "its", "our", "my", "no", "some", "many", "most", "all", "both", "clinton", "trump",
        "people", "americans", "voters",
    ]

    // MARK: - Sources

    /// Subject pronouns and what they may stand for: persons only, or groups too.
    static let pronouns: [String: PronounKind] = [
        "il": .person, "elle": .person, "he": .person, "she": .person, "i": .person,
        "ils": .group, "elles": .group, "they": .group, "we": .group, "nous": .group, "on": .none,
        "it": .group, "je": .person, "you": .none, "vous": .none,
    ]

    /// Relative pronouns whose antecedent is the source (`Kim Jong-un, qui a ordonné`).
    static let relatives: Set<String> = ["qui", "who", "which"]

    // MARK: - Factuality

    /// Hedges in the content that make it possible (`pourrait`, `may`).
    static let possibleHedges: Set<String> = [
        "pourrait", "pourraient", "pourrais", "envisage", "envisagent", "envisageait", "envisagerait",
        "éventuellement", "peut-être", "possible", "possiblement", "risque", "risquent",
        "could", "may", "might", "possibly", "perhaps", "maybe", "reportedly",
    ]

    /// Hedges that make it probable (`devrait`, `likely`).
    static let probableHedges: Set<String> = [
        "devrait", "devraient", "probablement", "vraisemblablement", "sans doute",
        "likely", "probably", "should", "unlikely", "presumably",
    ]

    /// Hearsay conditionals: `possible` unless they only follow a past reporting verb's tense.
    static let hearsayConditionals: Set<String> = ["serait", "seraient", "aurait", "auraient", "agirait"]

    /// Words that say the thing qualified is false (`qualifié … de fausses nouvelles`).
    static let falsity: Set<String> = [
        "fausse", "fausses", "faux", "infondée", "infondées", "infondé", "infondés", "trompeuse", "trompeuses",
        "trompeur", "trompeurs", "mensongère", "mensongères", "mensonge", "mensonges", "rumeur", "rumeurs",
        "absurde", "absurdes", "ridicule", "ridicules", "fantaisiste", "fantaisistes", "sans", "fake", "false",
        "baseless", "untrue", "lies", "lie", "nonsense", "ridiculous", "absurd", "unfounded", "hoax",
    ]

    /// Words that call something false when it is the predicate of a quoted or reported
    /// sentence (`« Ces accusations sont fausses »`, `« C’est un mensonge »`): a stricter list
    /// than `falsity`, which also serves `qualifier … de`.
    static let falsePredicates: Set<String> = [
        "faux", "fausse", "fausses", "infondé", "infondée", "infondés", "infondées", "mensonge", "mensonges", "mensonger",
        "mensongère", "mensongers", "mensongères", "calomnie", "calomnies", "calomnieux", "calomnieuse", "calomnieuses",
        "diffamatoire", "diffamatoires", "contrevérité", "contrevérités", "erroné", "erronée", "erronés", "erronées",
        "inexact", "inexacte", "inexacts", "inexactes", "fake", "intox",
    ]

    /// Nouns that name a charge someone makes, so that denouncing them rejects them as false
    /// (`dénonce des allégations`, `dénonce des rumeurs`), unlike denouncing a deed.
    static let chargeNouns: Set<String> = [
        "accusation", "accusations", "allégation", "allégations", "rumeur", "rumeurs", "mensonge", "mensonges", "calomnie",
        "calomnies", "contrevérité", "contrevérités", "affabulation", "affabulations", "diffamation", "désinformation", "intox",
    ]

    /// Nouns of proposals and decisions: rejecting one (`ont rejeté la réforme`, `le plan rejeté
    /// par le collectif`) opposes it, it denies no claim.
    static let proposalNouns: Set<String> = [
        "réforme", "réformes", "projet", "projets", "proposition", "propositions", "offre", "offres", "demande", "demandes",
        "plan", "plans", "recours", "appel", "loi", "lois", "texte", "accord", "accords", "candidature", "motion", "amendement",
        "amendements", "budget", "candidat", "candidats", "idée", "requête", "pourvoi", "ultimatum", "invitation", "mesure", "mesures",
    ]

    /// Determiners that point back to something already said (`ces accusations`, `these claims`).
    static let anaphoricDeterminers: Set<String> = ["ces", "cette", "ce", "cet", "ses", "leurs", "these", "those", "this", "the", "such"]

    /// Nouns that name a claim (`accusations`, `claims`), for `disputes` links.
    static let claimNouns: Set<String> = [
        "accusation", "accusations", "affirmation", "affirmations", "information", "informations", "rumeur",
        "rumeurs", "allégation", "allégations", "propos", "déclaration", "déclarations", "rapport", "rapports",
        "assertions", "assertion", "informations", "claim", "claims", "allegation", "allegations", "report",
        "reports", "accusation", "charges", "charge", "statement", "statements", "rumors", "rumours", "story",
    ]

    /// French nouns through which `selon` names the medium or body that speaks (`selon une
    /// révélation de Médiapart`, `selon les chiffres du ministère`): the source is what follows `de`.
    static let mediumNouns: Set<String> = [
        "révélation", "révélations", "information", "informations", "rapport", "rapports", "article", "articles",
        "enquête", "enquêtes", "document", "documents", "étude", "études", "communiqué", "communiqués", "note",
        "bilan", "chiffres", "estimation", "estimations", "décompte", "sondage", "témoignage", "témoignages",
        "déclaration", "déclarations", "propos", "données", "renseignements", "confidences", "annonce", "annonces", "version",
    ]
}

/// What a subject pronoun can refer to.
enum PronounKind: Sendable {
    /// `il`, `she`: a person (an organisation when no person precedes).
    case person
    /// `ils`, `they`: an organisation, a place or a person.
    case group
    /// `on`, `you`: nothing to resolve.
    case none
}
