import FactModel

/// What the rest of the article says about a capitalised word: a non-local feature in the
/// manner of Ratinov and Roth's (2009) context aggregation. A name is marked the same way
/// wherever it recurs in an article (WiNER's gold: 6,562 times against 5), and a word the
/// article also capitalises in mid-sentence is a name, which the word's own sentence cannot
/// say when it stands first (`Kienle remporte…`) or when it is new.
///
/// Of the non-local features tried (how often the word recurs, whether the article also writes
/// it in lower case, whether its other occurrences follow a first name or another capitalised
/// word, their neighbouring words), this one alone raised PER/ORG/LOC on the reverse direction
/// (a 2017 model on WiNER 2016, three seeds: 0.840 → 0.846 static); with the others it gained
/// less or lost (0.836–0.843). It is off by default (`train --document-features`): the
/// progressive run, which is what the analyst feels, did not gain (0.859 → 0.857), nor did
/// it add anything to the word clusters (static 0.847 → 0.844, progressive 0.861 → 0.859).
/// Propagating the model's confident mentions to the unmarked occurrences of the same string,
/// and label votes among occurrences, were tried too: +0.001 static, −0.002 progressive, since
/// the model already tags a string alike throughout an article (when it is wrong, it is wrong
/// everywhere).
///
/// Built in one pass over the whole article before its sentences are featurised, so a token's
/// features do not depend on how the article is cut into blocks; it keeps two counts per
/// distinct capitalised word, so a token's feature costs the same however often its word recurs.
struct DocumentContext {
    /// Per document token, the hash of its lower case when it is capitalised, else 0.
    private let lower: [UInt64]
    /// The document tokens that start their sentence (after any quote or dash).
    private let initial: [Bool]
    /// Per capitalised word (its lower-case hash): its capitalised occurrences, and those in
    /// mid-sentence.
    private let counts: [UInt64: (all: Int32, midSentence: Int32)]

    /// Reads the whole article once.
    init(_ document: Document) {
        let tokens = document.tokens
        var lower = [UInt64](repeating: 0, count: tokens.count)
        for (index, token) in tokens.enumerated() where token.text.unicodeScalars.first?.properties.isUppercase ?? false {
            lower[index] = StableHash.string(TokenView.curlingApostrophes(token.text).lowercased())
        }
        // The first word of a sentence is capitalised whatever it is.
        var initial = [Bool](repeating: false, count: tokens.count)
        for sentence in document.sentences {
            for index in sentence.tokens where index < tokens.count {
                guard let first = tokens[index].text.unicodeScalars.first else { continue }
                if first.properties.isAlphabetic || first.properties.numericType != nil {
                    initial[index] = true
                    break
                }
            }
        }
        var counts: [UInt64: (all: Int32, midSentence: Int32)] = [:]
        for index in tokens.indices where lower[index] != 0 {
            var count = counts[lower[index]] ?? (0, 0)
            count.all += 1
            if !initial[index] { count.midSentence += 1 }
            counts[lower[index]] = count
        }
        self.lower = lower
        self.initial = initial
        self.counts = counts
    }

    // MARK: Features

    /// Appends the non-local feature of document token `token`, when it is a capitalised word
    /// the article names again: whether the article capitalises it in mid-sentence elsewhere,
    /// crossed with whether this occurrence starts its sentence. The counts leave this
    /// occurrence out, so a name said once gets no feature, in training as in use.
    func append(at token: Int, to keys: inout [UInt64]) {
        guard token < lower.count, lower[token] != 0, let count = counts[lower[token]], count.all > 1 else { return }
        let here: UInt64 = initial[token] ? 1 : 0
        let elsewhere = count.midSentence - (initial[token] ? 0 : 1)
        keys.append(StableHash.key(52, (elsewhere > 0 ? 2 : 0) + here))
    }
}
