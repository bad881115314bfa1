import Foundation

// MARK: - JSON and the terminal

extension AgreementReport {
    /// The report as JSON: `texts`, `pairs` (with their `claims`), `krippendorff_alpha`,
    /// `disagreements` (spans), `claim_disagreements`, `coders` and `token_labels`.
    public func json() -> [String: Any] {
        var alphas: [String: Any] = [:]
        for (label, alpha) in self.alphas { alphas[label] = alpha.map { $0 as Any } ?? NSNull() }
        return ["texts": texts, "pairs": pairRows(), "krippendorff_alpha": alphas, "disagreements": spanDisagreements,
                "claim_disagreements": claimDisagreements, "coders": coders,
                "token_labels": tokenLabels.map { $0.map { $0 as Any? ?? NSNull() } }]
    }

    private func pairRows() -> [[String: Any]] {
        func number(_ value: Double?) -> Any { value.map { $0 as Any } ?? NSNull() }
        return pairs.keys.sorted().map { name in
            let pair = pairs[name]!
            var roles: [String: Any] = [:]
            for role in ClaimEvaluation.roles {
                let exact = pair.claims.exact[role] ?? MatchCounts(), overlap = pair.claims.overlap[role] ?? MatchCounts()
                roles[role] = ["exact_f1": number(Self.f1(exact)), "overlap_f1": number(Self.f1(overlap)),
                               "exact_matched": exact.matched, "overlap_matched": overlap.matched,
                               "first": exact.gold, "second": exact.predicted]
            }
            let claims: [String: Any] = ["roles": roles, "paired": pair.claims.paired,
                                         "stance_agreement": number(pair.claims.stanceAccuracy),
                                         "certainty_agreement": number(pair.claims.certaintyAccuracy)]
            return ["annotators": name, "texts": pair.spanF1.count, "span_f1": pair.spanF1.reduce(0, +) / Double(pair.spanF1.count),
                    "cohen_kappa": pair.kappa.reduce(0, +) / Double(pair.kappa.count), "claims": claims]
        }
    }

    /// The report as lines for the terminal.
    public func table() -> String {
        func f(_ value: Double?) -> String { value.map { String(format: "%.3f", $0) } ?? "n/a" }
        var out = "\(texts) text(s) annotated by several annotators\n"
        for name in pairs.keys.sorted() {
            let pair = pairs[name]!
            out += "\(name): span F1 \(f(pair.spanF1.reduce(0, +) / Double(pair.spanF1.count))) · Cohen's κ \(f(pair.kappa.reduce(0, +) / Double(pair.kappa.count))) over \(pair.spanF1.count) text(s)\n"
        }
        let alphas = self.alphas
        out += "Krippendorff's α (nominal, token labels): overall \(f(alphas["overall"] ?? nil))" + labels.map { " · \($0) \(f(alphas[$0] ?? nil))" }.joined() + "\n"
        out += "\(spanDisagreements.count) span(s) not shared by every annotator:\n"
        for d in spanDisagreements {
            out += "  \(d["article"]!) \(d["start"]!)-\(d["end"]!) \(d["label"]!) «\(d["text"]!)» only \((d["annotators"] as! [String]).joined(separator: ", "))\n"
        }
        let withClaims = pairs.keys.sorted().filter { name in pairs[name]!.claims.exact.values.contains { $0.gold + $0.predicted > 0 } }
        guard !withClaims.isEmpty else { return out }
        for name in withClaims {
            let claims = pairs[name]!.claims
            let roles = ClaimEvaluation.roles.map { role in
                "\(role) F1 \(f(Self.f1(claims.exact[role] ?? MatchCounts()))) exact, \(f(Self.f1(claims.overlap[role] ?? MatchCounts()))) overlap"
            }
            out += "\(name) claims: " + roles.joined(separator: " · ")
                + " · stance agreement \(f(claims.stanceAccuracy)) over \(claims.paired) claim(s) paired by content\n"
        }
        out += "\(claimDisagreements.count) claim(s) not shared by every annotator:\n"
        for d in claimDisagreements {
            func part(_ key: String) -> String {
                guard let part = d[key] as? [String: Any] else { return "none" }
                return "\(part["start"]!)-\(part["end"]!) «\(part["text"]!)»"
            }
            out += "  \(d["article"]!) content \(part("content")) · source \(part("source")) · cue \(part("cue")) · \(d["stance"]!) only \((d["annotators"] as! [String]).joined(separator: ", "))\n"
        }
        return out
    }
}
