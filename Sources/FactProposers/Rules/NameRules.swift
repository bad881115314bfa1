import FactModel

/// Person names (and media names) from capitalised token sequences.
enum NameRules {
    /// Lower-case particles allowed inside a name when a capitalised token follows
    /// (`Charles de Gaulle`, `Ursula von der Leyen`).
    static let particles: Set<String> = [
        "de", "du", "des", "d’", "van", "von", "der", "den", "ter", "bin", "ben", "ibn", "al", "el",
        "da", "das", "dos", "di", "del", "della", "la", "le", "y", "abu", "abou",
    ]

    // MARK: Sequences

    /// Capitalised words left out of a name even mid-sentence (`The Washington Post`).
    static let alwaysStripped: Set<String> = ["the", "a", "an", "l’", "selon", "according"]

    /// True when a token may be part of a name: capitalised, not a function-domain word.
    static func isNamePart(_ index: Int, _ view: TokenView) -> Bool {
        guard view.isNameLike(index) else { return false }
        let text = view.texts[index]
        return !FunctionWords.functionDomains.contains(text) && !FunctionWords.titles.contains(view.lower[index])
    }

    /// The end (exclusive) of the name that starts at `start`: name parts, joined within the
    /// sentence, with particles between them.
    static func nameEnd(from start: Int, _ view: TokenView) -> Int {
        var end = start + 1
        while end < view.count && view.joined(end - 1) {
            if isNamePart(end, view) {
                end += 1
            } else if particles.contains(view.lower[end]), isNamePart(end + 1, view), view.joined(end) {
                end += 2
            } else {
                break
            }
        }
        return end
    }

    /// Adds PER (and media ORG) candidates from maximal capitalised sequences.
    static func collect(_ view: TokenView, into candidates: inout CandidateList) {
        var index = 0
        while index < view.count {
            guard view.isNameLike(index) else { index += 1; continue }
            var start = index
            var runEnd = index + 1
            while runEnd < view.count && view.joined(runEnd - 1) && view.isNameLike(runEnd) { runEnd += 1 }
            // Leave out sentence-initial function words and titles (`Selon`, `Le`, `Président`).
            // Mid-sentence, a capitalised `De` or `Le` belongs to a name (`De Gendt`, `Le Drian`).
            let opensClause = view.sentenceInitial[start]
                || start > 0 && ["«", "“", "\"", "(", "—", "–"].contains(view.texts[start - 1])
            while start < runEnd && (FunctionWords.nonNameStarts.contains(view.lower[start])
                                        && (opensClause || alwaysStripped.contains(view.lower[start]))
                                     || FunctionWords.titles.contains(view.lower[start])
                                     || FunctionWords.functionDomains.contains(view.texts[start])
                                     || Lexicons.demonyms.contains(view.lower[start]) && runEnd - start >= 2) {
                start += 1
            }
            // `la Bermudienne Flora Duffy`: after a determiner, a capitalised noun then a full
            // name; the noun is a nationality or role, not part of the name.
            if runEnd - start >= 3, start > 0, ["le", "la", "les", "l’", "the"].contains(view.lower[start - 1]),
               !FirstNames.names.contains(view.texts[start]), FirstNames.names.contains(view.texts[start + 1])
                || view.lower[start].hasSuffix("ienne") || view.lower[start].hasSuffix("aise") || view.lower[start].hasSuffix("oise") {
                start += 1
            }
            if start < runEnd && isNamePart(start, view) {
                let end = nameEnd(from: start, view)
                propose(start, end, view, &candidates)
                index = max(end, start + 1)
            } else {
                index = runEnd
            }
        }
        collectTitleContext(view, &candidates)
    }

    /// Decides what a capitalised sequence `start..<end` is.
    static func propose(_ start: Int, _ end: Int, _ view: TokenView, _ candidates: inout CandidateList) {
        let length = end - start
        if Organisations.keywords.contains(view.texts[start]) { return }
        if length >= 2 && Organisations.suffixes.contains(view.texts[end - 1]) {
            candidates.add(start, end, "ORG", 0.91, "org.medium")
            return
        }
        if FirstNames.names.contains(view.texts[start]) && length >= 2 {
            candidates.add(start, end, "PER", 0.9, "name.first-name")
            return
        }
        guard length >= 2 else { return }
        let containsKnown = (start..<end).contains { Lexicons.isKnownName(view.texts[$0]) || view.allCaps[$0] }
        candidates.add(start, end, "PER", containsKnown ? 0.5 : 0.6, "name.capitalised-sequence")
    }

    // MARK: Titles

    /// Words skipped between a title and the name it introduces (`président ukrainien`,
    /// `ministre des Affaires étrangères`).
    static let titleFillers: Set<String> = [
        "de", "des", "du", "la", "l’", "d’", "aux", "à", "of", "the", "for", "général", "générale",
        "premier", "première", "adjoint", "adjointe", "délégué", "déléguée", "chargé", "chargée",
    ]

    /// Adds PER candidates for capitalised words after a title (`M. Dupont`, `président
    /// Volodymyr Zelensky`); the title is left out of the span.
    static func collectTitleContext(_ view: TokenView, _ candidates: inout CandidateList) {
        for index in 0..<view.count where FunctionWords.titles.contains(view.lower[index]) {
            var next = index + 1
            var skipped = 0
            while next < view.count, view.joined(next - 1), skipped < 6, !isNamePart(next, view) {
                let lower = view.lower[next]
                let skippable = titleFillers.contains(lower) || FunctionWords.titles.contains(lower)
                    || FunctionWords.functionDomains.contains(view.texts[next]) || Lexicons.demonyms.contains(lower)
                guard skippable else { break }
                next += 1
                skipped += 1
            }
            guard next < view.count, view.joined(next - 1), isNamePart(next, view),
                  !Lexicons.isKnownName(view.texts[next]), !view.allCaps[next],
                  !Organisations.suffixes.contains(view.texts[next]),
                  !FunctionWords.nonNameStarts.contains(view.lower[next]) else { continue }
            let end = nameEnd(from: next, view)
            candidates.add(next, end, "PER", 0.88, "name.title-context")
        }
    }
}
