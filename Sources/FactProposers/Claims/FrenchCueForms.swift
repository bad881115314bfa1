import FactModel

// MARK: - French verb forms: modals inside a cue, forms through which no one speaks

extension CueGroups {
    /// French modal verbs that may stand between a subject and its reporting infinitive
    /// (`souhaite rappeler`, `a voulu préciser`); `tenir` needs its `à`.
    static let modals: Set<String> = [
        "souhaite", "souhaitent", "souhaitait", "souhaitaient", "souhaité", "veut", "veulent", "voulait", "voulaient", "voulu",
        "tient", "tiennent", "tenait", "tenaient", "tenu",
    ]

    /// The length of a modal before the infinitive at `index` (`souhaite`, `tient à`), or nil.
    static func modalLength(before index: Int, _ range: Range<Int>, _ context: ClaimContext) -> Int? {
        var modal = index - 1
        if context.lower(modal) == "à" { modal -= 1 }
        // `Certains sondages laissent entendre que …`.
        if context.lower(index).hasPrefix("entendre"), modal == index - 1, context.lower(modal).hasPrefix("laiss") { return 1 }
        guard modal >= range.lowerBound, modals.contains(context.lower(modal)),
              context.lower(modal).hasPrefix("t") == (modal == index - 2) else { return nil }
        return index - modal
    }

    /// `Cela dit, …` (that said), a bare participle that names (`les accords dits de « Minsk II »`,
    /// `la loi dite « travail »`), a causal `expliquer` (`ce qui explique …`, `cela expliquerait`),
    /// `féliciter` someone, a fire that `s’est déclaré`, and the passive of `assurer` (`la
    /// direction sera assurée par X`): French forms of reporting verbs through which no one speaks.
    static func isNonSpeechForm(_ index: Int, word: String, sense: CueSense, _ range: Range<Int>, _ context: ClaimContext) -> Bool {
        let previous = index - 1 >= range.lowerBound ? context.lower(index - 1) : ""
        if sense.lemma == "dire" {
            if word == "dit", ["cela", "ceci"].contains(previous), context.lower(index + 1) == "," { return true }
            // `au lieu dit Seyyar`: a place's name.
            if word == "dit", previous == "lieu" { return true }
            // A participle right after its noun, before the name it gives.
            let naming = ["dit", "dite", "dits", "dites"].contains(word) && index - 1 >= range.lowerBound
                && context.tokens[index - 1].kind == .word && !ClaimWords.auxiliaries.contains(previous) && !ClaimWords.pronouns.keys.contains(previous)
            let next = ["de", "d’"].contains(context.lower(index + 1)) ? index + 2 : index + 1
            if naming, context.isOpeningQuote(next), word != "dit" || next == index + 2 { return true }
        }
        if sense.lemma == "expliquer", ["ce", "cela", "ceci", "ça"].contains(previous)
            || (previous == "qui" && index - 2 >= range.lowerBound && context.lower(index - 2) == "ce") { return true }
        // `a félicité E. Macron pour sa victoire` congratulates; only `se féliciter` reports (`s’est félicité Trump`).
        if sense.lemma == "féliciter", !(max(range.lowerBound, index - 3)..<index).contains(where: { ["se", "s’"].contains(context.lower($0)) }) {
            return true
        }
        // `un incendie s’est déclaré au bar`: a reflexive `déclarer` with no attribute (`s’est déclaré candidat`) breaks out.
        if sense.lemma == "déclarer", (max(range.lowerBound, index - 3)..<index).contains(where: { ["se", "s’"].contains(context.lower($0)) }),
           index + 1 >= range.upperBound || (context.isPunctuation(index + 1) && !context.isOpeningQuote(index + 1)) || ClaimWords.prepositions.contains(context.lower(index + 1)) { return true }
        // (`Le chef du gouvernement est soutenu en ce sens par la majorité`: supported, not maintained.)
        if ["assurer", "soutenir"].contains(sense.lemma), index - 1 >= range.lowerBound,
           ["est", "sont", "était", "étaient", "sera", "seront", "serait", "seraient", "été"].contains(previous),
           ["é", "ée", "és", "ées", "u", "ue", "us", "ues"].contains(where: { word.hasSuffix($0) }) { return true }
        // `laisser entendre que`: `entendre` reports only after `laisser`.
        if sense.lemma == "laisser entendre", !previous.hasPrefix("laiss") { return true }
        return false
    }
}
