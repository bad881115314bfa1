import FactModel

/// A claim found by a construction, before factuality, links and numbering.
struct RawClaim {
    /// The claim's spans and flags (certainty still the cue's).
    var claim: Claim
    /// The cue group that made it.
    var group: CueGroup
    /// Token range of the content.
    var content: Range<Int>
    /// The construction's confidence.
    var score: Double
    /// `claim.<construction>`.
    var rule: String
}

/// The constructions of reported speech, tried in order for each cue group.
enum ClaimPatterns {
    /// The claim a cue group introduces, when its construction is recognised.
    static func claim(for group: CueGroup, _ context: ClaimContext) -> RawClaim? {
        if group.isPreposition {
            // `la révélation selon laquelle …` reports what the noun before it says, not a source.
            let relative: Set<String> = ["laquelle", "lequel", "lesquels", "lesquelles", "quoi", "qui"]
            return relative.contains(context.lower(group.end)) ? nil : accordingTo(group, context)
        }
        // `selon ce qu’a confié X`: the verb belongs to the `selon` claim.
        if context.view.document.language == .french, group.start >= 3, ["qu’", "que"].contains(context.lower(group.start - 1)),
           context.lower(group.start - 2) == "ce", context.lower(group.start - 3) == "selon" { return nil }
        // `contrairement à ce qu’avait annoncé X`: what X said is only contrasted with what follows, not stated.
        if context.view.document.language == .french, group.start >= 4, ["qu’", "que"].contains(context.lower(group.start - 1)),
           context.lower(group.start - 2) == "ce", context.lower(group.start - 3) == "à",
           context.lower(group.start - 4) == "contrairement" { return nil }
        if let claim = asConfirmedBy(group, context) { return claim }
        if let claim = relativeQualification(group, context) { return claim }
        if let claim = postposed(group, context) ?? postposedWithoutComma(group, context) { return claim }
        if group.passive, let claim = passiveWithAgent(group, context) { return claim }
        if let found = ContentFinder.after(group, context) {
            let source = subject(of: group, context)
            let score = found.rule == "zero-that" ? 0.6 : found.quoted ? 0.9 : 0.85
            return make(group, source, found.range, found.quoted, score, found.rule, context)
        }
        // A passive has no object (`était contestée sur la ligne de départ`).
        if group.sense.nounContent || group.sense.lemma == "qualifier", !group.sense.needsClause,
           !(group.passive && context.view.document.language == .french),
           let (range, falsity) = ContentFinder.object(group, context) {
            if group.sense.lemma == "qualifier" && !falsity { return nil }
            // `les rafales balayaient la région`: `balayer` denies only what someone said.
            if group.sense.lemma == "balayer", !range.contains(where: { ClaimWords.claimNouns.contains(context.lower($0))
                || ClaimWords.chargeNouns.contains(context.lower($0)) || ["critiques", "soupçons", "hypothèse", "idée", "revers"].contains(context.lower($0)) }) {
                return nil
            }
            var raw = make(group, subject(of: group, context), range, false, 0.7, "object", context)
            if falsity { raw?.claim.stance = .denies }
            return raw
        }
        return fallback(group, context)
    }

    /// Verbs of saying that make a claim even when no construction is recognised.
    /// French denials among them (`L’équipe de X nie farouchement.`) deny what was said before.
    private static let sayingVerbs: Set<String> = [
        "say", "tell", "add", "write", "explain", "claim", "argue", "insist", "warn", "tweet", "post", "state",
        "dire", "déclarer", "affirmer", "ajouter", "expliquer", "préciser", "indiquer", "souligner",
        "nier", "démentir", "contester", "réfuter", "récuser",
    ]

    /// `He said in a statement.` after a quotation or a sentence: the rest of the sentence when
    /// there is one, otherwise the sentence before.
    private static func fallback(_ group: CueGroup, _ context: ClaimContext) -> RawClaim? {
        // A denial's passive without an agent (`était contestée sur la ligne`) denies nothing said before.
        // Nor does a French passive without an agent (`Cet argent n’avait pas été déclaré au fisc`).
        guard sayingVerbs.contains(group.sense.lemma), !(group.passive && (group.sense.stance == .denies || context.view.document.language == .french))
        else { return nil }
        let sentence = context.sentence(group.sentence)
        let source = subject(of: group, context) ?? SourceFinder.phrase(after: group.end, until: sentence.upperBound, context)
        var start = ContentFinder.skipAfterVerb(group.end, sentence.upperBound, context)
        if let source, let index = context.tokens.index(containing: source.end - 1), index >= group.end { start = index + 1 }
        // French: only the clause (`n’a pas précisé les causes, mais a annoncé que …`).
        let french = context.view.document.language == .french
        // `souhaitait ajouter un titre olympique à son palmarès`: `ajouter` with an object adds, it says nothing.
        if french, group.sense.lemma == "ajouter",
           ["un", "une", "des", "son", "sa", "ses", "leur", "leurs", "deux", "trois"].contains(context.lower(start)) { return nil }
        if group.sense.stance == .asserts,
           let range = french ? ContentFinder.clause(from: start, sentence.upperBound, context) : context.trimmed(start, sentence.upperBound), range.count >= 3 {
            // `s’était expliqué en avance … : « … »`: the quotation after the colon is what was said.
            if french, let colon = (range.upperBound..<min(sentence.upperBound, range.upperBound + 2)).first(where: { context.lower($0) == ":" }),
               context.isOpeningQuote(colon + 1), let quote = context.quoteAt[colon + 1], let found = ContentFinder.quotation(quote, context) {
                return make(group, source, found.range, true, 0.45, "fallback-quote", context)
            }
            return make(group, source, range, false, 0.4, "fallback-after", context)
        }
        // `X annonce qu’il sera candidat… puis dément`: a denial after a claim of its sentence takes that claim back.
        if let retraction = retraction(group, source: source, context) { return retraction }
        guard group.sentence > 0 else { return nil }
        let previous = context.sentence(group.sentence - 1)
        // A denial answers the whole sentence before, not only a quotation ending it.
        if group.sense.stance == .asserts, let quote = context.quoteAt[previous.upperBound - 1] ?? context.quoteAt[max(previous.lowerBound, previous.upperBound - 2)],
           let found = ContentFinder.quotation(quote, context) {
            return make(group, source, found.range, true, 0.45, "fallback-quote", context)
        }
        guard let range = context.trimmed(previous.lowerBound, previous.upperBound) else { return nil }
        return make(group, source, range, false, 0.4, "fallback-before", context)
    }

    /// `L’entourage de X annonce qu’il sera candidat… puis dément`: a French denial with no
    /// object right after `puis`/`et`/`mais` denies the `que` clause of an earlier cue of its
    /// sentence, with that cue's subject as source when it has none.
    private static func retraction(_ group: CueGroup, source: ClaimPart?, _ context: ClaimContext) -> RawClaim? {
        let sentence = context.sentence(group.sentence)
        guard context.view.document.language == .french, group.sense.stance == .denies, group.start - 1 > sentence.lowerBound,
              ["puis", "et", "mais"].contains(context.lower(group.start - 1)),
              let que = (sentence.lowerBound..<group.start - 1).last(where: { ["que", "qu’"].contains(context.lower($0)) }),
              let cue = (sentence.lowerBound..<que).last(where: { ContentFinder.isCueStart($0, context) }),
              let range = context.trimmed(que + 1, group.start - 1), range.count >= 2 else { return nil }
        let speaker = SourceFinder.subject(before: cue, from: sentence.lowerBound, context) ?? source
        return make(group, speaker, range, false, 0.6, "retraction", context)
    }

    // MARK: - Constructions

    /// `…, comme l’a confirmé le procureur.`: the clause before `comme` is the content and the
    /// subject after the verb is the source; `Comme l’a confirmé le procureur, …`: the clause
    /// after the comma is.
    private static func asConfirmedBy(_ group: CueGroup, _ context: ClaimContext) -> RawClaim? {
        guard context.view.document.language == .french, !group.passive, group.invertedPronoun == nil else { return nil }
        let sentence = context.sentence(group.sentence)
        var comme = group.start - 1
        while comme > sentence.lowerBound, ["l’", "le", "la", "les"].contains(context.lower(comme)) { comme -= 1 }
        if comme < group.start, let claim = commePronoun(group, pronoun: comme, context) { return claim }
        // `Comme l’avait annoncé le ministre, la réforme …`: the source runs to the comma, the content follows it.
        if comme == sentence.lowerBound, comme < group.start, context.lower(comme) == "comme" {
            guard let comma = (group.end..<sentence.upperBound).first(where: { context.lower($0) == "," && context.quoteAt[$0] == nil }),
                  let source = SourceFinder.phrase(after: group.end, until: comma, context),
                  let range = context.trimmed(comma + 1, sentence.upperBound), range.count >= 3 else { return nil }
            return make(group, source, range, false, 0.8, "comme", context)
        }
        guard comme > sentence.lowerBound, context.lower(comme) == "comme", context.lower(comme - 1) == ",",
              let source = SourceFinder.phrase(after: group.end, until: sentence.upperBound, context),
              let range = precedingClause(before: comme, in: sentence, context), range.count >= 3 else { return nil }
        return make(group, source, range, false, 0.8, "comme", context)
    }

    /// `« … », a-t-il ajouté`, `“…,” said X`, `“…,” X said`, `The plan will fail, he said.`
    private static func postposed(_ group: CueGroup, _ context: ClaimContext) -> RawClaim? {
        let sentence = context.sentence(group.sentence)
        let verb = context.lower(group.verb)
        // (`…, souhaitait ajouter un titre à son palmarès`: a modal group is never inverted.)
        if group.sense.lemma == "qualifier" || group.passive || CueGroups.modals.contains(context.lower(group.start)) { return nil }
        if group.invertedPronoun == nil, verb.hasSuffix("ant") || verb.hasSuffix("ing") { return nil }
        // `…, sans en avertir la justice`: a French infinitive is never a postposed cue.
        if context.view.document.language == .french, group.invertedPronoun == nil, verb == group.sense.lemma { return nil }
        // A cue with its content after it (`, Washington affirme que …`) is not postposed.
        var comma = group.start - 1
        let directlyAfterComma = comma >= sentence.lowerBound && (context.lower(comma) == "," || context.isClosingQuote(comma))
        if let found = ContentFinder.after(group, context), !(directlyAfterComma && found.rule == "zero-that") { return nil }
        var source: ClaimPart?
        let french = context.view.document.language == .french
        var tailStart = group.end
        if comma >= sentence.lowerBound, context.lower(comma) == "," || context.isClosingQuote(comma) {
            // Inverted: the source follows the verb, or is glued to it.
            if let pronoun = group.invertedPronoun {
                source = context.part(offsets: pronoun.start, pronoun.end)
                source?.mention = SourceFinder.resolve(ClaimWords.pronouns[pronoun.word] ?? .none, before: pronoun.start, context)
            } else {
                // `…, ajoute encore la source proche de l’enquête`: the adverb is not the subject.
                var subject = group.end
                // `, a annoncé mardi sa famille`, `confiait d’ailleurs Hamon`: nor is a time word or an adverbial.
                while french, subject < sentence.upperBound, ClaimWords.innerAdverbs.contains(context.lower(subject))
                    || ClaimWords.timeWordsAfterVerb.contains(context.lower(subject)) { subject += 1 }
                if french { subject = ContentFinder.skipAfterVerb(subject, sentence.upperBound, context) }
                // `a dit de lui la municipalité`: who was spoken about.
                if french, ["de", "d’"].contains(context.lower(subject)), ["lui", "elle", "eux", "elles"].contains(context.lower(subject + 1)) { subject += 2 }
                // `a confié pour sa part la mère`, `a répondu de son côté le ministre`.
                if french, subject + 3 < sentence.upperBound, ["pour", "de"].contains(context.lower(subject)),
                   ["sa", "son", "leur"].contains(context.lower(subject + 1)), ["part", "côté"].contains(context.lower(subject + 2)) {
                    subject += 3
                }
                // `a déclaré, mardi, le ministre`: a short adjunct between commas before the subject.
                if french, subject + 3 < sentence.upperBound, context.lower(subject) == ",",
                   let close = (subject + 2..<min(sentence.upperBound, subject + 6)).first(where: { context.lower($0) == "," }),
                   !(subject + 1..<close).contains(where: { context.isPunctuation($0) || ContentFinder.isCueStart($0, context) }) {
                    subject = close + 1
                }
                source = SourceFinder.phrase(after: subject, until: sentence.upperBound, context)
                // `Le livre de X, écrit en trois mois, est …`: an adjunct after a participle is no inverted subject.
                if french, !context.isClosingQuote(comma), let found = source, let first = context.tokens.index(containing: found.start),
                   ClaimWords.prepositions.contains(context.lower(first)) { return nil }
                // `Le gouvernement, de son côté, dément.`: no subject after the verb, so the comma
                // closed a parenthetical and the subject came first; no postposed claim.
                if french, source == nil, !context.isClosingQuote(comma) { return nil }
                // `X, ancien général, assure l’intérim et, selon Reuters, …`: a verb with its object and a
                // coordination after it; `…, poste essentiellement honorifique`: a noun and its adjective.
                if french, !context.isClosingQuote(comma), let found = source, let first = context.tokens.index(containing: found.start),
                   let last = context.tokens.index(containing: found.end - 1),
                   (first...last + 1).contains(where: { joinsAVerb(at: $0, context) })
                    || (context.lower(first).hasSuffix("ment") && !context.view.capitalised[first]) { return nil }
                // A French inverted subject may be long (`le premier substitut du procureur`).
                if french, let found = source, let last = context.tokens.index(containing: found.end - 1), last >= group.end {
                    tailStart = last + 1
                }
            }
        } else {
            // `X said` after the comma: a short subject, then the end of the sentence.
            let start = SourceFinder.chunkStart(before: group.start, from: sentence.lowerBound, context)
            // (French: nor a conjunction, `…, ou lancer dans un sprint`.)
            var clitics: Set<String> = ["les", "le", "la", "l’", "lui", "leur", "qui", "who", "which", "y", "en"]
            if french { clitics.formUnion(["ou", "et", "mais", "puis"]) }
            guard start < group.start, group.start - start <= 6, start - 1 >= sentence.lowerBound,
                  !clitics.contains(context.lower(start)),
                  context.lower(start - 1) == "," || context.isClosingQuote(start - 1) else { return nil }
            comma = start - 1
            source = SourceFinder.name(in: start, group.start, context) ?? SourceFinder.phrase(start, group.start, context)
        }
        // Only the end of the sentence (or a short adjunct) may follow a postposed cue.
        var tail = group.end
        while tail < sentence.upperBound, !context.isPunctuation(tail) { tail += 1 }
        // `« … » clame-t-il dans la vidéo de 27 minutes.`: right after a quotation, any adjunct may follow.
        let afterQuote = french && (context.isClosingQuote(comma) || (context.lower(comma) == "," && context.isClosingQuote(comma - 1)))
        if afterQuote { tail = sentence.upperBound }
        if tail - tailStart > 5 && !afterQuote { return nil }
        // `Mercredi, X avait contesté les résultats, …`: a denial or admission with its object after it.
        // Not after a French clause with its own verb (`X est décédé mardi, a annoncé sa famille`):
        // then the words after the cue are its inverted subject.
        let clauseBefore = french && comma == group.start - 1
            // (Also a hearsay conditional: `L’appareil aurait décollé à 3 h, a annoncé le ministère.`)
            && (sentence.lowerBound..<comma).contains { ["a", "ont", "est", "sont", "était", "étaient", "avait", "avaient",
                                                         "aurait", "auraient", "serait", "seraient"].contains(context.lower($0))
                && !context.view.capitalised[$0] }
        if group.sense.nounContent, tail > group.end, !context.isClosingQuote(comma), !clauseBefore,
           !(context.lower(comma) == "," && context.isClosingQuote(comma - 1)) { return nil }
        // `…, a déclaré le maire Gaël Perdriau (Les Républicains).`: a parenthesis may follow the subject.
        if tail < sentence.upperBound, ![".", "!", "?", ",", "»", "”", "\"", "("].contains(context.lower(tail)) { return nil }
        // The content: the quotation that ends at the comma, or the sentence up to it.
        var closing = comma
        if context.lower(closing) == ",", context.isClosingQuote(closing - 1) { closing -= 1 }
        if context.isClosingQuote(closing), let quote = context.quoteAt[closing],
           let found = ContentFinder.quotation(quote, context) {
            return make(group, source, found.range, true, 0.9, "quote-postposed", context)
        }
        if context.lower(comma) == ",", let quote = context.quoteAt[comma], context.quotes[quote].close == comma + 1 {
            if let found = ContentFinder.quotation(quote, context) {
                return make(group, source, found.range, true, 0.9, "quote-postposed", context)
            }
        }
        var first = sentence.lowerBound
        if let quote = context.quoteAt[first], context.quotes[quote].open < first, let found = ContentFinder.quotation(quote, context) {
            return make(group, source, found.range, true, 0.85, "quote-postposed", context)
        }
        while first < comma, ["mais", "et", "but", "and"].contains(context.lower(first)) { first += 1 }
        guard let range = context.trimmed(first, comma) else { return nil }
        return make(group, source, range, false, 0.75, "postposed", context)
    }

    /// True when token `index` is `et`/`ou`/`mais` ending a phrase or joining a lower-case word that
    /// opens no noun phrase (`l’intérim et prépare …`): a verb's object and a coordination, no subject.
    private static func joinsAVerb(at index: Int, _ context: ClaimContext) -> Bool {
        guard ["et", "ou", "mais"].contains(context.lower(index)) else { return false }
        let next = index + 1
        guard next < context.tokens.count, !context.isPunctuation(next) else { return true }
        let determiners: Set<String> = ["le", "la", "les", "l’", "un", "une", "des", "du", "son", "sa", "ses", "leur", "leurs", "ce", "ces", "cette"]
        return !context.view.capitalised[next] && !determiners.contains(context.lower(next))
    }

    /// Words after which a verb continues its clause rather than opening a postposed cue.
    private static let clauseJoiners: Set<String> = [
        "et", "mais", "ou", "puis", "qui", "que", "qu’", "dont", "où", "ne", "n’", "se", "s’", "y", "en", "le", "la", "les", "l’", "lui", "leur",
        "il", "elle", "ils", "elles", "on", "je", "nous", "vous", "ce", "cela", "ça",
    ]

    /// `Un cycliste est décédé après une chute a révélé le Comité paralympique.`, `Il restera
    /// ouvert indique enfin le secrétariat de l’ONU.`: WiNER may drop the comma before a French
    /// postposed cue. Taken only when a clause with its own finite verb comes first and the
    /// cue's subject (a determiner or a name) runs to the end of the sentence.
    private static func postposedWithoutComma(_ group: CueGroup, _ context: ClaimContext) -> RawClaim? {
        let sentence = context.sentence(group.sentence)
        guard context.view.document.language == .french, group.invertedPronoun == nil, !group.passive, !group.negated,
              !group.sense.nounContent, group.start - 2 > sentence.lowerBound,
              !context.isPunctuation(group.start - 1), context.quoteAt[group.start - 1] == nil,
              // (Not `… et a expliqué le projet`, `le suspect qui affirme les faits`: a verb joined to the clause.)
              !clauseJoiners.contains(context.lower(group.start - 1)),
              ClaimWords.auxiliaries.contains(context.lower(group.start)) || context.lower(group.verb).hasSuffix("e") || context.lower(group.verb).hasSuffix("t"),
              ContentFinder.after(group, context) == nil else { return nil }
        let finite: Set<String> = ["a", "ont", "est", "sont", "avait", "avaient", "était", "étaient", "sera", "seront", "restera"]
        guard (sentence.lowerBound + 1..<group.start - 1).contains(where: { finite.contains(context.lower($0)) && !context.view.capitalised[$0] && context.quoteAt[$0] == nil }) else { return nil }
        var subject = group.end
        while subject < sentence.upperBound, ClaimWords.innerAdverbs.contains(context.lower(subject)) { subject += 1 }
        subject = ContentFinder.skipAfterVerb(subject, sentence.upperBound, context)
        let determiners: Set<String> = ["le", "la", "les", "l’", "un", "une", "des", "son", "sa", "ses", "leur", "leurs"]
        guard subject < sentence.upperBound, determiners.contains(context.lower(subject)) || context.view.capitalised[subject],
              let source = SourceFinder.phrase(after: subject, until: sentence.upperBound, context),
              let last = context.tokens.index(containing: source.end - 1) else { return nil }
        // Only the end of the sentence (or a parenthesis) after the subject.
        let tail = last + 1
        guard tail >= sentence.upperBound || [".", "!", "?", "("].contains(context.lower(tail)),
              let range = context.trimmed(sentence.lowerBound, group.start), range.count >= 3 else { return nil }
        return make(group, source, range, false, 0.6, "postposed", context)
    }

    /// `Les affirmations … ont été démenties par la Corée du Nord`: the subject is the content.
    private static func passiveWithAgent(_ group: CueGroup, _ context: ClaimContext) -> RawClaim? {
        let sentence = context.sentence(group.sentence)
        var agent = group.end
        // Not past another cue (`a été évoquée, puis démentie par EDF`: EDF denied it).
        // (`a été annoncé à l’AFP par sa famille`: past an addressee too.)
        let addressee = context.view.document.language == .french ? ContentFinder.addresseeEnd(group.end, sentence.upperBound, context) : nil
        while agent < sentence.upperBound, agent - group.end < 3 || (addressee.map { agent <= $0 } ?? false), !["par", "by"].contains(context.lower(agent)),
              !(agent > group.end && context.view.document.language == .french && ContentFinder.isCueStart(agent, context)) { agent += 1 }
        // A reduced passive's agent ends before the main verb (`Une information démentie par X a circulé`).
        let finite: Set<String> = ["a", "ont", "avait", "avaient", "est", "sont", "était", "étaient", "sera", "seront", ","]
        let agentEnd = group.start == group.verb
            ? (agent + 1..<sentence.upperBound).first { finite.contains(context.lower($0)) } ?? sentence.upperBound : sentence.upperBound
        guard agent < sentence.upperBound, ["par", "by"].contains(context.lower(agent)),
              let source = SourceFinder.phrase(after: agent + 1, until: agentEnd, context) else { return nil }
        // Not a `que` of the agent's phrase (`contestée, aussi bien par des manifestants que par l’opposition`).
        if let found = ContentFinder.after(group, context), !(context.view.document.language == .french && found.range.lowerBound > agent) {
            return make(group, source, found.range, found.quoted, 0.8, "passive-" + found.rule, context)
        }
        // `Une minute de silence a été observée par la foule`, `qualifié par les enquêteurs d’« homme violent »`:
        // a French verb that reports only a clause, or a label, makes no claim of its subject.
        let calledFalse = (group.end..<min(sentence.upperBound, group.end + 4)).contains { ClaimWords.falsity.contains(context.lower($0)) }
        // (`jugés suffisants par le parquet` keeps its attribute, so its claim).
        if context.view.document.language == .french, agent == group.end, group.sense.needsClause || (group.sense.lemma == "qualifier" && !calledFalse) {
            return nil
        }
        // A reduced passive may sit between commas after its subject (`Ces accusations, démenties par X,`).
        var subjectEnd = group.start - 1 > sentence.lowerBound && context.lower(group.start - 1) == "," ? group.start - 1 : group.start
        var start = SourceFinder.chunkStart(before: subjectEnd, from: sentence.lowerBound, context)
        // `Cette demande, jugée excessive, a été rejetée par le gouvernement`: a participle's incise
        // between commas stands after the subject.
        if context.view.document.language == .french, subjectEnd < group.start,
           let comma = (max(sentence.lowerBound + 1, subjectEnd - 5)..<subjectEnd).last(where: { context.lower($0) == "," }),
           !context.view.capitalised[comma + 1],
           ["é", "ée", "és", "ées"].contains(where: { context.lower(comma + 1).hasSuffix($0) }) {
            subjectEnd = comma
            start = SourceFinder.chunkStart(before: subjectEnd, from: sentence.lowerBound, context)
        }
        // `Selon les renseignements confiés par une source, …`: the participle belongs to the `selon` claim.
        if context.view.document.language == .french,
           (max(sentence.lowerBound, start - 1)..<subjectEnd).contains(where: { ["selon", "après"].contains(context.lower($0))
               && !["laquelle", "lequel", "lesquelles", "lesquels"].contains(context.lower($0 + 1)) }) { return nil }
        var first = start
        // French skips an adverb too (`soutenait d’ailleurs cette réforme, rejetée par …`).
        let reach = context.view.document.language == .french ? 3 : 2
        while first < subjectEnd, !["le", "la", "les", "l’", "un", "une", "des", "ces", "cette", "the", "these", "a"].contains(context.lower(first)),
              first - start < reach { first += 1 }
        if first == subjectEnd || first - start >= reach { first = start }
        // `Une explosion a été évoquée, puis démentie par EDF`: the subject of the first passive.
        if context.view.document.language == .french, ["puis", "et", "mais"].contains(context.lower(group.start - 1)),
           let auxiliary = (sentence.lowerBound..<group.start).first(where: { ["a", "ont", "est", "sont", "avait", "avaient", "était", "étaient"].contains(context.lower($0)) }),
           auxiliary - sentence.lowerBound <= 8, let subject = context.trimmed(sentence.lowerBound, auxiliary) {
            return make(group, source, subject, false, 0.7, "passive-subject", context)
        }
        // `la rumeur selon laquelle il aurait tenté … a été rejetée par X`: the noun `selon laquelle` reports on heads the subject.
        if context.view.document.language == .french,
           let selon = (max(sentence.lowerBound, first - SourceFinder.maxSubjectLength)..<first).last(where: {
               context.lower($0) == "selon" && ["laquelle", "lequel", "lesquelles", "lesquels"].contains(context.lower($0 + 1)) }),
           let determiner = (max(sentence.lowerBound, selon - 4)..<selon).last(where: {
               ["la", "le", "les", "l’", "une", "un", "des", "cette", "ce", "ces", "cet"].contains(context.lower($0)) }) {
            first = determiner
        }
        guard var range = context.trimmed(first, subjectEnd) else { return nil }
        // `…, ce qui est nié par X`: what is denied is the clause before `ce qui`.
        if range.count <= 2, ["ce", "which"].contains(context.lower(range.lowerBound)),
           let before = precedingClause(before: range.lowerBound, in: sentence, context) {
            range = before
        }
        var raw = make(group, source, range, false, 0.75, "passive-subject", context)
        // `Ces informations ont été qualifiées de fausses par X`.
        if group.sense.lemma == "qualifier" && calledFalse { raw?.claim.stance = .denies }
        return raw
    }

    /// The clause that ends right before token `index` (at a `;` or `,`), back to the previous
    /// `;` or the sentence start, without a leading `selon X,`/`according to X,`.
    static func precedingClause(before index: Int, in sentence: Range<Int>, _ context: ClaimContext) -> Range<Int>? {
        guard index - 1 > sentence.lowerBound, [";", ","].contains(context.lower(index - 1)) else { return nil }
        var start = (sentence.lowerBound..<index - 1).last { context.lower($0) == ";" }.map { $0 + 1 } ?? sentence.lowerBound
        if ["selon", "d’", "according"].contains(context.lower(start)),
           let comma = (start..<index - 1).first(where: { context.lower($0) == "," }) {
            start = comma + 1
        }
        return context.trimmed(start, index - 1)
    }

    // MARK: - Helpers

    /// The source of a cue whose subject comes first, or is glued to it by inversion.
    private static func subject(of group: CueGroup, _ context: ClaimContext) -> ClaimPart? {
        if let pronoun = group.invertedPronoun {
            var part = context.part(offsets: pronoun.start, pronoun.end)
            part.mention = SourceFinder.resolve(ClaimWords.pronouns[pronoun.word] ?? .none, before: pronoun.start, context)
            return part
        }
        if group.passive { return nil }
        let sentence = context.sentence(group.sentence)
        // (A French conjunction alone is no subject: `« … » et avertissait que …`.)
        if let before = SourceFinder.subject(before: group.start, from: sentence.lowerBound, context),
           !(context.view.document.language == .french && ["et", "mais", "ou", "puis", "car", "donc"].contains(before.text.lowercased())) {
            return before
        }
        return nil
    }

    /// A raw claim over content tokens `range`.
    static func make(_ group: CueGroup, _ source: ClaimPart?, _ range: Range<Int>, _ quoted: Bool,
                             _ score: Double, _ rule: String, _ context: ClaimContext) -> RawClaim? {
        let content = context.part(range.lowerBound, range.upperBound)
        if let source, source.start < content.end && content.start < source.end { return nil }
        let cue = context.part(group.start, group.end)
        let claim = Claim(source: source, cue: cue, content: content, stance: group.sense.stance,
                          certainty: group.sense.certainty, quoted: quoted)
        return RawClaim(claim: claim, group: group, content: range, score: score, rule: "claim." + rule)
    }
}
