import FactModel

/// Numbers and amounts, with their unit when they have one (`12 000`, `15 %`,
/// `3 millions d’euros`, `des milliers` → `milliers`).
enum QuantityRules {
    /// True when a unit, magnitude or percent sign starts at `index`.
    static func followedByUnit(_ index: Int, _ view: TokenView) -> Bool {
        guard index < view.count, index > 0, view.joined(index - 1) else { return false }
        let lower = view.lower[index]
        return QuantityWords.units.contains(lower) || QuantityWords.magnitudes.contains(lower)
    }

    /// Adds QUANTITY candidates.
    static func collect(_ view: TokenView, into candidates: inout CandidateList) {
        var index = 0
        while index < view.count {
            let lower = view.lower[index]
            if QuantityWords.approximateNouns.contains(lower) && !view.capitalised[index] {
                // `des milliers de soldats` → `milliers`; `thousands of troops` → `thousands`.
                if view.intValue(index - 1) == nil && (TemporalWords.numberWords[view.lowerAt(index - 1)] ?? 0) < 2 {
                    candidates.add(index, index + 1, "QUANTITY", 0.75, "pattern.quantity-noun")
                }
                index += 1
                continue
            }
            let isDigits = view.isNumber(index)
            let wordValue = TemporalWords.numberWords[lower] ?? 0
            guard isDigits || wordValue >= 2 else { index += 1; continue }
            var start = index
            var end = index + 1
            if isDigits {
                end = thousandsEnd(from: index, view)
                // A currency sign before: `$5`, `€ 300`.
                if index > 0, view.joined(index - 1), ["$", "€", "£", "¥"].contains(view.texts[index - 1]) { start -= 1 }
            }
            let (unitEnd, hasUnit) = unitEnd(from: end, view)
            if hasUnit {
                candidates.add(start, unitEnd, "QUANTITY", 0.8, "pattern.quantity")
            } else if start < index {
                candidates.add(start, end, "QUANTITY", 0.8, "pattern.quantity")
            } else if isDigits {
                candidates.add(start, end, "QUANTITY", 0.6, "pattern.number")
            } else if end < view.count, view.joined(end - 1), view.document.tokens[end].kind == .word, !view.capitalised[end] {
                // `trois soldats` → `trois`: a number word counting something.
                candidates.add(start, end, "QUANTITY", 0.5, "pattern.number-word")
            }
            index = max(end, index + 1)
        }
    }

    /// The end of a number written in groups of three digits separated by one space
    /// (`12 000`, `1 250 000`); the tokenizer keeps the groups apart.
    static func thousandsEnd(from index: Int, _ view: TokenView) -> Int {
        let tokens = view.document.tokens
        var end = index + 1
        guard view.texts[index].count <= 3 else { return end }
        while end < view.count, view.isNumber(end), view.texts[end].count == 3,
              tokens[end].start == tokens[end - 1].end + 1, view.joined(end - 1) {
            end += 1
        }
        return end
    }

    /// The end of the magnitude and unit after a number ending at `end`, and whether there was
    /// one: `millions d’euros`, `%`, `pour cent`, `km`.
    static func unitEnd(from end: Int, _ view: TokenView) -> (Int, Bool) {
        var cursor = end
        var found = false
        if cursor < view.count, view.joined(cursor - 1), QuantityWords.magnitudes.contains(view.lower[cursor]) {
            cursor += 1
            found = true
            // `millions d’euros`, `billion of dollars`.
            if cursor + 1 < view.count, view.joined(cursor - 1), ["de", "d’", "of"].contains(view.lower[cursor]),
               view.joined(cursor), QuantityWords.units.contains(view.lower[cursor + 1]) {
                return (cursor + 2, true)
            }
        }
        if cursor < view.count, view.joined(cursor - 1) {
            let lower = view.lower[cursor]
            if (lower == "pour" || lower == "per"), cursor + 1 < view.count, view.lower[cursor + 1] == "cent" {
                return (cursor + 2, true)
            }
            if lower != "pour" && lower != "per" && QuantityWords.units.contains(lower) { return (cursor + 1, true) }
        }
        return (cursor, found)
    }
}
