import FactModel

/// Guesses whether a text is French or English from how many of each language's most common
/// function words it uses. Cheap and good enough for news paragraphs; a title alone may fool it.
public enum LanguageGuesser {
    /// French function words that are not also common English words.
    static let french: Set<String> = [
        "le", "la", "les", "des", "du", "de", "un", "une", "et", "est", "que", "qui", "dans", "pour",
        "pas", "sur", "au", "aux", "avec", "ce", "cette", "ces", "il", "elle", "ils", "sont", "été",
        "par", "plus", "ont", "mais", "ou", "son", "sa", "ses", "leur", "nous", "vous", "selon",
        "l’", "d’", "qu’", "l'", "d'", "qu'",
    ]

    /// English function words that are not also common French words.
    static let english: Set<String> = [
        "the", "of", "and", "to", "is", "that", "was", "in", "for", "it", "with", "as", "be",
        "at", "by", "this", "have", "from", "are", "were", "has", "had", "not", "but", "which",
        "they", "his", "her", "their", "will", "would", "said", "an", "been", "who",
    ]

    /// The more likely language of `text`; French when the evidence is tied (the project's
    /// main language) or absent.
    public static func guess(_ text: String) -> Language {
        var frenchCount = 0, englishCount = 0
        var word = String.UnicodeScalarView()
        var words = 0
        func count() {
            guard !word.isEmpty else { return }
            let lowered = String(word).lowercased()
            if french.contains(lowered) { frenchCount += 1 }
            if english.contains(lowered) { englishCount += 1 }
            word.removeAll(keepingCapacity: true)
            words += 1
        }
        for scalar in text.unicodeScalars {
            if scalar.scanClass == .letter {
                word.append(scalar)
            } else {
                if scalar.isApostrophe && !word.isEmpty && word.count <= 3 {
                    // Keep the apostrophe so `l’` and `d’` count as French.
                    word.append(scalar)
                }
                count()
                // A few thousand words settle it; do not scan whole books.
                if words > 2000 { break }
            }
        }
        count()
        return englishCount > frenchCount ? .english : .french
    }
}
