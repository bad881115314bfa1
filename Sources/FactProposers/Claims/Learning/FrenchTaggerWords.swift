import FactModel

/// The French counterparts of the attribution tagger's English word classes (`TaggerFeatures`),
/// so that a tagger trained on French claims sees `que` as it sees `that` and meets the forms
/// of a verb the cue lexicon does not know (`a tweeté`, `tweete`, `tweetait`).
enum FrenchTaggerWords {
    /// Words that open a content clause, as `that` does in English.
    static let complementisers: Set<String> = ["que", "qu’"]

    /// The kind of the token after a word, as a cue sees it, in `TaggerFeatures.nextClass`'s
    /// codes: `que` 1, `à` 2, a colon 3, an opening quotation mark 4, a comma 5, `de`
    /// (`qualifié de`, `accusé de`) 6, anything else 0.
    static func nextClass(_ lower: String, _ quoteState: UInt64) -> UInt64 {
        switch lower {
        case "que", "qu’": return 1
        case "à": return 2
        case ":": return 3
        case ",": return 5
        case "de", "d’", "sur", "contre": return 6
        default: return quoteState == 2 ? 4 : 0
        }
    }

    /// The cue lexicon's sense of each token of a French document: a reporting verb form
    /// (`ReportingVerbs`), and `après` after `d’`, which the tokenizer splits from `d’après`
    /// (a lexicon entry no single token would ever match).
    static func senses(_ view: TokenView) -> [CueSense?] {
        view.lower.indices.map { index in
            if index > 0, view.lower[index] == "après", view.lower[index - 1] == "d’" { return ReportingVerbs.sense("d’après", .french) }
            return ReportingVerbs.sense(view.lower[index], .french)
        }
    }

    /// A French source the tagger started after its elided article (`L’` + `avocate de la
    /// famille`: the article, rarely seen at a sentence start in a few articles, stays untagged)
    /// takes the article back.
    static func withElidedArticle(_ part: ClaimPart, in document: Document) -> ClaimPart {
        guard let index = document.tokens.index(containing: part.start), index > 0,
              document.tokens[index].start == part.start else { return part }
        let article = document.tokens[index - 1]
        guard article.end == part.start, ["l’", "l'"].contains(article.text.lowercased()) else { return part }
        var extended = part
        extended.start = article.start
        extended.text = document.text(from: article.start, to: part.end)
        return extended
    }

    /// Verb endings a crude stem drops, longest first.
    private static let endings = ["eraient", "èrent", "aient", "erait", "eront", "ées", "ait", "ant", "era", "ent", "és", "ée", "er", "ez", "é", "es", "e", "s"]

    /// A crude French stem: the word without a verb ending, when at least three letters remain.
    static func stem(_ word: String) -> String {
        for ending in endings where word.count > ending.count + 2 && word.hasSuffix(ending) {
            return String(word.dropLast(ending.count))
        }
        return word
    }
}
