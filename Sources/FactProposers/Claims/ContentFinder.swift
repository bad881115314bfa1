import FactModel

/// Finds the content of a claim: a clause after its complementiser, a quotation, a noun phrase
/// object, or the text before a postposed cue.
enum ContentFinder {
    /// How far after the cue a complementiser, a colon or a quotation may be (`a déclaré le 1er
    /// novembre que`, `told reporters on Monday that`).
    static let window = 10

    /// Verbs of saying that take a clause without `that` in English (`said the plan failed`).
    static let zeroThatVerbs: Set<String> = [
        "say", "tell", "add", "claim", "argue", "insist", "note", "believe", "think", "warn", "predict", "write",
        "feel", "expect", "hope", "report", "explain", "suggest", "acknowledge", "admit", "agree", "fear",
        "worry", "state", "contend", "assert", "allege", "know", "find", "show", "learn", "concede", "recall",
    ]

    /// What follows a cue: the content's tokens, whether it is a whole quotation, and the rule.
    struct Found {
        /// Tokens of the content.
        var range: Range<Int>
        /// True when the content is a whole quotation (without its marks).
        var quoted: Bool
        /// The construction (`que`, `quote`, `colon`, `zero-that`, `object`).
        var rule: String
    }

    /// The content after a cue group, up to the end of its clause.
    static func after(_ group: CueGroup, _ context: ClaimContext) -> Found? {
        let sentence = context.sentence(group.sentence)
        // `qualifier … de` reports only a falsity (see `object`), not a quoted label (`qualifié de « marqué »`).
        if group.sense.lemma == "qualifier" { return nil }
        // `nie avoir reçu`, `précise néanmoins avoir réagi dès qu’…`: an infinitive right after
        // the verb is the content, before any `que` further on.
        if context.view.document.language == .french, !group.isPreposition {
            let start = afterAdjunct(skipAddressee(skipAfterVerb(group.end, sentence.upperBound, context), sentence.upperBound, context),
                                     sentence.upperBound, context)
            // (Also a reflexive one: `ayant déclaré s’attendre à une amende`.)
            // (And after `y`/`en`: `prétendant y être allé`.)
            let infinitive = start < sentence.upperBound && (isInfinitiveStart(start, context)
                || (["se", "s’", "y", "en"].contains(context.lower(start)) && start + 1 < sentence.upperBound && isInfinitiveStart(start + 1, context)))
            if infinitive, let range = clause(from: start, sentence.upperBound, context) {
                return Found(range: beforeCoordinatedVerb(range, context), quoted: false, rule: "infinitive")
            }
        }
        // `a nié ces faits, jusqu’à ce que …`: a denial or admission with a noun phrase right after it has that object.
        // (An admission's object may introduce its quotation after a colon: `a reconnu le problème : « … »`.)
        if context.view.document.language == .french, group.sense.nounContent, !group.passive,
           startsObject(skipAfterVerb(group.end, sentence.upperBound, context), context),
           group.sense.stance == .denies || !colonQuoteAhead(group.end, sentence.upperBound, context) { return nil }
        var index = group.end
        // `a dit au président de la région, Alain Rousset, « … »`: a quotation right after the addressee.
        let afterAddressee = context.view.document.language == .french && !group.passive
            ? skipAddressee(skipAfterVerb(group.end, sentence.upperBound, context), sentence.upperBound, context) : group.end
        // French reaches further past adjuncts between commas (`a confié en milieu d’après-midi, depuis la Corrèze …, que`).
        let reach = context.view.document.language == .french ? 2 * window : window
        while index < sentence.upperBound, index - group.end <= reach {
            let word = context.lower(index)
            // `a rapidement répondu par la voix du porte-parole de l’armée, X : « … »`: French reaches a colon and its quotation too.
            let colonQuote = context.view.document.language == .french && word == ":" && context.isOpeningQuote(index + 1)
            if index - group.end > window, !(ClaimWords.complementisers.contains(word) && context.lower(index - 1) == ","), !colonQuote {
                if [".", ";", "!", "?", "»", "”", "(", ")"].contains(word) || isCueStart(index, context) { break }
                index += 1
                continue
            }
            // `jusqu’à ce que`, `alors que`, `parce que`: a conjunction, not the cue's complementiser.
            // (`craint ainsi que`: right after the verb, `ainsi` is its adverb).
            if ClaimWords.complementisers.contains(word), context.view.document.language == .french, index - 1 > group.end,
               conjunctionHeads.contains(context.lower(index - 1)) { break }
            if ClaimWords.complementisers.contains(word) {
                // `a réagi … en affirmant que`: `réagir` and `poursuivre` report only a quotation or a colon.
                if ["réagir", "poursuivre"].contains(group.sense.lemma) { return nil }
                // `annonce que, selon ses sources, la tuerie …`: the clause starts after the `selon` incise.
                var clauseStart = index + 1
                if context.view.document.language == .french, clauseStart + 2 < sentence.upperBound, context.lower(clauseStart) == ",",
                   context.lower(clauseStart + 1) == "selon" || (context.lower(clauseStart + 1) == "d’" && context.lower(clauseStart + 2) == "après"),
                   let close = (clauseStart + 2..<min(sentence.upperBound, clauseStart + 2 + SourceFinder.maxSubjectLength)).first(where: { context.lower($0) == "," }) {
                    clauseStart = close + 1
                }
                guard let range = clause(from: clauseStart, sentence.upperBound, context) else { return nil }
                // `estime que « … »`: a clause that is one whole quotation is that quotation, also before a
                // French participial tail (`explique que « … », le dessin ayant ensuite été rehaussé …`).
                if context.isOpeningQuote(range.lowerBound), let quote = context.quoteAt[range.lowerBound],
                   context.quotes[quote].close == range.upperBound - 1
                    || (context.view.document.language == .french && context.quotes[quote].close < range.upperBound - 1
                        && context.lower(context.quotes[quote].close + 1) == ","),
                   let found = quotation(quote, context) {
                    return Found(range: found.range, quoted: true, rule: "que")
                }
                // `déclare que le « gouvernement … reste en place. Ce gouvernement … »`: a quotation opened inside
                // the clause runs on over its sentences, its marks kept.
                if context.view.document.language == .french, range.upperBound == sentence.upperBound || context.lower(range.upperBound) == ".",
                   let open = range.dropFirst().first(where: { context.isOpeningQuote($0) }), let quote = context.quoteAt[open],
                   context.quotes[quote].close >= sentence.upperBound, let extended = context.trimmed(range.lowerBound, context.quotes[quote].close + 1) {
                    return Found(range: extended, quoted: false, rule: "que")
                }
                // `a déclaré que « … . … »`: a quotation opened right after `que` runs on over its sentences.
                if context.view.document.language == .french, context.isOpeningQuote(index + 1),
                   let quote = context.quoteAt[index + 1], context.quotes[quote].close >= sentence.upperBound,
                   let found = quotation(quote, context) {
                    return Found(range: found.range, quoted: true, rule: "que")
                }
                return Found(range: range, quoted: false, rule: "que")
            }
            // `dénonce des « blocages scandaleux »`: a quotation after a determiner is part of a
            // noun phrase object, which keeps its marks (see `object`).
            if context.isOpeningQuote(index), index > group.end, group.sense.nounContent,
               quotedNounDeterminers.contains(context.lower(index - 1)) { return nil }
            // (A French passive takes a quotation only right after it: `sera annoncé dans environ « 11 jours »` is an adjunct.)
            if context.isOpeningQuote(index), index - group.end <= 2 || context.lower(index - 1) == ":" || index == afterAddressee,
               !(group.passive && context.view.document.language == .french && index > group.end && context.lower(index - 1) != ":") {
                return quotation(context.quoteAt[index]!, context)
            }
            if word == ":" {
                if context.isOpeningQuote(index + 1) { return quotation(context.quoteAt[index + 1]!, context) }
                guard let range = clause(from: index + 1, sentence.upperBound, context) else { return nil }
                return Found(range: range, quoted: false, rule: "colon")
            }
            if [".", ";", "!", "?", "»", "”", "(", ")"].contains(word) || (index > group.end && isCueStart(index, context)) { break }
            index += 1
        }
        let language = context.view.document.language
        // French `de` + infinitive: `a promis de`, `avait promis entre autres de`.
        let de = language == .french ? skipAfterVerb(group.end, sentence.upperBound, context) : group.end
        if language == .french, ["de", "d’"].contains(context.lower(de)), !group.sense.nounContent,
           de + 1 < sentence.upperBound, !context.view.capitalised[de + 1],
           // An infinitive, maybe after clitics (`a promis de ne pas`, `de le faire`), not an adverbial or a
           // partitive (`confiait d’ailleurs Hamon`, `évoquent de nombreux blessés`).
           // (A clitic only before its infinitive: `a dit de lui la municipalité` speaks about him.)
           opensInfinitive(at: de + 1, context) {
            if let range = clause(from: de + 1, sentence.upperBound, context) {
                return Found(range: beforeCoordinatedVerb(range, context), quoted: false, rule: "de-infinitive")
            }
        }
        // `ont accusé le régime syrien d’être à l’origine de l’attaque`: the accused stands between.
        if language == .french, let de = deAfterAccused(group, sentence.upperBound, context),
           let range = clause(from: de + 1, sentence.upperBound, context) {
            return Found(range: beforeCoordinatedVerb(range, context), quoted: false, rule: "de-infinitive")
        }
        if language == .english, zeroThatVerbs.contains(group.sense.lemma) {
            var start = group.end
            if group.sense.lemma == "tell" { start = skipObject(start, sentence.upperBound, context) }
            if start < sentence.upperBound, opensClause(start, context) {
                if let range = clause(from: start, sentence.upperBound, context) {
                    return Found(range: range, quoted: false, rule: "zero-that")
                }
            }
        }
        return nil
    }

    /// True when a colon and an opening quotation mark come within `window` words after `start`,
    /// before the end of the clause (`a reconnu le problème : « … »`).
    private static func colonQuoteAhead(_ start: Int, _ end: Int, _ context: ClaimContext) -> Bool {
        var index = start
        while index + 1 < end, index - start <= window {
            let word = context.lower(index)
            if word == ":" { return context.isOpeningQuote(index + 1) }
            if [".", ";", "!", "?", "(", ")"].contains(word) || ClaimWords.complementisers.contains(word)
                || (index > start && isCueStart(index, context)) { return false }
            index += 1
        }
        return false
    }

    /// Verbs whose object stands before their `de` + infinitive (`accuse le ministre d’avoir menti`,
    /// `soupçonne son voisin d’être …`).
    private static let accusingLemmas: Set<String> = ["accuser", "soupçonner"]

    /// The `de`/`d’` opening the infinitive after an accusing verb's noun phrase object (`accusé le
    /// régime syrien d’être …`, `accusait des membres de la commission d’être liés …`), when one opens
    /// within a few words without a comma, a clause or another cue between.
    private static func deAfterAccused(_ group: CueGroup, _ end: Int, _ context: ClaimContext) -> Int? {
        guard accusingLemmas.contains(group.sense.lemma), !group.passive, !group.isPreposition else { return nil }
        var start = skipAfterVerb(group.end, end, context)
        // `accusait, quant à lui, des membres …`: an incise between commas.
        if start < end, context.lower(start) == ",",
           let close = (start + 2..<min(end, start + 6)).first(where: { context.lower($0) == "," }) { start = close + 1 }
        guard start < end, startsObject(start, context) || ["des", "du"].contains(context.lower(start)) else { return nil }
        var index = start + 1
        while index + 1 < end, index - start <= 8 {
            let word = context.lower(index)
            if [",", ".", ";", ":", "!", "?", "(", ")"].contains(word) || ClaimWords.complementisers.contains(word)
                || isCueStart(index, context) { return nil }
            if ["de", "d’"].contains(word), !context.view.capitalised[index + 1], opensInfinitive(at: index + 1, context) { return index }
            index += 1
        }
        return nil
    }

    /// Words before `que` that make it a conjunction (`jusqu’à ce que`, `alors que`, `bien que`).
    private static let conjunctionHeads: Set<String> = [
        "ce", "alors", "parce", "bien", "pour", "afin", "dès", "avant", "sans", "tandis", "ainsi", "plutôt", "pendant", "après", "depuis",
    ]

    /// Determiners that open a French noun phrase object (`a nié ces faits`, `dément toute implication`).
    private static let objectDeterminers: Set<String> = [
        "ces", "cette", "cet", "ce", "les", "le", "la", "l’", "un", "une", "des", "toute", "tout", "tous", "toutes", "son", "sa", "ses",
        "leur", "leurs", "aucun", "aucune",
    ]

    /// Nouns of time that make `le`/`la` + noun an adjunct, not an object (`a démenti la semaine dernière que`).
    private static let timeNouns: Set<String> = ["semaine", "veille", "mois", "jour", "lendemain", "année", "week-end", "soir", "matin", "nuit"]

    /// True when a French noun phrase object, not a time adjunct, starts at token `index`.
    private static func startsObject(_ index: Int, _ context: ClaimContext) -> Bool {
        guard objectDeterminers.contains(context.lower(index)), !timeNouns.contains(context.lower(index + 1)),
              !ClaimWords.timeWordsAfterVerb.contains(context.lower(index + 1)) else { return false }
        if let mention = context.mentionAt[index + 1], ["DATE", "TIME"].contains(context.mentions[mention].label) { return false }
        return true
    }

    /// French determiners before a quotation that make it part of a noun phrase (`un « acte odieux »`).
    private static let quotedNounDeterminers: Set<String> = [
        "un", "une", "des", "le", "la", "les", "l’", "du", "sa", "son", "ses", "leur", "leurs", "ce", "cet", "cette", "ces",
        "tout", "toute", "tous", "toutes",
    ]

    /// The noun phrase object of a cue (`a nié ces accusations`), and whether a falsity word
    /// follows it (`qualifié ces informations de fausses nouvelles`).
    static func object(_ group: CueGroup, _ context: ClaimContext) -> (range: Range<Int>, falsity: Bool)? {
        let sentence = context.sentence(group.sentence)
        var start = skipAfterVerb(group.end, sentence.upperBound, context)
        // A date right after the verb is not the object (`a réitéré le 1er novembre son engagement`).
        if ["le", "the", "on"].contains(context.lower(start)), let next = context.mentionAt[start + 1],
           ["DATE", "TIME"].contains(context.mentions[next].label) { start += 1 }
        if let mention = context.mentionAt[start].map({ context.mentions[$0] }), ["DATE", "TIME"].contains(mention.label) {
            var after = start
            while after < sentence.upperBound, context.mentionAt[after] != nil,
                  context.mentions[context.mentionAt[after]!].id == mention.id { after += 1 }
            // Unless it heads the object (`annonce 3 jours de deuil national`).
            if !(context.view.document.language == .french && ["de", "d’"].contains(context.lower(after))) { start = after }
        }
        // `a annoncé en mars 2016 un plan`: a date after `en` is no object either.
        if context.view.document.language == .french, context.lower(start) == "en", let next = context.mentionAt[start + 1],
           ["DATE", "TIME"].contains(context.mentions[next].label) {
            start += 1
            while start < sentence.upperBound, context.mentionAt[start] == next { start += 1 }
        }
        // A denial noun's object follows its preposition (`un démenti à ces accusations`).
        if CueGroups.denialNouns.values.contains(group.sense.lemma), ["à", "de", "d’"].contains(context.lower(start)) { start += 1 }
        if group.sense.lemma == CueGroups.inscrireEnFaux, context.lower(start) == "contre" { start += 1 }
        guard start < sentence.upperBound, !context.isPunctuation(start) || context.isOpeningQuote(start) else { return nil }
        // `avait démenti et convaincu le vice-président`: no object, a coordinated verb.
        if ["et", "mais", "puis"].contains(context.lower(start)) { return nil }
        if ["de", "d’", "à", "to", "by", "par", "that", "que", "qu’"].contains(context.lower(start)) { return nil }
        var end = start, falsity = false
        while end < sentence.upperBound {
            let word = context.lower(end)
            // `un « acte odieux du régime » qui a frappé « des innocents, y compris … »`: a
            // quotation inside the object is read whole.
            if context.view.document.language == .french, context.isOpeningQuote(end), let quote = context.quoteAt[end],
               context.quotes[quote].close < sentence.upperBound {
                end = context.quotes[quote].close + 1
                continue
            }
            if [",", ".", ";", ":", "!", "?", "(", ")"].contains(word) { break }
            if ["and", "but", "et", "mais"].contains(word), end > start, isCueStart(end + 1, context) { break }
            if context.view.document.language == .english, end > start, isCueStart(end, context) { break }
            if context.view.document.language == .french, end > start,
               endsFrenchObject(end, context) || isGerundCue(at: end, context) || word == "mais" { break }
            // `une décision qu’il qualifie d’« absurde »`: the relative clause's own falsity is not the object's.
            if context.view.document.language == .french, end > start, ["que", "qu’"].contains(word),
               let cue = (min(end + 2, sentence.upperBound)..<min(sentence.upperBound, end + 6)).first(where: { isCueStart($0, context) }),
               ClaimPatterns.relativeQue(before: cue, from: start, context) == end, ReportingVerbs.sense(context.lower(cue), .french)?.lemma == "qualifier" {
                end = (cue..<sentence.upperBound).first { [",", ".", ";", ":", "!", "?", "(", ")"].contains(context.lower($0)) && context.quoteAt[$0] == nil }
                    ?? sentence.upperBound
                break
            }
            // `qualifié ces accusations de « fake news »`: the falsity word may open a quotation.
            let next = context.isOpeningQuote(end + 1) ? end + 2 : end + 1
            if ["de", "d’", "as", "comme"].contains(word), end > start, ClaimWords.falsity.contains(context.lower(next))
                || (word == "as" && group.sense.stance == .denies) {
                falsity = ClaimWords.falsity.contains(context.lower(next))
                // `cette décision d'« absurde »`: the whole spaced elision stays out.
                if context.isElisionApostrophe(end) { end -= 1 }
                break
            }
            end += 1
        }
        guard let range = context.trimmed(start, end) else { return nil }
        return (range, falsity)
    }

    /// The whole quotation `quote`, without its marks and a trailing comma or period inside.
    static func quotation(_ quote: Int, _ context: ClaimContext) -> Found? {
        let marks = context.quotes[quote]
        guard let range = context.trimmed(marks.open + 1, marks.close) else { return nil }
        return Found(range: range, quoted: true, rule: "quote")
    }

    /// The clause from token `start` to the end of the sentence, stopping before `;` and before
    /// a comma that opens another cue (`…, a-t-il ajouté`, `…, adding that`).
    static func clause(from start: Int, _ end: Int, _ context: ClaimContext) -> Range<Int>? {
        var stop = start
        while stop < end {
            let word = context.lower(stop)
            if word == ";" { break }
            // `cela « reste un épiphénomène » tout en ajoutant que …`: a gerund starts another claim.
            if stop > start, context.view.document.language == .french, isGerundCue(at: stop, context) { break }
            // `avoir réagi dès que … : « … », affirme-t-elle`: a quotation after a colon is claimed on its own.
            if word == ":", stop - start >= 3, context.isOpeningQuote(stop + 1), context.view.document.language == .french { break }
            if ["and", "but", "et", "mais", "puis"].contains(word), stop > start, isCueStart(stop + 1, context) { break }
            // `…, contrairement à ce qu’avait annoncé X`: what follows compares another source's claim.
            if word == ",", stop + 1 < end, isCueStart(stop + 1, context) || ["selon", "according", "contrairement"].contains(context.lower(stop + 1)) { break }
            // `…, comme prétendu par X`: another source's words.
            if word == ",", context.lower(stop + 1) == "comme", isCueStart(stop + 2, context) { break }
            stop += 1
        }
        return context.trimmed(start, stop)
    }

    // MARK: - Helpers

    /// The token after the French adverbs, locutions and time words that follow a reporting
    /// verb (`dément formellement`, `a rejeté en bloc`, `a nié mardi soir`, `a démenti, mardi,`);
    /// `start` itself in English or when none follows.
    static func skipAfterVerb(_ start: Int, _ end: Int, _ context: ClaimContext) -> Int {
        guard context.view.document.language == .french else { return start }
        var index = start
        while index < end {
            if let locution = ClaimWords.adverbsAfterVerbByFirst[context.lower(index)]?.first(where: { words in
                index + words.count <= end && words.indices.allSatisfy { context.lower(index + $0) == words[$0] }
            }) {
                index += locution.count
            } else if ClaimWords.timeWordsAfterVerb.contains(context.lower(index)) {
                index += 1
            } else if context.lower(index) == "ce", ClaimWords.timeWordsAfterVerb.contains(context.lower(index + 1)) {
                // `a avoué ce lundi 6 mars avoir tué`.
                index += 2
            } else if index > start, context.tokens[index].kind == .number, TemporalWords.months.contains(context.lower(index + 1)),
                      ClaimWords.timeWordsAfterVerb.contains(context.lower(index - 1)) {
                // `ont rejeté dimanche 4 décembre les réformes` (also when no date mention covers it), and its year.
                index += 2
                if index < end, context.tokens[index].kind == .number { index += 1 }
            } else if index > start, let mention = context.mentionAt[index], ["DATE", "TIME"].contains(context.mentions[mention].label),
                      ClaimWords.timeWordsAfterVerb.contains(context.lower(index - 1)) {
                while index < end, context.mentionAt[index] == mention { index += 1 }
            } else if context.lower(index) == ",", let close = (min(index + 2, end)..<min(end, index + 5)).first(where: { context.lower($0) == "," }),
                      (index + 1..<close).allSatisfy({ ClaimWords.timeWordsAfterVerb.contains(context.lower($0))
                          || ClaimWords.innerAdverbs.contains(context.lower($0)) || context.tokens[$0].kind == .number }) {
                // `a démenti, mardi, ces informations`.
                index = close + 1
            } else {
                break
            }
        }
        return index
    }

    /// French infinitives that may open a content right after a reporting verb (`nie avoir`,
    /// `affirme ne pas`, `dit vouloir`); other infinitives are recognised by their ending.
    private static let infinitiveStarts: Set<String> = [
        "avoir", "être", "ne", "n’", "faire", "dire", "croire", "prendre", "mettre", "vivre", "suivre", "connaître",
        "reconnaître", "craindre", "attendre", "entendre", "comprendre", "apprendre", "permettre", "admettre", "rendre",
        "répondre", "écrire", "lire", "devoir", "pouvoir", "vouloir", "savoir", "valoir", "recevoir", "voir", "détenir",
        "tenir", "obtenir", "venir", "agir", "subir", "servir", "sortir", "partir", "mentir", "ignorer", "disposer",
    ]

    /// Clitics and adverbs that may come between `de` and its infinitive (`de ne pas`, `de le faire`, `de tout faire`).
    private static let infinitiveClitics: Set<String> = [
        "ne", "n’", "se", "s’", "le", "la", "les", "l’", "lui", "leur", "y", "en", "me", "m’", "te", "t’", "nous", "vous", "tout", "bien", "jamais",
    ]

    /// True when an infinitive starts at token `index`, maybe after up to three clitics or adverbs
    /// (`ne pas faire`, `le lui dire`, `tout faire`).
    private static func opensInfinitive(at index: Int, _ context: ClaimContext) -> Bool {
        var probe = index
        while probe - index < 3, infinitiveClitics.contains(context.lower(probe)) || context.lower(probe) == "pas" {
            if ["ne", "n’"].contains(context.lower(probe)) { return true }
            probe += 1
        }
        return isInfinitiveStart(probe, context)
    }

    /// `-er` and `-ir` words that are not infinitives.
    private static let notInfinitives: Set<String> = [
        "hier", "premier", "dernier", "janvier", "février", "cher", "fier", "soir", "avenir", "plaisir", "désir", "loisir",
    ]

    /// True when a French infinitive starts at token `index` (not a capitalised name).
    static func isInfinitiveStart(_ index: Int, _ context: ClaimContext) -> Bool {
        let word = context.lower(index)
        guard context.tokens[index].kind == .word, !context.view.capitalised[index] || context.view.sentenceInitial[index] else { return false }
        if infinitiveStarts.contains(word) { return true }
        return word.count > 4 && (word.hasSuffix("er") || word.hasSuffix("ir")) && !notInfinitives.contains(word)
    }

    /// An infinitive content without a finite verb coordinated after it (`craignait de ne pas avoir
    /// de majorité et a finalement décidé de renoncer`, `…, mais se refusent à croire`).
    static func beforeCoordinatedVerb(_ range: Range<Int>, _ context: ClaimContext) -> Range<Int> {
        let finite: Set<String> = ["a", "ont", "avait", "avaient", "est", "sont", "était", "étaient", "se", "s’"]
        // `avoir voulu frapper l’État islamique, mais l’explication ne convainc pas`: a new subject after `, mais`.
        let subjects: Set<String> = ["le", "la", "l’", "les", "ce", "cette", "ces", "cela", "il", "elle", "ils", "elles", "on"]
        guard let stop = range.dropFirst().first(where: { ["et", "mais"].contains(context.lower($0)) && finite.contains(context.lower($0 + 1))
                || (context.lower($0) == "mais" && context.lower($0 - 1) == "," && context.quoteAt[$0] == nil && subjects.contains(context.lower($0 + 1))) }),
              let trimmed = context.trimmed(range.lowerBound, context.lower(stop - 1) == "," ? stop - 1 : stop) else { return range }
        return trimmed
    }

    /// True when a French gerund cue starts at token `index` (`en ajoutant`, `tout en précisant`, `en se disant`).
    static func isGerundCue(at index: Int, _ context: ClaimContext) -> Bool {
        var en = index
        if context.lower(en) == "tout" { en += 1 }
        guard context.lower(en) == "en", isCueStart(en + 1, context) else { return false }
        return (en + 1...en + 2).contains { context.lower($0).hasSuffix("ant") }
    }

    /// True when token `index` ends a French noun phrase object: an adjunct of where or when it
    /// was said (`auprès de l’AFP`, `lors d’un point presse`) or a gerund (`en rejetant …`).
    private static func endsFrenchObject(_ index: Int, _ context: ClaimContext) -> Bool {
        let word = context.lower(index)
        return ["auprès", "lors"].contains(word) || (word == "en" && context.lower(index + 1).hasSuffix("ant"))
    }

    /// True when a reporting verb (with its auxiliaries) starts at token `index`.
    static func isCueStart(_ index: Int, _ context: ClaimContext) -> Bool {
        var probe = index
        let language = context.view.document.language
        while probe < index + 4, probe < context.view.count {
            let word = context.lower(probe)
            // `estime dans sa note d’analyse que`: a noun, not another cue.
            if language == .french, probe == index, index > 0, ReportingVerbs.sense(word, language) != nil,
               CueGroups.isFrenchNoun(index, 0..<context.view.count, context) { return false }
            if let sense = ReportingVerbs.sense(word, language), sense.lemma != "selon", sense.lemma != "according to" {
                // `semblent bien confirmer`: see `CueGroups`.
                return !(language == .french && word == sense.lemma && CueGroups.isAfterSeeming(probe, 0..<context.view.count, context))
            }
            if let (stem, _) = CueGroups.splitInversion(word), ClaimWords.auxiliaries.contains(stem) || ReportingVerbs.sense(stem, language) != nil { return true }
            guard ClaimWords.auxiliaries.contains(word) || ClaimWords.innerAdverbs.contains(word) else { return false }
            probe += 1
        }
        return false
    }

    /// True when token `index` may open a clause without a complementiser.
    static func opensClause(_ index: Int, _ context: ClaimContext) -> Bool {
        let word = context.lower(index)
        if ClaimWords.clauseOpeners.contains(word) { return true }
        if context.view.document.language == .english, context.tokens[index].kind == .word || context.tokens[index].kind == .number,
           !ClaimWords.prepositions.contains(word), !["so", "yes", "no", "not", "n’t", "as", "what", "whether", "how", "why", "if"].contains(word) {
            return true
        }
        return context.view.capitalised[index] && !ClaimWords.prepositions.contains(word)
            && context.tokens[index].kind == .word
    }

    /// The token after the object of `tell` (`told reporters`, `told The Post`, `told him`).
    static func skipObject(_ start: Int, _ end: Int, _ context: ClaimContext) -> Int {
        var index = start
        if ["him", "her", "them", "us", "me", "reporters", "journalists", "supporters", "voters", "cnn", "nbc", "abc", "cbs", "msnbc", "fox"].contains(context.lower(index)) {
            return index + 1
        }
        if context.lower(index) == "the" { index += 1 }
        while index < end, context.view.capitalised[index], context.tokens[index].kind == .word { index += 1 }
        return index
    }
}
