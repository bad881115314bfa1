import FactModel

// MARK: - French constructions where the cue interrupts or follows what it reports

extension ClaimPatterns {
    /// Finite verbs and auxiliaries that leave a French verb group open before an incise
    /// (`X aurait, d’après Le Parisien, découvert …`).
    private static let openVerbGroup: Set<String> = [
        "a", "ont", "avait", "avaient", "aurait", "auraient", "aura", "auront", "est", "sont", "était", "étaient",
        "serait", "seraient", "sera", "seront", "va", "vont", "allait", "devrait", "devraient", "pourrait", "pourraient",
        "doit", "doivent",
    ]

    /// Subject pronouns that may stand between `comme` and the cue (`Comme il l’a annoncé`).
    private static let subjectPronouns: Set<String> = ["il", "elle", "ils", "elles", "on"]

    /// `X aurait, d’après Le Parisien, découvert …`: `selon`/`d’après X` between commas inside an
    /// open verb group reports the whole clause, which then covers the cue (as PolNeAR's
    /// discontinuous contents do); nil for any other place of the cue.
    static func cueInsideContent(_ group: CueGroup, first: Int, _ context: ClaimContext) -> RawClaim? {
        let sentence = context.sentence(group.sentence)
        guard context.view.document.language == .french, group.start - 2 > first, context.lower(group.start - 1) == ",",
              openVerbGroup.contains(context.lower(group.start - 2)),
              let close = (group.end..<min(sentence.upperBound, group.end + SourceFinder.maxSubjectLength)).first(where: { context.lower($0) == "," }),
              close + 1 < sentence.upperBound, !context.isPunctuation(close + 1),
              let source = source(after: group, until: close, context),
              let range = context.trimmed(first, sentence.upperBound),
              // `Le ministre a, selon Le Monde, démenti …`: the inner claim is the one to propose.
              !range.contains(where: { !(group.start..<group.end).contains($0) && ContentFinder.isCueStart($0, context) }) else { return nil }
        // Not `make`, which refuses a content that covers its source.
        let claim = Claim(source: source, cue: context.part(group.start, group.end), content: context.part(range.lowerBound, range.upperBound),
                          stance: group.sense.stance, certainty: group.sense.certainty, quoted: false)
        return RawClaim(claim: claim, group: group, content: range, score: 0.8, rule: "claim.according-to-inside")
    }

    /// `une décision qu’il qualifie d’« absurde »`: a relative `que` + subject + `qualifier`
    /// calling its antecedent false denies the antecedent (the noun phrase before `que`), with
    /// the relative's subject as source. A label that is no falsity makes no claim, as with
    /// `qualifier` elsewhere.
    static func relativeQualification(_ group: CueGroup, _ context: ClaimContext) -> RawClaim? {
        guard context.view.document.language == .french, group.sense.lemma == "qualifier", !group.passive else { return nil }
        let sentence = context.sentence(group.sentence)
        guard let que = relativeQue(before: group.start, from: sentence.lowerBound, context), que > sentence.lowerBound,
              isCalledFalse(after: group.end, sentence, context) else { return nil }
        let subjectRange = que + 1..<group.start
        let source: ClaimPart?
        if subjectRange.count == 1, let kind = ClaimWords.pronouns[context.lower(subjectRange.lowerBound)] {
            var part = context.part(subjectRange.lowerBound, subjectRange.upperBound)
            part.mention = SourceFinder.resolve(kind, before: part.start, context)
            source = part
        } else {
            source = SourceFinder.name(in: subjectRange.lowerBound, subjectRange.upperBound, context)
                ?? SourceFinder.phrase(subjectRange.lowerBound, subjectRange.upperBound, context)
        }
        let determiners: Set<String> = ["le", "la", "les", "l’", "un", "une", "des", "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs"]
        guard let start = (max(sentence.lowerBound, que - 8)..<que).last(where: { determiners.contains(context.lower($0)) }),
              !(start..<que).contains(where: { context.isPunctuation($0) }),
              let range = context.trimmed(start, que) else { return nil }
        var raw = make(group, source, range, false, 0.75, "relative-qualifier", context)
        raw?.claim.stance = .denies
        return raw
    }

    /// The `que`/`qu’` opening a relative clause whose subject (a pronoun or a short noun
    /// phrase, an object clitic aside) runs up to token `cue`, nil when there is none.
    static func relativeQue(before cue: Int, from: Int, _ context: ClaimContext) -> Int? {
        // `qu’il la qualifie`: an object clitic before the verb is not part of the subject.
        let subjectEnd = cue - 1 > from && ["le", "la", "les", "l’"].contains(context.lower(cue - 1)) ? cue - 1 : cue
        guard let que = (max(from, subjectEnd - 5)..<subjectEnd).last(where: { ["que", "qu’"].contains(context.lower($0)) }),
              que + 1 < subjectEnd, !(que + 1..<subjectEnd).contains(where: { context.isPunctuation($0) }) else { return nil }
        return que
    }

    /// Whether a falsity word (`fausses`, `absurde`, `fake news`) follows `de`/`d’` right after
    /// the verb, maybe inside a quotation.
    private static func isCalledFalse(after end: Int, _ sentence: Range<Int>, _ context: ClaimContext) -> Bool {
        guard end < sentence.upperBound, ["de", "d’"].contains(context.lower(end)) else { return false }
        // `d'« absurde »`: the spaced elision's apostrophe is a token of its own.
        let de = context.isElisionApostrophe(end + 1) ? end + 1 : end
        let next = context.isOpeningQuote(de + 1) ? de + 2 : de + 1
        return next < sentence.upperBound && ClaimWords.falsity.contains(context.lower(next))
    }

    /// `Comme il l’a annoncé mardi, le président dissoudra …`: a subject pronoun between `comme`
    /// (opening the sentence) and the cue is the source; the clause after the comma is the
    /// content. The pronoun points forward: it is linked to the person the clause opens with,
    /// else to the last compatible mention before it.
    static func commePronoun(_ group: CueGroup, pronoun: Int, _ context: ClaimContext) -> RawClaim? {
        let sentence = context.sentence(group.sentence)
        guard pronoun - 1 == sentence.lowerBound, context.lower(pronoun - 1) == "comme",
              let kind = ClaimWords.pronouns[context.lower(pronoun)], subjectPronouns.contains(context.lower(pronoun)),
              let comma = (group.end..<sentence.upperBound).first(where: { context.lower($0) == "," && context.quoteAt[$0] == nil }),
              comma - group.end <= 4, let range = context.trimmed(comma + 1, sentence.upperBound), range.count >= 3 else { return nil }
        var source = context.part(pronoun, pronoun + 1)
        if kind == .person, let index = context.mentionAt[range.lowerBound], context.mentions[index].label == "PER",
           context.mentions[index].start == context.tokens[range.lowerBound].start, !context.mentions[index].id.isEmpty {
            source.mention = context.mentions[index].id
        } else {
            source.mention = SourceFinder.resolve(kind, before: source.start, context)
        }
        return make(group, source, range, false, 0.8, "comme", context)
    }
}
