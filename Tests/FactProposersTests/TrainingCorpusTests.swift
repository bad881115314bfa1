import FactFormats
import FactModel
import FactText
import Foundation
import Testing
@testable import FactProposers

// MARK: - Helpers

/// A fresh folder holding `NAME.txt` and `NAME.ann` for each (name, text, ann).
private func bratFolder(_ files: [(name: String, text: String, ann: String)]) throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("brat-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for file in files {
        try Data(file.text.utf8).write(to: folder.appendingPathComponent(file.name + ".txt"))
        try Data(file.ann.utf8).write(to: folder.appendingPathComponent(file.name + ".ann"))
    }
    return folder.path
}

/// The training mentions of one brat document.
private func trainingMentions(ann: String, text: String, labels: LabelMap) throws -> [Mention] {
    let folder = try bratFolder([("doc", text, ann)])
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let documents = try TrainingCorpus.brat(folder: folder, labels: labels, language: .english)
    return try #require(documents.first).mentions
}

// MARK: Re-DocRED's labels

/// Re-DocRED tags nationalities as locations; our guidelines call them NORP. Misc is dropped.
@Test func theRedocredMapTurnsDemonymLocationsIntoNORP() throws {
    let text = "A German and a South African crossed the Indian Ocean to Lyon with two boats in Avatar."
    let ann = """
        T1\tLocation 2 8\tGerman
        T2\tLocation 15 28\tSouth African
        T3\tLocation 41 53\tIndian Ocean
        T4\tLocation 57 61\tLyon
        T5\tNumber 67 70\ttwo
        T6\tMisc 80 86\tAvatar
        """
    let mentions = try trainingMentions(ann: ann, text: text, labels: .redocred)
    #expect(mentions.map(\.label) == ["NORP", "NORP", "LOC", "LOC", "QUANTITY"])
    #expect(mentions.map(\.text) == ["German", "South African", "Indian Ocean", "Lyon", "two"])
    #expect(LabelMap(parsing: "redocred") == .redocred)
    // Determiners are left out, as the guidelines ask; a capitalised `The` is part of a name.
    let article = try trainingMentions(ann: "T1\tLocation 3 20\tthe United States\nT2\tLocation 25 34\tThe Hague",
                                       text: "To the United States and The Hague.", labels: .redocred)
    #expect(article.map(\.text) == ["United States", "The Hague"])
    // The WiNER map is unchanged: a demonym location stays LOC there.
    #expect(try trainingMentions(ann: "T1\tLocation 2 8\tGerman", text: text, labels: .winer).map(\.label) == ["LOC"])
}

// MARK: The training normalisation

/// Elided articles are left out of spans, joined fragments are not learnt from, and of nested or
/// crossing spans the longest is kept (training keeps the longest, wherever it starts).
@Test func trainingLeavesOutElisionsFragmentsAndInnerSpans() throws {
    let text = "Il vit à l’Irak, près d’ Alep et de Paris Saint-Germain."
    func at(_ word: String) -> Int { text.unicodeScalars.distance(from: text.startIndex, to: text.range(of: word)!.lowerBound) }
    let paris = at("Paris"), alep = at("d’ Alep")
    let ann = """
        T1\tLocation \(at("l’Irak")) \(at("l’Irak") + 6)\tl’Irak
        T2\tLocation \(alep) \(alep + 7)\td’ Alep
        T3\tLocation \(paris) \(paris + 5)\tParis
        T4\tOrganization \(paris) \(paris + 19)\tParis Saint-Germain
        T5\tPerson 0 2;3 6\tIl vit
        """
    let mentions = try trainingMentions(ann: ann, text: text, labels: .winer)
    #expect(mentions.map(\.text) == ["Irak", "Alep", "Paris Saint-Germain"])
    #expect(mentions.map(\.label) == ["LOC", "LOC", "ORG"])
    // A crossing span longer than the first one wins in training (import keeps the first).
    let crossing = try trainingMentions(ann: "T1\tLocation 0 5\tParis\nT2\tOrganization 3 12\tis Saint-",
                                        text: "Paris Saint-Germain", labels: .winer)
    #expect(crossing.map(\.label) == ["ORG"])
}

/// Documents come in path order, with the text's path relative to the folder as their id; a
/// broken file is an error that names it, not a silently skipped document.
@Test func bratFoldersAreReadInPathOrderAndCheckedAsImportChecksThem() throws {
    let folder = try bratFolder([("b", "Lyon.", "T1\tLocation 0 4\tLyon"), ("a", "Nantes.", "T1\tLocation 0 6\tNantes")])
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let documents = try TrainingCorpus.brat(folder: folder + "/", labels: .winer, language: .french)
    #expect(documents.map(\.document.id) == ["a.txt", "b.txt"])
    try Data("T1\tLocation 0 x\tLyon".utf8).write(to: URL(fileURLWithPath: folder + "/b.ann"))
    #expect(throws: FormatError.self) { try TrainingCorpus.brat(folder: folder, labels: .winer, language: .french) }
}

/// CoNLL with BILOU tags, comments and two documents, mapped as `--label-map PERS=PER,LIEU=LOC`:
/// the labels it does not name are dropped.
@Test func conllFilesBecomeOneTrainingDocumentPerDocstart() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("toy-\(UUID().uuidString).conll").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    let contents = """
        -DOCSTART- O
        # sent_id = 1
        Marie B-PERS
        Dubois L-PERS
        est O
        à O
        Lyon U-LIEU
        chez O
        Renault U-ORGA

        -DOCSTART- O
        Nantes S-LIEU
        """
    try Data(contents.utf8).write(to: URL(fileURLWithPath: path))
    let map = try #require(LabelMap(parsing: "PERS=PER,LIEU=LOC"))
    let documents = try TrainingCorpus.conll(path: path, labels: map, language: .french)
    #expect(documents.count == 2)
    #expect(documents[0].document.text == "Marie Dubois est à Lyon chez Renault")
    #expect(documents[0].mentions.map { "\($0.label) \($0.text)" } == ["PER Marie Dubois", "LOC Lyon"])
    #expect(documents[1].mentions.map(\.text) == ["Nantes"])
    #expect(documents.map(\.document.id).allSatisfy { $0.hasSuffix("#1") || $0.hasSuffix("#2") })
}
