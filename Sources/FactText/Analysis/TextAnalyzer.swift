import FactModel

/// Turns a raw text into a `Document` with tokens and sentences, the form proposers and the
/// shell work on.
public enum TextAnalyzer {
    /// Makes a tokenized, sentence-split document; when `language` is nil it is guessed.
    public static func analyze(id: String, text: String, language: Language? = nil,
                               meta: [String: String] = [:]) -> Document {
        var document = Document(id: id, text: text, language: language ?? LanguageGuesser.guess(text), meta: meta)
        analyze(&document)
        return document
    }

    /// Fills a document's tokens and sentences in place (replacing any it had).
    public static func analyze(_ document: inout Document) {
        document.tokens = Tokenizer.tokenize(document)
        document.sentences = SentenceSplitter.split(tokens: document.tokens, scalars: document.scalars,
                                                    language: document.language)
    }
}
