import FactModel
import FactText
import Foundation
import Testing
@testable import FactFormats

private func scratchFolder() throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("factline-store-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    return folder
}

private func sampleSession() -> Session {
    let document = TextAnalyzer.analyze(id: "s", text: "Sergueï Lavrov a parlé à Moscou.", language: .french)
    let lavrov = document.occurrences(of: "Sergueï Lavrov")[0], moscou = document.occurrences(of: "Moscou")[0]
    let proposals = ProposalSet(mentions: [
        MentionProposal(label: "PER", start: lavrov.start, end: lavrov.end, text: "Sergueï Lavrov", score: 0.9, rule: "t"),
        MentionProposal(label: "LOC", start: moscou.start, end: moscou.end, text: "Moscou", score: 0.9, rule: "t"),
    ]).numbered()
    return Session(document: document, source: "s.txt", schema: .news, proposer: ProposerRecord(name: "t", version: "1"),
                   proposals: proposals, annotator: "ana")
}

@Test func savedSessionsLoadBackAndVerify() throws {
    let path = try scratchFolder() + "/s.ana.json"
    let store = try SessionStore(path: path)
    var session = sampleSession()
    try session.record(.accept(ids: ["m1"]))
    try session.record(.relabel(id: "m2", label: "ORG"))
    try store.save(session)
    store.close()
    let loaded = try SessionLoader.load(path: path)
    #expect(loaded.annotations == session.annotations)
    #expect(loaded.events == session.events)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: (path as NSString).deletingLastPathComponent)
    #expect(!leftovers.contains { $0.contains(".tmp-") }, "no temporary file is left behind")
}

@Test func aSecondStoreCannotLockTheSameSession() throws {
    let path = try scratchFolder() + "/s.ana.json"
    let first = try SessionStore(path: path)
    #expect(throws: FormatError.self) { _ = try SessionStore(path: path) }
    first.close()
    let second = try SessionStore(path: path)
    second.close()
}

@Test func aFileChangedOnDiskIsNotOverwritten() throws {
    let path = try scratchFolder() + "/s.ana.json"
    let store = try SessionStore(path: path)
    try store.save(sampleSession())
    try Data("someone else's work".utf8).write(to: URL(fileURLWithPath: path))
    #expect(throws: FormatError.changedOnDisk(path: path)) { try store.save(sampleSession()) }
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "someone else's work")
}

@Test func tamperedSessionsAreRefused() throws {
    let path = try scratchFolder() + "/s.ana.json"
    var session = sampleSession()
    try session.record(.accept(ids: ["m1"]))
    var file = SessionFile(session)
    file.annotations.mentions[0].mention.label = "ORG"
    #expect(throws: SessionError.self) { _ = try SessionLoader.session(from: file) }
    file = SessionFile(session)
    file.article.text += "!"
    #expect(throws: SessionError.textChanged(expected: session.article.sha256, found: Document.hash(file.article.text))) {
        _ = try SessionLoader.session(from: file)
    }
    file = SessionFile(session)
    file.status = .complete
    #expect(throws: SessionError.self) { _ = try SessionLoader.session(from: file) }
    try AtomicFile.write(try SessionFile(session).encoded(), to: path)
    #expect(throws: Never.self) { _ = try SessionLoader.load(path: path) }
}
