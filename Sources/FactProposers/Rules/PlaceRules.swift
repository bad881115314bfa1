import FactModel

/// Places found from their context rather than from a list.
enum PlaceRules {
    /// Words that introduce a place name after `de` (`région de Koursk`, `city of Kherson`).
    static let placeNouns: Set<String> = [
        "région", "province", "oblast", "ville", "département", "état", "district", "canton",
        "commune", "village", "île", "comté", "préfecture", "localité", "quartier", "capitale",
        "region", "city", "state", "county", "town", "village", "island", "district",
    ]

    /// Prepositions after which a lone capitalised word is probably a place (`en Ukraine`).
    static let placePrepositions: Set<String> = ["en", "à", "au", "aux", "in", "près", "near"]

    /// Adds LOC candidates.
    static func collect(_ view: TokenView, into candidates: inout CandidateList) {
        for index in 0..<view.count {
            let lower = view.lower[index]
            // `région de Koursk`, `oblast de Belgorod`, `city of Kherson`.
            if placeNouns.contains(lower) && !view.capitalised[index] {
                var next = index + 1
                if next < view.count, ["de", "d’", "du", "of"].contains(view.lower[next]), view.joined(index) { next += 1 }
                guard next < view.count, view.joined(next - 1), NameRules.isNamePart(next, view),
                      !FirstNames.names.contains(view.texts[next]) else { continue }
                let end = NameRules.nameEnd(from: next, view)
                candidates.add(next, end, "LOC", 0.87, "location.region-pattern")
                continue
            }
            // Weak evidence: `en Transnistrie`, `à Bakhmout`.
            if placePrepositions.contains(lower), index + 1 < view.count, view.joined(index) {
                let next = index + 1
                guard NameRules.isNamePart(next, view), !view.allCaps[next],
                      !FirstNames.names.contains(view.texts[next]),
                      !FunctionWords.nonNameStarts.contains(view.lower[next]),
                      !TemporalWords.months.contains(view.lower[next]),
                      !(next + 1 < view.count && view.joined(next) && view.isNameLike(next + 1)) else { continue }
                candidates.add(next, next + 1, "LOC", 0.45, "location.preposition-context")
            }
        }
    }
}
