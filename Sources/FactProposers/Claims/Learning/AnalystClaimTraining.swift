import FactModel
import Foundation

/// Trains the attribution tagger from the analyst's claims (sessions) in French or English: the
/// same averaged perceptron, features and model format (`FLCLAIM1`) as the shipped PolNeAR
/// model, but one pass and every feature kept (an analyst's few articles see most words once).
public enum AnalystClaimTraining {
    /// The name the proposer version gives the analyst's claim tagger (`+claims-analyst u3.…`).
    public static let name = "claims-analyst"

    /// Weights are stored as multiples of this: finer than the shipped model's 4, since a feature
    /// seen once in a few articles ends with an averaged weight well under 1.
    static let scale: Float = 1.0 / 64

    /// Settings of a training run.
    public struct Options: Sendable, Hashable {
        /// Passes over the data.
        public var epochs: Int
        /// The shuffling seed: the same data and options give the same model bytes.
        public var seed: UInt64
        /// Features seen fewer times than this get no weight (1: every feature).
        public var minCount: Int
        /// A stacked second pass (see `StackedPass`): four more trainings, for little gain on few articles.
        public var stacked: Bool

        /// Makes options; the defaults are what `done` and `factline train --claims` use.
        public init(epochs: Int = 10, seed: UInt64 = 1, minCount: Int = 1, stacked: Bool = false) {
            self.epochs = epochs
            self.seed = seed
            self.minCount = minCount
            self.stacked = stacked
        }
    }

    /// A trained tagger with what it was trained on.
    public struct Outcome: Sendable {
        /// The tagger.
        public let tagger: ClaimTagger
        /// Articles that gave at least one reviewed sentence.
        public let articles: Int
        /// Reviewed sentences learnt from.
        public let sentences: Int
        /// Gold claims in those articles.
        public let claims: Int
    }

    /// Trains a tagger on documents with their gold claims, from their reviewed sentences only;
    /// nil when no document has a reviewed sentence with a claim in it (the tagger would
    /// propose nothing). The rules run on each document for their features, as when proposing.
    public static func train(_ documents: [ClaimTrainingDocument], options: Options = Options()) -> Outcome? {
        let used = documents.filter { $0.hasReviewedSentences }
        var examples: [TrainingExample] = []
        var sentences = 0, claims = 0
        for item in used {
            let document = item.document
            let mentions = RuleProposer().propose(document).numbered().mentions
            let ruleClaims = ClaimRules().claims(in: document, mentions: mentions).map(\.claim)
            let ranges = item.trainingSentences
            sentences += ranges.count
            claims += item.claims.count
            examples.append(TrainingExample(
                rows: TaggerFeatures.extract(document, ruleTags: AttributionTagging.tags(for: ruleClaims, in: document)),
                tags: AttributionTagging.tags(for: item.claims, in: document), sentences: ranges))
        }
        let hasClaim = examples.contains { example in example.sentences.contains { range in range.contains { example.tags[$0] != .outside } } }
        guard hasClaim else { return nil }
        let trainer = PerceptronTrainer(epochs: options.epochs, seed: options.seed, minCount: options.minCount)
        let weights = options.stacked
            ? StackedPass.train(examples, documents: used.map(\.document), trainer: trainer)
            : trainer.train(examples)
        return Outcome(tagger: ClaimTagger(weights: weights), articles: used.count, sentences: sentences, claims: claims)
    }

    /// The model file's bytes: the tagger in `FLCLAIM1` with comment lines naming the model and
    /// its version, `u<articles>.<digest of the weights>` (so two models trained on different
    /// decisions never share a version, and a session's proposer version names exactly one).
    public static func modelData(_ outcome: Outcome, language: Language, options: Options) -> Data {
        let weightsOnly = outcome.tagger.modelData(comments: [], scale: scale)
        let version = "u\(outcome.articles).\(String(digest(weightsOnly), radix: 16))"
        return outcome.tagger.modelData(comments: [
            "\(name) \(language.rawValue) \(version)",
            "Averaged perceptron attribution tagger trained on the analyst's claims: \(outcome.articles) articles, "
                + "\(outcome.sentences) reviewed sentences, \(outcome.claims) claims; \(options.epochs) epochs, seed \(options.seed)"
                + (options.stacked ? ", two stacked passes." : "."),
        ], scale: scale)
    }

    /// The version a model file's first comment line gives (`u3.1a2b3c4d`), read without
    /// parsing the weights; nil when the bytes are not an analyst claim model.
    public static func version(ofModel data: Data) -> String? { header(ofModel: data)?.version }

    /// The language and version a model file's first comment line gives (`claims-analyst fr
    /// u3.1a2b3c4d`), nil when the bytes are not an analyst claim model.
    static func header(ofModel data: Data) -> (language: Language, version: String)? {
        let bytes = [UInt8](data.prefix(4096))
        let magic = Array("FLCLAIM1".utf8)
        guard bytes.count >= 12, Array(bytes[0..<8]) == magic else { return nil }
        let length = Int(bytes[8]) | Int(bytes[9]) << 8 | Int(bytes[10]) << 16 | Int(bytes[11]) << 24
        let comments = String(decoding: bytes[12..<min(bytes.count, 12 + length)], as: UTF8.self)
        let words = comments.split(separator: "\n").first?.split(separator: " ") ?? []
        guard words.count == 3, words[0] == name, let language = Language(rawValue: String(words[1])) else { return nil }
        return (language, String(words[2]))
    }

    /// A 32-bit FNV-1a digest of bytes.
    static func digest(_ data: Data) -> UInt32 {
        var hash: UInt32 = 0x811c_9dc5
        for byte in data {
            hash ^= UInt32(byte)
            hash &*= 0x0100_0193
        }
        return hash
    }
}
