import FactModel
import FactText
import Foundation

/// A learned attribution tagger: an averaged structured perceptron that tags each token of a
/// sentence as source, cue or content (BIO, Viterbi-decoded), with the rules' own tags among
/// its features, optionally followed by a stacked second pass that sees the first pass's tags
/// (see `StackedPass`). The shipped model (two passes, a cue layer, and since tagger 0.6.0 word
/// clusters of its training text as features) was trained on PolNeAR v1.0.0 train (English political
/// news, Newell, Margolin and Ruths, LREC 2018); `train(on:)` trains one from any annotated
/// documents, such as the claims an analyst accepted in sessions. The clusters (tuning tenth of
/// train, standard merge) raised source overlap F1 0.731 → 0.742, cue 0.732 → 0.740, content
/// 0.828 → 0.836: stance phrases seen rarely share clusters with frequent ones.
public struct ClaimTagger: Sendable {
    /// The model's weights.
    public let weights: PerceptronWeights
    /// The word clusters its features use (`WordClusters`, from its training text); empty for
    /// a model without cluster features.
    public let clusters: WordClusters

    /// The name of the shipped model resource.
    public static let resourceName = "claim-tagger-en"

    /// Wraps trained weights (and the clusters they were trained with, if any).
    public init(weights: PerceptronWeights, clusters: WordClusters = WordClusters()) {
        self.weights = weights
        self.clusters = clusters
    }

    /// Reads a model file's bytes, binary (`modelData(comments:)`) or text (`modelText(comments:)`).
    public init(modelData: Data) throws {
        (weights, clusters) = try ModelFile.parse(modelData)
    }

    /// The shipped English model, read and parsed once on first use; nil when the resource is
    /// missing or unreadable (proposers then fall back to the rules).
    public static let shippedEnglish: ClaimTagger? = {
        guard let url = shippedModelURL, let data = try? Data(contentsOf: url, options: .mappedIfSafe) else { return nil }
        return try? ClaimTagger(modelData: data)
    }()

    /// Where the shipped model is (see `ShippedResource`), or nil.
    public static var shippedModelURL: URL? { ShippedResource.url(named: "\(resourceName).flc") }

    /// The model in the binary format factline ships and reads fastest (see `ModelFile`), with
    /// comment lines (provenance, credit); weights are rounded to multiples of `scale` and
    /// features whose weights all round to zero are left out.
    public func modelData(comments: [String], scale: Float = 0.5) -> Data {
        ModelFile.binary(of: weights, clusters: clusters, scale: scale, comments: comments)
    }

    /// The model as text, with comment lines first (provenance, credit); weights are rounded
    /// to multiples of `scale` and those that round to zero are left out.
    public func modelText(comments: [String], scale: Float = 0.5) -> String {
        ModelFile.text(of: weights, clusters: clusters, scale: scale, comments: comments)
    }

    // MARK: - Tagging

    /// The tags of every token of a tokenized document, with per-token margins. `ruleClaims`
    /// are the rules' claims for it (features).
    public func tag(_ document: Document, ruleClaims: [Claim]) -> (tags: [AttributionTag], margins: [Double]) {
        tagged(document, ruleClaims: ruleClaims).result
    }

    /// The first pass's features and the final tags with their margins.
    private func tagged(_ document: Document, ruleClaims: [Claim])
        -> (rows: FeatureRows, sentences: [Range<Int>], result: (tags: [AttributionTag], margins: [Double])) {
        let rows = TaggerFeatures.extract(document, ruleTags: AttributionTagging.tags(for: ruleClaims, in: document), clusters: clusters)
        let sentences = TaggerFeatures.sentenceRanges(document)
        let first = StackedPass.decode(rows, sentences: sentences, weights: weights, transitions: weights.transitions)
        guard let stacked = weights.stackedTransitions else { return (rows, sentences, first) }
        let second = StackedPass.rows(rows, firstPass: first.tags, document: document)
        return (rows, sentences, StackedPass.decode(second, sentences: sentences, weights: weights, transitions: stacked))
    }

    /// The role spans the tagger finds in a document.
    public func spans(in document: Document, ruleClaims: [Claim]) -> [TaggedSpan] {
        let tagged = tag(document, ruleClaims: ruleClaims)
        return AttributionTagging.spans(tagged.tags, margins: tagged.margins)
    }

    /// Whether the model has a cue layer (see `CueLayer`).
    public var hasCueLayer: Bool { weights.cueTransitions != nil }

    /// The claims the tagger finds: its spans grouped around each cue (see `ClaimAssembly`);
    /// with `fillContent`, a cue without a content span takes the rest of its sentence; with
    /// `guidelineSpans` false, spans keep PolNeAR's conventions (`that`, quotation marks); with
    /// `shareSources`, a cue without a source takes the nearest one of its sentence; with
    /// `cueLayer` and a model that has one, the layer's cues no claim has start claims of their
    /// own (see `CueLayer`).
    public func claims(in document: Document, ruleClaims: [Claim], mentions: [MentionProposal],
                       fillContent: Bool = false, guidelineSpans: Bool = true, shareSources: Bool = false,
                       cueLayer: Bool = false) -> [ClaimProposal] {
        let tagged = tagged(document, ruleClaims: ruleClaims)
        let found = AttributionTagging.spans(tagged.result.tags, margins: tagged.result.margins)
        let claims = ClaimAssembly.claims(from: found, document: document, mentions: mentions,
                                          fillContent: fillContent, guidelineSpans: guidelineSpans, shareSources: shareSources)
        guard cueLayer, hasCueLayer else { return claims }
        let layerSpans = CueLayer.spans(tagged.rows, sentences: tagged.sentences, weights: weights)
        return claims + CueLayer.claims(layerSpans: layerSpans, spans: found, document: document, mentions: mentions,
                                        guidelineSpans: guidelineSpans)
    }

    // MARK: - Training

    /// Trains a tagger on documents and their claims (PolNeAR's attributions, or claims
    /// accepted in sessions); the rules run on each document for their features. The same
    /// data, epochs and seed give the same model.
    /// With `stacked`, a second pass re-tags with the first pass's tags as features (see
    /// `StackedPass`), trained on first-pass tags of held-out folds.
    /// With `cueLayer` (and `stacked`), a cue-only layer is trained too (see `CueLayer`).
    /// With non-empty `clusters` (computed from the training text), their features too.
    public static func train(on examples: [(Document, [Claim])], epochs: Int = 10, seed: UInt64 = 1,
                             minCount: Int = 2, stacked: Bool = false, cueLayer: Bool = false,
                             clusters: WordClusters = WordClusters()) -> ClaimTagger {
        let documents = examples.map { document, _ -> Document in
            var document = document
            if document.tokens.isEmpty { TextAnalyzer.analyze(&document) }
            return document
        }
        let prepared = zip(documents, examples.map(\.1)).map { document, claims -> TrainingExample in
            let ruleClaims = RuleClaimProposer().propose(document).claims.map(\.claim)
            return TrainingExample(
                rows: TaggerFeatures.extract(document, ruleTags: AttributionTagging.tags(for: ruleClaims, in: document), clusters: clusters),
                tags: AttributionTagging.tags(for: claims, in: document),
                sentences: TaggerFeatures.sentenceRanges(document))
        }
        let trainer = PerceptronTrainer(epochs: epochs, seed: seed, minCount: minCount)
        guard stacked else { return ClaimTagger(weights: trainer.train(prepared), clusters: clusters) }
        let weights = StackedPass.train(prepared, documents: documents, trainer: trainer)
        guard cueLayer else { return ClaimTagger(weights: weights, clusters: clusters) }
        let cueTags = zip(documents, examples.map(\.1)).map { AttributionTagging.tags(for: $1, in: $0, roles: [.cue]) }
        return ClaimTagger(weights: weights.addingCueLayer(CueLayer.train(prepared, cueTags: cueTags, trainer: trainer)), clusters: clusters)
    }
}
