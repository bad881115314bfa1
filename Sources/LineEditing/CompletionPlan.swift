internal import CEditLine

// MARK: - CompletionPlan

/// What one TAB press should do; pure logic, independent of libedit.
///
/// Behaviour (like GNU readline's default): a single match is inserted with a trailing
/// space; several matches insert their longest common prefix; when nothing can be added,
/// the first TAB beeps and a second consecutive TAB lists the matches.
enum CompletionPlan: Equatable {
    /// Insert this text at the cursor.
    case insert(String)
    /// Beep: no match, or ambiguous with nothing to add.
    case beep
    /// Print these matches below the line and redraw it.
    case list([String])

    /// Plans the action for `word` given raw `candidates`; `repeated` is true for a second
    /// consecutive TAB on an unchanged line.
    static func make(word: String, candidates: [String], repeated: Bool) -> CompletionPlan {
        let wordScalars = Array(word.unicodeScalars)
        let matches = Array(Set(candidates.filter { $0.unicodeScalars.starts(with: wordScalars) }))
            .sorted()
        guard let first = matches.first else { return .beep }
        if matches.count == 1 {
            return .insert(String(String.UnicodeScalarView(first.unicodeScalars.dropFirst(wordScalars.count))) + " ")
        }
        let common = commonScalarPrefix(matches)
        if common.count > wordScalars.count {
            return .insert(String(String.UnicodeScalarView(common.dropFirst(wordScalars.count))))
        }
        return repeated ? .list(matches) : .beep
    }

    /// The longest common prefix of `strings`, in Unicode scalars.
    static func commonScalarPrefix(_ strings: [String]) -> [Unicode.Scalar] {
        guard let first = strings.first else { return [] }
        var prefix = Array(first.unicodeScalars)
        for s in strings.dropFirst() {
            var n = 0
            for (a, b) in zip(prefix, s.unicodeScalars) {
                guard a == b else { break }
                n += 1
            }
            prefix.removeSubrange(n...)
        }
        return prefix
    }
}

// MARK: - Listing

/// Formats completion matches in columns (column-major, like readline) for a terminal
/// `width` columns wide; lines are separated by `"\r\n"` (safe in raw and cooked mode).
func completionListing(_ items: [String], width: Int) -> String {
    guard !items.isEmpty else { return "" }
    let widths = items.map(displayWidth)
    let cell = (widths.max() ?? 0) + 2
    let columns = max(1, min(items.count, max(width, 1) / cell))
    let rows = (items.count + columns - 1) / columns
    var out = ""
    for row in 0..<rows {
        var line = ""
        for column in 0..<columns {
            let index = column * rows + row
            guard index < items.count else { break }
            line += items[index]
            let isLast = (column + 1) * rows + row >= items.count
            if !isLast { line += String(repeating: " ", count: cell - widths[index]) }
        }
        out += line + "\r\n"
    }
    return out
}

/// Terminal columns taken by `s` (East Asian wide characters count 2, marks 0).
func displayWidth(_ s: String) -> Int {
    s.unicodeScalars.reduce(0) { total, scalar in
        let w = cel_wcwidth(scalar.value)
        return total + (w < 0 ? 1 : Int(w))
    }
}
