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
    mutating func add<Names: Sequence<String>>(_ names: Names, label: String, rule: String, score: Double,
                                               language: Language = .french) {
        for name in names {
            var tokens = Tokenizer.tokenize(name, language: language).map {
                $0.text.replacingOccurrences(of: "'", with: "’")
            }
            if caseInsensitive { tokens = tokens.map { $0.lowercased() } }
            guard let first = tokens.first else { continue }
            if entries[first, default: []].contains(where: { $0.tokens == tokens }) { continue }
            entries[first, default: []].append(Entry(tokens: tokens, label: label, rule: rule, score: score))
        }
        for key in entries.keys { entries[key]!.sort { $0.tokens.count > $1.tokens.count } }
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
