import FactModel

/// Trains an `EntityTagger` from labelled documents, deterministically for a seed.
public enum EntityTrainer {
    /// What to train.
    public struct Options: Sendable {
        /// The labels to learn (others in the data are ignored).
        public var labels: [String]
        /// BIO or BILOU.
        public var scheme: TagScheme = .bilou
        /// Passes over the data.
        public var epochs = 10
        /// Shuffling seed.
        public var seed: UInt64 = 1
        /// Optional feature groups.
        public var features = EntityFeatures.Options()
        /// Build a gazetteer of training entities (out-of-fold for training) and ship it.
        public var entityGazetteer = true
        /// The number of folds of the out-of-fold gazetteer.
        public var folds = 5
        /// Header fields of the model file (`name`, `version`, `trained`…).
        public var info: [String: String] = [:]

        /// Options for a set of labels.
        public init(labels: [String]) { self.labels = labels }
    }

    /// Trains a tagger, or continues training `start` (its labels, scheme and features win).
    /// `progress(epoch, errors, sentences)` is called after each pass.
    public static func train(_ documents: [LabeledDocument], options: Options, from start: EntityTagger? = nil,
                             progress: ((Int, Int, Int) -> Void)? = nil) -> EntityTagger {
        let tags = start?.file.perceptron.tags ?? TagSet(scheme: options.scheme, labels: options.labels)
        let featureOptions = start?.features.options ?? options.features
        let startNames = start?.features.gazetteer ?? EntityGazetteer()
        // Clusters of the training text, once: a model trained further keeps its own.
        let clusters = start?.features.clusters
            ?? (featureOptions.clusters ? WordClusters(documents: documents.map(\.document), seed: options.seed) : WordClusters())
        let folds = max(1, options.folds)
        // Out-of-fold gazetteers: document i gets the names of the documents of other folds.
        var occurrencesByFold = [[(tokens: [String], label: String)]](repeating: [], count: folds)
        for (index, example) in documents.enumerated() {
            occurrencesByFold[index % folds].append(contentsOf: names(in: example, labels: tags.labels))
        }
        var examples: [(sequence: FeatureSequence, gold: [Int])] = []
        for fold in 0..<folds {
            var gazetteer = EntityGazetteer()
            if options.entityGazetteer {
                let others = (0..<folds).filter { $0 != fold || folds == 1 }.flatMap { occurrencesByFold[$0] }
                gazetteer = merged(startNames, EntityGazetteer(occurrences: folds == 1 ? [] : others))
            }
            let extractor = EntityFeatures(options: featureOptions, gazetteer: gazetteer, clusters: clusters)
            for (index, example) in documents.enumerated() where index % folds == fold {
                examples.append(contentsOf: self.examples(example, tags: tags, features: extractor))
            }
        }
        var perceptron = start?.file.perceptron ?? StructuredPerceptron(tags: tags)
        perceptron.train(examples, epochs: options.epochs, seed: options.seed, progress: progress)
        var info = start?.file.info ?? [:]
        info.merge(options.info) { $1 }
        info["features"] = featureOptions.description
        info["updates"] = nil
        let gazetteer = options.entityGazetteer ? merged(startNames, EntityGazetteer(occurrences: occurrencesByFold.flatMap { $0 })) : startNames
        let extra = EntityTagger.extra(gazetteer: gazetteer, clusters: clusters, memory: NameMemory())
        return EntityTagger(file: TaggerModelFile(perceptron: perceptron, info: info, extra: extra))
    }

    /// The training sentences of one document: feature sequences and gold tags (reviewed
    /// sentences only).
    static func examples(_ example: LabeledDocument, tags: TagSet, features: EntityFeatures) -> [(sequence: FeatureSequence, gold: [Int])] {
        let gold = example.tokenSpans(labels: tags.labels).spans
        var bySentence: [Int: [TokenSpan]] = [:]
        for (sentence, span) in gold { bySentence[sentence, default: []].append(span) }
        var result: [(FeatureSequence, [Int])] = []
        let sequences = features.sequences(for: example.document)
        for (index, sentence) in example.document.sentences.enumerated() where !sentence.tokens.isEmpty {
            if let reviewed = example.reviewedSentences, !reviewed.contains(index) { continue }
            guard let sequence = sequences.first(where: { $0.tokens == sentence.tokens })?.features else { continue }
            let base = sentence.tokens.lowerBound
            let spans = (bySentence[index] ?? []).map { TokenSpan(start: $0.start - base, end: $0.end - base, label: $0.label) }
            result.append((sequence, tags.encode(spans, count: sentence.tokens.count)))
        }
        return result
    }

    /// The lower-cased token sequences of a document's gold entities, with their labels.
    static func names(in example: LabeledDocument, labels: [String]) -> [(tokens: [String], label: String)] {
        let view = TokenView(example.document)
        return example.tokenSpans(labels: labels).spans.map { (_, span) in
            (Array(view.lower[span.start..<span.end]), labels[span.label])
        }
    }

    private static func merged(_ old: EntityGazetteer, _ gazetteer: EntityGazetteer) -> EntityGazetteer {
        old.count == 0 ? gazetteer : old.merging(gazetteer)
    }
}
