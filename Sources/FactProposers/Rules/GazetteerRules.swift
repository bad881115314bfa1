import FactModel

/// Places, known organisations, events, products and demonyms found by list lookup.
enum GazetteerRules {
    /// Adds every gazetteer match, longest per start token.
    static func collect(_ view: TokenView, into candidates: inout CandidateList) {
        for index in 0..<view.count where view.document.tokens[index].kind != .punctuation {
            for gazetteer in [Lexicons.places, Lexicons.named, Lexicons.demonyms] {
                guard let entry = gazetteer.match(at: index, in: view) else { continue }
                // A lower-case place (`bande de Gaza`) only counts with its capital elsewhere.
                var score = entry.score
                if entry.label == "NORP" && view.capitalised[index] && view.sentenceInitial[index] == false
                    && entry.tokens.count == 1 && view.isNameLike(index + 1) && view.joined(index) {
                    // `Russe Alexeï …` reads as part of a name sequence; leave it weaker.
                    score -= 0.2
                }
                var end = index + entry.tokens.count
                if entry.label == "EVENT" { end = eventEnd(end, view) }
                candidates.add(index, end, entry.label, score, entry.rule)
            }
        }
    }

    /// Extends a known event over its place and year (`Jeux olympiques de Rio`,
    /// `Tour de France 2016`).
    static func eventEnd(_ end: Int, _ view: TokenView) -> Int {
        var end = end
        if end + 1 < view.count, view.joined(end - 1), view.joined(end), ["de", "d’", "of", "in"].contains(view.lower[end]),
           NameRules.isNamePart(end + 1, view) {
            end = NameRules.nameEnd(from: end + 1, view)
        }
        if end < view.count, view.joined(end - 1), TemporalRules.isYear(end, view) { end += 1 }
        return end
    }
}
