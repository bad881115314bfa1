import ArgumentParser
import FactFormats
import FactModel
import FactProposers
import Foundation

/// `factline eval`: score predictions against gold.
struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score predictions against gold: spans per label (strict, exact, partial, type) and claims.",
        discussion: """
            GOLD and PRED are session files or folders, or any importable file. Documents are \
            paired by their text's sha256; a gold document without a prediction counts as empty. \
            The four schemes are nervaluate's; strict equals seqeval. Claims: each role scored \
            exactly and by overlap, stance and certainty accuracy over claims paired by content.
            """)

    @Option(help: "Gold sessions or files.")
    var gold: [String]

    @Option(help: "Predicted sessions or files.")
    var pred: [String]

    @Option(help: "The format of both sides (default: from the file names).")
    var format: ImportFormat?

    @Option(help: "\(labelMapSyntax) Applied to imported files (not sessions). Default: labels as they are.")
    var labelMap: String?

    @Flag(help: "Print JSON instead of a table.")
    var json = false

    func run() throws {
        // Predictions are kept by text, annotations only; gold documents stream past them, so
        // memory grows with the predictions' annotations, not with the texts.
        var predicted: [String: (mentions: [Mention], claims: [Claim])] = [:]
        var spans = SpanEvaluation(), claims = ClaimEvaluation()
        var documents = 0, unmatched = 0
        do {
            let labels = try labelMap.map(LabelMap.read) ?? .unchanged
            try Dataset.forEachGold(pred, format: format, labels: labels) { document throws(FormatError) in
                if predicted[document.article.sha256] == nil {
                    predicted[document.article.sha256] = (document.mentions.map(\.mention), document.claims.map(\.claim))
                }
            }
            try Dataset.forEachGold(gold, format: format, labels: labels) { document throws(FormatError) in
                documents += 1
                let prediction = predicted.removeValue(forKey: document.article.sha256)
                if prediction == nil { unmatched += 1 }
                spans.add(gold: document.mentions.map(\.mention), predicted: prediction?.mentions ?? [])
                claims.add(gold: document.claims.map(\.claim), predicted: prediction?.claims ?? [])
            }
        } catch { throw UserError("\(error)") }
        guard documents > 0 else { throw UserError("no gold documents in \(gold.joined(separator: " "))") }
        let report = EvalReport(spans: spans, claims: claims, documents: documents, unmatchedGold: unmatched, unmatchedPredictions: predicted.count)
        if json {
            let data = try JSONSerialization.data(withJSONObject: report.json(), options: [.sortedKeys, .prettyPrinted])
            FileHandle.standardOutput.write(data + Data("\n".utf8))
        } else {
            print(report.table(), terminator: "")
        }
    }
}
