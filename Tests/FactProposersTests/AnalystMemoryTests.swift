import FactModel
@testable import FactProposers
import FactText
import Foundation
import Testing

// MARK: - The analyst's memory keeps tallies

/// Learns names only (no weight step), so that what changes a proposal is the memory.
private let namesOnly = EntityTagger.Learning(aggressiveness: 0)

private func article(_ id: String, _ text: String, _ gold: [(String, String)]) -> LabeledDocument {
    LabeledDocument(document: TextAnalyzer.analyze(id: id, text: text, language: .french),
                    mentions: gold.map { mention($0.0, $0.1, in: text) })
}

private func label(of name: String, in tagger: EntityTagger, _ text: String) -> String? {
    tagger.mentions(in: TextAnalyzer.analyze(id: "probe", text: text, language: .french)).first { $0.text == name }?.label
}

@Test func aNameLeftUnmarkedAsOftenAsAcceptedIsNoLongerProposed() throws {
    var tagger = TaggerFixture.tagger()
    let probe = "Ils ont parlé de Vortexa hier."
    #expect(label(of: "Vortexa", in: tagger, probe) == nil)
    tagger.update(with: article("a", "Paul Girard a rejoint Vortexa à Lille.", [("PER", "Paul Girard"), ("ORG", "Vortexa")]), learning: namesOnly)
    #expect(label(of: "Vortexa", in: tagger, probe) == "ORG")
    // The analyst leaves it unmarked in the next article: accepted once, unmarked once.
    tagger.update(with: article("b", "Marie Dubois parle de Vortexa à Lyon.", [("PER", "Marie Dubois")]), learning: namesOnly)
    #expect(label(of: "Vortexa", in: tagger, probe) == nil)
    // The tallies are part of the model file.
    let read = EntityTagger(file: try TaggerModelFile.decode(try tagger.fileWithGazetteer.encoded()))
    #expect(label(of: "Vortexa", in: read, probe) == nil)
    // Accepted again, it is accepted more often than not and proposed again.
    tagger.update(with: article("c", "Jean Martin quitte Vortexa.", [("PER", "Jean Martin"), ("ORG", "Vortexa")]), learning: namesOnly)
    #expect(label(of: "Vortexa", in: tagger, probe) == "ORG")
}

@Test func aRememberedNameTakesItsMostFrequentLabel() {
    var tagger = TaggerFixture.tagger()
    let probe = "Ils ont parlé de Zorblat hier."
    for (index, name) in ["ORG", "ORG", "LOC"].enumerated() {
        tagger.update(with: article("z\(index)", "Le rapport cite Zorblat.", [(name, "Zorblat")]), learning: namesOnly)
    }
    // ORG twice, LOC once: still ORG, though LOC is the latest.
    #expect(label(of: "Zorblat", in: tagger, probe) == "ORG")
    tagger.update(with: article("z3", "Le rapport cite Zorblat.", [("LOC", "Zorblat")]), learning: namesOnly)
    // A tie goes to the latest label.
    #expect(label(of: "Zorblat", in: tagger, probe) == "LOC")
}

@Test func aModelFileWithNamesButNoTalliesStillReads() throws {
    var tagger = TaggerFixture.tagger()
    tagger.update(with: article("a", "Paul Girard a rejoint Vortexa à Lille.", [("PER", "Paul Girard"), ("ORG", "Vortexa")]), learning: namesOnly)
    var file = tagger.fileWithGazetteer
    // The bytes a model file had before tallies: gazetteer, MEM1, names, nothing after.
    file.extra = tagger.features.gazetteer.encoded + Data("MEM1".utf8) + tagger.memory.names.encoded
    let read = EntityTagger(file: try TaggerModelFile.decode(try file.encoded()))
    #expect(read.memory.count == tagger.memory.count)
    #expect(label(of: "Vortexa", in: read, "Ils ont parlé de Vortexa hier.") == "ORG")
    // Damaged tallies leave the names usable.
    file.extra = tagger.features.gazetteer.encoded + Data("MEM1".utf8) + tagger.memory.names.encoded + Data("TAL1".utf8) + Data([9, 0, 0, 0, 1])
    let damaged = EntityTagger(file: try TaggerModelFile.decode(try file.encoded()))
    #expect(damaged.memory.count == tagger.memory.count)
}

// MARK: - Rehearsal


@Test func aRehearsalKeepsTheLatestSentencesUpToItsCapacity() {
    var tagger = TaggerFixture.tagger()
    var rehearsal = Rehearsal(capacity: 4)
    let replaying = EntityTagger.Learning(replayEpochs: 1)
    for (index, example) in TaggerFixture.documents(3).enumerated() {
        tagger.update(with: example, learning: replaying, rehearsal: &rehearsal)
        #expect(rehearsal.sentences.count == min(4, 3 * (index + 1)))
    }
    // The last document's three sentences are the newest kept.
    #expect(rehearsal.sentences.count == 4)
    var none = Rehearsal(capacity: 0)
    tagger.update(with: TaggerFixture.documents(1)[0], learning: replaying, rehearsal: &none)
    #expect(none.sentences.isEmpty)
}
