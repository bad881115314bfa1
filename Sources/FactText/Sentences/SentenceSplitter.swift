import FactModel

/// Splits a token sequence into sentences.
///
/// A sentence ends after `.`, `!`, `?`, `…` (and any closing quotes or brackets that follow)
/// when the next token starts with an upper-case letter, a digit or an opening quote; never
/// after an abbreviation that keeps its period (`M.`, `Dr.`, the tokenizer decides) or a single
/// upper-case initial (`J. Dupont`); and always at a line break, since news paragraphs, titles
/// and bylines are lines.
///
/// Abbreviations that often end a sentence (`etc.`, `a.m.`, `p.m.`, `Inc.`) end one only before
/// a capitalised word that is not itself an abbreviation, a time zone, a weekday or a month
/// (`at 10 a.m. Harlan spoke` splits; `10 a.m. EST`, `9 p.m. Monday`, `Inc. Mr. Cook` do not),
/// or before an opening quote.
///
/// A straight quote (`"`, `'`) after a sentence end closes that sentence when it closes a
/// quotation opened in it, or when it is glued to the end (`…win." She`); otherwise it opens
/// the next sentence (`He left. "We will win," she said.`).
public enum SentenceSplitter {
    /// The sentences of `tokens`, which index into `scalars` (as `Tokenizer` produced them).
    public static func split(tokens: [Token], scalars: CodePoints, language: Language) -> [Sentence] {
        var sentences: [Sentence] = []
        var first = 0
        var index = 0
        var quotes = 0  // straight double quotes in tokens[first...index]
        while index < tokens.count {
            if tokens[index].text == "\"" { quotes += 1 }
            let boundary = endsSentence(after: index, quotes: quotes, tokens: tokens, scalars: scalars)
            if boundary != nil || index == tokens.count - 1 {
                let last = boundary ?? index
                sentences.append(Sentence(start: tokens[first].start, end: tokens[last].end, tokens: first..<(last + 1)))
                first = last + 1
                index = last + 1
                quotes = 0
            } else {
                index += 1
            }
        }
        return sentences
    }

    // MARK: - Boundaries

    /// The index of the last token of a sentence that ends at or just after token `index`, or
    /// nil when no sentence ends there. `quotes` counts the straight double quotes of the
    /// current sentence up to and including token `index`.
    static func endsSentence(after index: Int, quotes: Int, tokens: [Token], scalars: CodePoints) -> Int? {
        guard index + 1 < tokens.count else { return nil }
        if hasLineBreak(from: tokens[index].end, to: tokens[index + 1].start, scalars: scalars) { return index }
        guard isTerminal(tokens[index], previous: index > 0 ? tokens[index - 1] : nil) else { return nil }
        // Swallow further terminals and closing quotes or brackets: `?!`, `. »`, `.)`.
        var last = index
        var quotes = quotes
        while last + 1 < tokens.count,
              isTerminalText(tokens[last + 1].text) || isClosing(at: last + 1, quotesBefore: quotes, tokens: tokens, scalars: scalars),
              !hasLineBreak(from: tokens[last].end, to: tokens[last + 1].start, scalars: scalars) {
            last += 1
            if tokens[last].text == "\"" { quotes += 1 }
        }
        guard last + 1 < tokens.count else { return nil }
        if hasLineBreak(from: tokens[last].end, to: tokens[last + 1].start, scalars: scalars) { return last }
        if last == index, Abbreviations.mayEndSentence.contains(tokens[index].text) {
            return startsSentenceAfterAbbreviation(at: last + 1, tokens: tokens) ? last : nil
        }
        return startsSentence(tokens[last + 1]) ? last : nil
    }

    /// True when the token at `position` closes the current sentence rather than opening the
    /// next one. Only straight quotes are ambiguous: `"` closes when it closes a quotation opened
    /// in this sentence (`quotesBefore`, the count of `"` before it in the sentence, is odd), and
    /// either straight quote closes when it is glued to the token before and not to the one after,
    /// or when it ends the line.
    static func isClosing(at position: Int, quotesBefore: Int, tokens: [Token], scalars: CodePoints) -> Bool {
        let text = tokens[position].text
        guard closing.contains(text) else { return false }
        guard text == "\"" || text == "'" else { return true }
        if text == "\"" && quotesBefore % 2 == 1 { return true }
        if position + 1 == tokens.count
            || hasLineBreak(from: tokens[position].end, to: tokens[position + 1].start, scalars: scalars) {
            return true
        }
        let gluedBefore = position > 0 && tokens[position - 1].end == tokens[position].start
        let gluedAfter = position + 1 < tokens.count && tokens[position + 1].start == tokens[position].end
            && !isTerminalText(tokens[position + 1].text) && !closing.contains(tokens[position + 1].text)
        return gluedBefore && !gluedAfter
    }

    /// True when the token at `position`, right after an abbreviation that may end a sentence
    /// (`a.m.`, `etc.`), starts a new sentence: a capitalised word that is not an abbreviation,
    /// a time zone, a weekday or a month, or an opening quote.
    static func startsSentenceAfterAbbreviation(at position: Int, tokens: [Token]) -> Bool {
        let token = tokens[position]
        guard let first = token.text.unicodeScalars.first else { return false }
        switch first {
        case "«", "“", "\"", "‘", "‹": return true
        default: break
        }
        guard first.isUppercaseLetter, token.kind == .word else { return false }
        if token.text.hasSuffix(".") && token.text.count > 1 { return false }  // `Mr.`, `U.S.`, `E.T.`
        return !Abbreviations.continuesAfterTime.contains(token.text)
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
    /// or bracket, or a dash that opens dialogue. (A straight quote that closes the sentence
    /// before never gets here: see `isClosing`.)
    static func startsSentence(_ token: Token) -> Bool {
        guard let first = token.text.unicodeScalars.first else { return false }
        if first.isUppercaseLetter || first.scanClass == .digit { return true }
        switch first {
        case "«", "“", "\"", "'", "(", "[", "‘", "‹", "—", "–", "¿", "¡": return true
        default: return false
        }
    }

    /// True when a line or paragraph break lies in `[from, to)`.
    static func hasLineBreak(from start: Int, to end: Int, scalars: CodePoints) -> Bool {
        var offset = start
        while offset < end {
            if scalars[offset].isLineBreak { return true }
            offset += 1
        }
        return false
    }
}
