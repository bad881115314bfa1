import ArgumentParser
import FactFormats
import FactModel
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

    @Option(help: "A label map applied to imported files, or 'winer'.")
    var labelMap: String?

    @Flag(help: "Print JSON instead of a table.")
    var json = false

    func run() throws {
        let goldDocs: [GoldDocument], predDocs: [GoldDocument]
        do {
            let labels = try labelMap.map(LabelMap.read) ?? LabelMap()
            goldDocs = try Dataset.gold(gold, format: format, labels: labels)
            predDocs = try Dataset.gold(pred, format: format, labels: labels)
        } catch { throw UserError("\(error)") }
        guard !goldDocs.isEmpty else { throw UserError("no gold documents in \(gold.joined(separator: " "))") }
        var predicted: [String: GoldDocument] = [:]
        for document in predDocs where predicted[document.article.sha256] == nil { predicted[document.article.sha256] = document }
        var spans = SpanEvaluation(), claims = ClaimEvaluation()
        var unmatched = 0
        for document in goldDocs {
            let prediction = predicted.removeValue(forKey: document.article.sha256)
            if prediction == nil { unmatched += 1 }
            spans.add(gold: document.mentions.map(\.mention), predicted: prediction?.mentions.map(\.mention) ?? [])
            claims.add(gold: document.claims.map(\.claim), predicted: prediction?.claims.map(\.claim) ?? [])
        }
        let report = EvalReport(spans: spans, claims: claims, documents: goldDocs.count, unmatchedGold: unmatched, unmatchedPredictions: predicted.count)
        if json {
            let data = try JSONSerialization.data(withJSONObject: report.json(), options: [.sortedKeys, .prettyPrinted])
            FileHandle.standardOutput.write(data + Data("\n".utf8))
        } else {
            print(report.table(), terminator: "")
        }
    }
}
