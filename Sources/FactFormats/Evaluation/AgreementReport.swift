import FactModel
import Foundation

/// What `factline agree` reports about annotators of the same texts: for mentions, pairwise
/// span F1 and Cohen's κ on token labels, Krippendorff's α over everyone, and the spans not all
/// annotators share; for claims, pairwise F1 per role (exact and by overlap), stance and
/// certainty agreement on claims paired by their content, and the claims not all of them share.
public struct AgreementReport {
    /// One pair of annotators over the texts both annotated.
    public struct Pair {
        /// `ana / bob`, names sorted.
        public var annotators: String
        /// Span F1 per shared text.
        public var spanF1: [Double] = []
        /// Cohen's κ on token labels per shared text.
        public var kappa: [Double] = []
        /// Claims of the two compared across their shared texts (the first annotator as "gold":
        /// the F1 of two annotators is symmetric).
        public var claims = ClaimEvaluation()
    }

    /// Texts annotated by two annotators or more.
    public private(set) var texts = 0
    /// The pairs, by name.
    public private(set) var pairs: [String: Pair] = [:]
    /// The annotators, in the order first met.
    public private(set) var coders: [String] = []
    /// `tokenLabels[coder][token]`: every shared text's tokens one after the other; nil where
    /// that annotator did not annotate the text.
    public private(set) var tokenLabels: [[String?]] = []
    /// Spans not held by every annotator of their text.
    public private(set) var spanDisagreements: [[String: Any]] = []
    /// Claims not held by every annotator of their text (same source, cue and content spans and same stance).
    public private(set) var claimDisagreements: [[String: Any]] = []

    /// Agreement over gold documents, grouped by their text's sha256 (texts with one annotator are left out).
    public init(documents: [GoldDocument]) {
        var groups: [String: [GoldDocument]] = [:], order: [String] = []
        for document in documents {
            if groups[document.article.sha256] == nil { order.append(document.article.sha256) }
            groups[document.article.sha256, default: []].append(document)
        }
        for key in order where groups[key]!.count >= 2 { add(groups[key]!) }
    }

    // MARK: - Gathering

    private mutating func add(_ group: [GoldDocument]) {
        texts += 1
        let labels = Agreement.tokenLabels(text: group[0].article.text, language: group[0].article.language, annotations: group.map { $0.mentions.map(\.mention) })
        for document in group where !coders.contains(document.annotator) { coders.append(document.annotator) }
        let width = tokenLabels.first?.count ?? 0
        for (index, coder) in coders.enumerated() {
            if tokenLabels.count <= index { tokenLabels.append([String?](repeating: nil, count: width)) }
            let row = group.firstIndex { $0.annotator == coder }.map { labels[$0].map(Optional.some) } ?? [String?](repeating: nil, count: labels[0].count)
            tokenLabels[index] += row
        }
        for a in 0..<group.count {
            for b in (a + 1)..<group.count {
                let (first, second) = group[a].annotator <= group[b].annotator ? (a, b) : (b, a)
                let name = "\(group[first].annotator) / \(group[second].annotator)"
                var pair = pairs[name] ?? Pair(annotators: name)
                pair.spanF1.append(Agreement.spanF1(group[first].mentions.map(\.mention), group[second].mentions.map(\.mention)))
                pair.kappa.append(Agreement.cohensKappa(labels[first], labels[second]))
                pair.claims.add(gold: group[first].claims.map(\.claim), predicted: group[second].claims.map(\.claim))
                pairs[name] = pair
            }
        }
        spanDisagreements += Self.unshared(group, items: { $0.mentions.map(\.mention) }, key: { "\($0.start)\t\($0.end)\t\($0.label)\t\($0.text)" }) { m, who in
            ["article": group[0].article.id, "start": m.start, "end": m.end, "label": m.label, "text": m.text, "annotators": who]
        }
        claimDisagreements += Self.unshared(group, items: { $0.claims.map(\.claim) }, key: Self.claimKey) { c, who in
            ["article": group[0].article.id, "source": Self.partObject(c.source), "cue": Self.partObject(c.cue),
             "content": Self.partObject(c.content), "stance": c.stance.rawValue, "annotators": who]
        }
    }

    /// The items some annotator of the group lacks, in text order, each with who holds it.
    private static func unshared<T>(_ group: [GoldDocument], items: (GoldDocument) -> [T], key: (T) -> String,
                                    row: (T, [String]) -> [String: Any]) -> [[String: Any]] {
        var holders: [String: (item: T, who: [String])] = [:]
        for document in group {
            for item in items(document) where holders[key(item)]?.who.contains(document.annotator) != true {
                holders[key(item), default: (item, [])].who.append(document.annotator)
            }
        }
        return holders.sorted { $0.key.localizedStandardCompare($1.key) == .orderedAscending }
            .filter { $0.value.who.count < group.count }.map { row($0.value.item, $0.value.who) }
    }

    /// A claim's identity for agreement: its content, source and cue spans and its stance.
    private static func claimKey(_ claim: Claim) -> String {
        func span(_ part: ClaimPart?) -> String { part.map { "\($0.start)\t\($0.end)" } ?? "-\t-" }
        return "\(span(claim.content))\t\(span(claim.source))\t\(span(claim.cue))\t\(claim.stance.rawValue)"
    }

    private static func partObject(_ part: ClaimPart?) -> Any {
        guard let part else { return NSNull() }
        return ["start": part.start, "end": part.end, "text": part.text]
    }

    // MARK: - Figures

    /// The labels seen in the token labels (not `O`), sorted.
    public var labels: [String] { Set(tokenLabels.flatMap { $0.compactMap { $0 } }).subtracting(["O"]).sorted() }

    /// Krippendorff's α (nominal) on token labels: `overall`, then each label against the rest.
    public var alphas: [String: Double?] {
        var result: [String: Double?] = ["overall": Agreement.krippendorffAlpha(tokenLabels)]
        for label in labels {
            result[label] = Agreement.krippendorffAlpha(tokenLabels.map { $0.map { $0.map { $0 == label ? label : "other" } } })
        }
        return result
    }

    /// F1 between two annotators' spans of a role: twice the matched over both counts (nil when neither has any).
    public static func f1(_ counts: MatchCounts) -> Double? {
        counts.gold + counts.predicted > 0 ? 2 * Double(counts.matched) / Double(counts.gold + counts.predicted) : nil
    }
}
