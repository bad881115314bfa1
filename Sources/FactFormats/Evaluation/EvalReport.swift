import Foundation

/// The result of `factline eval`, as a terminal table or JSON.
public struct EvalReport {
    /// Span scores.
    public var spans: SpanEvaluation
    /// Claim scores.
    public var claims: ClaimEvaluation
    /// Gold documents.
    public var documents: Int
    /// Gold documents with no prediction.
    public var unmatchedGold: Int
    /// Predicted documents with no gold.
    public var unmatchedPredictions: Int

    /// Makes a report.
    public init(spans: SpanEvaluation, claims: ClaimEvaluation, documents: Int, unmatchedGold: Int, unmatchedPredictions: Int) {
        self.spans = spans
        self.claims = claims
        self.documents = documents
        self.unmatchedGold = unmatchedGold
        self.unmatchedPredictions = unmatchedPredictions
    }

    private static func scores(_ c: SchemeCounts) -> [String: Any] {
        ["correct": c.correct, "incorrect": c.incorrect, "partial": c.partial, "missed": c.missed, "spurious": c.spurious,
         "possible": c.possible, "actual": c.actual, "precision": c.precision, "recall": c.recall, "f1": c.f1]
    }

    private static func scores(_ c: MatchCounts) -> [String: Any] {
        ["matched": c.matched, "predicted": c.predicted, "gold": c.gold, "precision": c.precision, "recall": c.recall, "f1": c.f1]
    }

    /// The report as JSON: `spans.micro[scheme]`, `spans.macro[scheme]`, `spans.labels[label][scheme]`, `claims`.
    public func json() -> [String: Any] {
        var micro: [String: Any] = [:], macro: [String: Any] = [:], labels: [String: Any] = [:]
        for scheme in Scheme.allCases {
            micro[scheme.rawValue] = Self.scores(spans.overall[scheme]!)
            let m = spans.macro(scheme)
            macro[scheme.rawValue] = ["precision": m.precision, "recall": m.recall, "f1": m.f1]
        }
        for label in spans.labels {
            var row: [String: Any] = [:]
            for scheme in Scheme.allCases { row[scheme.rawValue] = Self.scores(spans.perLabel[label]![scheme]!) }
            labels[label] = row
        }
        var roles: [String: Any] = [:]
        for role in ClaimEvaluation.roles {
            roles[role] = ["exact": Self.scores(claims.exact[role] ?? MatchCounts()), "overlap": Self.scores(claims.overlap[role] ?? MatchCounts())]
        }
        return [
            "documents": documents, "gold_without_prediction": unmatchedGold, "predictions_without_gold": unmatchedPredictions,
            "spans": ["micro": micro, "macro": macro, "labels": labels],
            "claims": ["roles": roles, "paired": claims.paired,
                       "stance_accuracy": claims.stanceAccuracy.map { $0 as Any } ?? NSNull(),
                       "certainty_accuracy": claims.certaintyAccuracy.map { $0 as Any } ?? NSNull()],
        ]
    }

    /// The report as a table for the terminal.
    public func table() -> String {
        func f(_ x: Double) -> String { String(format: "%.3f", x) }
        func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s : s + String(repeating: " ", count: n - s.count) }
        var out = "\(documents) gold document(s)"
        if unmatchedGold > 0 { out += ", \(unmatchedGold) without prediction" }
        if unmatchedPredictions > 0 { out += ", \(unmatchedPredictions) prediction(s) without gold" }
        out += "\n\n" + pad("spans", 12) + Scheme.allCases.map { pad($0.rawValue + " P/R/F1", 22) }.joined() + "gold  pred\n"
        func row(_ name: String, _ counts: [Scheme: SchemeCounts]) {
            out += pad(name, 12) + Scheme.allCases.map { scheme in
                let c = counts[scheme]!
                return pad("\(f(c.precision)) \(f(c.recall)) \(f(c.f1))", 22)
            }.joined() + "\(counts[.strict]!.possible)  \(counts[.strict]!.actual)\n"
        }
        for label in spans.labels { row(label, spans.perLabel[label]!) }
        row("micro", spans.overall)
        out += pad("macro", 12) + Scheme.allCases.map { scheme in
            let m = spans.macro(scheme)
            return pad("\(f(m.precision)) \(f(m.recall)) \(f(m.f1))", 22)
        }.joined() + "\n"
        guard claims.exact.values.contains(where: { $0.gold + $0.predicted > 0 }) else { return out }
        out += "\n" + pad("claims", 12) + pad("exact P/R/F1", 22) + pad("overlap P/R/F1", 22) + "gold  pred\n"
        for role in ClaimEvaluation.roles {
            let e = claims.exact[role] ?? MatchCounts(), o = claims.overlap[role] ?? MatchCounts()
            out += pad(role, 12) + pad("\(f(e.precision)) \(f(e.recall)) \(f(e.f1))", 22)
                + pad("\(f(o.precision)) \(f(o.recall)) \(f(o.f1))", 22) + "\(e.gold)  \(e.predicted)\n"
        }
        out += "stance accuracy \(claims.stanceAccuracy.map(f) ?? "n/a"), certainty accuracy \(claims.certaintyAccuracy.map(f) ?? "n/a") over \(claims.paired) claims paired by content\n"
        return out
    }
}
