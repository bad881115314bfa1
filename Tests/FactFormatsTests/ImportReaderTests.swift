import FactFormats
import FactModel
import Foundation
import Testing

// MARK: - Helpers

/// Writes files under a fresh folder and returns its path.
private func folder(_ files: [String: String]) throws -> String {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("import-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    for (name, contents) in files { try Data(contents.utf8).write(to: root.appendingPathComponent(name)) }
    return root.path
}

// MARK: - --label-map files

/// A label map is a built-in name, `From=TO,…`, or a file (JSON object or `FROM TO` lines) that
/// keeps the labels it does not name; anything else is an error naming the argument.
@Test func labelMapsAreReadFromNamesPairsAndFiles() throws {
    let root = try folder(["map.json": #"{"Location": "LOC"}"#, "map.txt": "# WiNER\nPerson PER\n\nLocation\tLOC\n", "bad.txt": "Person\n"])
    defer { try? FileManager.default.removeItem(atPath: root) }
    #expect(try LabelMap.read("winer", demonymWords: []) == .winer)
    #expect(try LabelMap.read("redocred", demonymWords: ["german"]) == .redocred(demonymWords: ["german"]))
    #expect(try LabelMap.read("A=B", demonymWords: []) == LabelMap(["A": "B"], keepOthers: false))
    #expect(try LabelMap.read(root + "/map.json", demonymWords: []) == LabelMap(["Location": "LOC"], keepOthers: true))
    #expect(try LabelMap.read(root + "/map.txt", demonymWords: []) == LabelMap(["Person": "PER", "Location": "LOC"], keepOthers: true))
    #expect(throws: FormatError.badJSON(path: root + "/bad.txt", line: 1, reason: "expected 'FROM TO'")) {
        try LabelMap.read(root + "/bad.txt", demonymWords: [])
    }
    #expect(throws: FormatError.self) { try LabelMap.read(root + "/missing.txt", demonymWords: []) }
}

// MARK: - brat

/// A label the map drops is not a mention but stays in `brat.unmapped`, which the brat export
/// writes back; `flat: false` keeps nested spans for training.
@Test func bratMentionsTheMapDropsAreKeptVerbatim() throws {
    let root = try folder(["a.txt": "Paris Saint-Germain joue.", "a.ann": "T1\tOrganization 0 19\tParis Saint-Germain\nT2\tLocation 0 5\tParis\nT3\tMisc 20 24\tjoue"])
    defer { try? FileManager.default.removeItem(atPath: root) }
    let document = try BratReader.read(annPath: root + "/a.ann", labels: .winer, annotator: nil)
    #expect(document.mentions.map(\.mention.label) == ["ORG"])
    #expect(document.dropped == 1 && document.leftOut == 1)
    #expect(document.meta["brat.unmapped"] == "T3\tMisc 20 24\tjoue\nT2\tLocation 0 5\tParis")
    let nested = try BratReader.read(annPath: root + "/a.ann", labels: .winer, annotator: nil, flat: false)
    #expect(nested.mentions.map(\.mention.label) == ["ORG", "LOC"] && nested.leftOut == 0)
}

// MARK: - CoNLL

/// IOB2, BIOES and BILOU tags all read; comments end a sentence; a bad tag names its line.
@Test func conllReadsBILOUAndComments() throws {
    let root = try folder(["a.conll": "# sent_id = 1\nMarie B-PER\nDubois L-PER\nà O\nLyon U-LOC\n\n# text\nNantes S-LOC\n",
                           "bad.conll": "Paris\tX-LOC\n"])
    defer { try? FileManager.default.removeItem(atPath: root) }
    let documents = try RecordReaders.conll(path: root + "/a.conll", labels: .unchanged, annotator: nil)
    #expect(documents.map(\.text) == ["Marie Dubois à Lyon\nNantes"])
    #expect(documents[0].mentions.map { "\($0.mention.label) \($0.mention.text)" } == ["PER Marie Dubois", "LOC Lyon", "LOC Nantes"])
    #expect(throws: FormatError.badJSON(path: root + "/bad.conll", line: 1, reason: "bad tag 'X-LOC' (expected O, B-X or I-X)")) {
        try RecordReaders.conll(path: root + "/bad.conll", labels: .unchanged, annotator: nil)
    }
}
