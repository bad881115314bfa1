import FactModel
import FactText
import Foundation
import Testing
@testable import FactProposers

// MARK: The shipped English model

/// An invented English article: the default proposer runs the shipped English model on it.
@Test func anEnglishArticleGetsTheEnglishModelsProposals() throws {
    let tagger = try #require(ShippedModels.english, "Sources/FactProposers/Resources/en-wiki.flm is missing")
    #expect(tagger.name == "en-wiki")
    let text = "Maria Hoffmann, a German engineer, joined Siemens in Munich on 3 March 2015. Hoffmann said the plant employs 400 people."
    let document = TextAnalyzer.analyze(id: "invented-en", text: text, language: .english)
    let proposer = DefaultProposer()
    let mentions = proposer.propose(document).mentions
    let fromModel = mentions.filter { $0.rule == "model.en-wiki" }
    #expect(fromModel.contains { $0.label == "PER" && $0.text == "Maria Hoffmann" })
    #expect(fromModel.contains { $0.label == "LOC" && $0.text == "Munich" })
    #expect(fromModel.contains { $0.label == "NORP" && $0.text == "German" })
    #expect(proposer.version.hasSuffix("+en-wiki \(tagger.version)"))
    #expect(ShippedModels.englishVersion == "en-wiki \(tagger.version)")
    // The French path does not use it.
    let french = TextAnalyzer.analyze(id: "invented-fr", text: "Marie Dubois est arrivée à Lyon.", language: .french)
    #expect(!proposer.propose(french).mentions.contains { $0.rule == "model.en-wiki" })
}

/// The shipped model written out and read back proposes the same and writes the same bytes.
@Test func theEnglishModelRoundTripsThroughItsFile() throws {
    let tagger = try #require(ShippedModels.english, "Sources/FactProposers/Resources/en-wiki.flm is missing")
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("en-wiki-\(UUID().uuidString).flm").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    try tagger.write(to: path)
    let again = try EntityTagger.read(path: path)
    let document = TextAnalyzer.analyze(id: "invented-en", text: "The United Nations met in Geneva in 2019 with 30 Canadian delegates.",
                                        language: .english)
    #expect(again.mentions(in: document) == tagger.mentions(in: document))
    #expect(again.labels == tagger.labels && again.version == tagger.version)
    // The header alone names the model; a file that is not a model names nothing.
    #expect(EntityTagger.nameAndVersion(path: path) == "en-wiki \(tagger.version)")
    let notAModel = path + ".txt"
    defer { try? FileManager.default.removeItem(atPath: notAModel) }
    try Data("FLTAGGR2\u{ff}\u{ff}\u{ff}\u{7f}{}".utf8).write(to: URL(fileURLWithPath: notAModel))
    #expect(EntityTagger.nameAndVersion(path: notAModel) == nil)
    let copy = path + ".again"
    defer { try? FileManager.default.removeItem(atPath: copy) }
    try again.write(to: copy)
    #expect(FileManager.default.contents(atPath: copy) == FileManager.default.contents(atPath: path))
}
