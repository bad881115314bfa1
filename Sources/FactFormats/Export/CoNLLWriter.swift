import FactModel

/// Writes CoNLL IOB2: one `token<TAB>tag` line per token, a blank line between sentences and a
/// `-DOCSTART-` line before each document. Tokens are split wherever a gold span starts or ends
/// inside one, so every span is a whole number of tokens and seqeval reads back exactly the
/// spans the session holds.
public enum CoNLLWriter {
    /// The line that opens a document.
    public static let documentStart = "-DOCSTART-\tO\n\n"

    /// The IOB2 tags of `tokens` for flat `mentions`: `B-L` on a span's first token, `I-L` inside.
    public static func tags(of tokens: [Token], mentions: [Mention]) -> [String] {
        let sorted = mentions.sorted { $0.start < $1.start }
        var tags = [String](repeating: "O", count: tokens.count)
        var next = 0
        for (index, token) in tokens.enumerated() {
            while next < sorted.count && sorted[next].end <= token.start { next += 1 }
            guard next < sorted.count, sorted[next].start <= token.start, token.end <= sorted[next].end else { continue }
            tags[index] = (token.start == sorted[next].start ? "B-" : "I-") + sorted[next].label
        }
        return tags
    }

    /// One document: `-DOCSTART-`, then its sentences.
    public static func text(for gold: GoldDocument, document: Document) -> String {
        let tokens = ExportTokens.tokens(of: document, splittingAt: gold.spans)
        let tags = self.tags(of: tokens, mentions: gold.mentions.map(\.mention))
        var output = documentStart
        var sentence = 0
        var wroteInSentence = false
        for (index, token) in tokens.enumerated() {
            while sentence < document.sentences.count && token.start >= document.sentences[sentence].end {
                sentence += 1
                if wroteInSentence { output += "\n" }
                wroteInSentence = false
            }
            output += clean(token.text) + "\t" + tags[index] + "\n"
            wroteInSentence = true
        }
        if wroteInSentence { output += "\n" }
        return output
    }

    /// A token's text with tabs and line breaks (impossible in a token, but never trusted) replaced.
    private static func clean(_ text: String) -> String {
        text.contains(where: { $0 == "\t" || $0.isNewline }) ? String(text.map { $0 == "\t" || $0.isNewline ? "_" : $0 }) : text
    }
}
