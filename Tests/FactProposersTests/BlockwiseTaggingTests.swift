import FactModel
@testable import FactProposers
import FactText
import Foundation
import Testing

// MARK: - The entity tagger views an article a block of sentences at a time

/// A multi-sentence French document: the example article, then three WiNER 2017 articles when
/// ../shared is present (names, dates and lexicon hits near many sentence edges).
private func manySentences() throws -> Document {
    var text = try String(contentsOf: packageRoot.appendingPathComponent("Examples/choe-son-hui-moscou.fr.txt"), encoding: .utf8)
    let folder = winerFrench.appendingPathComponent("2017/01")
    if let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) {
        for name in names.filter({ $0.hasSuffix(".txt") }).sorted().prefix(3) {
            text += "\n\n" + (try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))
        }
    } else {
        print("note: \(folder.path) is absent; the block tests use the example article alone")
    }
    return TextAnalyzer.analyze(id: "blocks", text: text, language: .french)
}

/// Every sentence's token range and feature keys (and learnable keys), as one comparable list.
private func features(_ extractor: EntityFeatures, _ document: Document, blockSentences: Int) -> [[UInt64]] {
    var all: [[UInt64]] = []
    extractor.forEachSequence(in: document, ruleMentions: nil, learning: true, blockSentences: blockSentences) { range, sequence in
        all.append([UInt64(range.lowerBound), UInt64(range.upperBound)] + sequence.keys + sequence.offsets.map(UInt64.init)
                   + [0] + sequence.learnable + sequence.learnableOffsets.map(UInt64.init))
    }
    return all
}

@Test func theShippedModelProposesTheSameMentionsWhateverTheBlockSize() throws {
    let tagger = try #require(ShippedModels.french, "Sources/FactProposers/Resources/fr-news.flm is missing")
    let document = try manySentences()
    #expect(document.sentences.count > 20)
    let whole = tagger.mentions(in: document, ruleMentions: nil, blockSentences: Int.max)
    #expect(whole.count > 20)
    for size in [1, 2, 3, 7] {
        let blockwise = tagger.mentions(in: document, ruleMentions: nil, blockSentences: size)
        #expect(blockwise == whole, "blocks of \(size) sentences")
    }
    // The shipped model stacks the rules: a rule span's hits must survive the cut too.
    #expect(tagger.features.options.rules)
    let wholeKeys = features(tagger.features, document, blockSentences: Int.max)
    #expect(wholeKeys.count == document.sentences.filter { !$0.tokens.isEmpty }.count)
    for size in [1, 4] {
        #expect(features(tagger.features, document, blockSentences: size) == wholeKeys, "blocks of \(size) sentences")
    }
}

@Test func aTaggerWithAGazetteerFindsTheSameFeaturesInBlocks() throws {
    // The fixture tagger hashes hits the v2 way and has a gazetteer of its training names.
    let tagger = TaggerFixture.tagger()
    #expect(tagger.features.gazetteer.count > 0)
    let text = TaggerFixture.documents(6).map(\.document.text).joined(separator: "\n\n")
    let document = TextAnalyzer.analyze(id: "fixture-blocks", text: text, language: .french)
    let whole = features(tagger.features, document, blockSentences: Int.max)
    for size in [1, 2, 5] {
        #expect(features(tagger.features, document, blockSentences: size) == whole, "blocks of \(size) sentences")
    }
    #expect(tagger.mentions(in: document, ruleMentions: nil, blockSentences: 1) == tagger.mentions(in: document))
}

@Test func blocksCoverEveryTokenOnce() throws {
    let document = try exampleArticle()
    let blocks = SentenceBlocks(document, sentencesPerBlock: 3).blocks
    #expect(blocks.count == (document.sentences.count + 2) / 3)
    #expect(blocks.first?.tokens.lowerBound == 0)
    #expect(blocks.last?.tokens.upperBound == document.tokens.count)
    for (block, next) in zip(blocks, blocks.dropFirst()) {
        #expect(block.tokens.upperBound == next.tokens.lowerBound)
        #expect(block.sentences.upperBound == next.sentences.lowerBound)
        #expect(next.tokens.lowerBound == document.sentences[next.sentences.lowerBound].tokens.lowerBound)
    }
    // A rule span is handed to the one block that holds it.
    let mention = try #require(RuleProposer().propose(document).mentions.last)
    let spans = SentenceBlocks(document, sentencesPerBlock: 3).ruleSpans([mention], in: document)
    #expect(spans.map(\.count).reduce(0, +) == 1)
    #expect(spans.last?.first?.label == mention.label)
}

@Test func sentencesOutOfOrderAreViewedAsOneBlock() throws {
    let document = try exampleArticle()
    var shuffled = document
    shuffled.sentences.reverse()
    #expect(SentenceBlocks(shuffled, sentencesPerBlock: 2).blocks
            == [SentenceBlocks.Block(sentences: 0..<document.sentences.count, tokens: 0..<document.tokens.count)])
}
