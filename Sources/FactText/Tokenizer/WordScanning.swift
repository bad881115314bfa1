import FactModel

// MARK: - Words, numbers, elision

extension TokenScanner {
    /// French words ending in an elided vowel: split after their apostrophe (`l’`, `jusqu’`).
    static let frenchElisions: Set<String> = [
        "l", "d", "j", "m", "n", "s", "t", "c", "ç", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu",
    ]

    /// English clitics split before their apostrophe (`'s`, `'re`); `n't` is handled apart.
    static let englishClitics: Set<String> = ["s", "re", "ve", "ll", "d", "m"]

    /// Scans a word or number starting at `start` and returns where scanning resumes.
    mutating func scanWord(from start: Int) -> Int {
        let count = scalars.count
        var end = start
        while true {
            while end < count && scalars[end].isWordScalar { end += 1 }
            guard end + 1 < count, end > start else { break }
            let joiner = scalars[end], next = scalars[end + 1], previous = scalars[end - 1]
            let previousClass = previous.scanClass, nextClass = next.scanClass
            // `nord-coréenne`, `au-delà`, `Jong-un`: a hyphen between letters joins.
            if joiner.isHyphen && previousClass != .digit && nextClass == .letter {
                end += 1
                continue
            }
            // `3,5`, `1.5`, `2,500`: a separator between digits joins.
            if (joiner == "," || joiner == ".") && previousClass == .digit && nextClass == .digit {
                end += 1
                continue
            }
            if joiner.isApostrophe && previousClass != .digit && nextClass == .letter {
                if let resume = splitAtApostrophe(start: start, apostrophe: end) { return resume }
                end += 1
                continue
            }
            break
        }
        if end < count && scalars[end] == "." {
            if let abbreviationEnd = abbreviationEnd(start: start, periodAt: end) {
                emit(start, abbreviationEnd, kind: .word)
                return abbreviationEnd
            }
        }
        end = clusterEnd(end)
        if !splitTime(start, end) { emit(start, end, kind: wordKind(start, end)) }
        return end
    }

    // MARK: Apostrophes

    /// Emits the tokens of an elision or clitic at the apostrophe at `apostrophe` and returns
    /// where scanning resumes, or returns nil when the apostrophe stays inside the word
    /// (`aujourd’hui`, `O'Brien`).
    mutating func splitAtApostrophe(start: Int, apostrophe: Int) -> Int? {
        switch language {
        case .french:
            // Only the part after the last hyphen can be elided (`c’est-à-dire` is split at
            // `c’`, but the scanner only reaches the apostrophe with `start` at the word start).
            guard apostrophe - start <= 7 else { return nil }
            let prefix = lowercased(start, apostrophe)
            guard Self.frenchElisions.contains(prefix) else { return nil }
            emit(start, apostrophe + 1, kind: .word)
            return apostrophe + 1
        case .english:
            var suffixEnd = apostrophe + 1
            while suffixEnd < scalars.count && scalars[suffixEnd].isWordScalar { suffixEnd += 1 }
            let suffix = lowercased(apostrophe + 1, suffixEnd)
            // `don't` → `do` `n't`; `can't` → `ca` `n't`, as spaCy and the Penn Treebank do.
            if suffix == "t", apostrophe - start >= 2, scalars[apostrophe - 1] == "n" || scalars[apostrophe - 1] == "N" {
                emit(start, apostrophe - 1, kind: .word)
                emit(apostrophe - 1, suffixEnd, kind: .word)
                return suffixEnd
            }
            if Self.englishClitics.contains(suffix) {
                emit(start, apostrophe, kind: wordKind(start, apostrophe))
                emit(apostrophe, suffixEnd, kind: .word)
                return suffixEnd
            }
            return nil
        }
    }

    /// The lower-cased text of a short range, for lexicon lookups.
    func lowercased(_ start: Int, _ end: Int) -> String {
        String(String.UnicodeScalarView(scalars[start..<end])).lowercased()
    }

    // MARK: Abbreviations

    /// Where an abbreviation that keeps its period ends, when the word at `start` followed by
    /// the period at `periodAt` is one (`M.`, `Dr.`, `U.S.`, `p.m.`); nil otherwise.
    func abbreviationEnd(start: Int, periodAt: Int) -> Int? {
        let length = periodAt - start
        // Initialisms: single letters each followed by a period (`U.S.`, `p.m.`, `e.g.`).
        if length == 1 && scalars[start].scanClass == .letter {
            var end = periodAt + 1
            var letters = 1
            while end + 1 < scalars.count, scalars[end].scanClass == .letter, scalars[end + 1] == ".",
                  end + 2 >= scalars.count || !scalars[end + 2].isWordScalar {
                end += 2
                letters += 1
            }
            if letters >= 2 { return end }
        }
        guard length <= 6 else { return nil }
        let word = String(String.UnicodeScalarView(scalars[start..<periodAt]))
        return Abbreviations.withPeriod.contains(word) ? periodAt + 1 : nil
    }

    // MARK: Times

    /// Splits digits–letters–digits (`19h15`, `10h30`) into three tokens; returns false when the
    /// range has another shape and was not emitted.
    mutating func splitTime(_ start: Int, _ end: Int) -> Bool {
        guard end - start >= 3, scalars[start].scanClass == .digit else { return false }
        var index = start
        while index < end && scalars[index].scanClass == .digit { index += 1 }
        let lettersStart = index
        while index < end && scalars[index].scanClass == .letter { index += 1 }
        let digitsStart = index
        guard digitsStart > lettersStart, digitsStart - lettersStart <= 3, digitsStart < end else { return false }
        while index < end && scalars[index].scanClass == .digit { index += 1 }
        guard index == end else { return false }
        emit(start, lettersStart, kind: .number)
        emit(lettersStart, digitsStart, kind: .word)
        emit(digitsStart, end, kind: .number)
        return true
    }
}
