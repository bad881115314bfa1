import FactModel
import FactText
import Foundation
import Testing
@testable import FactFormats

// MARK: - One session file per article, and a lock that knows its own process (issue 9)

private func scratchFolder() throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("factline-naming-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    return folder
}

private func queued(_ id: String) -> Article {
    Article(id: id, text: "Un texte.", source: "queue.jsonl#\(id)", path: "queue.jsonl", isInQueue: true)
}

/// Writes a new session of an article at `path`, as the shell would.
private func writeSession(of id: String, annotator: String = "ana", at path: String) throws {
    let document = TextAnalyzer.analyze(id: id, text: "Un texte.", language: .french)
    let session = Session(document: document, source: "queue.jsonl#\(id)", schema: .news,
                          proposer: ProposerRecord(name: "t", version: "1"), proposals: ProposalSet(), annotator: annotator)
    let store = try SessionStore(path: path)
    try store.save(session)
    store.close()
}

@Test func idsThatSlugAlikeGetDifferentSessionFiles() throws {
    let folder = try scratchFolder()
    let accented = SessionNaming.path(for: queued("Élan"), annotator: "ana", folder: folder)
    let plain = SessionNaming.path(for: queued("elan"), annotator: "ana", folder: folder)
    #expect(plain == folder + "/queue-elan.ana.json", "plain slugs keep their names, so old sessions resume")
    #expect(accented == folder + "/queue-elan_0dce8e03.ana.json")
    #expect(SessionNaming.path(for: queued("ELAN"), annotator: "ana", folder: folder) != accented)
    #expect(SessionNaming.path(for: queued("elan"), annotator: "Ana", folder: folder) != plain, "annotators too")
    // Long ids are cut to 80 characters: the hash tells them apart.
    let long = String(repeating: "a", count: 80)
    #expect(SessionNaming.path(for: queued(long + "b"), annotator: "ana", folder: folder)
        != SessionNaming.path(for: queued(long + "c"), annotator: "ana", folder: folder))
}

@Test func sessionsNamedBeforeHashesStillResume() throws {
    let folder = try scratchFolder()
    let legacy = folder + "/queue-elan.ana.json"
    try writeSession(of: "Élan", at: legacy)
    #expect(SessionNaming.path(for: queued("Élan"), annotator: "ana", folder: folder) == legacy)
    // The plain id whose name that old session took gets a name of its own.
    #expect(SessionNaming.path(for: queued("elan"), annotator: "ana", folder: folder) == folder + "/queue-elan_"
        + String(Document.hash("elan").prefix(8)) + ".ana.json")
    // Another annotator's old session is not taken over.
    #expect(SessionNaming.path(for: queued("Élan"), annotator: "bob", folder: folder) == folder + "/queue-elan_0dce8e03.bob.json")
}

@Test func aStoreKnowsItsOwnProcessHoldsTheLock() throws {
    let path = try scratchFolder() + "/s.ana.json"
    let first = try SessionStore(path: path)
    #expect(throws: FormatError.alreadyOpen(path: path)) { _ = try SessionStore(path: path) }
    let message = FormatError.alreadyOpen(path: path).description
    #expect(message.contains("already open in this factline") && !message.contains("pid"))
    // The refused store did not release the first one's lock.
    #expect(throws: FormatError.alreadyOpen(path: path)) { _ = try SessionStore(path: path) }
    first.close()
    let second = try SessionStore(path: path)
    second.close()
}
