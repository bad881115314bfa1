import FactModel
@testable import FactProposers
import FactText
import Foundation
import Testing

// MARK: - The cue layer: attributions inside another's content

/// The invented sentence of the nested attribution: the minister's content holds the report's claim.
let nestedSentence = "The minister said the report claims that taxes rose."

@Test func cueLayerCueInsideAContentStartsAClaimOfItsOwn() {
    let document = TextAnalyzer.analyze(id: "nested", text: nestedSentence, language: .english)
    #expect(document.tokens.map(\.text) == ["The", "minister", "said", "the", "report", "claims", "that", "taxes", "rose", "."])
    // The tagger's spans hold one attribution (one role per token); the layer saw the inner cue.
    let spans = [TaggedSpan(role: .source, start: 0, end: 2, confidence: 5), TaggedSpan(role: .cue, start: 2, end: 3, confidence: 5),
                 TaggedSpan(role: .content, start: 3, end: 9, confidence: 5)]
    let layer = [TaggedSpan(role: .cue, start: 2, end: 3, confidence: 4), TaggedSpan(role: .cue, start: 5, end: 6, confidence: 3)]
    let outer = ClaimAssembly.claims(from: spans, document: document, mentions: []).map(\.claim)
    let inner = CueLayer.claims(layerSpans: layer, spans: spans, document: document, mentions: [], guidelineSpans: true)
    #expect(outer.count == 1)
    #expect(outer.first?.content.text == "the report claims that taxes rose")
    // The layer's `said` is the tagger's own cue: only `claims` starts a claim.
    #expect(inner.count == 1)
    let claim = inner.first?.claim
    #expect(claim?.cue.map { [$0.start, $0.end] } == [29, 35], "offsets are the document's")
    #expect(claim?.cue?.text == "claims")
    #expect(claim?.source?.text == "the report", "the rules' subject before the cue, which the tagger gave to the content")
    #expect(claim?.content.text == "taxes rose", "the rest of the sentence, without the complementiser")
    #expect(claim?.stance == .asserts)
    #expect(inner.first?.rule == "tagger cue layer")
}

@Test func cueLayerIsTrainedStoredAndUsedOnlyWhenAsked() throws {
    let tagger = ClaimTagger.train(on: blorpCorpus(), epochs: 5, seed: 7, minCount: 1, stacked: true, cueLayer: true)
    #expect(tagger.hasCueLayer)
    #expect(!ClaimTagger.train(on: blorpCorpus(), epochs: 5, seed: 7, minCount: 1, stacked: true).hasCueLayer)
    let text = tagger.modelText(comments: [], scale: 0.001)
    #expect(text.contains("\ntransitions3 "), "the layer's transitions are written")
    let binary = try ClaimTagger(modelData: tagger.modelData(comments: [], scale: 0.001))
    let reread = try ClaimTagger(modelData: Data(text.utf8))
    #expect(binary.weights.cueTransitions == reread.weights.cueTransitions)
    #expect(binary.weights.keys == reread.weights.keys)
    // The layer learned the invented cue; where the tagger found it too, no second claim comes.
    let (document, _) = blorpDocument(96, source: "Jonas", content: "the lake froze")
    let rows = TaggerFeatures.extract(document, ruleTags: nil)
    let layerCues = CueLayer.spans(rows, sentences: TaggerFeatures.sentenceRanges(document), weights: binary.weights)
    #expect(layerCues.map { document.tokens[$0.start].text } == ["blorped"])
    let plain = binary.claims(in: document, ruleClaims: [], mentions: [])
    #expect(binary.claims(in: document, ruleClaims: [], mentions: [], cueLayer: true) == plain)
    #expect(plain.map(\.claim.cue?.text) == ["blorped"])
}
