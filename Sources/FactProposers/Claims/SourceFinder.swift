import FactModel

/// Finds the source of a claim: a subject before its cue, an inverted subject or agent after
/// it, reduced to the name when there is one, and pronouns linked to the mention they stand for.
enum SourceFinder {
    /// The longest subject noun phrase read leftwards, in tokens.
    static let maxSubjectLength = 12

    // MARK: - Subjects

    /// The subject before token `end` (exclusive), within tokens `from..<end`.
    static func subject(before end: Int, from: Int, _ context: ClaimContext) -> ClaimPart? {
        var right = end
        while right - 1 > from, ClaimWords.innerAdverbs.contains(context.lower(right - 1)) { right -= 1 }
        // An object clitic is not part of the subject (`Le syndicat le qualifie de …`).
        while right - 2 >= from, context.view.document.language == .french,
              ["le", "la", "les", "l’", "lui", "leur", "en", "y"].contains(context.lower(right - 1)), !context.isPunctuation(right - 2) { right -= 1 }
        guard right > from else { return nil }
        // `Le secrétaire général de l’OTAN, Mark Rutte, a affirmé`: the chunk between commas.
        if context.lower(right - 1) == "," {
            right -= 1
            var chunk = chunkStart(before: right, from: from, context)
            guard chunk < right else { return nil }
            // `, publiée le 27 juillet,`: a participle the chunk stopped at opens it.
            if context.view.document.language == .french, chunk - 2 >= from, context.lower(chunk - 2) == ",",
               ["é", "ée", "és", "ées"].contains(where: { context.lower(chunk - 1).hasSuffix($0) }) { chunk -= 1 }
            // `Manuel Valls, qui avait échangé avec lui autour d’un petit-déjeuner lors de sa visite, s’est dit`:
            // a relative clause or an indefinite apposition longer than a subject is still one.
            if context.view.document.language == .french, chunk > from, context.lower(chunk - 1) != "," || ["et", "mais", "puis"].contains(context.lower(chunk)),
               // (The relative clause may hold commas of its own: `José Mourinho, qui a dépensé … Paul Pogba, et … Romelu Lukaku …, a déclaré`.)
               let comma = (max(from, right - 4 * maxSubjectLength)..<chunk).last(where: { context.lower($0) == ","
                   && ["qui", "dont", "un", "une"].contains(context.lower($0 + 1)) }) { chunk = comma + 1 }
            // `Le ministre, qui, selon ses proches, rappelle`: `selon Y` between commas is no subject either.
            if chunk - 2 > from, context.lower(chunk - 1) == "selon", context.lower(chunk - 2) == "," {
                return subject(before: chunk - 1, from: from, context)
            }
            // `X, qui a assisté à la cérémonie, a déclaré`: a relative clause between commas is
            // no subject either; the subject is the chunk before it.
            let french = context.view.document.language == .french
            // So is a stressed pronoun or a time adverb (`Le maire, lui, a affirmé`, `X, mardi, a annoncé`).
            let startsWithPreposition = ClaimWords.prepositions.contains(context.lower(chunk))
                || (french && ["qui", "dont", "lequel", "laquelle", "lesquels", "lesquelles"].contains(context.lower(chunk)))
                || (french && isParenthetical(chunk, right, context))
            // `Le maire, un ancien député, a affirmé`: an indefinite apposition after the sentence's subject.
            if french, ["un", "une"].contains(context.lower(chunk)), chunk - 1 > from, context.lower(chunk - 1) == ",",
               chunkStart(before: chunk - 1, from: from, context) == from, !ClaimWords.prepositions.contains(context.lower(from)) {
                return name(in: from, chunk - 1, context) ?? phrase(from, chunk - 1, context)
            }
            // `Emmanuel Grégoire, premier secrétaire de la fédération PS, a reconnu`: a title naming an
            // organisation describes the person named before it, who is the subject.
            if french, !startsWithPreposition, !context.view.capitalised[chunk], chunk - 1 > from,
               let name = name(in: chunk, right, context), !isPerson(name, context),
               let person = personBeforeAppositions(before: chunk - 1, from: from, context) { return person }
            if !startsWithPreposition, let name = name(in: chunk, right, context) { return name }
            // `Hubert Caouissin, 46 ans, ingénieur à l’arsenal, ex-beau-frère du père, a avoué`: appositions after a person's name.
            if french, !startsWithPreposition, !context.view.capitalised[chunk], let person = personBeforeAppositions(before: chunk - 1, from: from, context) {
                return person
            }
            // `François Fillon, en déplacement à Troyes, dans l’Aube, ce mardi, a contesté`: French
            // walks out over several such chunks.
            var close = chunk - 1
            for _ in 0..<(french ? 4 : 1) {
                guard close > from, context.lower(close) == "," else { break }
                let outer = chunkStart(before: close, from: from, context)
                guard outer < close else { break }
                if !ClaimWords.prepositions.contains(context.lower(outer)) && !(french && isParenthetical(outer, close, context)) {
                    if let name = name(in: outer, close, context) { return name }
                    if startsWithPreposition { return phrase(outer, close, context) }
                    break
                }
                close = outer - 1
            }
            return startsWithPreposition ? nil : phrase(chunk, right, context)
        }
        var chunk = chunkStart(before: right, from: from, context)
        guard chunk < right else { return nil }
        // `une citation de François Fillon qui disait`: `qui` without a comma is a relative pronoun too.
        if context.view.document.language == .french, right - 1 > from, context.lower(right - 1) == "qui" { chunk = right - 1 }
        // `Kim Jong-un, qui a ordonné`: the relative pronoun stands for the phrase before it.
        if right - chunk == 1, ClaimWords.relatives.contains(context.lower(chunk)) {
            var before = chunk
            if context.lower(before - 1) == "," { before -= 1 }
            guard before > from else { return nil }
            // `une citation de François Fillon qui disait`: a person named right before `qui` is
            // its antecedent, even after `de`.
            if context.view.document.language == .french, let index = context.mentionAt[before - 1],
               context.mentions[index].label == "PER", context.mentions[index].end == context.tokens[before - 1].end {
                var part = context.part(offsets: context.mentions[index].start, context.mentions[index].end)
                part.mention = context.mentions[index].id.isEmpty ? nil : context.mentions[index].id
                return part
            }
            var antecedent = chunkStart(before: before, from: from, context)
            // `… ont pu rencontrer les officiels du ministère du Burundi qui rejettent`: the last noun phrase not after a preposition.
            if context.view.document.language == .french, context.lower(before) == "qui",
               let determiner = (antecedent + 1..<before).last(where: { ["le", "la", "les", "l’", "un", "une", "ce", "cette", "ces"].contains(context.lower($0))
                   && !ClaimWords.prepositions.contains(context.lower($0 - 1)) }) { antecedent = determiner }
            // `… par une voisine, qui a ajouté`: the agent's preposition is not part of it.
            if context.view.document.language == .french,
               let agent = (antecedent..<before - 1).last(where: { context.lower($0) == "par" }) { antecedent = agent + 1 }
            return antecedent < before ? (name(in: antecedent, before, context) ?? phrase(antecedent, before, context)) : nil
        }
        // `Christophe Jakubyszyn, chef du service politique de la chaîne a déclaré`: WiNER may drop the comma
        // closing an apposition; the person named before it is the subject.
        if context.view.document.language == .french, chunk - 1 > from, context.lower(chunk - 1) == ",", !context.view.capitalised[chunk],
           !ClaimWords.relatives.contains(context.lower(chunk)), !ClaimWords.prepositions.contains(context.lower(chunk)),
           let person = personBeforeAppositions(before: chunk - 1, from: from, context) {
            return person
        }
        // `Aussi bien la mairie que la préfecture ont affirmé`, `Tant X que Y`: the whole coordination.
        if context.view.document.language == .french, chunk - 1 > from, context.lower(chunk - 1) == "que",
           let opening = coordinationStart(before: chunk - 1, from: from, context) {
            return phrase(opening, right, context)
        }
        if let people = coordinatedPeople(chunk, right, before: end, from: from, context) { return people }
        return name(in: chunk, right, context) ?? phrase(chunk, right, context)
    }

    /// `Benoît Hamon, Arnaud Montebourg et Gérard Filoche dénoncent`, `François Hollande ainsi que
    /// Bernard Cazeneuve ont annoncé`: before a French plural verb, people joined by `et`, `ainsi
    /// que` or commas are one source, from the first name to the last; nil otherwise.
    private static func coordinatedPeople(_ chunk: Int, _ right: Int, before verb: Int, from: Int, _ context: ClaimContext) -> ClaimPart? {
        let plural = context.lower(verb)
        guard context.view.document.language == .french, ["ont", "sont", "avaient", "étaient"].contains(plural) || plural.hasSuffix("ent"),
              let last = context.mentionAt[right - 1], context.mentions[last].label == "PER",
              context.mentions[last].end == context.tokens[right - 1].end else { return nil }
        // Walk back over the names, each after `et`, `ainsi que` or a comma.
        var first = context.tokens.index(containing: context.mentions[last].start) ?? right - 1
        var joined = false
        while first - 2 >= from {
            var joiner = first - 1
            if context.lower(joiner) == "que", context.lower(joiner - 1) == "ainsi" { joiner -= 1 }
            guard [",", "et", "ainsi"].contains(context.lower(joiner)), let previous = context.mentionAt[joiner - 1],
                  context.mentions[previous].label == "PER", context.mentions[previous].end == context.tokens[joiner - 1].end,
                  let start = context.tokens.index(containing: context.mentions[previous].start) else { break }
            joined = joined || context.lower(joiner) != ","
            first = start
        }
        guard joined, first < chunk || first < right - 1 else { return nil }
        return context.part(first, right)
    }

    /// The first token of `aussi bien X` or `tant X` before the `que` at `que`, when it opens
    /// the clause (its start, or after punctuation) and X is a short phrase.
    private static func coordinationStart(before que: Int, from: Int, _ context: ClaimContext) -> Int? {
        let first = chunkStart(before: que, from: from, context)
        guard first < que, first == from || context.isPunctuation(first - 1) else { return nil }
        if context.lower(first) == "aussi", context.lower(first + 1) == "bien", first + 2 < que { return first }
        if context.lower(first) == "tant", first + 1 < que { return first }
        return nil
    }

    /// The phrase after token `start` up to punctuation or the sentence end (`said X`, `par X`).
    static func phrase(after first: Int, until end: Int, _ context: ClaimContext) -> ClaimPart? {
        let start = afterDative(first, until: end, context)
        var stop = start
        while stop < end, stop - start < maxSubjectLength, !context.isPunctuation(stop),
              !ClaimWords.subjectStops.contains(context.lower(stop)) || stop == start,
              !(stop > start && ["in", "on", "at", "during", "after", "lors", "dans", "to", "about", "last", "this"].contains(context.lower(stop))),
              !(stop > start && context.view.document.language == .french && (isReporterAfter(stop, context) || context.lower(stop) == "qui")) {
            stop += 1
        }
        guard stop > start else { return nil }
        if let named = name(in: start, stop, context) { return named }
        return appositiveName(after: stop, until: end, context) ?? phrase(start, stop, context)
    }

    /// `…, a indiqué le porte-parole du Kremlin, Dmitri Peskov.`: a person named between the
    /// comma `comma` and the end of the phrase (or the next punctuation) is the source, as the
    /// guidelines have it for `le secrétaire général de l’OTAN, Mark Rutte, a affirmé`.
    private static func appositiveName(after comma: Int, until end: Int, _ context: ClaimContext) -> ClaimPart? {
        // French only: PolNeAR, which the English figures follow, keeps the title in the source.
        guard context.view.document.language == .french, comma < end, context.lower(comma) == ",", comma + 1 < end else { return nil }
        var stop = comma + 1
        while stop < end, stop - comma <= maxSubjectLength, !context.isPunctuation(stop) { stop += 1 }
        guard let mentionIndex = context.mentionAt[comma + 1] else { return nil }
        let mention = context.mentions[mentionIndex]
        // The whole chunk is the name, nothing else (not `, Dmitri Peskov et son adjoint`).
        guard mention.label == "PER", mention.start == context.tokens[comma + 1].start, mention.end == context.tokens[stop - 1].end
        else { return nil }
        var part = context.part(offsets: mention.start, mention.end)
        part.mention = mention.id.isEmpty ? nil : mention.id
        return part
    }

    /// Words after which the rest of a French source phrase names who relayed it, not who
    /// said it (`un médecin cité par AP`, `une source judiciaire à l’AFP`).
    private static let relayParticiples: Set<String> = [
        "cité", "citée", "cités", "citées", "interrogé", "interrogée", "interrogés", "interrogées", "joint", "jointe", "joints",
    ]

    /// Common nouns of the media an inverted subject may speak to (`au quotidien du soir`, `au micro de`).
    private static let mediumNouns: Set<String> = [
        "quotidien", "journal", "micro", "site", "magazine", "hebdomadaire", "agence", "chaîne", "radio", "télévision",
        "presse", "journaliste", "journalistes", "média", "médias", "journaux",
    ]

    /// Words that make a short chunk between commas a parenthetical before the verb, not its
    /// subject (`Le maire, lui, a affirmé`, `Le ministre, mardi, a annoncé`).
    private static let frenchParentheticals: Set<String> = [
        "lui", "elle", "eux", "elles", "hier", "aujourd’hui", "ensuite", "toutefois", "cependant", "néanmoins", "pourtant",
        "également", "aussi", "enfin", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    ]

    /// A person named in a chunk that ends at the comma `comma` or at one of up to three earlier
    /// commas, each chunk in between an apposition (`46 ans`, `ingénieur à l’arsenal de Brest`).
    private static func personBeforeAppositions(before comma: Int, from: Int, _ context: ClaimContext) -> ClaimPart? {
        var close = comma
        for _ in 0..<4 {
            guard close > from, context.lower(close) == "," else { return nil }
            let chunk = chunkStart(before: close, from: from, context)
            guard chunk < close else { return nil }
            if let name = name(in: chunk, close, context), isPerson(name, context) { return name }
            close = chunk - 1
        }
        return nil
    }

    /// True when a source part starts on a person mention.
    private static func isPerson(_ part: ClaimPart, _ context: ClaimContext) -> Bool {
        guard let token = context.tokens.index(containing: part.start), let index = context.mentionAt[token] else { return false }
        return context.mentions[index].label == "PER"
    }

    /// True when French tokens `chunk..<right` between commas are a stressed pronoun or a time
    /// adverb (`lui`, `mardi`, `ce mardi`, `lundi soir`), not a subject.
    private static func isParenthetical(_ chunk: Int, _ right: Int, _ context: ClaimContext) -> Bool {
        (right - chunk <= 2 && frenchParentheticals.contains(context.lower(chunk)))
            || (right - chunk <= 3 && (chunk..<right).contains { ClaimWords.timeWordsAfterVerb.contains(context.lower($0)) })
            // `Un rapport de l’IGPN, publié le 27 juillet, assurait`: a participle's adjunct.
            || (right - chunk <= 8 && !context.view.capitalised[chunk] && ["é", "ée", "és", "ées"].contains { context.lower(chunk).hasSuffix($0) })
    }

    /// Words that start an adjunct after a French inverted subject (`a répondu le ministre en
    /// marge d’un déplacement`, `a déclaré Trump mardi`).
    private static let frenchAdjunctStarts: Set<String> = [
        "en", "sur", "devant", "pendant", "depuis", "pour", "afin", "concernant", "visant", "après", "avant", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    ]

    /// Whether token `index` starts what a French source phrase should stop at: an adjunct, a relaying
    /// participle (`cité par`), or `à`/`au` before a name (`à l’AFP`, `au Monde`).
    static func isReporterAfter(_ index: Int, _ context: ClaimContext) -> Bool {
        let word = context.lower(index)
        // A capitalised `En` is a name (`le candidat d’En marche`), not an adjunct.
        if relayParticiples.contains(word) || (frenchAdjunctStarts.contains(word) && !context.view.capitalised[index]) { return true }
        // `selon l’annonce du gouvernement ce mercredi`.
        // (`de ce dernier` is a person.)
        if word == "ce", ClaimWords.timeWordsAfterVerb.contains(context.lower(index + 1)),
           !["dernier", "dernière", "prochain", "prochaine"].contains(context.lower(index + 1)) { return true }
        guard ["à", "au", "aux"].contains(word) else { return false }
        var next = index + 1
        // `à l’AFP`, also written `à l’ AFP` (the apostrophe may stand alone).
        while word == "à", next < context.tokens.count, ["l’", "l", "’", "la", "le"].contains(context.lower(next)) { next += 1 }
        // `a assuré un proche de Macron au quotidien du soir`: a medium named by a common noun.
        return next < context.tokens.count && (context.view.capitalised[next] || mediumNouns.contains(context.lower(next)))
    }

    /// The first token of an inverted French subject after a dative (`a indiqué au Monde le
    /// substitut`, `a confié à France Info Jacques Witkowski`): the next determiner or person
    /// name after `à`/`au`/`aux` and at least one word; `first` itself otherwise.
    static func afterDative(_ first: Int, until end: Int, _ context: ClaimContext) -> Int {
        guard context.view.document.language == .french, first < end, ["à", "au", "aux"].contains(context.lower(first)) else { return first }
        let determiners: Set<String> = ["le", "la", "les", "l’", "un", "une", "son", "sa", "ses", "leur", "ce", "cette"]
        let upper = min(end, first + 6)
        guard first + 2 < upper else { return first }
        for index in first + 2..<upper {
            if context.isPunctuation(index) { break }
            if determiners.contains(context.lower(index)) { return index }
            if let mention = context.mentionAt[index], context.mentions[mention].label == "PER",
               context.mentions[mention].start == context.tokens[index].start { return index }
        }
        return first
    }

    /// The first token of the noun phrase ending before `right`, read leftwards to a stop.
    static func chunkStart(before right: Int, from: Int, _ context: ClaimContext) -> Int {
        var left = right
        while left - 1 >= from, right - left < maxSubjectLength {
            let previous = left - 1
            let word = context.lower(previous)
            // A parenthesised acronym inside a French phrase (`La Société des journalistes (SDJ)
            // d’I-Télé`); English keeps the rules its tagger was trained on.
            if word == ")", context.view.document.language == .french,
               let open = (max(from, previous - 4)..<previous).last(where: { context.lower($0) == "(" }), open > from {
                left = open
                continue
            }
            if context.isPunctuation(previous) && word != "’" && word != "-" { break }
            if ClaimWords.subjectStops.contains(word) { break }
            let language = context.view.document.language
            let nominal = language == .english && ["the", "a", "an", "his", "her", "their", "its", "this", "that", "new"].contains(context.lower(previous - 1))
                // `Le juge ne pense pas`: a reporting form after a determiner is a noun.
                || language == .french && ["le", "un", "ce", "du", "au"].contains(context.lower(previous - 1))
            if ReportingVerbs.sense(word, language) != nil && !context.view.capitalised[previous] && !nominal { break }
            left -= 1
        }
        return left
    }

    // MARK: - Names and pronouns

    /// The name inside tokens `start..<end`: a PER mention, else an ORG/LOC mention heading the
    /// phrase (not after `de`/`of`); a lone pronoun becomes a part linked to what it stands for.
    static func name(in start: Int, _ end: Int, _ context: ClaimContext) -> ClaimPart? {
        if end - start == 1, let kind = ClaimWords.pronouns[context.lower(start)] {
            var part = context.part(start, end)
            part.mention = resolve(kind, before: context.tokens[start].start, context)
            return part
        }
        var person: MentionProposal?, other: MentionProposal?
        var index = start
        while index < end {
            guard let mentionIndex = context.mentionAt[index] else { index += 1; continue }
            let mention = context.mentions[mentionIndex]
            // Also `du ministère de l’Intérieur`: the article between.
            let afterPreposition = index > start && (["de", "du", "des", "d’", "of"].contains(context.lower(index - 1))
                || (index - 1 > start && ["l’", "la", "le", "les"].contains(context.lower(index - 1)) && ["de", "à"].contains(context.lower(index - 2))))
            if mention.label == "PER" && !afterPreposition { person = mention }
            else if ["ORG", "LOC", "GPE"].contains(mention.label) && !afterPreposition && other == nil { other = mention }
            while index < end && context.mentionAt[index] == mentionIndex { index += 1 }
        }
        guard let chosen = person ?? other, chosen.start >= context.tokens[start].start,
              chosen.end <= context.tokens[end - 1].end else { return nil }
        var part = context.part(offsets: chosen.start, chosen.end)
        part.mention = chosen.id.isEmpty ? nil : chosen.id
        return part
    }

    /// The phrase over tokens `start..<end` as written, linked to a mention that covers it exactly.
    static func phrase(_ start: Int, _ end: Int, _ context: ClaimContext) -> ClaimPart? {
        guard let range = context.trimmed(start, end) else { return nil }
        var part = context.part(range.lowerBound, range.upperBound)
        if let mentionIndex = context.mentionAt[range.lowerBound] {
            let mention = context.mentions[mentionIndex]
            if mention.start == part.start && mention.end == part.end && !mention.id.isEmpty { part.mention = mention.id }
        }
        return part
    }

    /// The id of the last mention before `offset` a pronoun of this kind may stand for.
    static func resolve(_ kind: PronounKind, before offset: Int, _ context: ClaimContext) -> String? {
        let labels: [String]
        switch kind {
        case .person: labels = ["PER"]
        case .group: labels = ["ORG", "LOC", "GPE"]
        case .none: return nil
        }
        let candidate = context.mentions.last { $0.end <= offset && labels.contains($0.label) }
            ?? (kind == .group ? context.mentions.last { $0.end <= offset && $0.label == "PER" } : nil)
        guard let candidate, !candidate.id.isEmpty else { return nil }
        return candidate.id
    }
}
