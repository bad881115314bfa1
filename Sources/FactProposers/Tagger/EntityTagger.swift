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
    public private(set) var features: EntityFeatures

    /// The model's name (`fr-news`).
    public var name: String { file.info["name"] ?? "tagger" }
    /// The model's version as trained (`1`), plus the number of online updates since (`1+u3`).
    public var version: String { Self.version(info: file.info) }

    /// The version a model file's header describes.
    static func version(info: [String: String]) -> String {
        let base = info["version"] ?? "0"
        let updates = Int(info["updates"] ?? "0") ?? 0
        return updates > 0 ? "\(base)+u\(updates)" : base
    }

    /// A model file's name and version (`en-wiki 1`), read from its header alone, without
    /// mapping its weights or decoding its gazetteer: what a proposer records for a model it
    /// may never need (the English one, in a French session). Nil when it is not a model file.
    public static func nameAndVersion(path: String) -> String? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        guard let start = try? handle.read(upToCount: 12), start.count == 12,
              [TaggerModelFile.magic, TaggerModelFile.firstMagic].contains(Array(start.prefix(8))) else { return nil }
        let length = start.suffix(4).reversed().reduce(0) { $0 << 8 | Int($1) }
        // A header is a few hundred bytes; a larger length is a damaged file.
        guard length < 1 << 20, let header = try? handle.read(upToCount: length), header.count == length,
              let json = try? JSONSerialization.jsonObject(with: header) as? [String: Any],
              let info = json["info"] as? [String: String] else { return nil }
        return "\(info["name"] ?? "tagger") \(version(info: info))"
    }
    /// The labels it proposes.
    public var labels: [String] { file.perceptron.tags.labels }

    /// Wraps a model file, rebuilding the feature extractor its header describes.
    public init(file: TaggerModelFile) {
        self.file = file
        let (gazetteer, clusters, memory) = Self.names(in: file.extra)
        features = EntityFeatures(options: EntityFeatures.Options(description: file.info["features"] ?? "v1,lexicons"), gazetteer: gazetteer,
                                  clusters: clusters)
        self.memory = memory
    }

    /// The names the analyst accepted, with how often (see `withRememberedNames`).
    public internal(set) var memory = NameMemory()

    /// Reads a tagger from a model file.
    public static func read(path: String) throws -> EntityTagger { EntityTagger(file: try TaggerModelFile.read(path: path)) }

    /// Writes the tagger's model file.
    public func write(to path: String) throws { try fileWithGazetteer.write(to: path) }

    /// The model file with the gazetteer and the memory as they stand: an update that learns
    /// names empties `file.extra` instead of encoding every name after every article.
    public var fileWithGazetteer: TaggerModelFile {
        guard file.extra.isEmpty, features.gazetteer.count > 0 || features.clusters.count > 0 || memory.count > 0 else { return file }
        var result = file
        result.extra = Self.extra(gazetteer: features.gazetteer, clusters: features.clusters, memory: memory)
        return result
    }

    // MARK: Proposing

    /// The mentions the model finds in a document (tokenized first when needed), in text order.
    /// `ruleMentions`, when given, are the rule proposer's mentions of the document, reused
    /// instead of running the rules again.
    public func mentions(in document: Document, ruleMentions: [MentionProposal]? = nil) -> [MentionProposal] {
        mentions(in: document, ruleMentions: ruleMentions, blockSentences: EntityFeatures.blockSentences)
    }

    /// `mentions(in:ruleMentions:)` featurising `blockSentences` sentences at a time (tests
    /// force tiny blocks to show that the block size changes nothing).
    func mentions(in document: Document, ruleMentions: [MentionProposal]?, blockSentences: Int) -> [MentionProposal] {
        guard let document = document.tokenizedForProposing else { return [] }
        let perceptron = file.perceptron
        let transitions = perceptron.transitionScores()
        var result: [MentionProposal] = []
        let rule = "model.\(name)"
        features.forEachSequence(in: document, ruleMentions: ruleMentions, learning: false, blockSentences: blockSentences) { range, sequence in
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
        guard memory.count > 0 else { return result }
        return withRememberedNames(in: document, result)
    }

    // MARK: Online learning

    /// How an online update learns from a reviewed document.
    public struct Learning: Sendable, Equatable {
        /// The largest passive-aggressive step (see `StructuredPerceptron.update`). Chosen on
        /// the reverse direction (a 2017 model progressive through WiNER 2016, PER/ORG/LOC):
        /// 0 (names only) 0.857, 0.03 0.859, 0.1 0.861, 0.2 0.859, 0.3 0.857, 1 0.853.
        public var aggressiveness: Float = 0.1
        /// Steps per sentence at most: enough for a correction to take (WiNER's progressive
        /// figures hardly move between 4 and 10, or between 0.1 and 2 of aggressiveness).
        public var maxSteps = 10
        /// Remember the document's entity strings in the gazetteer, so that a name accepted
        /// once is found again in later articles.
        public var memory = true
        /// Passes over the earlier accepted sentences (a `Rehearsal`) after learning from a
        /// document, so that a later correction does not undo an earlier one. Off: on the
        /// reverse direction one pass over the last 1,000 sentences moved PER/ORG/LOC from 0.857
        /// to 0.860 with steps of 0.3 but from 0.861 to 0.858 with steps of 0.1, for about 0.3 s
        /// per article.
        public var replayEpochs = 0
        /// Steps per sentence at most while replaying.
        public var replaySteps = 1

        /// The default way to learn.
        public init(aggressiveness: Float = 0.1, maxSteps: Int = 10, memory: Bool = true, replayEpochs: Int = 0, replaySteps: Int = 1) {
            self.aggressiveness = aggressiveness
            self.maxSteps = maxSteps
            self.memory = memory
            self.replayEpochs = replayEpochs
            self.replaySteps = replaySteps
        }
    }

    /// Learns from one reviewed document without replaying earlier ones (see
    /// `update(with:learning:rehearsal:)`).
    @discardableResult
    public mutating func update(with example: LabeledDocument, learning: Learning = Learning()) -> Int {
        var none = Rehearsal(capacity: 0)
        return update(with: example, learning: learning, rehearsal: &none)
    }

    /// Learns from one reviewed document: each reviewed sentence that the model tags
    /// differently from the gold gets passive-aggressive steps, then the sentences join
    /// `rehearsal` and it is replayed `learning.replayEpochs` times, then the gold names join
    /// the gazetteer. The sentences are featurised before their own names are added, as training
    /// builds the gazetteer out-of-fold, so the model does not learn to trust a hit that the
    /// gold itself put there. Returns the number of this document's sentences that changed the
    /// weights.
    @discardableResult
    public mutating func update(with example: LabeledDocument, learning: Learning, rehearsal: inout Rehearsal) -> Int {
        let tags = file.perceptron.tags
        let gold = example.tokenSpans(labels: tags.labels).spans
        var bySentence: [Int: [TokenSpan]] = [:]
        for (sentence, span) in gold { bySentence[sentence, default: []].append(span) }
        let sequences = Dictionary(features.sequences(for: example.document, learning: true).map { ($0.tokens, $0.features) }) { first, _ in first }
        var changed = 0, replayed = 0
        var accepted: [Rehearsal.Sentence] = []
        for (index, sentence) in example.document.sentences.enumerated() where !sentence.tokens.isEmpty {
            if let reviewed = example.reviewedSentences, !reviewed.contains(index) { continue }
            guard let sequence = sequences[sentence.tokens] else { continue }
            let base = sentence.tokens.lowerBound
            let spans = (bySentence[index] ?? []).map { TokenSpan(start: $0.start - base, end: $0.end - base, label: $0.label) }
            accepted.append(Rehearsal.Sentence(sequence: sequence, gold: tags.encode(spans, count: sentence.tokens.count)))
            let steps = file.perceptron.update(sequence, gold: accepted[accepted.count - 1].gold,
                                               aggressiveness: learning.aggressiveness, maxSteps: learning.maxSteps)
            if steps > 0 { changed += 1 }
        }
        rehearsal.append(accepted)
        if learning.aggressiveness > 0 {
            for _ in 0..<learning.replayEpochs {
                for sentence in rehearsal.sentences {
                    let steps = file.perceptron.update(sentence.sequence, gold: sentence.gold,
                                                       aggressiveness: learning.aggressiveness, maxSteps: learning.replaySteps)
                    if steps > 0 { replayed += 1 }
                }
            }
        }
        var learnedNames = false
        if learning.memory {
            let view = TokenView(example.document)
            let names = gold.filter { example.reviewedSentences?.contains($0.sentence) ?? true }
                .map { (tokens: Array(view.lower[$0.span.start..<$0.span.end]), label: tags.labels[$0.span.label]) }
            let unmarked = rememberedNamesLeftUnmarked(in: example, gold: gold)
            let inGazetteer = features.gazetteer.remember(names)
            learnedNames = memory.learn(accepted: names, unmarked: unmarked) || inGazetteer
            // A name the analyst now leaves unmarked as often as not stops being a gazetteer
            // hit too, or the model would go on proposing it from the hit.
            features.gazetteer.forget(memory.dropped(unmarked))
            if learnedNames { file.extra = Data() }
        }
        if changed > 0 || replayed > 0 || learnedNames { file.info["updates"] = String((Int(file.info["updates"] ?? "0") ?? 0) + 1) }
        return changed
    }
}
