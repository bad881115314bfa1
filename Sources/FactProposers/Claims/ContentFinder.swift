import FactModel

/// Finds the content of a claim: a clause after its complementiser, a quotation, a noun phrase
/// object, or the text before a postposed cue.
enum ContentFinder {
    /// How far after the cue a complementiser, a colon or a quotation may be (`a déclaré le 1er
    /// novembre que`, `told reporters on Monday that`).
    static let window = 10

    /// Verbs of saying that take a clause without `that` in English (`said the plan failed`).
    static let zeroThatVerbs: Set<String> = [
        "say", "tell", "add", "claim", "argue", "insist", "note", "believe", "think", "warn", "predict", "write",
        "feel", "expect", "hope", "report", "explain", "suggest", "acknowledge", "admit", "agree", "fear",
        "worry", "state", "contend", "assert", "allege", "know", "find", "show", "learn", "concede", "recall",
    ]

    /// What follows a cue: the content's tokens, whether it is a whole quotation, and the rule.
    struct Found {
        /// Tokens of the content.
        var range: Range<Int>
        /// True when the content is a whole quotation (without its marks).
        var quoted: Bool
        /// The construction (`que`, `quote`, `colon`, `zero-that`, `object`).
        var rule: String
    }

    /// The content after a cue group, up to the end of its clause.
    static func after(_ group: CueGroup, _ context: ClaimContext) -> Found? {
        let sentence = context.sentence(group.sentence)
        var index = group.end
        while index < sentence.upperBound, index - group.end <= window {
            let word = context.lower(index)
            if ClaimWords.complementisers.contains(word) {
                guard let range = clause(from: index + 1, sentence.upperBound, context) else { return nil }
                return Found(range: range, quoted: false, rule: "que")
            }
            if context.isOpeningQuote(index), index - group.end <= 2 || context.lower(index - 1) == ":" {
                return quotation(context.quoteAt[index]!, context)
            }
            if word == ":" {
                if context.isOpeningQuote(index + 1) { return quotation(context.quoteAt[index + 1]!, context) }
                guard let range = clause(from: index + 1, sentence.upperBound, context) else { return nil }
                return Found(range: range, quoted: false, rule: "colon")
            }
            if [".", ";", "!", "?", "»", "”", "(", ")"].contains(word) || (index > group.end && isCueStart(index, context)) { break }
            index += 1
        }
        let language = context.view.document.language
        // French `de` + infinitive: `a promis de`, `nie avoir`.
        if language == .french, ["de", "d’"].contains(context.lower(group.end)), !group.sense.nounContent,
           group.end + 1 < sentence.upperBound, !context.view.capitalised[group.end + 1] {
            if let range = clause(from: group.end + 1, sentence.upperBound, context) {
                return Found(range: range, quoted: false, rule: "de-infinitive")
            }
        }
        if language == .english, zeroThatVerbs.contains(group.sense.lemma) {
            var start = group.end
            if group.sense.lemma == "tell" { start = skipObject(start, sentence.upperBound, context) }
            if start < sentence.upperBound, opensClause(start, context) {
                if let range = clause(from: start, sentence.upperBound, context) {
                    return Found(range: range, quoted: false, rule: "zero-that")
                }
            }
        }
        return nil
    }

    /// The noun phrase object of a cue (`a nié ces accusations`), and whether a falsity word
    /// follows it (`qualifié ces informations de fausses nouvelles`).
    static func object(_ group: CueGroup, _ context: ClaimContext) -> (range: Range<Int>, falsity: Bool)? {
        let sentence = context.sentence(group.sentence)
        var start = group.end
        // A date right after the verb is not the object (`a réitéré le 1er novembre son engagement`).
        if ["le", "the", "on"].contains(context.lower(start)), let next = context.mentionAt[start + 1],
           ["DATE", "TIME"].contains(context.mentions[next].label) { start += 1 }
        if let mention = context.mentionAt[start].map({ context.mentions[$0] }), ["DATE", "TIME"].contains(mention.label) {
            while start < sentence.upperBound, context.mentionAt[start] != nil,
                  context.mentions[context.mentionAt[start]!].id == mention.id { start += 1 }
        }
        // A denial noun's object follows its preposition (`un démenti à ces accusations`).
        if CueGroups.denialNouns.values.contains(group.sense.lemma), ["à", "de", "d’"].contains(context.lower(start)) { start += 1 }
        guard start < sentence.upperBound, !context.isPunctuation(start) || context.isOpeningQuote(start) else { return nil }
        if ["de", "d’", "à", "to", "by", "par", "that", "que", "qu’"].contains(context.lower(start)) { return nil }
        var end = start, falsity = false
        while end < sentence.upperBound {
            let word = context.lower(end)
            if [",", ".", ";", ":", "!", "?", "(", ")"].contains(word) { break }
            if ["and", "but", "et", "mais"].contains(word), end > start, isCueStart(end + 1, context) { break }
            if context.view.document.language == .english, end > start, isCueStart(end, context) { break }
            if ["de", "d’", "as", "comme"].contains(word), end > start, ClaimWords.falsity.contains(context.lower(end + 1))
                || (word == "as" && group.sense.stance == .denies) {
                falsity = ClaimWords.falsity.contains(context.lower(end + 1))
                break
            }
            end += 1
        }
        guard let range = context.trimmed(start, end) else { return nil }
        return (range, falsity)
    }

    /// The whole quotation `quote`, without its marks and a trailing comma or period inside.
    static func quotation(_ quote: Int, _ context: ClaimContext) -> Found? {
        let marks = context.quotes[quote]
        guard let range = context.trimmed(marks.open + 1, marks.close) else { return nil }
        return Found(range: range, quoted: true, rule: "quote")
    }

    /// The clause from token `start` to the end of the sentence, stopping before `;` and before
    /// a comma that opens another cue (`…, a-t-il ajouté`, `…, adding that`).
    static func clause(from start: Int, _ end: Int, _ context: ClaimContext) -> Range<Int>? {
        var stop = start
        while stop < end {
            let word = context.lower(stop)
            if word == ";" { break }
            if ["and", "but", "et", "mais"].contains(word), stop > start, isCueStart(stop + 1, context) { break }
            if word == ",", stop + 1 < end, isCueStart(stop + 1, context) || ["selon", "according"].contains(context.lower(stop + 1)) { break }
            stop += 1
        }
        return context.trimmed(start, stop)
    }

    // MARK: - Helpers

    /// True when a reporting verb (with its auxiliaries) starts at token `index`.
    static func isCueStart(_ index: Int, _ context: ClaimContext) -> Bool {
        var probe = index
        let language = context.view.document.language
        while probe < index + 4, probe < context.view.count {
            let word = context.lower(probe)
            if let sense = ReportingVerbs.sense(word, language), sense.lemma != "selon", sense.lemma != "according to" { return true }
            if let (stem, _) = CueGroups.splitInversion(word), ClaimWords.auxiliaries.contains(stem) || ReportingVerbs.sense(stem, language) != nil { return true }
            guard ClaimWords.auxiliaries.contains(word) || ClaimWords.innerAdverbs.contains(word) else { return false }
            probe += 1
        }
        return false
    }

    /// True when token `index` may open a clause without a complementiser.
    static func opensClause(_ index: Int, _ context: ClaimContext) -> Bool {
        let word = context.lower(index)
        if ClaimWords.clauseOpeners.contains(word) { return true }
        if context.view.document.language == .english, context.tokens[index].kind == .word || context.tokens[index].kind == .number,
           !ClaimWords.prepositions.contains(word), !["so", "yes", "no", "not", "n’t", "as", "what", "whether", "how", "why", "if"].contains(word) {
            return true
        }
        return context.view.capitalised[index] && !ClaimWords.prepositions.contains(word)
            && context.tokens[index].kind == .word
    }

    /// The token after the object of `tell` (`told reporters`, `told The Post`, `told him`).
    static func skipObject(_ start: Int, _ end: Int, _ context: ClaimContext) -> Int {
        var index = start
        if ["him", "her", "them", "us", "me", "reporters", "journalists", "supporters", "voters", "cnn", "nbc", "abc", "cbs", "msnbc", "fox"].contains(context.lower(index)) {
            return index + 1
        }
        if context.lower(index) == "the" { index += 1 }
        while index < end, context.view.capitalised[index], context.tokens[index].kind == .word { index += 1 }
        return index
    }
}
