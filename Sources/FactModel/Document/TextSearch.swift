// MARK: - Words and loose text search

extension Document {
    /// True when a span may start or end at `offset` without cutting a word: the code points on
    /// either side are not both letters, digits or combining marks.
    ///
    /// `Corée` in `Nord-Corée` or `l’OTAN` → `OTAN` are whole words; `Mar` in `Mark` is not.
    public func isWordBoundary(_ offset: Int) -> Bool {
        guard offset > 0, offset < scalars.count else { return true }
        return !(Document.isWordScalar(scalars[offset - 1]) && Document.isWordScalar(scalars[offset]))
    }

    /// True when a span starts or ends inside a word.
    public func cutsWord(_ span: TextSpan) -> Bool {
        !isWordBoundary(span.start) || !isWordBoundary(span.end)
    }

    /// The word a boundary at `offset` cuts, for messages (`Mark` for an offset inside it).
    public func word(around offset: Int) -> String {
        var start = max(0, min(offset, scalars.count)), end = start
        while start > 0, Document.isWordScalar(scalars[start - 1]) { start -= 1 }
        while end < scalars.count, Document.isWordScalar(scalars[end]) { end += 1 }
        return text(from: start, to: end)
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        if properties.isAlphabetic || properties.numericType != nil { return true }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// Every occurrence of `needle` in the text, matched the way an analyst types: regardless of
    /// case, with `'` `’` `ʼ` equal, `"` `“` `”` `«` `»` `„` equal, and any run of whitespace
    /// (spaces, no-break spaces, newlines) equal to any other. Occurrences do not overlap and come
    /// in text order; each span covers exactly the text matched.
    public func find(_ needle: String) -> [TextSpan] {
        var pattern: [Unicode.Scalar] = []
        for scalar in needle.unicodeScalars {
            let folded = Document.fold(scalar)
            if folded == " " && (pattern.isEmpty || pattern.last == " ") { continue }
            pattern.append(folded)
        }
        while pattern.last == " " { pattern.removeLast() }
        guard let first = pattern.first else { return [] }
        var found: [TextSpan] = []
        var start = 0
        while start < scalars.count {
            guard Document.fold(scalars[start]) == first, let end = matchEnd(of: pattern, at: start) else {
                start += 1
                continue
            }
            found.append(TextSpan(start: start, end: end))
            start = end
        }
        return found
    }

    /// Where a folded pattern that matches at `start` ends, or nil when it does not match there.
    private func matchEnd(of pattern: [Unicode.Scalar], at start: Int) -> Int? {
        var offset = start
        for expected in pattern {
            if expected == " " {
                guard offset < scalars.count, scalars[offset].properties.isWhitespace else { return nil }
                while offset < scalars.count, scalars[offset].properties.isWhitespace { offset += 1 }
            } else {
                guard offset < scalars.count, Document.fold(scalars[offset]) == expected else { return nil }
                offset += 1
            }
        }
        return offset
    }

    /// One code point as loose matching sees it: lower case, one apostrophe, one double quote, one space.
    static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if scalar.properties.isWhitespace { return " " }
        switch scalar {
        case "'", "’", "ʼ", "‘", "′": return "'"
        case "\"", "“", "”", "«", "»", "„": return "\""
        default: break
        }
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        return lower.count == 1 ? lower.first! : scalar
    }
}
