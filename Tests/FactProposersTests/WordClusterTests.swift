import FactModel
@testable import FactProposers
import FactText
import Foundation
import Testing

// MARK: - Word clusters of the training text

/// A text of `count` sentences where the demonyms stand in the same company (`le ministre X a
/// déclaré`), the cities in another (`à X ,`), and filler words (`motN`) in a third: with 400,
/// enough words for the finest granularity (256 clusters).
private func clusteredText(_ count: Int = 400, fillers: Int = 300) -> Document {
    let demonyms = ["allemand", "britannique", "italien"], cities = ["lyon", "nantes", "lille"]
    var sentences: [String] = []
    for i in 0..<count {
        sentences.append("Le ministre \(demonyms[i % 3]) a déclaré que mot\(i % fillers) était prêt.")
        sentences.append("Il vit à \(cities[i % 3]), près de mot\((i * 7) % fillers) et de mot\((i * 13) % fillers).")
    }
    return TextAnalyzer.analyze(id: "clusters", text: sentences.joined(separator: " "), language: .french)
}

private func hash(_ word: String) -> UInt64 { StableHash.string(word) }

@Test func wordsInTheSameCompanyShareTheirClustersAndTheTableIsDeterministic() throws {
    // Fewer words and clusters than a model's, to keep the test quick in a debug build.
    let document = clusteredText(120, fillers: 60)
    let clusters = WordClusters(documents: [document], seed: 3, granularities: [4, 16, 32])
    #expect(clusters.count > 60)
    let allemand = try #require(clusters.clusters(of: hash("allemand")))
    #expect(clusters.clusters(of: hash("britannique")) == allemand)
    #expect(clusters.clusters(of: hash("italien")) == allemand)
    let lyon = try #require(clusters.clusters(of: hash("lyon")))
    #expect(clusters.clusters(of: hash("nantes")) == lyon)
    #expect(lyon != allemand)
    // A word never seen has no cluster.
    #expect(clusters.clusters(of: hash("zanzibar")) == nil)
    // The same text and seed give the same bytes; the bytes read back.
    #expect(WordClusters(documents: [document], seed: 3, granularities: [4, 16, 32]).encoded == clusters.encoded)
    let (read, used) = try #require(WordClusters.decode(clusters.encoded))
    #expect(used == clusters.encoded.count)
    #expect(read.encoded == clusters.encoded)
    // Cut short, they do not.
    #expect(WordClusters.decode(clusters.encoded.prefix(clusters.encoded.count - 3)) == nil)
}

@Test func aTextTooSmallToClusterGivesNoClusters() {
    let document = TextAnalyzer.analyze(id: "small", text: "Marie est à Lyon. Marie est à Lyon.", language: .french)
    #expect(WordClusters(documents: [document], seed: 1).count == 0)
    #expect(WordClusters.decode(Data())  == nil)
}

/// A tagger trained with clusters on the fixture plus the cluster text.
private func clusteredTagger() -> EntityTagger {
    var options = EntityTrainer.Options(labels: ["PER", "ORG", "LOC", "DATE"])
    options.epochs = 3
    options.features = EntityFeatures.Options(lexicons: true, rules: false, clusters: true)
    options.info = ["name": "fixture", "version": "1"]
    let documents = TaggerFixture.documents() + [LabeledDocument(document: clusteredText(), mentions: [])]
    return EntityTrainer.train(documents, options: options)
}

@Test func aModelKeepsItsClustersThroughItsFileAndItsUpdates() throws {
    let tagger = clusteredTagger()
    #expect(tagger.features.options.clusters)
    #expect(tagger.file.info["features"]?.contains("clusters") == true)
    let count = tagger.features.clusters.count
    #expect(count > 256)
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("factline-clusters-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("m.flm").path
    try tagger.write(to: path)
    let read = try EntityTagger.read(path: path)
    #expect(read.features.clusters.encoded == tagger.features.clusters.encoded)
    let document = TaggerFixture.documents(3)[2].document
    // The same mentions (the file's weights are quantised, so scores may move by a hundredth).
    let spans = { (tagger: EntityTagger) in tagger.mentions(in: document).map { "\($0.label) \($0.start)-\($0.end)" } }
    #expect(spans(read) == spans(tagger))
    #expect(spans(tagger).count >= 6)
    // Learning names empties the file's extra bytes, which are written again with the clusters.
    var updated = read
    updated.update(with: LabeledDocument(document: TextAnalyzer.analyze(id: "new", text: "Zorglub Inc a racheté Airbus.", language: .french),
                                         mentions: [Mention(label: "ORG", start: 0, end: 11, text: "Zorglub Inc")]))
    #expect(updated.memory.count > 0)
    try updated.write(to: path)
    let again = try EntityTagger.read(path: path)
    #expect(again.features.clusters.count == count)
    #expect(again.memory.count == updated.memory.count)
    // Training further from it keeps its clusters rather than clustering the new text.
    var options = EntityTrainer.Options(labels: ["PER"])
    options.epochs = 1
    let further = EntityTrainer.train(TaggerFixture.documents(4), options: options, from: again)
    #expect(further.features.clusters.encoded == tagger.features.clusters.encoded)
}

// MARK: - What the rest of the article says about a capitalised word

@Test func aSentenceInitialNameCapitalisedElsewhereInMidSentenceGetsTheDocumentFeature() {
    let text = "Kienle remporte la course. Le public acclame Kienle à Roth. Personne ne le savait."
    let document = TextAnalyzer.analyze(id: "doc", text: text, language: .french)
    let context = DocumentContext(document)
    func keys(_ word: String, occurrence: Int = 0) -> [UInt64] {
        let index = document.tokens.indices.filter { document.tokens[$0].text == word }[occurrence]
        var keys: [UInt64] = []
        context.append(at: index, to: &keys)
        return keys
    }
    // First in its sentence, and capitalised in mid-sentence elsewhere: 2 + 1.
    #expect(keys("Kienle") == [StableHash.key(52, 3)])
    // In mid-sentence, and not elsewhere in mid-sentence: 0.
    #expect(keys("Kienle", occurrence: 1) == [StableHash.key(52, 0)])
    // Said once, or not capitalised: nothing.
    #expect(keys("Roth").isEmpty)
    #expect(keys("course").isEmpty)
    #expect(keys("Personne").isEmpty)
    // Out of range: nothing, no crash.
    var none: [UInt64] = []
    context.append(at: document.tokens.count + 5, to: &none)
    #expect(none.isEmpty)
}

@Test func theDocumentFeatureIsTheSameWhateverTheBlockSize() {
    let text = TaggerFixture.documents(6).map(\.document.text).joined(separator: "\n\n")
    let document = TextAnalyzer.analyze(id: "doc-blocks", text: text, language: .french)
    let extractor = EntityFeatures(options: EntityFeatures.Options(document: true))
    func keys(_ size: Int) -> [[UInt64]] {
        var all: [[UInt64]] = []
        extractor.forEachSequence(in: document, ruleMentions: nil, learning: false, blockSentences: size) { _, sequence in all.append(sequence.keys) }
        return all
    }
    let whole = keys(Int.max)
    #expect(whole.flatMap { $0 }.contains(StableHash.key(52, 0)))
    #expect(keys(1) == whole)
    #expect(keys(4) == whole)
}
