import FactModel

/// Certainty, polarity and `disputes` links of found claims.
enum Factuality {
    /// The certainty of a claim: the cue's, lowered by hedges in the content or the cue; the
    /// hearsay conditional (`serait`) lowers it only after a present-tense or tenseless cue.
    static func certainty(_ raw: RawClaim, _ context: ClaimContext) -> Certainty {
        var certainty = raw.claim.certainty
        let cueWords = (raw.group.start - 1..<raw.group.end).map { context.lower($0) }
        // `selon`, `à en croire` have no tense: a conditional after them is hearsay.
        let pastCue = !raw.group.isPreposition && (raw.group.end - raw.group.start > 1
            || ["ait", "aient", "ed", "said", "told"].contains { context.lower(raw.group.verb).hasSuffix($0) })
        for word in raw.content.map({ context.lower($0) }) + cueWords {
            if ClaimWords.possibleHedges.contains(word) || (!pastCue && ClaimWords.hearsayConditionals.contains(word)) {
                certainty = lower(certainty, .possible)
            } else if ClaimWords.probableHedges.contains(word) {
                certainty = lower(certainty, .probable)
            }
        }
        // `n’a pas confirmé que …`: the source does not commit to the content (FactBank's Uu),
        // except for belief verbs, whose negation is a belief in the contrary (see `stance`).
        if raw.group.negated, raw.group.sense.stance == .asserts, !negRaising.contains(raw.group.sense.lemma) { return .unknown }
        return certainty
    }

    /// French belief verbs whose negation denies the content (`ne pense pas que` = thinks it is not so).
    private static let negRaising: Set<String> = ["penser", "croire", "estimer", "juger", "considérer"]

    /// The less certain of two values.
    static func lower(_ a: Certainty, _ b: Certainty) -> Certainty {
        let order: [Certainty] = [.certain, .probable, .possible, .unknown]
        return order.firstIndex(of: a)! >= order.firstIndex(of: b)! ? a : b
    }

    /// The stance after negation (`n’a pas démenti` asserts, `ne pense pas que` denies) and after
    /// what is denounced: `dénonce des allégations` rejects them as false.
    static func stance(_ raw: RawClaim, _ context: ClaimContext) -> Stance {
        if raw.group.negated {
            if raw.claim.stance == .denies { return .asserts }
            return negRaising.contains(raw.group.sense.lemma) ? .denies : raw.claim.stance
        }
        // `en rejetant la faute sur les rebelles` blames them: no denial.
        if raw.group.sense.lemma == "rejeter", context.lower(raw.content.lowerBound) == "la",
           ["faute", "responsabilité"].contains(context.lower(raw.content.lowerBound + 1)) {
            return .asserts
        }
        if raw.group.sense.lemma == "dénoncer",
           raw.content.prefix(4).contains(where: { ClaimWords.chargeNouns.contains(context.lower($0)) || ClaimWords.falsePredicates.contains(context.lower($0)) }) {
            return .denies
        }
        return raw.claim.stance
    }

    /// Subjects that only point back to what was said (`« C’est faux »`): the whole content stays.
    private static let pointingSubjects: Set<String> = ["c’", "ce", "cela", "ça", "il", "elle", "tout"]

    /// A French claim whose content calls something false (`« Ces accusations sont fausses »`,
    /// `« C’est un mensonge »`, `« Ce n’est pas vrai »`, `il s’agit d’une calomnie`) denies it: the
    /// content becomes what is called false, or stays whole when that is only a pronoun.
    static func calledFalse(_ raw: RawClaim, _ context: ClaimContext) -> RawClaim {
        guard context.view.document.language == .french, raw.claim.stance == .asserts else { return raw }
        let content = raw.content
        let skippable: Set<String> = ["totalement", "complètement", "absolument", "parfaitement", "tout", "à", "fait", "évidemment",
                                      "bien", "purement", "simplement", "un", "une", "des", "de", "d’", "du"]
        for copula in content.prefix(10) where ["est", "sont", "était", "étaient", "serait", "seraient", "agit", "agirait", "agissait"].contains(context.lower(copula)) {
            if (content.lowerBound..<copula).contains(where: { ClaimWords.complementisers.contains(context.lower($0)) || ContentFinder.isCueStart($0, context) }) { return raw }
            var next = copula + 1
            let negated = context.lower(copula - 1) == "n’" || context.lower(copula - 1) == "ne"
            if negated, context.lower(next) == "pas" { next += 1 }
            while next < content.upperBound, next - copula < 6, skippable.contains(context.lower(next)) || context.isOpeningQuote(next) { next += 1 }
            guard next < content.upperBound else { return raw }
            let word = context.lower(next)
            let isFalse = negated ? ["vrai", "vraie", "vrais", "vraies", "exact", "exacte", "fondé", "fondée", "fondés", "fondées"].contains(word)
                : ClaimWords.falsePredicates.contains(word)
            guard isFalse else { return raw }
            var result = raw
            result.claim.stance = .denies
            var subjectEnd = copula
            while subjectEnd > content.lowerBound, ["n’", "ne", "s’", "se"].contains(context.lower(subjectEnd - 1)) { subjectEnd -= 1 }
            if let subject = context.trimmed(content.lowerBound, subjectEnd), subject.count >= 2,
               !pointingSubjects.contains(context.lower(subject.lowerBound)) || subject.count > 2 {
                result.content = subject
                result.claim.content = context.part(subject.lowerBound, subject.upperBound)
            }
            return result
        }
        return raw
    }

    // MARK: - Links

    /// For each denial whose content points back (`ces accusations`, `these claims`), the index
    /// of the earlier asserting claim it answers: one whose source shares a word stem with the
    /// denial's content, else the latest one from another source.
    static func disputed(_ claims: [RawClaim], _ context: ClaimContext) -> [Int: Int] {
        var links: [Int: Int] = [:]
        guard claims.contains(where: { $0.claim.stance == .denies }) else { return links }
        let nested = nestedCues(claims)
        for (index, raw) in claims.enumerated() where raw.claim.stance == .denies {
            let words = raw.content.map { context.lower($0) }
            guard words.count <= 10, words.contains(where: { ClaimWords.claimNouns.contains($0) }) else { continue }
            let pointsBack = words.contains { ClaimWords.anaphoricDeterminers.contains($0) }
            guard pointsBack else { continue }
            let cueStart = raw.claim.cue?.start ?? raw.claim.content.start
            let earlier = claims.indices.filter {
                claims[$0].claim.stance == .asserts && (claims[$0].claim.cue?.start ?? 0) < cueStart
                    && claims[$0].claim.source?.text != raw.claim.source?.text && !nested[$0]
            }
            let stems = Set(words.filter { $0.count >= 6 }.map { String($0.prefix(6)) })
            let matching = earlier.last { candidate in
                let source = claims[candidate].claim.source?.text.lowercased() ?? ""
                return source.split(separator: " ").contains { stems.contains(String($0.prefix(6))) }
            }
            if let target = matching ?? earlier.last { links[index] = target }
        }
        return links
    }

    /// For each claim (sorted by content start), whether its cue lies inside another claim's
    /// content (`X annonçait que … et qu’il confirmerait sa candidature`): a denial answers the
    /// outer claim, not that one. One pass with the furthest content end so far and the claim it
    /// belongs to, and the second furthest for when that claim is the cue's own.
    private static func nestedCues(_ claims: [RawClaim]) -> [Bool] {
        // furthest[i]: the two furthest content ends (with their claim) among claims 0..<i.
        var furthest: [(best: (end: Int, claim: Int), second: Int)] = []
        var best = (end: Int.min, claim: -1), second = Int.min
        for (index, raw) in claims.enumerated() {
            furthest.append((best, second))
            let end = raw.claim.content.end
            if end > best.end { second = best.end; best = (end, index) } else if end > second { second = end }
        }
        furthest.append((best, second))
        return claims.indices.map { index in
            guard let cue = claims[index].claim.cue else { return false }
            // Claims whose content starts at or before the cue: a prefix, as contents are sorted by start.
            var low = 0, high = claims.count
            while low < high {
                let middle = (low + high) / 2
                if claims[middle].claim.content.start <= cue.start { low = middle + 1 } else { high = middle }
            }
            let (top, runnerUp) = furthest[low]
            return (top.claim == index ? runnerUp : top.end) >= cue.end
        }
    }
}
