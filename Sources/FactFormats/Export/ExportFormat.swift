import FactModel
import Foundation

/// The formats `factline export` writes.
public enum ExportFormat: String, CaseIterable, Sendable {
    case jsonl, conll, brat, labelstudio, doccano, spacy

    /// The file extension of one output (brat writes a folder).
    public var fileExtension: String {
        switch self {
        case .jsonl, .doccano: return "jsonl"
        case .conll: return "conll"
        case .brat: return ""
        case .labelstudio: return "json"
        case .spacy: return "spacy"
        }
    }

    /// True when the output is a folder of files rather than one stream.
    public var writesFolder: Bool { self == .brat }

    /// The bytes one document contributes to a stream (for brat: nothing; see `files`).
    /// `number` is the document's 1-based position in the output, for Label Studio ids.
    public func render(_ gold: GoldDocument, number: Int) throws -> Data {
        func line(_ object: [String: Any]) throws -> Data { try JSONLine.data(object) }
        switch self {
        case .jsonl, .spacy: return try line(ProdigyJSONL.record(for: gold, document: gold.analyzed()))
        case .conll: return Data(CoNLLWriter.text(for: gold, document: gold.analyzed()).utf8)
        case .doccano: return try line(DoccanoWriter.record(for: gold))
        case .labelstudio: return try line(LabelStudioWriter.task(for: gold, id: number))
        case .brat: return Data()
        }
    }

    /// The files one document contributes to a folder output: `STEM.txt` and `STEM.ann` for brat.
    public func files(_ gold: GoldDocument) -> [(name: String, data: Data)] {
        guard self == .brat else { return [] }
        return [("\(gold.stem).txt", Data(gold.article.text.utf8)), ("\(gold.stem).ann", Data(BratWriter.ann(for: gold).utf8))]
    }
}
