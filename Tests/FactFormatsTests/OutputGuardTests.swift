import FactModel
import FactText
import Foundation
import Testing
@testable import FactFormats

// MARK: - An export never writes over its inputs or a session (issue 9, data item 1)

private func scratchFolder() throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("factline-out-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    return folder
}

private func writeSession(at path: String) throws {
    let document = TextAnalyzer.analyze(id: "s", text: "Un texte.", language: .french)
    let session = Session(document: document, source: "s.txt", schema: .news, proposer: ProposerRecord(name: "t", version: "1"),
                          proposals: ProposalSet(), annotator: "ana")
    try AtomicFile.write(try SessionFile(session).encoded(), to: path)
}

@Test func outputOverAnInputIsRefusedWhateverItsName() throws {
    let folder = try scratchFolder()
    let input = folder + "/s.ana.json"
    try Data("{}".utf8).write(to: URL(fileURLWithPath: input))
    let link = folder + "/link.jsonl", hard = folder + "/hard.jsonl"
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: input)
    try FileManager.default.linkItem(atPath: input, toPath: hard)
    for output in [input, folder + "/./s.ana.json", link, hard] {
        #expect(throws: FormatError.wouldOverwrite(path: output, reason: "it is the input \(input)")) {
            try OutputGuard.check(output: output, inputs: [input])
        }
    }
    #expect(throws: Never.self) { try OutputGuard.check(output: folder + "/new.jsonl", inputs: [input]) }
}

@Test func outputOverAnySessionIsRefused() throws {
    let folder = try scratchFolder()
    let other = folder + "/other.bob.json"
    try writeSession(at: other)
    #expect(OutputGuard.isSession(path: other))
    #expect(throws: FormatError.wouldOverwrite(path: other, reason: "it is a factline session")) {
        try OutputGuard.check(output: other, inputs: [folder + "/s.ana.json"])
    }
    // An earlier export (JSONL) or any other file may be replaced.
    let previous = folder + "/gold.jsonl"
    try Data("{\"text\":\"a\"}\n{\"text\":\"b\"}\n".utf8).write(to: URL(fileURLWithPath: previous))
    #expect(throws: Never.self) { try OutputGuard.check(output: previous, inputs: [other]) }
    #expect(FormatError.wouldOverwrite(path: other, reason: "it is a factline session").description
        == "\(other): not overwriting it, it is a factline session; choose another --out")
}
