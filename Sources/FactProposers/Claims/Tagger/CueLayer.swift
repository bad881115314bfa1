import FactModel

/// A second look for cues: a cue-only tagger (trained on every gold cue, with source and
/// content tokens as outside) finds cues the attribution tagger tagged as content or left
/// out, such as a cue inside another attribution's content (`…, which supported Kloppenburg,
/// spent …`), where one role per token cannot hold both. Each such cue no claim has starts a
/// claim of its own: the nearest source span of its sentence, and as content the rest of the
/// sentence after it (else the sentence before it), as the merge does for content-less cues.
/// Its weights live in the model's key table beside the two passes', its copies of the first
/// pass's features salted so they never meet them.
enum CueLayer {
    /// Mixed into every cue-layer key.
    private static let salt = FeatureHash.of("cue layer")

    // MARK: - Tagging and training

    /// The cue layer's features: the first pass's, salted.
    static func rows(_ base: FeatureRows) -> FeatureRows {
        FeatureRows(values: base.values.map { FeatureHash.mix($0, salt) & TaggerFeatures.keyMask }, starts: base.starts)
    }

    /// The cue spans the layer finds in a document whose first-pass features are `base`; none
    /// when the model has no cue layer.
    static func spans(_ base: FeatureRows, sentences: [Range<Int>], weights: PerceptronWeights) -> [TaggedSpan] {
        guard let transitions = weights.cueTransitions else { return [] }
        let decoded = StackedPass.decode(rows(base), sentences: sentences, weights: weights, transitions: transitions)
        return AttributionTagging.spans(decoded.tags, margins: decoded.margins).filter { $0.role == .cue }
    }

    /// The layer's weights, trained on every example's gold cues (other roles outside).
    static func train(_ examples: [TrainingExample], cueTags: [[AttributionTag]], trainer: PerceptronTrainer) -> PerceptronWeights {
        trainer.train(zip(examples, cueTags).map { example, tags in
            TrainingExample(rows: rows(example.rows), tags: tags, sentences: example.sentences)
        })
    }

    // MARK: - Claims
    /// The claims started by the cue layer's cues (`layerSpans`) that no span of the
    /// attribution tagger's (`spans`) shares a token with as a cue.
    static func claims(layerSpans: [TaggedSpan], spans: [TaggedSpan], document: Document, mentions: [MentionProposal],
                       guidelineSpans: Bool) -> [ClaimProposal] {
        let taken = spans.filter { $0.role == .cue }
        let extra = layerSpans.filter { cue in cue.role == .cue && !taken.contains { $0.start < cue.end && cue.start < $0.end } }
        guard !extra.isEmpty else { return [] }
        let sentenceOf = ClaimAssembly.sentenceIndex(document)
        let sources = spans.filter { $0.role == .source }
        let context = ClaimContext(document: document, mentions: mentions)
        return extra.flatMap { cue -> [ClaimProposal] in
            // The subject just before the cue as the rules read it (the tagger mostly gave it to a
            // content), else the nearest source span the tagger found in the sentence.
            let source = subject(before: cue, sentenceOf, context) ?? sources
                .filter { sentenceOf[$0.start] == sentenceOf[cue.start] && ClaimAssembly.distance($0, cue) <= ClaimAssembly.sourceReach }
                .min { ClaimAssembly.distance($0, cue) < ClaimAssembly.distance($1, cue) }
            // The rest of the sentence even where the tagger gave it to another claim's content.
            guard let content = ClaimAssembly.restOfSentence(after: cue, sentenceOf, [], document)
                ?? ClaimAssembly.sentenceAround(cue, source, sentenceOf, document) else { return [] }
            return ClaimAssembly.claims(from: [cue, content] + (source.map { [$0] } ?? []), document: document, mentions: mentions,
                                        guidelineSpans: guidelineSpans)
                .map { proposal in
                    var proposal = proposal
                    proposal.rule = "tagger cue layer"
                    return proposal
                }
        }
    }

    /// The rules' subject before a cue, in its sentence, as a source span.
    static func subject(before cue: TaggedSpan, _ sentenceOf: [Int], _ context: ClaimContext) -> TaggedSpan? {
        var start = cue.start
        while start > 0, sentenceOf[start - 1] == sentenceOf[cue.start] { start -= 1 }
        guard let part = SourceFinder.subject(before: cue.start, from: start, context),
              let first = context.view.document.tokens.index(containing: part.start) else { return nil }
        var end = first
        while end < cue.start, context.view.document.tokens[end].start < part.end { end += 1 }
        return end > first ? TaggedSpan(role: .source, start: first, end: end, confidence: cue.confidence) : nil
    }
}
