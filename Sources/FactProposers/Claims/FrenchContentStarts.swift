import FactModel

// MARK: - Where a French content starts: past an addressee or an adjunct between commas

extension ContentFinder {
    /// After a French addressee (`a déclaré à l’AFP avoir vu`, `a dit au président X « … »`),
    /// the token where the content starts: an infinitive after the addressee's last word, a
    /// quotation, `que` or a colon; `start` itself when none follows within a few words.
    static func skipAddressee(_ start: Int, _ end: Int, _ context: ClaimContext) -> Int {
        guard ["à", "au", "aux"].contains(context.lower(start)) else { return start }
        let openers: Set<String> = ["à", "au", "aux", "de", "d’", "du", "des", "le", "la", "l’", "les", "un", "une", "son", "sa", "ses", "leur", "leurs"]
        var probe = start + 1
        while probe < end, probe - start <= 10 {
            if context.isOpeningQuote(probe) || ["que", "qu’", ":"].contains(context.lower(probe)) { return probe }
            // After a name (`à l’AFP avoir vu`), or a verb that is surely one (`avoir`, `être`), not
            // `à propos du fair-play financier`.
            if !openers.contains(context.lower(probe - 1)), isInfinitiveStart(probe, context),
               context.view.capitalised[probe - 1] || ["avoir", "être"].contains(context.lower(probe)) { return probe }
            // (`a assuré à domicile face à Nîmes qui n’a pas tenu`: a relative clause ends the search.)
            if context.isPunctuation(probe) || ["qui", "dont", "où"].contains(context.lower(probe)) { break }
            probe += 1
        }
        return start
    }

    /// After a French adjunct between commas that opens with a preposition (`annonce, via un
    /// communiqué publié sur son site, avoir pris le pouvoir`, `explique, par un communiqué, avoir …`),
    /// the token after its closing comma when an infinitive starts there; `start` itself otherwise.
    static func afterAdjunct(_ start: Int, _ end: Int, _ context: ClaimContext) -> Int {
        let openers: Set<String> = ["via", "par", "dans", "sur", "lors", "selon", "depuis", "devant", "auprès", "en"]
        guard start + 2 < end, context.lower(start) == ",", openers.contains(context.lower(start + 1)),
              let close = (start + 2..<min(end, start + 2 + 2 * window)).first(where: { context.isPunctuation($0) && !context.isElisionApostrophe($0) }),
              context.lower(close) == ",", close + 1 < end, isInfinitiveStart(close + 1, context) else { return start }
        return close + 1
    }

    /// The last token of a short French addressee right after a verb (`à l’AFP`, `au Monde`), or nil.
    static func addresseeEnd(_ start: Int, _ end: Int, _ context: ClaimContext) -> Int? {
        guard ["à", "au", "aux"].contains(context.lower(start)) else { return nil }
        var probe = start + 1
        if ["l’", "la", "le", "les"].contains(context.lower(probe)) { probe += 1 }
        guard probe < end, context.view.capitalised[probe] else { return nil }
        while probe + 1 < end, context.view.capitalised[probe + 1] { probe += 1 }
        return probe
    }
}
