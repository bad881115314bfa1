import FactModel
import FactText

/// A list of multi-token names (`Corée du Nord`, `Maison Blanche`) matched against a
/// document's tokens, longest first.
///
/// Names are tokenized with the project's own tokenizer, so they match exactly the tokens a
/// document gets. Lookups are keyed on the first token, which keeps matching linear.
struct Gazetteer: Sendable {
    /// One name and what it means.
    struct Entry: Sendable {
        let tokens: [String]
        let label: String
        let rule: String
        let score: Double
    }

    /// True when matching compares lower-cased tokens.
    let caseInsensitive: Bool
    private var entries: [String: [Entry]] = [:]

    /// Makes an empty gazetteer.
    init(caseInsensitive: Bool = false) {
        self.caseInsensitive = caseInsensitive
    }

    /// Adds names with one label, rule and score; later duplicates do not replace earlier ones.
    /// Each first token's entries stay longest first, in the order they were added.
    mutating func add<Names: Sequence<String>>(_ names: Names, label: String, rule: String, score: Double,
                                               language: Language = .french) {
        for name in names {
            var tokens = Self.tokens(of: name, language: language)
            if caseInsensitive { tokens = tokens.map { $0.lowercased() } }
            guard let first = tokens.first else { continue }
            let entry = Entry(tokens: tokens, label: label, rule: rule, score: score)
            entries[first, default: []].insertLongestFirst(entry)
        }
    }

    /// A name's tokens as the tokenizer gives a document's, with TokenView's curly apostrophe.
    /// Names of Latin letters and spaces (most of the few thousand read at start-up) are split
    /// on the spaces without running the tokenizer; a test checks that this gives the
    /// tokenizer's tokens for every shipped name.
    static func tokens(of name: String, language: Language) -> [String] {
        if name.unicodeScalars.allSatisfy({ $0 == " " || isLatinLetter($0) }) {
            return name.utf8.split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) }
        }
        return Tokenizer.tokenize(name, language: language).map { TokenView.curlingApostrophes($0.text) }
    }

    /// True for the letters of ASCII and Latin-1 to Latin Extended-B (`é`, `ç`, `ł`, `ș`), which
    /// the tokenizer always keeps inside a word; checked by value, without Unicode properties.
    private static func isLatinLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x24F: return true
        default: return false
        }
    }

    /// True when some entry is exactly this one-token name.
    func contains(_ token: String) -> Bool {
        entries[token]?.contains { $0.tokens.count == 1 } ?? false
    }

    /// The longest entry matching at token `index`, with its token count; names never span
    /// sentences.
    func match(at index: Int, in view: TokenView) -> Entry? {
        let texts = caseInsensitive ? view.lower : view.texts
        guard let candidates = entries[texts[index]] else { return nil }
        outer: for entry in candidates {
            guard index + entry.tokens.count <= view.count else { continue }
            for offset in 1..<max(1, entry.tokens.count) {
                guard view.joined(index + offset - 1), texts[index + offset] == entry.tokens[offset] else { continue outer }
            }
            return entry
        }
        return nil
    }
}

// MARK: - Entry order

private extension Array where Element == Gazetteer.Entry {
    /// Inserts an entry after every entry at least as long, unless the same tokens are there:
    /// matching tries the longest names first, and among equals the one added first.
    mutating func insertLongestFirst(_ entry: Element) {
        guard !contains(where: { $0.tokens == entry.tokens }) else { return }
        let position = lastIndex { $0.tokens.count >= entry.tokens.count }.map { $0 + 1 } ?? 0
        insert(entry, at: position)
    }
}
