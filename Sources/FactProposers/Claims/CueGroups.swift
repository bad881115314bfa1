import FactModel

/// A reporting expression found in a sentence: the verb group (auxiliaries and inner adverbs
/// included), its sense, and the subject pronoun glued to it by inversion (`a-t-il`).
struct CueGroup {
    /// First token of the group.
    var start: Int
    /// One past the last token.
    var end: Int
    /// The token of the reporting verb itself.
    var verb: Int
    /// The sentence holding it.
    var sentence: Int
    /// What the verb means for its claim.
    var sense: CueSense
    /// Code points of an inverted subject pronoun inside a token (`il` in `a-t-il`).
    var invertedPronoun: (start: Int, end: Int, word: String)?
    /// True for `été`/`been` + participle.
    var passive: Bool
    /// True when `ne … pas`/`not` is inside the group.
    var negated: Bool

    /// True for `selon`, `d’après`, `according to`.
    var isPreposition: Bool { sense.lemma == "selon" || sense.lemma == "according to" }
}

/// Finds the reporting verb groups of a document.
enum CueGroups {
    /// Every cue group, in text order.
    static func find(_ context: ClaimContext) -> [CueGroup] {
        let view = context.view
        let language = view.document.language
        var groups: [CueGroup] = []
        for (sentenceIndex, sentence) in view.document.sentences.enumerated() {
            var index = sentence.tokens.lowerBound
            while index < sentence.tokens.upperBound {
                if let group = group(at: index, sentence: sentenceIndex, range: sentence.tokens, context, language) {
                    groups.append(group)
                    index = group.end
                } else {
                    index += 1
                }
            }
        }
        return groups
    }

    /// The group whose verb is token `index`, when it is a reporting verb.
    private static func group(at index: Int, sentence: Int, range: Range<Int>, _ context: ClaimContext,
                              _ language: Language) -> CueGroup? {
        let word = context.lower(index)
        var pronoun: (start: Int, end: Int, word: String)?
        var sense = ReportingVerbs.sense(word, language)
        if sense == nil, language == .french, let (stem, glued) = splitInversion(word) {
            // `explique-t-il`: the verb carries the pronoun.
            sense = ReportingVerbs.sense(stem, language)
            if sense != nil { pronoun = pronounOffsets(index, glued, context) }
        }
        if language == .french, word == "après", context.lower(index - 1) == "d’", let selon = ReportingVerbs.sense("selon", language) {
            return CueGroup(start: index - 1, end: index + 1, verb: index, sentence: sentence, sense: selon,
                            invertedPronoun: nil, passive: false, negated: false)
        }
        // `à en croire X`, `aux dires de X`: `selon X` in other words.
        if language == .french, let selon = ReportingVerbs.sense("selon", language) {
            if word == "croire", context.lower(index - 1) == "en", context.lower(index - 2) == "à", index - 2 >= range.lowerBound {
                return CueGroup(start: index - 2, end: index + 1, verb: index, sentence: sentence, sense: selon,
                                invertedPronoun: nil, passive: false, negated: false)
            }
            if word == "dires", context.lower(index - 1) == "aux", index - 1 >= range.lowerBound,
               ["de", "d’", "du", "des"].contains(context.lower(index + 1)) {
                return CueGroup(start: index - 1, end: index + 2, verb: index, sentence: sentence, sense: selon,
                                invertedPronoun: nil, passive: false, negated: false)
            }
        }
        if language == .french, word == "pour", let selon = ReportingVerbs.sense("selon", language),
           isOpinionHolder(after: index, in: range, context) {
            return CueGroup(start: index, end: index + 1, verb: index, sentence: sentence, sense: selon,
                            invertedPronoun: nil, passive: false, negated: false)
        }
        if language == .french, let group = nounDenial(at: index, sentence: sentence, range: range, context) ?? inscritEnFaux(at: index, sentence: sentence, range: range, context) {
            return group
        }
        guard let sense else { return nil }
        // (`selon` is no verb: `100 000 personnes selon la police`, `nombreux selon X`.)
        if language == .french, sense.lemma != "selon", isFrenchNoun(index, range, context) { return nil }
        // `Il faut dire que`, `veut dire`: not reported speech.
        if language == .french, sense.lemma == "dire", ["faut", "fallait", "veut", "voulait"].contains(context.lower(index - 1)) { return nil }
        // `ce à quoi il faut ajouter`: what must be added, not what someone said.
        if language == .french, word == sense.lemma, ["faut", "fallait", "faudra", "faudrait"].contains(context.lower(index - 1)) { return nil }
        // `Cet échec s’explique par …`, `auquel s’ajoutent …`, `la tendance se confirme`: no one speaks.
        if language == .french, Self.reflexiveNonSpeech.contains(sense.lemma), ["s’", "se"].contains(context.lower(index - 1)) { return nil }
        // `les crimes proprement dits`, `autrement dit`: no speech.
        if language == .french, sense.lemma == "dire", ["proprement", "autrement"].contains(context.lower(index - 1)) { return nil }
        // `Cela dit, …`, `les accords dits de « Minsk II »`, `la loi dite « travail »`, `ce qui explique`: no one speaks.
        if language == .french, isNonSpeechForm(index, word: word, sense: sense, range, context) { return nil }
        // `laisse penser que`, `donne à penser que`: what a fact suggests, not what someone said.
        if language == .french, sense.lemma == "penser", isSuggestion(before: index, range, context) { return nil }
        // `ces éléments semblent bien confirmer l’hypothèse`: what facts seem to do, not what someone said.
        if language == .french, word == sense.lemma, isAfterSeeming(index, range, context) { return nil }
        if sense.lemma == "according to" && context.lower(index + 1) != "to" { return nil }
        if language == .english, !isVerbal(index, word, sense, context) { return nil }
        // Left: auxiliaries, negation, clitics and inner adverbs.
        var start = index
        var passive = false, negated = false
        while start - 1 >= range.lowerBound {
            let previous = context.lower(start - 1)
            if language == .french, let length = locutionInsideGroup(before: start, range, context) {
                // `a quant à lui nié`, `a pour sa part indiqué`.
                start -= length
            } else if language == .french, previous == ",", start == index, let auxiliary = auxiliaryBeforeAdjunct(before: start - 1, range, context) {
                // `aurait, par courriel, expliqué`, `avait, dans un communiqué, déclaré`.
                start = auxiliary
            } else if ClaimWords.auxiliaries.contains(previous), !ClaimWords.groupOnlyAfterVerb.contains(previous), previous != "l’" {
                start -= 1
            } else if start - 2 >= range.lowerBound, ["de", "d’"].contains(previous), ["vient", "viennent", "venait", "venaient"].contains(context.lower(start - 2)) {
                // The recent past `vient de déclarer`.
                start -= 2
            } else if ClaimWords.innerAdverbs.contains(previous), isInsideGroup(start - 1, range, context) {
                start -= 1
            } else if language == .french, let (stem, glued) = splitInversion(previous), ClaimWords.auxiliaries.contains(stem) {
                start -= 1
                pronoun = pronounOffsets(start, glued, context)
            } else {
                break
            }
        }
        // `Je souhaite rappeler que`, `X tient à préciser que`: the modal belongs to the group, not to the subject.
        var withModal = false
        if language == .french, start == index, word == sense.lemma || sense.lemma == "laisser entendre",
           let length = modalLength(before: index, range, context) {
            start -= length
            withModal = true
            while start - 1 >= range.lowerBound, ClaimWords.auxiliaries.contains(context.lower(start - 1)),
                  !ClaimWords.groupOnlyAfterVerb.contains(context.lower(start - 1)), context.lower(start - 1) != "l’" { start -= 1 }
        }
        // An adverb cannot open the group (`tempère cependant`, `also said` keeps only `said`).
        while start < index, ClaimWords.innerAdverbs.contains(context.lower(start)) { start += 1 }
        if sense.lemma == "selon" || sense.lemma == "according to" { start = index }
        for token in start..<index {
            let text = context.lower(token)
            if ["été", "been", "was", "were", "is", "are", "be", "being", "est", "sont", "était", "étaient", "sera", "seront", "soit", "soient"].contains(text) {
                passive = true
            }
            if ["ne", "n’", "pas", "not", "n’t", "never", "jamais"].contains(text) { negated = true }
        }
        // `s’est dit « attristé »`: a reflexive is no passive.
        passive = passive && isParticiple(word, language) && !(language == .french && (start..<index).contains { ["se", "s’"].contains(context.lower($0)) })
        // `Personne ne peut nier que …`: a negated modal before the infinitive negates it.
        if language == .french, word == sense.lemma, index - 2 >= range.lowerBound,
           ["peut", "peuvent", "pouvait", "pouvaient", "pourrait", "pourraient", "saurait", "sauraient"].contains(context.lower(index - 1)),
           ["ne", "n’"].contains(context.lower(index - 2)) {
            negated = true
            start = min(start, index - 2)
        }
        if language == .french, !withModal, isPurposeOrBareForm(index, start: start, word: word, sense: sense, context) { return nil }
        // French reduced passive: `Ces accusations, démenties par le Kremlin, …`.
        if language == .french, start == index, isParticiple(word, language), context.lower(index + 1) == "par" { passive = true }
        var end = index + 1
        // `ne pense pas`: the negation's second half follows a simple tense.
        if language == .french, negated, ["pas", "jamais", "plus", "guère", "point"].contains(context.lower(end)),
           (start..<index).contains(where: { ["ne", "n’"].contains(context.lower($0)) }) { end += 1 }
        if sense.lemma == "according to" { end = index + 2 }
        if language == .english, word.hasPrefix("point"), context.lower(index + 1) == "out" { end = index + 2 }
        if language == .english, sense.lemma == "point", end == index + 1 { return nil }
        if language == .english, ["show", "find", "know", "want", "learn", "question", "describe"].contains(sense.lemma),
           !["that"].contains(context.lower(end)) { return nil }
        return CueGroup(start: start, end: end, verb: index, sentence: sentence, sense: sense,
                        invertedPronoun: pronoun, passive: passive, negated: negated)
    }

    /// French reporting verbs whose reflexive form says nothing (`s’explique`, `s’ajoute`, `s’annonce`).
    private static let reflexiveNonSpeech: Set<String> = [
        "expliquer", "ajouter", "confirmer", "annoncer", "révéler", "préciser", "répéter", "rappeler", "indiquer", "observer",
        "assurer", // `pour s’assurer qu’il n’y a pas de …`: making sure.
    ]

    /// True when the infinitive at `index` follows a form of `sembler` or `paraître`, with at
    /// most one adverb between (`semblent bien confirmer`).
    static func isAfterSeeming(_ index: Int, _ range: Range<Int>, _ context: ClaimContext) -> Bool {
        var previous = index - 1
        if previous > range.lowerBound, ClaimWords.innerAdverbs.contains(context.lower(previous)) { previous -= 1 }
        guard previous >= range.lowerBound else { return false }
        let word = context.lower(previous)
        return word.hasPrefix("sembl") || word.hasPrefix("paraî") || word.hasPrefix("parai") || word.hasPrefix("paraiss")
    }

    /// True when `penser` at `index` follows a form of `laisser` or `donner`, with or without
    /// `à` (`laissent penser`, `laisse à penser`, `donne à penser`).
    private static func isSuggestion(before index: Int, _ range: Range<Int>, _ context: ClaimContext) -> Bool {
        var previous = index - 1
        if previous >= range.lowerBound, context.lower(previous) == "à" { previous -= 1 }
        guard previous >= range.lowerBound else { return false }
        let word = context.lower(previous)
        return word.hasPrefix("laiss") || word.hasPrefix("donn")
    }

    // MARK: - French noun denials

    /// True when a French verb form follows a determiner that cannot be a clitic pronoun
    /// (`un démenti`, `cette annonce`), or a sentence-initial article (`Le démenti du ministère`).
    static func isFrenchNoun(_ index: Int, _ range: Range<Int>, _ context: ClaimContext) -> Bool {
        guard index - 1 >= range.lowerBound else { return false }
        let previous = context.lower(index - 1)
        if ["un", "une", "ce", "cet", "cette", "son", "sa", "ses", "du", "des", "au", "aux", "mon", "ma", "notre", "votre"].contains(previous) {
            return true
        }
        // `trois notes de lecture`, `plusieurs rapports`.
        if quantityWords.contains(previous) || context.tokens[index - 1].kind == .number { return true }
        // After a preposition an article is no clitic either (`selon l’annonce du gouvernement`).
        let preposition: Set<String> = ["selon", "de", "d’", "à", "par", "pour", "dans", "après", "avant", "sur", "avec", "sans", "malgré"]
        if ["le", "la", "les", "l’"].contains(previous), index - 2 >= range.lowerBound, preposition.contains(context.lower(index - 2)) { return true }
        return index - 1 == range.lowerBound && ["le", "la", "les", "l’"].contains(previous)
    }

    /// Numerals and quantifiers before which a verb form is a noun (`trois notes`).
    private static let quantityWords: Set<String> = [
        "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "plusieurs", "quelques", "nombreux", "nombreuses",
    ]

    /// French denial nouns (`un démenti`, `sa contestation`) and the lemma their sense carries.
    static let denialNouns: [String: String] = [
        "démenti": "démenti", "démentis": "démenti", "dénégation": "dénégation", "dénégations": "dénégation",
        "contestation": "contestation",
    ]
    /// Verbs that turn a denial noun into a cue: `opposer un démenti à`, `exprimer sa contestation de`.
    private static let denialNounVerbs: Set<String> = ["opposer", "apporter", "exprimer", "formuler", "publier", "manifester"]
    /// Adjectives that may follow a denial noun inside the cue (`un démenti formel`).
    private static let denialNounAdjectives: Set<String> = [
        "formel", "formels", "catégorique", "catégoriques", "ferme", "fermes", "officiel", "officiels", "vigoureux", "total", "totale",
    ]

    /// `X a opposé un démenti (formel) à …`, `X exprime sa contestation de …`: the group runs
    /// from the verb (with its auxiliaries) to the noun and its adjective; the content is what
    /// follows `à`/`de` (see `ContentFinder.object`). Token `index` is the determiner.
    private static func nounDenial(at index: Int, sentence: Int, range: Range<Int>, _ context: ClaimContext) -> CueGroup? {
        let determiners: Set<String> = ["un", "une", "son", "sa", "ses", "leur", "leurs", "le", "la", "des", "de"]
        guard index + 1 < range.upperBound, determiners.contains(context.lower(index)),
              let lemma = denialNouns[context.lower(index + 1)], index - 1 >= range.lowerBound,
              denialNounVerbs.contains(where: { ReportingVerbs.frenchForms(of: $0).contains(context.lower(index - 1)) }) else { return nil }
        var start = index - 1, negated = false
        while start - 1 >= range.lowerBound, ClaimWords.auxiliaries.contains(context.lower(start - 1))
            || ClaimWords.innerAdverbs.contains(context.lower(start - 1)) {
            if ["ne", "n’"].contains(context.lower(start - 1)) { negated = true }
            start -= 1
        }
        while start < index - 1, ClaimWords.innerAdverbs.contains(context.lower(start)) { start += 1 }
        var end = index + 2
        if end < range.upperBound, denialNounAdjectives.contains(context.lower(end)) { end += 1 }
        let sense = CueSense(lemma: lemma, stance: .denies, certainty: .certain, nounContent: true, needsClause: false)
        return CueGroup(start: start, end: end, verb: index + 1, sentence: sentence, sense: sense,
                        invertedPronoun: nil, passive: false, negated: negated)
    }

    /// The lemma of `s’inscrire en faux (contre)`, a denial whose object follows `contre`.
    static let inscrireEnFaux = "s’inscrire en faux"

    /// Forms of `inscrire` in `s’inscrire en faux`.
    private static let inscrireForms: Set<String> = ["inscrit", "inscrivent", "inscrivait", "inscrivaient", "inscrire", "inscrivant", "inscrits", "inscrite"]

    /// `X s’inscrit en faux contre …`: the group runs from `s’` (and its auxiliaries) to `faux`.
    /// Token `index` is the form of `inscrire`.
    private static func inscritEnFaux(at index: Int, sentence: Int, range: Range<Int>, _ context: ClaimContext) -> CueGroup? {
        guard index + 2 < range.upperBound, inscrireForms.contains(context.lower(index)), context.lower(index + 1) == "en",
              context.lower(index + 2) == "faux" else { return nil }
        var start = index, negated = false
        while start - 1 >= range.lowerBound, ClaimWords.auxiliaries.contains(context.lower(start - 1))
            || ClaimWords.innerAdverbs.contains(context.lower(start - 1)) {
            if ["ne", "n’"].contains(context.lower(start - 1)) { negated = true }
            start -= 1
        }
        while start < index, ClaimWords.innerAdverbs.contains(context.lower(start)) { start += 1 }
        let sense = CueSense(lemma: inscrireEnFaux, stance: .denies, certainty: .certain, nounContent: true, needsClause: false)
        return CueGroup(start: start, end: index + 3, verb: index, sentence: sentence, sense: sense,
                        invertedPronoun: nil, passive: false, negated: negated)
    }

    /// Determiners, possessives and prepositions before which a verb form is a noun or an
    /// adjective (`the state`, `a planned attack`, `his support`).
    private static let nominalContext: Set<String> = [
        "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those", "of", "in",
        "on", "for", "with", "by", "from", "at", "’s", "'s", "no", "any", "some", "every", "each", "new", "public",
        "political", "whose", "another", "such", "first", "own", "that",
    ]

    /// English lemmas whose base and `-s` forms are more often nouns (`a report`, `states`).
    private static let nounish: Set<String> = [
        "state", "tweet", "report", "claim", "note", "remark", "fear", "charge", "hope", "promise", "pledge", "vow",
        "question", "show", "demand", "dispute", "caution", "signal", "stress", "estimate", "worry", "reply", "call",
        "support", "attack", "offer", "back", "order", "plan", "post", "blast", "praise", "target", "challenge",
        "decline", "blame", "express", "welcome", "mock", "slam", "find", "see", "point", "answer", "concern", "feel", "know",
    ]

    /// False when an English reporting form reads as a noun or an adjective here.
    private static func isVerbal(_ index: Int, _ word: String, _ sense: CueSense, _ context: ClaimContext) -> Bool {
        let previous = context.lower(index - 1)
        if (word == "state" || word == "states") && context.lower(index + 1) != "that" { return false }
        let isPlainForm = nounish.contains(sense.lemma) && !word.hasSuffix("ed") && !word.hasSuffix("ing")
            && !["said", "told", "thought", "found", "knew", "felt", "saw", "sought"].contains(word)
        if isPlainForm {
            // A plain form that may be a noun needs a subject or an auxiliary right before it.
            let subjects: Set<String> = ["he", "she", "they", "we", "i", "you", "who", "to", "will", "would", "did", "does", "do",
                                         "not", "n’t", "can", "could", "may", "might", "should", "must", "also", "never", "officials"]
            let nameBefore = index > 0 && context.view.capitalised[index - 1] && !context.view.sentenceInitial[index - 1]
            if !(subjects.contains(previous) || nameBefore || ClaimWords.innerAdverbs.contains(previous)) { return false }
        }
        if word.hasSuffix("ed") || word.hasSuffix("ing") {
            if nominalContext.contains(previous) && !(previous == "that" && !isPlainForm) { return false }
        }
        if isPlainForm, ["of", "for", "to"].contains(context.lower(index + 1)) && !["call", "point"].contains(sense.lemma) { return false }
        return true
    }

    /// Heads after which `Pour …,` opening a sentence gives someone's view (`Pour lui, …`,
    /// `Pour les analystes, …`), not a purpose or a time (`Pour la première fois, …`).
    private static let opinionHolders: Set<String> = [
        "lui", "elle", "eux", "elles", "moi", "nous", "gouvernement", "analystes", "experts", "observateurs",
        "spécialistes", "syndicats", "opposition", "autorités", "police", "enquêteurs", "avocat", "avocats",
        "ministre", "président", "présidente", "porte-parole", "parquet", "chercheurs", "auteurs", "directeur", "directrice",
        "procureur", "procureure", "juge", "maire", "préfet", "député", "sénateur", "syndicat", "ministère", "journal", "quotidien",
        "association", "direction", "ong", "famille", "proches", "témoins", "médecins", "spécialiste", "expert", "analyste",
    ]

    /// True when `pour` at `index` opens its sentence (after `mais`/`et` at most) and is followed
    /// within six tokens by a comma, with a holder word or a capitalised name before it.
    private static func isOpinionHolder(after index: Int, in range: Range<Int>, _ context: ClaimContext) -> Bool {
        var first = range.lowerBound
        while first < index, context.isPunctuation(first) || ["mais", "et"].contains(context.lower(first)) { first += 1 }
        // `Cependant, pour X, …`: a sentence adverb and its comma may come first.
        if first + 2 == index, ["cependant", "toutefois", "néanmoins", "pourtant", "ainsi", "enfin", "or"].contains(context.lower(first)),
           context.lower(first + 1) == "," { first = index }
        // Also `Cela dit, pour X, …`.
        if first + 3 == index, ["cela", "ceci"].contains(context.lower(first)), context.lower(first + 1) == "dit",
           context.lower(first + 2) == "," { first = index }
        guard first == index else { return false }
        var comma = index + 1
        // `Pour le ministre de l’Économie et des Finances Michel Sapin, …`: a holder noun allows a longer phrase.
        let reach = (index + 1...index + 2).contains { opinionHolders.contains(context.lower($0)) } ? 13 : 7
        while comma < min(range.upperBound, index + reach), context.lower(comma) != "," { comma += 1 }
        guard comma < range.upperBound, context.lower(comma) == ",", comma > index + 1 else { return false }
        // (`le vice-procureur`: a compound ending in a holder noun.)
        return (index + 1..<comma).contains { opinionHolders.contains(context.lower($0)) || context.view.capitalised[$0]
            || context.lower($0).split(separator: "-").last.map { opinionHolders.contains(String($0)) } ?? false }
    }

    /// The auxiliary before a short adjunct between commas that ends at the comma `comma`
    /// (`aurait, par courriel,`), nil when there is none.
    private static func auxiliaryBeforeAdjunct(before comma: Int, _ range: Range<Int>, _ context: ClaimContext) -> Int? {
        let finite: Set<String> = ["a", "ont", "avait", "avaient", "aurait", "auraient", "aura", "auront"]
        guard let open = (max(range.lowerBound, comma - 7)..<comma).last(where: { context.lower($0) == "," }), open - 1 >= range.lowerBound,
              open + 1 < comma, finite.contains(context.lower(open - 1)),
              !(open + 1..<comma).contains(where: { context.isPunctuation($0) }) else { return nil }
        return open - 1
    }

    /// The length of a French multi-word adverbial (`quant à lui`, `pour sa part`) ending right
    /// before token `start` after an auxiliary, so inside a verb group; nil otherwise.
    private static func locutionInsideGroup(before start: Int, _ range: Range<Int>, _ context: ClaimContext) -> Int? {
        for words in ClaimWords.adverbsAfterVerbByLast[context.lower(start - 1)] ?? [] {
            let first = start - words.count
            guard first - 1 >= range.lowerBound, words.indices.allSatisfy({ context.lower(first + $0) == words[$0] }),
                  ClaimWords.auxiliaries.contains(context.lower(first - 1)) else { continue }
            return words.count
        }
        return nil
    }

    /// True when an adverb at `index` sits between an auxiliary (or the sentence) and the verb.
    private static func isInsideGroup(_ index: Int, _ range: Range<Int>, _ context: ClaimContext) -> Bool {
        index - 1 >= range.lowerBound && (ClaimWords.auxiliaries.contains(context.lower(index - 1))
            || ClaimWords.innerAdverbs.contains(context.lower(index - 1)) || splitInversion(context.lower(index - 1)) != nil)
    }

    /// `a-t-il` → (`a`, `il`); nil when the word has no inverted pronoun.
    static func splitInversion(_ word: String) -> (String, String)? {
        for (suffix, pronoun) in ClaimWords.invertedSuffixes where word.hasSuffix(suffix) && word.count > suffix.count {
            return (String(word.dropLast(suffix.count)), pronoun)
        }
        return nil
    }

    /// The code points of the pronoun at the end of token `index`.
    private static func pronounOffsets(_ index: Int, _ pronoun: String, _ context: ClaimContext) -> (Int, Int, String) {
        let end = context.tokens[index].end
        return (end - pronoun.unicodeScalars.count, end, pronoun)
    }

    /// True for past participles (`démenties`, `dit`, `denied`, `told`).
    /// A French infinitive of purpose (`afin de dénoncer`, `force est de constater`, but not
    /// `vient de déclarer`), or an `-é` participle standing alone as an adjective (`Son
    /// arrivée, annoncée au début de l’été`; with `par` it is a reduced passive): no claim.
    private static func isPurposeOrBareForm(_ index: Int, start: Int, word: String, sense: CueSense, _ context: ClaimContext) -> Bool {
        // Also `décidées à contester`.
        if word == sense.lemma, ["de", "d’", "pour", "à"].contains(context.lower(index - 1)),
           !["vient", "viennent", "venait", "venaient"].contains(context.lower(index - 2)) { return true }
        // `avait parlé du « procès » et rappelé que …`: a participle sharing an auxiliary before `et` is a cue.
        if start == index, context.lower(index - 1) == "et", context.lower(index + 1) == "que" || context.lower(index + 1) == "qu’",
           (max(0, index - 15)..<index - 1).contains(where: { ["a", "ont", "avait", "avaient"].contains(context.lower($0)) && !context.view.capitalised[$0] }) {
            return false
        }
        return start == index && ["é", "ée", "és", "ées"].contains { word.hasSuffix($0) } && context.lower(index + 1) != "par"
    }

    private static func isParticiple(_ word: String, _ language: Language) -> Bool {
        if language == .english {
            return word.hasSuffix("ed") || ["told", "said", "known", "found", "written", "shown", "thought"].contains(word)
        }
        return ["é", "ée", "és", "ées", "i", "ie", "is", "ies", "u", "ue", "us", "ues", "t", "te", "ts", "tes"].contains { word.hasSuffix($0) }
    }
}
