import FactModel

// MARK: - `selon X`, `d’après X`, `according to X`

extension ClaimPatterns {
    /// Stressed pronouns after `selon`/`d’après` (`selon lui`), with the mentions they may stand for.
    private static let stressedPronouns: [String: PronounKind] = ["lui": .person, "elle": .person, "eux": .group, "elles": .group]

    /// `Selon X, …`, `D’après X, …`, `According to X, …`, the same at the end of a sentence,
    /// and between commas inside one (`Il a précisé que, selon lui, « … »`).
    static func accordingTo(_ group: CueGroup, _ context: ClaimContext) -> RawClaim? {
        let sentence = context.sentence(group.sentence)
        var first = sentence.lowerBound
        while first < group.start, context.isPunctuation(first) || ["mais", "et", "but", "and"].contains(context.lower(first)) { first += 1 }
        if let comma = commaInsideRelative(group, first: first, context) { return insideRelative(group, comma: comma, context) }
        if let inside = cueInsideContent(group, first: first, context) { return inside }
        // `Ainsi, selon X, …`, `D’autre part, selon X, …`: a sentence adverb before `selon`
        // leaves it at the start when a clause follows a comma after X.
        if context.view.document.language == .french, (2...5).contains(group.start - first),
           context.lower(group.start - 1) == ",", !context.isPunctuation(first),
           let comma = (group.end..<sentence.upperBound).first(where: { context.lower($0) == "," }),
           sentence.upperBound - comma > 3 { first = group.start }
        // `Toujours selon X, …`: an adverb without a comma before `selon` still leaves it at the start.
        if context.view.document.language == .french, (1...2).contains(group.start - first),
           (first..<group.start).allSatisfy({ sentenceAdverbs.contains(context.lower($0)) }) { first = group.start }
        // `que, selon ses sources, la tuerie …`: after `que` any source, not only a pronoun, opens the clause after it.
        let afterQue = context.view.document.language == .french && group.start - 2 >= first && context.lower(group.start - 1) == ","
            && ["que", "qu’"].contains(context.lower(group.start - 2))
        let between = first < group.start && context.lower(group.start - 1) == "," && context.lower(group.end + 1) == ","
            && stressedPronouns[context.lower(group.end)] != nil || afterQue
        // `Il a été interné et, d’après un policier, « … »`: after a conjunction, `selon X` opens the next clause.
        var conjunction = group.start - 1
        if conjunction > first, context.lower(conjunction) == "," { conjunction -= 1 }
        let afterConjunction = context.view.document.language == .french && conjunction > first
            && ["et", "mais", "car", "donc", "puis"].contains(context.lower(conjunction))
            && (group.end..<sentence.upperBound).contains { context.lower($0) == "," }
        if first == group.start || between || afterConjunction {
            var comma = group.end
            while comma < sentence.upperBound, context.lower(comma) != "," { comma += 1 }
            if context.view.document.language == .french, let quoted = quotationAfterSource(group, before: comma, context) { return quoted }
            guard comma < sentence.upperBound, var source = source(after: group, until: comma, context) else { return nil }
            // `D’après X, le porte-parole de Y, « … »`: an apposition to the source before a quotation.
            var contentStart = comma + 1
            // `Pour X, cependant, …`: a sentence adverb between commas opens no content.
            if ["cependant", "toutefois", "néanmoins", "pourtant", "donc", "ainsi", "enfin"].contains(context.lower(contentStart)),
               context.lower(contentStart + 1) == "," { contentStart += 2 }
            // Also a locution (`Pour Erdogan, au contraire, il s’agit …`).
            if context.view.document.language == .french,
               let locution = ClaimWords.adverbsAfterVerbByFirst[context.lower(contentStart)]?.first(where: { words in
                   words.count > 1 && words.indices.allSatisfy { context.lower(contentStart + $0) == words[$0] } }),
               context.lower(contentStart + locution.count) == "," { contentStart += locution.count + 1 }
            // Also without a determiner in French (`selon Patrick Stefanini, directeur de campagne, « … »`).
            let apposition = ["le", "la", "l’", "les", "son", "sa", "the", "his", "her"].contains(context.lower(contentStart))
                || (context.view.document.language == .french && contentStart < sentence.upperBound
                    && !context.view.capitalised[contentStart] && !context.isPunctuation(contentStart))
            // A title after a person's name is an apposition before any clause (`Selon Florent Geel, directeur du
            // bureau Afrique de la FIDH, il est difficile …`).
            // Also after a determiner (`Pour Laurent Lenoble, le directeur de cabinet du préfet, …`) or `l’un des`.
            let titleAt = contentStart + (["le", "la", "l’", "son", "sa"].contains(context.lower(contentStart)) ? 1
                : context.lower(contentStart + 1) == "des" && ["l’", "un", "une"].contains(context.lower(contentStart)) ? 2 : 0)
            let titled = context.view.document.language == .french && source.mention != nil
                && (FunctionWords.titles.contains(context.lower(titleAt)) || context.lower(titleAt).hasPrefix("porte-parole")
                    || (context.lower(contentStart) == "l’" && context.lower(contentStart + 1) == "un"))
            if apposition,
               let second = (contentStart..<sentence.upperBound).first(where: { context.lower($0) == "," }),
               second - contentStart <= 14, context.isOpeningQuote(second + 1) || (titled && sentence.upperBound - second > 3) {
                contentStart = second + 1
            }
            // `Pour le procureur de la République, Eric Maillaud, il n’était pas utile …`: the source's name in
            // apposition, when the source named nobody.
            if context.view.document.language == .french, contentStart == comma + 1, source.mention == nil,
               let index = context.mentionAt[contentStart], context.mentions[index].label == "PER",
               context.mentions[index].start == context.tokens[contentStart].start,
               let last = context.tokens.index(containing: context.mentions[index].end - 1), context.lower(last + 1) == "," {
                source = context.part(offsets: context.mentions[index].start, context.mentions[index].end)
                source.mention = context.mentions[index].id.isEmpty ? nil : context.mentions[index].id
                contentStart = last + 2
            }
            // `Pour Rajoy, « … . … »`: a quotation opening the content runs on over its sentences.
            if context.view.document.language == .french, context.isOpeningQuote(contentStart), let quote = context.quoteAt[contentStart],
               context.quotes[quote].close >= sentence.upperBound, let found = ContentFinder.quotation(quote, context) {
                return make(group, source, found.range, true, 0.85, "according-to", context)
            }
            guard let range = ContentFinder.clause(from: contentStart, sentence.upperBound, context) else { return nil }
            // Also a quotation followed by a comma and another clause (`d’après X, « … », d’autres policiers déclarent …`).
            if context.isOpeningQuote(range.lowerBound), let quote = context.quoteAt[range.lowerBound],
               context.quotes[quote].close == range.upperBound - 1
                || (context.view.document.language == .french && context.quotes[quote].close < range.upperBound - 1
                    && context.lower(context.quotes[quote].close + 1) == ","),
               let found = ContentFinder.quotation(quote, context) {
                return make(group, source, found.range, true, 0.85, "according-to", context)
            }
            // `Selon TASS, la ministre a souligné que …`: the inner claim is the one to propose.
            if range.contains(where: { isInnerCue($0, context) }) { return nil }
            return make(group, source, range, false, 0.85, "according-to", context)
        }
        // `…, selon lui « déresponsabilisant ».`: a quotation right after the source is the content.
        if context.view.document.language == .french, let quoted = quotationAfterSource(group, before: sentence.upperBound, context) { return quoted }
        // `223 000 selon les autorités et 400 000 selon les organisateurs`: the source ends before the next count.
        let sourceEnd = context.view.document.language == .french
            ? (group.end..<sentence.upperBound).first(where: { context.lower($0) == "selon"
                || (context.lower($0) == "et" && $0 + 1 < sentence.upperBound && context.tokens[$0 + 1].kind == .number) }) ?? sentence.upperBound
            : sentence.upperBound
        let source = source(after: group, until: sourceEnd, context)
        var contentEnd = group.start
        if context.lower(contentEnd - 1) == "," { contentEnd -= 1 }
        // `« C’est une affaire qui nous inquiète. Ces traces … » , selon les enquêteurs.`: the whole quotation.
        if context.view.document.language == .french, context.isClosingQuote(contentEnd - 1), let quote = context.quoteAt[contentEnd - 1], context.quotes[quote].open < first,
           let found = ContentFinder.quotation(quote, context) {
            return make(group, source, found.range, true, 0.8, "according-to", context)
        }
        // `des milliers de manifestants, 13 500 personnes selon la police, 100 000 selon les organisateurs`:
        // a count right before `selon` is all it reports.
        if context.view.document.language == .french, contentEnd == group.start, first < contentEnd,
           let comma = (first..<contentEnd).last(where: { context.lower($0) == "," && context.quoteAt[$0] == nil }),
           contentEnd - comma <= 7, context.tokens[comma + 1].kind == .number { first = comma + 1 }
        // Also after `et` (`… selon les autorités et 400 000 selon les organisateurs`).
        if context.view.document.language == .french, contentEnd == group.start, first < contentEnd,
           let and = (max(first, contentEnd - 6)..<contentEnd).last(where: { context.lower($0) == "et" }),
           context.tokens[and + 1].kind == .number, (first..<and).contains(where: { context.lower($0) == "selon" }) { first = and + 1 }
        // `France : le chômage va repartir à la hausse, selon l’Unédic`: a title's topic before its colon is no content.
        if context.view.document.language == .french, first < contentEnd,
           let colon = (first..<contentEnd).last(where: { context.lower($0) == ":" && context.quoteAt[$0] == nil }), contentEnd - colon > 3 {
            first = colon + 1
        }
        guard let range = context.trimmed(first, contentEnd) else { return nil }
        return make(group, source, range, false, 0.8, "according-to", context)
    }

    /// True when a reporting verb that makes its own claim starts at token `index`: not a bare
    /// participle (`les propos lancés par X`) nor a form after a preposition (`n’a pas réussi à
    /// expliquer`, `en état d’alerte`), which make none.
    private static func isInnerCue(_ index: Int, _ context: ClaimContext) -> Bool {
        guard ContentFinder.isCueStart(index, context) else { return false }
        guard context.view.document.language == .french, index > 0 else { return true }
        // The verb itself, past the auxiliaries and clitics the cue may open with (`d’` in `en état d’alerte`).
        var verb = index
        while verb < index + 4, ReportingVerbs.sense(context.lower(verb), .french) == nil { verb += 1 }
        let word = context.lower(verb), previous = context.lower(verb - 1)
        if ["de", "d’"].contains(previous) { return ["vient", "viennent", "venait", "venaient"].contains(context.lower(verb - 2)) }
        if ["à", "pour", "sans", "par", "sur", "dans", "avec"].contains(previous) { return false }
        if previous == "en", !word.hasSuffix("ant") { return false }
        let participle = ["é", "ée", "és", "ées"].contains(where: { word.hasSuffix($0) })
        return !(participle && !ClaimWords.auxiliaries.contains(previous) && ReportingVerbs.sense(word, .french) != nil)
    }

    /// Adverbs that may open a sentence before `selon` without a comma (`Toujours selon X`).
    private static let sentenceAdverbs: Set<String> = ["toujours", "encore", "aussi", "enfin", "ainsi", "or", "donc", "notamment", "pourtant"]

    /// `Selon X « … »` with no comma: the quotation after the source, when it ends the sentence
    /// (a quoted title followed by a comma belongs to the source: `selon le rapport « … », …`).
    private static func quotationAfterSource(_ group: CueGroup, before comma: Int, _ context: ClaimContext) -> RawClaim? {
        let sentence = context.sentence(group.sentence)
        guard let open = (group.end + 1..<max(group.end + 1, comma)).first(where: { context.isOpeningQuote($0) }),
              let quote = context.quoteAt[open], !(group.end..<open).contains(where: { context.isPunctuation($0) }) else { return nil }
        let close = context.quotes[quote].close
        let after = close + 1
        guard close >= sentence.upperBound - 1 || after >= sentence.upperBound || [".", "!", "?"].contains(context.lower(after)),
              let source = source(after: group, until: open, context), let found = ContentFinder.quotation(quote, context) else { return nil }
        return make(group, source, found.range, true, 0.85, "according-to", context)
    }

    /// `Le texte, qui, selon X, menace les emplois, …`: `selon X` between commas inside a
    /// relative clause reports that clause's predicate, up to the next comma; none
    /// when the predicate is itself a cue (the inner claim is the one to propose).
    private static func insideRelative(_ group: CueGroup, comma: Int, _ context: ClaimContext) -> RawClaim? {
        let sentence = context.sentence(group.sentence)
        guard let source = source(after: group, until: comma, context) else { return nil }
        let end = (comma + 1..<sentence.upperBound).first(where: { context.lower($0) == "," }) ?? sentence.upperBound
        guard let range = context.trimmed(comma + 1, end), !ContentFinder.isCueStart(range.lowerBound, context) else { return nil }
        return make(group, source, range, false, 0.8, "according-to", context)
    }

    /// The comma that closes `selon X` when `, selon X,` follows a relative pronoun (`qui, selon
    /// X, menace`), nil otherwise; `que, selon lui, …` keeps the rules for a content clause.
    private static func commaInsideRelative(_ group: CueGroup, first: Int, _ context: ClaimContext) -> Int? {
        let sentence = context.sentence(group.sentence)
        guard context.view.document.language == .french, group.start - 2 >= first, context.lower(group.start - 1) == ",",
              ["qui", "dont", "où"].contains(context.lower(group.start - 2)),
              let comma = (group.end..<sentence.upperBound).first(where: { context.lower($0) == "," }),
              comma + 1 < sentence.upperBound else { return nil }
        return comma
    }

    /// The source after `selon`: a stressed pronoun alone (`selon lui`, linked to the mention it
    /// stands for), otherwise the phrase up to `end`.
    static func source(after group: CueGroup, until end: Int, _ context: ClaimContext) -> ClaimPart? {
        guard group.end < end, let kind = stressedPronouns[context.lower(group.end)] else {
            let start = reportedSpeaker(after: group.end, until: end, context)
            // `selon les informations que le procureur a confiées à l’AFP`: the speaker is the relative clause's subject.
            if let (speaker, verb) = relativeSpeaker(after: start, until: end, context) {
                return SourceFinder.phrase(after: speaker, until: verb, context)
            }
            return SourceFinder.phrase(after: afterMediumNoun(start, until: end, context), until: end, context)
        }
        var part = context.part(group.end, group.end + 1)
        part.mention = SourceFinder.resolve(kind, before: part.start, context)
        return part
    }

    /// After `selon une révélation de X`, `selon les chiffres du ministère`, the token where the
    /// medium X starts (after `de`, `du` or `des`); `start` itself otherwise. One adjective may sit
    /// between the noun and `de` (`des informations exclusives de`).
    private static func afterMediumNoun(_ start: Int, until end: Int, _ context: ClaimContext) -> Int {
        let determiners: Set<String> = ["un", "une", "des", "les", "le", "la", "l’", "son", "sa", "ses", "leur", "leurs", "ce", "cette", "ces"]
        guard context.view.document.language == .french, start + 3 < end, determiners.contains(context.lower(start)),
              ClaimWords.mediumNouns.contains(context.lower(start + 1)) else { return start }
        // `selon les renseignements confiés par une source`: the agent of a participle.
        if ["é", "ée", "és", "ées", "is", "ies", "us", "ues"].contains(where: { context.lower(start + 2).hasSuffix($0) }),
           context.lower(start + 3) == "par", start + 4 < end { return start + 4 }
        guard let of = (start + 2...start + 3).first(where: { $0 + 1 < end && ["de", "d’", "du", "des"].contains(context.lower($0)) }) else { return start }
        // `selon le rapport ComScore de 2015`: the medium's own name, not its date, speaks.
        if of == start + 3, context.view.capitalised[start + 2] { return start }
        if context.tokens[of + 1].kind == .number { return start }
        return of + 1
    }

    /// After `selon les informations que le procureur a confiées`, the first token of the
    /// speaker and of its verb group; nil when no relative clause with a finite auxiliary follows
    /// a medium noun.
    private static func relativeSpeaker(after start: Int, until end: Int, _ context: ClaimContext) -> (Int, Int)? {
        guard context.view.document.language == .french, start + 4 < end, ClaimWords.mediumNouns.contains(context.lower(start + 1)),
              ["que", "qu’"].contains(context.lower(start + 2)),
              let verb = (start + 4..<min(end, start + 10)).first(where: { ["a", "ont", "avait", "avaient"].contains(context.lower($0)) }) else { return nil }
        return (start + 3, verb)
    }

    /// After `selon ce qu’a confié X`, the token where X starts (after the verb group); `start`
    /// itself when the words there are not `ce qu’` and a verb group.
    private static func reportedSpeaker(after start: Int, until end: Int, _ context: ClaimContext) -> Int {
        guard context.view.document.language == .french, start + 3 < end, context.lower(start) == "ce",
              ["qu’", "que"].contains(context.lower(start + 1)) else { return start }
        var index = start + 2
        while index < end, index - start < 6, ClaimWords.auxiliaries.contains(context.lower(index))
                || ClaimWords.innerAdverbs.contains(context.lower(index)) { index += 1 }
        guard index < end, ReportingVerbs.sense(context.lower(index), .french) != nil else { return start }
        return index + 1
    }
}
