import FactModel
import FactText

/// Agreement between two or more annotators of the same text: token labels (each token gets the
/// label of the mention covering it, or `O`), Cohen's κ for a pair, Krippendorff's α (nominal)
/// over all of them, overall and per label (label vs. not), and strict span F1 for a pair.
public enum Agreement {
    /// Each annotator's label per token of the text (tokens as the shell makes them, split at
    /// every annotator's span boundaries).
    public static func tokenLabels(text: String, language: Language, annotations: [[Mention]]) -> [[String]] {
        let document = TextAnalyzer.analyze(id: "agree", text: text, language: language)
        let tokens = ExportTokens.tokens(of: document, splittingAt: annotations.flatMap { $0.map(\.span) })
        return annotations.map { mentions in
            CoNLLWriter.tags(of: tokens, mentions: mentions).map { $0 == "O" ? "O" : String($0.dropFirst(2)) }
        }
    }

    /// Cohen's κ of two label sequences of equal length (1 when both agree on a single category).
    public static func cohensKappa(_ a: [String], _ b: [String]) -> Double {
        let n = Double(a.count)
        guard n > 0 else { return 1 }
        let observed = Double(zip(a, b).filter { $0 == $1 }.count) / n
        var countsA: [String: Double] = [:], countsB: [String: Double] = [:]
        for x in a { countsA[x, default: 0] += 1 }
        for x in b { countsB[x, default: 0] += 1 }
        let expected = countsA.reduce(0.0) { $0 + $1.value * (countsB[$1.key] ?? 0) } / (n * n)
        return expected == 1 ? 1 : (observed - expected) / (1 - expected)
    }

    /// Krippendorff's α for nominal data: `data[coder][unit]`, nil for a missing value, computed
    /// from the coincidence matrix as the `krippendorff` package does (units with fewer than two
    /// values are left out). Nil when there is no disagreement to expect (a single category).
    public static func krippendorffAlpha(_ data: [[String?]]) -> Double? {
        guard let units = data.first?.count else { return nil }
        var coincidence: [String: [String: Double]] = [:]
        for unit in 0..<units {
            let values = data.compactMap { $0[unit] }
            let m = Double(values.count)
            guard m >= 2 else { continue }
            for (i, x) in values.enumerated() {
                for (j, y) in values.enumerated() where i != j {
                    coincidence[x, default: [:]][y, default: 0] += 1 / (m - 1)
                }
            }
        }
        let totals = coincidence.mapValues { $0.values.reduce(0, +) }
        let n = totals.values.reduce(0, +)
        guard n > 1 else { return nil }
        var observed = 0.0, expected = 0.0
        for (x, row) in coincidence { for (y, value) in row where x != y { observed += value } }
        for (x, nx) in totals { for (y, ny) in totals where x != y { expected += nx * ny } }
        expected /= (n - 1)
        guard expected > 0 else { return nil }
        return 1 - observed / expected
    }

    /// Strict span F1 between two annotators (symmetric: same start, end and label).
    public static func spanF1(_ a: [Mention], _ b: [Mention]) -> Double {
        let setA = Set(a.map { "\($0.start) \($0.end) \($0.label)" }), setB = Set(b.map { "\($0.start) \($0.end) \($0.label)" })
        guard !setA.isEmpty || !setB.isEmpty else { return 1 }
        return 2 * Double(setA.intersection(setB).count) / Double(setA.count + setB.count)
    }
}
