import FactModel

/// Splits a token sequence into sentences.
///
/// A sentence ends after `.`, `!`, `?`, `…` (and any closing quotes or brackets that follow)
/// when the next token starts with an upper-case letter, a digit or an opening quote; never
/// after an abbreviation that keeps its period (`M.`, `Dr.`, the tokenizer decides) or a single
/// upper-case initial (`J. Dupont`); and always at a line break, since news paragraphs, titles
/// and bylines are lines.
public enum SentenceSplitter {
    /// The sentences of `tokens`, which index into `scalars` (as `Tokenizer` produced them).
    public static func split(tokens: [Token], scalars: [Unicode.Scalar], language: Language) -> [Sentence] {
        var sentences: [Sentence] = []
        var first = 0
        var index = 0
        while index < tokens.count {
            let boundary = endsSentence(after: index, tokens: tokens, scalars: scalars)
            if boundary != nil || index == tokens.count - 1 {
                let last = boundary ?? index
                sentences.append(Sentence(start: tokens[first].start, end: tokens[last].end, tokens: first..<(last + 1)))
                first = last + 1
                index = last + 1
            } else {
                index += 1
            }
        }
        return sentences
    }

    // MARK: - Boundaries

    /// The index of the last token of a sentence that ends at or just after token `index`, or
    /// nil when no sentence ends there.
    static func endsSentence(after index: Int, tokens: [Token], scalars: [Unicode.Scalar]) -> Int? {
        guard index + 1 < tokens.count else { return nil }
        if hasLineBreak(from: tokens[index].end, to: tokens[index + 1].start, scalars: scalars) { return index }
        guard isTerminal(tokens[index], previous: index > 0 ? tokens[index - 1] : nil) else { return nil }
        // Swallow further terminals and closing quotes or brackets: `?!`, `. »`, `.)`.
        var last = index
        while last + 1 < tokens.count,
              isTerminalText(tokens[last + 1].text) || closing.contains(tokens[last + 1].text),
              !hasLineBreak(from: tokens[last].end, to: tokens[last + 1].start, scalars: scalars) {
            last += 1
        }
        guard last + 1 < tokens.count else { return nil }
        if hasLineBreak(from: tokens[last].end, to: tokens[last + 1].start, scalars: scalars) { return last }
        return startsSentence(tokens[last + 1]) ? last : nil
    }

    /// True when a token can end a sentence, looking at the token before it for initials.
    static func isTerminal(_ token: Token, previous: Token?) -> Bool {
        if Abbreviations.mayEndSentence.contains(token.text) { return true }
        guard isTerminalText(token.text) else { return false }
        if token.text == ".", let previous, previous.end == token.start {
            // `J. Dupont`: a lone upper-case initial before the period.
            let scalars = previous.text.unicodeScalars
            if scalars.count == 1, let only = scalars.first, only.isUppercaseLetter { return false }
        }
        return true
    }

    /// True for `.`, `!`, `?`, `…` and runs of them.
    static func isTerminalText(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        switch first {
        case ".", "!", "?", "…", "‼", "⁇", "⁈", "⁉": return true
        default: return false
        }
    }

    /// Closing quotes and brackets that stay with the sentence they close.
    static let closing: Set<String> = ["»", "”", "’", ")", "]", "\"", "'", "›"]

    /// True when a token may begin a sentence: an upper-case letter, a digit, an opening quote
    /// or bracket, or a dash that opens dialogue.
    static func startsSentence(_ token: Token) -> Bool {
        guard let first = token.text.unicodeScalars.first else { return false }
        if first.isUppercaseLetter || first.scanClass == .digit { return true }
        switch first {
        case "«", "“", "\"", "(", "[", "‘", "‹", "—", "–", "¿", "¡": return true
        default: return false
        }
    }

    /// True when a line or paragraph break lies in `[from, to)`.
    static func hasLineBreak(from start: Int, to end: Int, scalars: [Unicode.Scalar]) -> Bool {
        var offset = start
        while offset < end {
            if scalars[offset].isLineBreak { return true }
            offset += 1
        }
        return false
    }
}
