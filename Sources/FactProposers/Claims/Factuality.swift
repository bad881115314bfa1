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
        return certainty
    }

    /// The less certain of two values.
    static func lower(_ a: Certainty, _ b: Certainty) -> Certainty {
        let order: [Certainty] = [.certain, .probable, .possible, .unknown]
        return order.firstIndex(of: a)! >= order.firstIndex(of: b)! ? a : b
    }

    /// The stance after negation: `n’a pas démenti` asserts.
    static func stance(_ raw: RawClaim) -> Stance {
        raw.group.negated && raw.claim.stance == .denies ? .asserts : raw.claim.stance
    }

    // MARK: - Links

    /// For each denial whose content points back (`ces accusations`, `these claims`), the index
    /// of the earlier asserting claim it answers: one whose source shares a word stem with the
    /// denial's content, else the latest one from another source.
    static func disputed(_ claims: [RawClaim], _ context: ClaimContext) -> [Int: Int] {
        var links: [Int: Int] = [:]
        for (index, raw) in claims.enumerated() where raw.claim.stance == .denies {
            let words = raw.content.map { context.lower($0) }
            guard words.count <= 10, words.contains(where: { ClaimWords.claimNouns.contains($0) }) else { continue }
            let pointsBack = words.contains { ClaimWords.anaphoricDeterminers.contains($0) }
            guard pointsBack else { continue }
            let cueStart = raw.claim.cue?.start ?? raw.claim.content.start
            let earlier = claims.indices.filter {
                claims[$0].claim.stance == .asserts && (claims[$0].claim.cue?.start ?? 0) < cueStart
                    && claims[$0].claim.source?.text != raw.claim.source?.text
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
}
