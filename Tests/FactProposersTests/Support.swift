import FactModel
import FactText
import Foundation

// MARK: - Helpers shared by the FactProposers tests

/// The package's root folder, found from this file's (symlink-resolved) path.
let packageRoot = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The example article shipped in Examples/.
func exampleArticle() throws -> Document {
    let url = packageRoot.appendingPathComponent("Examples/choe-son-hui-moscou.fr.txt")
    return TextAnalyzer.analyze(id: "choe-son-hui-moscou", text: try String(contentsOf: url, encoding: .utf8), language: .french)
}

/// A gold mention for scoring: label, text and code-point start.
struct GoldMention: Hashable, CustomStringConvertible {
    let label: String
    let text: String
    let start: Int
    var description: String { "\(label) \(text)@\(start)" }
}

/// Every occurrence of `text` that starts and ends on token boundaries, labelled `label`;
/// occurrences inside a longer gold name listed in `inside` are skipped.
func gold(_ label: String, _ text: String, in document: Document, skippingInside longer: [String] = []) -> [GoldMention] {
    let covered = longer.flatMap { document.occurrences(of: $0) }
    return document.occurrences(of: text).filter { span in
        guard let range = document.tokenRange(of: span), range.count > 0 else { return false }
        return !covered.contains { $0.start <= span.start && span.end <= $0.end && $0 != span }
    }.map { GoldMention(label: label, text: text, start: $0.start) }
}

/// Precision and recall of proposals against gold mentions (exact span and label).
func score(_ proposals: ProposalSet, against gold: Set<GoldMention>) -> (precision: Double, recall: Double, wrong: [String], missed: [String]) {
    let proposed = Set(proposals.mentions.map { GoldMention(label: $0.label, text: $0.text, start: $0.start) })
    let right = proposed.intersection(gold)
    let precision = proposed.isEmpty ? 0 : Double(right.count) / Double(proposed.count)
    let recall = gold.isEmpty ? 0 : Double(right.count) / Double(gold.count)
    return (precision, recall, proposed.subtracting(gold).map(\.description).sorted(),
            gold.subtracting(proposed).map(\.description).sorted())
}
