/// Words that are capitalised at a sentence start or in a title but never begin a name, and
/// the titles and functions that introduce one.
enum FunctionWords {
    /// Words (lower-case) a name never starts with: determiners, pronouns, prepositions,
    /// conjunctions and common sentence-initial adverbs of both languages.
    static let nonNameStarts: Set<String> = [
        "le", "la", "les", "l’", "un", "une", "des", "du", "de", "d’", "ce", "cet", "cette", "ces",
        "mon", "ma", "mes", "ton", "ta", "tes", "son", "sa", "ses", "notre", "nos", "votre", "vos",
        "leur", "leurs", "il", "elle", "ils", "elles", "on", "nous", "vous", "je", "j’", "tu",
        "qui", "que", "qu’", "quoi", "dont", "où", "quand", "comment", "pourquoi", "combien",
        "et", "ou", "mais", "donc", "or", "ni", "car", "si", "alors", "selon", "lors", "après",
        "avant", "depuis", "pendant", "dans", "en", "à", "au", "aux", "par", "pour", "sur", "sous",
        "avec", "sans", "chez", "contre", "entre", "vers", "malgré", "parmi", "dès", "beaucoup",
        "plusieurs", "certains", "certaines", "tous", "tout", "toute", "toutes", "aucun", "aucune",
        "chaque", "ainsi", "aussi", "encore", "déjà", "puis", "ensuite", "enfin", "cependant",
        "pourtant", "toutefois", "néanmoins", "désormais", "aujourd’hui", "hier", "demain",
        "mardi", "lundi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "il y a", "voici",
        "voilà", "non", "oui", "pas", "ne", "n’", "s’", "c’", "c", "ça", "cela", "ceci", "celui",
        "celle", "ceux", "celles", "lequel", "laquelle", "par", "face", "outre", "quant", "même",
        "seul", "seule", "très", "plus", "moins", "près", "loin", "ici", "là", "partout", "madame",
        "monsieur", "mesdames", "messieurs", "cher", "chère", "bref", "enfin", "certes", "sinon",
        "the", "a", "an", "this", "that", "these", "those", "he", "she", "it", "they", "we", "i",
        "you", "his", "her", "its", "their", "our", "my", "your", "and", "or", "but", "so", "if",
        "when", "while", "after", "before", "since", "during", "in", "on", "at", "by", "for",
        "from", "to", "with", "without", "of", "as", "according", "meanwhile", "however",
        "yesterday", "today", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "there", "here", "what", "who", "which", "why", "how", "many",
        "some", "all", "both", "each", "every", "no", "not", "also", "then", "now", "although",
        "despite", "under", "over", "between", "against", "among", "about", "mr", "mrs", "ms",
        "dear", "last", "next", "earlier", "later", "officials", "police",
    ]

    /// Titles and functions (lower-case) that introduce a person's name; they stay outside the
    /// span (`président Poutine` → `Poutine`).
    static let titles: Set<String> = [
        "m.", "mm.", "mme", "mme.", "mmes", "mlle", "dr", "dr.", "pr", "pr.", "me", "mgr",
        "président", "présidente", "ministre", "secrétaire", "chancelier", "chancelière", "roi", "reine", "prince", "princesse", "pape",
        "sénateur", "sénatrice", "député", "députée", "maire", "gouverneur", "gouverneure",
        "ambassadeur", "ambassadrice", "porte-parole", "directeur", "directrice", "patron",
        "patronne", "chef", "cheffe", "dirigeant", "dirigeante", "leader", "juge", "procureur",
        "procureure", "avocat", "avocate", "professeur", "professeure", "docteur", "colonel",
        "capitaine", "lieutenant", "sergent", "commandant", "amiral", "maréchal", "cardinal",
        "archevêque", "évêque", "abbé", "père", "sœur", "frère", "cheikh", "émir", "ayatollah",
        "imam", "rabbin", "homologue", "envoyé", "émissaire", "opposant", "opposante", "dissident",
        "journaliste", "chanteur", "chanteuse", "acteur", "actrice", "écrivain", "joueur",
        "joueuse", "entraîneur", "sélectionneur", "candidat", "candidate", "vice-président",
        "vice-présidente", "conseiller", "conseillère", "commissaire", "adjoint", "adjointe",
        "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "prof.", "president", "minister", "prime",
        "secretary", "senator", "sen.", "rep.", "gov.", "gen.", "governor", "mayor", "chancellor",
        "king", "queen", "pope", "ambassador", "spokesman", "spokeswoman", "spokesperson",
        "director", "chief", "judge", "attorney", "general", "colonel", "captain", "sheikh",
        "counterpart", "envoy", "leader", "chairman", "ceo", "lord", "lady", "sir", "dame",
        "vice-president", "speaker", "commissioner", "coach", "actor", "singer", "author",
    ]

    /// Capitalised words of a function or ministry name (`ministre des Affaires étrangères`):
    /// never a mention on their own, and a name sequence never crosses them.
    static let functionDomains: Set<String> = [
        "Affaires", "Étrangères", "étrangères", "Défense", "Intérieur", "Justice", "Économie",
        "Finances", "Santé", "Éducation", "Culture", "Travail", "Agriculture", "Environnement",
        "Transports", "Industrie", "Commerce", "Budget", "Logement", "Sports", "Armées", "État",
        "Etat", "Outre-mer", "Solidarités", "Recherche", "Énergie", "Numérique", "Emploi",
        "Foreign", "Affairs", "Defence", "Defense", "Interior", "Treasury", "Home", "State",
        "Health", "Education", "Energy", "Commerce", "Général", "Général", "République",
        "Nation", "Premier", "Prime", "Minister", "President", "Président", "Secrétaire",
        "Ministre", "Chancelier", "Sénateur", "Gouverneur", "Vice",
    ]
}
