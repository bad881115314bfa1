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
                candidates.add(index, index + entry.tokens.count, entry.label, score, entry.rule)
            }
        }
    }
}
