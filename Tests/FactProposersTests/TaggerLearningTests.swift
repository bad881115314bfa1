import FactModel
import FactProposers
import FactText
import Foundation
import Testing

// MARK: - The analyst's memory and model

@Test func aNameAcceptedOnceIsProposedInTheNextArticle() {
    var tagger = TaggerFixture.tagger()
    let later = TextAnalyzer.analyze(id: "b", text: "Sophie Leroy a rejoint Nuit Debout à Nantes.", language: .french)
    #expect(!tagger.mentions(in: later).contains { $0.text == "Nuit Debout" && $0.label == "ORG" })
    let text = "Paul Girard a rejoint Nuit Debout à Lille."
    let first = TextAnalyzer.analyze(id: "a", text: text, language: .french)
    tagger.update(with: LabeledDocument(document: first, mentions: [
        mention("PER", "Paul Girard", in: text), mention("ORG", "Nuit Debout", in: text), mention("LOC", "Lille", in: text),
    ]))
    let found = tagger.mentions(in: later).first { $0.text == "Nuit Debout" }
    #expect(found?.label == "ORG", "\(tagger.mentions(in: later))")
    #expect(tagger.version == "1+u1")
    // The memory is part of the model file.
    let read = EntityTagger(file: try! TaggerModelFile.decode(try! tagger.fileWithGazetteer.encoded()))
    #expect(read.mentions(in: later).map(\.text) == tagger.mentions(in: later).map(\.text))
    #expect(read.memory.count == tagger.memory.count && read.version == "1+u1")
}

@Test func anUpdateLeavesAnAgreeingSentenceAlone() throws {
    var tagger = TaggerFixture.tagger()
    let text = "Jean Martin a rencontré les dirigeants de Renault à Lille."
    let document = TextAnalyzer.analyze(id: "t", text: text, language: .french)
    let gold = [mention("PER", "Jean Martin", in: text), mention("ORG", "Renault", in: text), mention("LOC", "Lille", in: text)]
    #expect(Set(tagger.mentions(in: document).map { "\($0.label) \($0.text)" }) == ["PER Jean Martin", "ORG Renault", "LOC Lille"])
    let before = try tagger.file.encoded()
    #expect(tagger.update(with: LabeledDocument(document: document, mentions: gold), learning: .init(memory: false)) == 0)
    #expect(try tagger.file.encoded() == before)
    #expect(tagger.version == "1")
}

@Test func theAnalystModelLearnsSavesAndIsReadBack() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("analyst-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = AnalystModel.path(sessionsFolder: folder)
    #expect(path.hasSuffix("/.factline/analyst.fr.flm"))
    let model = AnalystModel(path: path) { TaggerFixture.tagger() }
    let proposer = AnalystProposer(model: model)
    #expect(proposer.version.hasPrefix("model+rules+claims fixture 1+rules ") || proposer.version.hasPrefix("fixture 1+"))
    let text = "Paul Girard a rencontré les dirigeants de Michelin à Valence."
    let document = TextAnalyzer.analyze(id: "t", text: text, language: .french)
    let gold = [mention("PER", "Paul Girard", in: text), mention("ORG", "Michelin", in: text), mention("ORG", "Valence", in: text)]
    model.learn(LabeledDocument(document: document, mentions: gold))
    #expect(proposer.version.contains("fixture 1+u1+rules"))
    #expect(proposer.propose(document).mentions.contains { $0.text == "Valence" && $0.label == "ORG" })
    try model.save()
    let again = AnalystModel(path: path) { nil }
    #expect(again.tagger?.version == "1+u1")
    #expect(AnalystProposer(model: again).version == proposer.version)
}

// MARK: - The model file

@Test func theFirstFileVersionIsStillRead() throws {
    // An FLTAGGR1 file by hand: one label, a transition-free model with one weighted feature.
    let tags = TagSet(scheme: .bilou, labels: ["PER"])
    var bytes = Data("FLTAGGR1".utf8)
    func put<T: FixedWidthInteger>(_ value: T) { withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) } }
    let header = Data(#"{"info":{"name":"old","version":"3"},"labels":["PER"],"scheme":"bilou"}"#.utf8)
    put(UInt32(header.count)); bytes.append(header)
    put(Float(0.5).bitPattern); put(UInt32(1))
    put(UInt64(42)); put(UInt8(1)); put(UInt8(tags.count - 1)); put(UInt16(bitPattern: 6))
    put(UInt32(0))
    let file = try TaggerModelFile.decode(bytes)
    #expect(file.info["version"] == "3" && file.perceptron.tags == tags)
    var sequence = FeatureSequence()
    sequence.append(token: [UInt64(42)])
    #expect(file.perceptron.decode(sequence) == [tags.count - 1])
    // Written again, it is a v2 file with the same weights.
    let rewritten = try TaggerModelFile.decode(try file.encoded())
    #expect(rewritten.perceptron.decode(sequence) == [tags.count - 1])
    #expect(Array(try file.encoded().prefix(8)) == Array("FLTAGGR2".utf8))
}

@Test func aDamagedModelFileIsRefusedNotRead() throws {
    let bytes = try TaggerFixture.tagger().file.encoded()
    for cut in [9, 16, bytes.count / 3, bytes.count - 5] {
        #expect(throws: TaggerModelFile.ReadError.self) { try TaggerModelFile.decode(bytes.prefix(cut)) }
    }
    // A slot table with no empty slot would make a missing key probe forever: refused.
    var full = bytes
    let headerLength = Int(full.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: 8, as: UInt32.self) })
    let section = 12 + headerLength
    let slots = Int(full.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: section, as: UInt32.self) })
    for slot in 0..<slots {
        let at = section + 16 + slot * 8
        if full.withUnsafeBytes({ $0.loadUnaligned(fromByteOffset: at, as: UInt64.self) }) == 0 {
            full.replaceSubrange(at..<at + 8, with: [0x55, 0, 0, 0, 0, 0, 0, 1])
        }
    }
    #expect(throws: TaggerModelFile.ReadError.self) { try TaggerModelFile.decode(full) }
}
