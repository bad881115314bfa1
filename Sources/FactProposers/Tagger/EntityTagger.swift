import FactModel
import FactText
import Foundation

/// A named-entity tagger: `EntityFeatures` over a `StructuredPerceptron`, read from and written
/// to a `TaggerModelFile`. It proposes mentions with the rule `model.<name>` and a score from the
/// decoding margins, and learns online from corrected documents.
public struct EntityTagger: Sendable {
    /// The perceptron and the file header.
    public private(set) var file: TaggerModelFile
    /// The feature extractor the model was trained with.
    public let features: EntityFeatures

    /// The model's name (`fr-news`).
    public var name: String { file.info["name"] ?? "tagger" }
    /// The model's version as trained (`1`), plus the number of online updates since (`1+u3`).
    public var version: String {
        let base = file.info["version"] ?? "0"
        let updates = Int(file.info["updates"] ?? "0") ?? 0
        return updates > 0 ? "\(base)+u\(updates)" : base
    }
    /// The labels it proposes.
    public var labels: [String] { file.perceptron.tags.labels }

    /// Wraps a model file, rebuilding the feature extractor its header describes.
    public init(file: TaggerModelFile) {
        self.file = file
        features = EntityFeatures(options: EntityFeatures.Options(description: file.info["features"] ?? "v1,lexicons"),
                                  gazetteer: EntityGazetteer(encoded: file.extra) ?? EntityGazetteer())
    }

    /// Reads a tagger from a model file.
    public static func read(path: String) throws -> EntityTagger { EntityTagger(file: try TaggerModelFile.read(path: path)) }

    /// Writes the tagger's model file.
    public func write(to path: String) throws { try file.write(to: path) }

    // MARK: Proposing

    /// The mentions the model finds in a document (tokenized first when needed), in text order.
    /// `ruleMentions`, when given, are the rule proposer's mentions of the document, reused
    /// instead of running the rules again.
    public func mentions(in document: Document, ruleMentions: [MentionProposal]? = nil) -> [MentionProposal] {
        guard let document = document.tokenizedForProposing else { return [] }
        let perceptron = file.perceptron
        let transitions = perceptron.transitionScores()
        var result: [MentionProposal] = []
        let rule = "model.\(name)"
        for (range, sequence) in features.sequences(for: document, ruleMentions: ruleMentions) {
            let (tags, margins) = perceptron.decode(sequence, transitions: transitions)
            for span in perceptron.tags.decode(tags) {
                let first = document.tokens[range.lowerBound + span.start], last = document.tokens[range.lowerBound + span.end - 1]
                let margin = margins[span.start..<span.end].min() ?? 0
                let score = ((0.5 + 0.49 * tanh(Double(margin) / 4)) * 100).rounded() / 100
                result.append(MentionProposal(label: perceptron.tags.labels[span.label], start: first.start, end: last.end,
                                              text: document.text(from: first.start, to: last.end),
                                              score: min(0.99, max(0.5, score)), rule: rule))
            }
        }
        return result
    }

    // MARK: Online learning

    /// Learns from one reviewed document: each reviewed sentence that the model tags
    /// differently from the gold gets perceptron steps until it agrees (at most `maxSteps`).
    /// Returns the number of sentences that changed the model.
    @discardableResult
    public mutating func update(with example: LabeledDocument, maxSteps: Int = 8) -> Int {
        let tags = file.perceptron.tags
        let gold = example.tokenSpans(labels: tags.labels).spans
        let sequences = features.sequences(for: example.document)
        var changed = 0
        for (index, sentence) in example.document.sentences.enumerated() where !sentence.tokens.isEmpty {
            if let reviewed = example.reviewedSentences, !reviewed.contains(index) { continue }
            let spans = gold.filter { $0.sentence == index }.map {
                TokenSpan(start: $0.span.start - sentence.tokens.lowerBound, end: $0.span.end - sentence.tokens.lowerBound, label: $0.span.label)
            }
            guard let sequence = sequences.first(where: { $0.tokens == sentence.tokens })?.features else { continue }
            if file.perceptron.update(sequence, gold: tags.encode(spans, count: sentence.tokens.count), maxSteps: maxSteps) > 0 {
                changed += 1
            }
        }
        if changed > 0 { file.info["updates"] = String((Int(file.info["updates"] ?? "0") ?? 0) + 1) }
        return changed
    }
}
