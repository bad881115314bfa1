import FactModel

/// Token lists for exports whose consumers align spans to tokens (Prodigy, spaCy, CoNLL).
public enum ExportTokens {
    /// The document's tokens, split further wherever an annotation starts or ends inside one, so
    /// that every exported span falls on token boundaries (an analyst may mark part of a token).
    public static func tokens(of document: Document, splittingAt spans: [TextSpan]) -> [Token] {
        // Sorted once, then walked alongside the tokens: one pass over both.
        let cuts = Set(spans.flatMap { [$0.start, $0.end] }).sorted()
        var next = 0
        var result: [Token] = []
        result.reserveCapacity(document.tokens.count + cuts.count)
        for token in document.tokens {
            while next < cuts.count && cuts[next] <= token.start { next += 1 }
            var inner: [Int] = []
            while next < cuts.count && cuts[next] < token.end {
                inner.append(cuts[next])
                next += 1
            }
            guard !inner.isEmpty else {
                result.append(token)
                continue
            }
            let bounds = [token.start] + inner + [token.end]
            for (index, start) in bounds.dropLast().enumerated() {
                let end = bounds[index + 1]
                let last = index == bounds.count - 2
                result.append(Token(text: document.text(from: start, to: end), start: start, end: end,
                                    spaceAfter: last ? token.spaceAfter : false, kind: token.kind))
            }
        }
        return result
    }

    /// The tokens as spaCy wants them, so that `Doc(words:spaces:)` rebuilds the text exactly:
    /// one U+0020 after a token is its `spaceAfter`; any other whitespace becomes a token of its own.
    public static func spacyTokens(of document: Document, splittingAt spans: [TextSpan]) -> [Token] {
        let tokens = self.tokens(of: document, splittingAt: spans)
        var result: [Token] = []
        result.reserveCapacity(tokens.count + document.sentences.count)
        var cursor = 0
        func gap(upTo end: Int) {
            guard cursor < end else { return }
            var start = cursor
            if var last = result.last, last.end == cursor, document.scalars[cursor] == " " {
                last.spaceAfter = true
                result[result.count - 1] = last
                start += 1
            }
            if start < end {
                result.append(Token(text: document.text(from: start, to: end), start: start, end: end, spaceAfter: false, kind: .space))
            }
        }
        for var token in tokens {
            gap(upTo: token.start)
            token.spaceAfter = false
            result.append(token)
            cursor = token.end
        }
        gap(upTo: document.length)
        return result
    }
}
