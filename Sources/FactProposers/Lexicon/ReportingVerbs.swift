import FactModel

/// What a reporting expression says about its claim: the polarity it gives the source, how sure
/// it makes the source, and whether a noun phrase may stand as its content (`a nié ces
/// accusations`) or only a clause (`pense que …`).
struct CueSense: Sendable, Hashable {
    /// The verb's infinitive (`déclarer`, `say`).
    let lemma: String
    /// `denies` for denial verbs (`nier`, `deny`).
    let stance: Stance
    /// `probable` for belief and likelihood verbs (`estimer`, `believe`).
    let certainty: Certainty
    /// True when a noun phrase object may be the content.
    let nounContent: Bool
    /// True for verbs that must see a `que`/`that` clause, a quotation or a colon to count.
    let needsClause: Bool
}

/// Reporting verbs of French and English, every inflected form generated from the lemma once.
enum ReportingVerbs {
    /// Lower-cased inflected form → sense, for French.
    static let french: [String: CueSense] = buildFrench()
    /// Lower-cased inflected form → sense, for English.
    static let english: [String: CueSense] = buildEnglish()

    /// The sense of a lower-cased word in a language, when it is a reporting verb form.
    static func sense(_ word: String, _ language: Language) -> CueSense? {
        language == .french ? french[word] : english[word]
    }

    // MARK: - French

    /// Regular `-er` verbs: lemma, stance, certainty, noun content allowed, needs a clause.
    private static let frenchRegular: [(String, Stance, Certainty, Bool, Bool)] = [
        ("déclarer", .asserts, .certain, false, false), ("affirmer", .asserts, .certain, false, false),
        ("annoncer", .asserts, .certain, true, false), ("souligner", .asserts, .certain, false, false),
        ("expliquer", .asserts, .certain, false, false), ("ajouter", .asserts, .certain, false, false),
        ("préciser", .asserts, .certain, false, false), ("indiquer", .asserts, .certain, false, false),
        ("assurer", .asserts, .certain, false, false), ("estimer", .asserts, .probable, false, true),
        ("penser", .asserts, .probable, false, true), ("soupçonner", .asserts, .probable, false, true),
        ("évoquer", .asserts, .certain, false, true), ("réitérer", .asserts, .certain, true, false),
        ("confirmer", .asserts, .certain, true, false), ("raconter", .asserts, .certain, false, true),
        ("confier", .asserts, .certain, false, true),
        ("rappeler", .asserts, .certain, false, true), ("insister", .asserts, .certain, false, true),
        ("avouer", .asserts, .certain, true, false), ("signaler", .asserts, .certain, false, true),
        ("noter", .asserts, .certain, false, true), ("observer", .asserts, .certain, false, true),
        ("constater", .asserts, .certain, false, true), ("dénoncer", .asserts, .certain, true, false),
        ("juger", .asserts, .probable, false, true), ("considérer", .asserts, .probable, false, true),
        ("marteler", .asserts, .certain, false, false), ("répéter", .asserts, .certain, false, false),
        ("commenter", .asserts, .certain, false, false), ("clamer", .asserts, .certain, false, false),
        ("proclamer", .asserts, .certain, false, false),
        ("tempérer", .asserts, .certain, false, false), ("nuancer", .asserts, .certain, false, false),
        ("déplorer", .asserts, .certain, true, false), ("saluer", .asserts, .certain, true, false),
        ("alerter", .asserts, .certain, false, true),
        ("révéler", .asserts, .certain, false, true), ("accuser", .asserts, .certain, false, true),
        ("témoigner", .asserts, .certain, false, true), ("lancer", .asserts, .certain, false, true),
        ("suggérer", .asserts, .probable, false, true), ("rapporter", .asserts, .certain, false, true),
        ("nier", .denies, .certain, true, false), ("réfuter", .denies, .certain, true, false),
        ("contester", .denies, .certain, true, false), ("rejeter", .denies, .certain, true, false),
        ("qualifier", .asserts, .certain, true, false), ("démentir", .denies, .certain, true, false),
        ("récuser", .denies, .certain, true, false), ("renier", .denies, .certain, true, false),
        ("dénier", .denies, .certain, true, false), ("balayer", .denies, .certain, true, false),
        ("arguer", .asserts, .certain, false, true), ("certifier", .asserts, .certain, false, true),
        ("réaffirmer", .asserts, .certain, true, false), ("fustiger", .asserts, .certain, true, false),
        // `« … » s’est félicité Trump`, `se félicite que …`: only with a clause, a quotation or a colon.
        ("féliciter", .asserts, .certain, false, true),
        // `sa famille qui a communiqué « … »`.
        ("communiquer", .asserts, .certain, false, true),
        // `a posté sur Instagram : « … »`, `ont publié un communiqué officiel, qui se lit comme suit : « … »`.
        // (Not `tweeter`: the analyst's tagger is shown learning it, AnalystClaimLearningTests.)
        ("poster", .asserts, .certain, false, true), ("publier", .asserts, .certain, false, true),
        // `a pesté contre ces pratiques : « … »`: only with a colon or a quotation.
        ("pester", .asserts, .certain, false, true),
    ]

    /// Irregular French forms: form list, lemma, stance, certainty, noun content, needs clause.
    private static let frenchIrregular: [([String], String, Stance, Certainty, Bool, Bool)] = [
        (["dit", "dis", "disent", "disait", "disaient", "dira", "dirait", "disant", "dire", "dite", "dites"], "dire", .asserts, .certain, false, true),
        (["écrit", "écrivent", "écrivait", "écrire", "écrivant"], "écrire", .asserts, .certain, false, true),
        (["répond", "répondent", "répondu", "répondait", "répondre", "répondant"], "répondre", .asserts, .certain, false, false),
        (["reconnaît", "reconnait", "reconnaissent", "reconnu", "reconnue", "reconnaissait", "reconnaître", "reconnaissant"], "reconnaître", .asserts, .certain, true, true),
        (["admet", "admettent", "admis", "admise", "admettait", "admettre"], "admettre", .asserts, .certain, true, true),
        (["soutient", "soutiennent", "soutenu", "soutenait", "soutenir"], "soutenir", .asserts, .certain, false, true),
        (["maintient", "maintiennent", "maintenu", "maintenait"], "maintenir", .asserts, .certain, false, true),
        (["prévient", "préviennent", "prévenu", "prévenait"], "prévenir", .asserts, .certain, false, false),
        (["croit", "croient", "cru", "croyait", "croire"], "croire", .asserts, .probable, false, true),
        (["craint", "craignent", "craignait", "craindre"], "craindre", .asserts, .probable, false, true),
        (["promet", "promettent", "promis", "promettait", "promettre"], "promettre", .asserts, .certain, false, true),
        (["prédit", "prédisent", "prédisait"], "prédire", .asserts, .probable, false, true),
        (["prétend", "prétendent", "prétendu", "prétendait", "prétendaient", "prétendant"], "prétendre", .asserts, .certain, false, true),
        (["dément", "démentent", "démenti", "démentie", "démentis", "démenties", "démentait", "démentaient", "démentir", "démentant"], "démentir", .denies, .certain, true, false),
        (["contredit", "contredisent", "contredisait", "contredire"], "contredire", .denies, .certain, true, false),
        (["conclut", "concluent", "conclu", "concluait", "concluaient", "conclure", "concluant"], "conclure", .asserts, .certain, false, true),
        (["réagit", "réagissent", "réagi", "réagissait", "réagissaient", "réagir", "réagissant"], "réagir", .asserts, .certain, false, true),
        // `« … », a-t-il poursuivi`, `poursuit-elle`: only after a quotation or before a colon (see `ContentFinder`).
        (["poursuit", "poursuivent", "poursuivi", "poursuivait", "poursuivaient"], "poursuivre", .asserts, .certain, false, true),
        (["renchérit", "renchérissent", "renchéri", "renchérissait", "renchérissant"], "renchérir", .asserts, .certain, false, true),
        // `L’Unédic prévoit que le chômage …`: a forecast, only with a clause (`prévu`, `prévoir`
        // and `prévoyant 156 licenciements` plan, they report nothing).
        (["prévoit", "prévoient", "prévoyait", "prévoyaient", "prévoira", "prévoiront", "prévoirait", "prévoyant"], "prévoir", .asserts, .probable, false, true),
        // `Certains sondages laissent entendre qu’elle pourrait …`: a suggestion, only after `laisser` (see `CueGroups`).
        (["entendre"], "laisser entendre", .asserts, .probable, false, true),
        // `a averti que …`, `garantit que …` (`-ir` verbs: `frenchRegular` makes only `-er` forms).
        (["avertit", "avertissent", "averti", "avertie", "avertis", "avertissait", "avertissaient", "avertir", "avertissant"],
         "avertir", .asserts, .certain, false, true),
        (["garantit", "garantissent", "garanti", "garantissait", "garantissaient", "garantir", "garantissant"], "garantir", .asserts, .certain, false, true),
        (["selon", "d’après"], "selon", .asserts, .certain, false, false),
    ]

    private static func buildFrench() -> [String: CueSense] {
        var table: [String: CueSense] = [:]
        for (lemma, stance, certainty, noun, clause) in frenchRegular where lemma.hasSuffix("er") {
            let sense = CueSense(lemma: lemma, stance: stance, certainty: certainty, nounContent: noun, needsClause: clause)
            for form in frenchForms(of: lemma) { table[form] = sense }
        }
        for (forms, lemma, stance, certainty, noun, clause) in frenchIrregular {
            let sense = CueSense(lemma: lemma, stance: stance, certainty: certainty, nounContent: noun, needsClause: clause)
            for form in forms { table[form] = sense }
        }
        return table
    }

    /// The forms of a regular `-er` verb: present, imperfect, future, conditional, participles.
    static func frenchForms(of lemma: String) -> [String] {
        let stem = String(lemma.dropLast(2))
        // `annoncer` → `annonç` before a/o; `envisager` → `envisage` before a/o.
        let softStem = stem.hasSuffix("c") ? String(stem.dropLast()) + "ç" : stem.hasSuffix("g") ? stem + "e" : stem
        // `répéter` → `répète`, `suggérer` → `suggère`: the last é becomes è before a mute e.
        var graveStem = stem
        if let index = stem.lastIndex(of: "é") { graveStem.replaceSubrange(index...index, with: "è") }
        // `rejeter` → `rejette`, `rappeler` → `rappelle`: the consonant doubles before a mute e.
        let doubledStem = stem.hasSuffix("et") || stem.hasSuffix("el") ? stem + String(stem.last!) : stem
        var forms = ["e", "es", "ent"].map { graveStem + $0 } + ["e", "es", "ent"].map { stem + $0 }
        forms += ["e", "es", "ent", "era", "eront", "erait", "eraient"].map { doubledStem + $0 }
        forms += ["ons"].map { softStem + $0 } + ["ez", "é", "ée", "és", "ées", "er", "era", "eront", "erait", "eraient", "èrent"].map { stem + $0 }
        forms += ["ait", "aient", "ant", "a", "ai", "ât"].map { softStem + $0 }
        return forms
    }

    // MARK: - English

    /// Regular English verbs: lemma, stance, certainty, noun content allowed, needs a clause.
    private static let englishRegular: [(String, Stance, Certainty, Bool, Bool)] = [
        ("add", .asserts, .certain, false, false), ("state", .asserts, .certain, false, false),
        ("claim", .asserts, .certain, false, false), ("deny", .denies, .certain, true, false),
        ("report", .asserts, .certain, false, false), ("announce", .asserts, .certain, true, false),
        ("argue", .asserts, .certain, false, false), ("explain", .asserts, .certain, false, false),
        ("note", .asserts, .certain, false, false), ("insist", .asserts, .certain, false, false),
        ("warn", .asserts, .certain, false, false), ("suggest", .asserts, .probable, false, false),
        ("believe", .asserts, .probable, false, true), ("assert", .asserts, .certain, false, false),
        ("acknowledge", .asserts, .certain, true, false), ("admit", .asserts, .certain, true, false),
        ("confirm", .asserts, .certain, true, false), ("predict", .asserts, .probable, false, false),
        ("accuse", .asserts, .certain, false, true), ("allege", .asserts, .certain, false, false),
        ("dismiss", .denies, .certain, true, false), ("reject", .denies, .certain, true, false),
        ("refute", .denies, .certain, true, false), ("dispute", .denies, .certain, true, false),
        ("contend", .asserts, .certain, false, false), ("maintain", .asserts, .certain, false, true),
        ("recall", .asserts, .certain, false, true), ("reveal", .asserts, .certain, false, true),
        ("declare", .asserts, .certain, false, false), ("promise", .asserts, .certain, false, true),
        ("vow", .asserts, .certain, false, true), ("pledge", .asserts, .certain, false, true),
        ("testify", .asserts, .certain, false, false), ("tweet", .asserts, .certain, false, false),
        ("respond", .asserts, .certain, false, false), ("reply", .asserts, .certain, false, false),
        ("ask", .asserts, .certain, false, false), ("urge", .asserts, .certain, false, false),
        ("caution", .asserts, .certain, false, false), ("concede", .asserts, .certain, false, false),
        ("complain", .asserts, .certain, false, false), ("criticize", .asserts, .certain, false, true),
        ("charge", .asserts, .certain, false, true), ("observe", .asserts, .certain, false, true),
        ("remark", .asserts, .certain, false, false), ("emphasize", .asserts, .certain, false, false),
        ("stress", .asserts, .certain, false, false), ("indicate", .asserts, .certain, false, true),
        ("signal", .asserts, .certain, false, true), ("show", .asserts, .certain, false, true),
        ("conclude", .asserts, .certain, false, true), ("estimate", .asserts, .probable, false, true),
        ("expect", .asserts, .probable, false, true), ("hope", .asserts, .probable, false, true),
        ("fear", .asserts, .probable, false, true), ("worry", .asserts, .probable, false, true),
        ("agree", .asserts, .certain, false, true), ("point", .asserts, .certain, false, true),
        ("joke", .asserts, .certain, false, false), ("boast", .asserts, .certain, false, false),
        ("announce", .asserts, .certain, true, false), ("mention", .asserts, .certain, false, true),
        ("explain", .asserts, .certain, false, false), ("question", .asserts, .certain, false, true),
        ("speculate", .asserts, .possible, false, false), ("wonder", .asserts, .possible, false, true),
        ("demand", .asserts, .certain, false, true), ("promise", .asserts, .certain, false, true),
        ("describe", .asserts, .certain, false, true), ("want", .asserts, .certain, false, true),
        ("learn", .asserts, .certain, false, true), ("insinuate", .asserts, .certain, false, false),
        // Speech acts and stances PolNeAR annotates, with a noun phrase as content.
        ("ask", .asserts, .certain, true, false), ("call", .asserts, .certain, true, false),
        ("describe", .asserts, .certain, true, false), ("decline", .asserts, .certain, true, false),
        ("endorse", .asserts, .certain, true, false), ("criticize", .asserts, .certain, true, false),
        ("defend", .asserts, .certain, true, false), ("urge", .asserts, .certain, true, false),
        ("praise", .asserts, .certain, true, false), ("propose", .asserts, .certain, true, false),
        ("refuse", .asserts, .certain, true, false), ("support", .asserts, .certain, true, false),
        ("oppose", .asserts, .certain, true, false), ("want", .asserts, .certain, true, false),
        ("offer", .asserts, .certain, true, false), ("tweet", .asserts, .certain, true, false),
        ("blame", .asserts, .certain, true, false), ("attack", .asserts, .certain, true, false),
        ("express", .asserts, .certain, true, false), ("blast", .asserts, .certain, true, false),
        ("back", .asserts, .certain, true, false), ("order", .asserts, .certain, true, false),
        ("decide", .asserts, .certain, true, false), ("denounce", .asserts, .certain, true, false),
        ("discuss", .asserts, .certain, true, false), ("mock", .asserts, .certain, true, false),
        ("reiterate", .asserts, .certain, true, false), ("cite", .asserts, .certain, true, false),
        ("condemn", .asserts, .certain, true, false), ("slam", .asserts, .certain, true, false),
        ("welcome", .asserts, .certain, true, false), ("applaud", .asserts, .certain, true, false),
        ("accuse", .asserts, .certain, true, false), ("question", .asserts, .certain, true, false),
        ("promise", .asserts, .certain, true, false), ("pledge", .asserts, .certain, true, false),
        ("vow", .asserts, .certain, true, false), ("reveal", .asserts, .certain, true, false),
        ("identify", .asserts, .certain, true, false), ("assure", .asserts, .certain, true, false),
        ("post", .asserts, .certain, true, false), ("predict", .asserts, .probable, true, false),
        ("demand", .asserts, .certain, true, false), ("hint", .asserts, .possible, false, false),
        ("acknowledge", .asserts, .certain, true, false), ("announce", .asserts, .certain, true, false),
        ("complain", .asserts, .certain, false, false), ("recommend", .asserts, .certain, true, false),
        ("insist", .asserts, .certain, false, false), ("threaten", .asserts, .certain, true, false),
        ("challenge", .asserts, .certain, true, false), ("target", .asserts, .certain, true, false),
        ("seem", .asserts, .probable, false, false), ("appear", .asserts, .probable, false, false),
    ]

    /// Irregular English forms: forms, lemma, stance, certainty, noun content, needs clause.
    private static let englishIrregular: [([String], String, Stance, Certainty, Bool, Bool)] = [
        (["say", "says", "said", "saying"], "say", .asserts, .certain, false, false),
        (["tell", "tells", "told", "telling"], "tell", .asserts, .certain, false, true),
        (["write", "writes", "wrote", "written", "writing"], "write", .asserts, .certain, false, false),
        (["think", "thinks", "thought", "thinking"], "think", .asserts, .probable, false, true),
        (["know", "knows", "knew", "known"], "know", .asserts, .certain, false, true),
        (["find", "finds", "found"], "find", .asserts, .certain, false, true),
        (["feel", "feels", "felt"], "feel", .asserts, .probable, false, true),
        (["according"], "according to", .asserts, .certain, false, false),
        (["seek", "seeks", "sought", "seeking"], "seek", .asserts, .certain, true, false),
        (["plan", "plans", "planned", "planning"], "plan", .asserts, .certain, true, false),
        (["refer", "refers", "referred", "referring"], "refer", .asserts, .certain, true, false),
        (["see", "sees", "saw", "seeing"], "see", .asserts, .probable, false, true),
        (["slam", "slams", "slammed", "slamming"], "slam", .asserts, .certain, true, false),
        (["admit", "admits", "admitted", "admitting"], "admit", .asserts, .certain, true, false),
        (["regret", "regrets", "regretted"], "regret", .asserts, .certain, true, false),
    ]

    private static func buildEnglish() -> [String: CueSense] {
        var table: [String: CueSense] = [:]
        for (lemma, stance, certainty, noun, clause) in englishRegular {
            let sense = CueSense(lemma: lemma, stance: stance, certainty: certainty, nounContent: noun, needsClause: clause)
            for form in englishForms(of: lemma) { table[form] = sense }
        }
        for (forms, lemma, stance, certainty, noun, clause) in englishIrregular {
            let sense = CueSense(lemma: lemma, stance: stance, certainty: certainty, nounContent: noun, needsClause: clause)
            for form in forms { table[form] = sense }
        }
        return table
    }

    /// Base, third person, past and -ing forms of a regular English verb.
    static func englishForms(of lemma: String) -> [String] {
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        if lemma.hasSuffix("y"), let before = lemma.dropLast().last, !vowels.contains(before) {
            let stem = String(lemma.dropLast())
            return [lemma, stem + "ies", stem + "ied", lemma + "ing"]
        }
        if lemma.hasSuffix("e") {
            let stem = String(lemma.dropLast())
            return [lemma, lemma + "s", lemma + "d", stem + "ing"]
        }
        let third = lemma.hasSuffix("s") || lemma.hasSuffix("sh") || lemma.hasSuffix("ch") ? lemma + "es" : lemma + "s"
        // Doubling for one-syllable consonant–vowel–consonant verbs (`admit` → `admitted`).
        let past = lemma + "ed", ing = lemma + "ing"
        return [lemma, third, past, ing]
    }
}
