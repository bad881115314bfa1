import FactModel
import FactText
import Foundation
import Testing
@testable import FactFormats

private func journalFolder() throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("factline-journal-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    return folder
}

private func journalSession() -> Session {
    let document = TextAnalyzer.analyze(id: "s", text: "Sergueï Lavrov a parlé à Moscou et à Paris.", language: .french)
    let spans = ["Sergueï Lavrov", "Moscou", "Paris"].map { document.occurrences(of: $0)[0] }
    let proposals = ProposalSet(mentions: zip(spans, ["PER", "LOC", "LOC"]).map { span, label in
        MentionProposal(label: label, start: span.start, end: span.end, text: document.text(of: span), score: 0.9, rule: "t")
    }).numbered()
    return Session(document: document, source: "s.txt", schema: .news, proposer: ProposerRecord(name: "t", version: "1"),
                   proposals: proposals, annotator: "ana")
}

@Test func decisionsGoToTheJournalAndLoadBack() throws {
    let path = try journalFolder() + "/s.ana.json"
    let store = try SessionStore(path: path)
    var session = journalSession()
    try store.save(session)
    let snapshot = try Data(contentsOf: URL(fileURLWithPath: path))
    for action in [Action.accept(ids: ["m1"]), .relabel(id: "m2", label: "ORG"), .undo(event: 2), .note(id: "m3", text: "vu")] {
        let event = try session.record(action)
        try store.append(event, of: session)
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == snapshot, "a decision does not rewrite the snapshot")
    #expect(FileManager.default.fileExists(atPath: path + ".journal"))
    let loaded = try SessionLoader.load(path: path)
    #expect(loaded.events == session.events)
    #expect(loaded.annotations == session.annotations)
    try store.save(session)
    #expect(!FileManager.default.fileExists(atPath: path + ".journal"), "saving folds the journal into the snapshot")
    #expect(try SessionLoader.load(path: path).events == session.events)
    store.close()
}

@Test func anUnfinishedJournalLineIsIgnoredReportedAndCutOff() throws {
    let path = try journalFolder() + "/s.ana.json"
    var session = journalSession()
    do {
        let store = try SessionStore(path: path)
        try store.save(session)
        try store.append(try session.record(.accept(ids: ["m1"])), of: session)
        store.close()
    }
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path + ".journal"))
    handle.seekToEndOfFile()
    handle.write(Data("{\"annotator\":\"ana\",\"ids\":[\"m2\"],\"kind\":\"acc".utf8))
    try handle.close()
    let loaded = try SessionLoader.loadReporting(path: path)
    #expect(loaded.session.events.count == 1)
    #expect(loaded.notes.count == 1)
    let store = try SessionStore(path: path)
    #expect(store.openingNotes.count == 1, "the store cuts the torn line before appending")
    var reopened = loaded.session
    try store.append(try reopened.record(.reject(ids: ["m2"])), of: reopened)
    #expect(try SessionLoader.load(path: path).events.count == 2)
    store.close()
}

@Test func aJournalAlreadyInTheSnapshotIsSkippedAndAForeignOneRefused() throws {
    let path = try journalFolder() + "/s.ana.json"
    var session = journalSession()
    let store = try SessionStore(path: path)
    try store.save(session)
    try store.append(try session.record(.accept(ids: ["m1"])), of: session)
    let journal = try Data(contentsOf: URL(fileURLWithPath: path + ".journal"))
    try store.save(session)
    store.close()
    // A crash between writing the snapshot and removing the journal leaves both.
    try journal.write(to: URL(fileURLWithPath: path + ".journal"))
    #expect(try SessionLoader.load(path: path).events == session.events)
    // A journal of another session is an error, not a silent fold.
    let foreign = String(decoding: journal, as: UTF8.self).replacingOccurrences(of: "\"annotator\":\"ana\"", with: "\"annotator\":\"bob\"")
    try Data(foreign.utf8).write(to: URL(fileURLWithPath: path + ".journal"))
    #expect(throws: FormatError.self) { try SessionLoader.load(path: path) }
}

@Test func anExternalEditOfTheJournalIsNotOverwritten() throws {
    let path = try journalFolder() + "/s.ana.json"
    var session = journalSession()
    let store = try SessionStore(path: path)
    try store.save(session)
    try store.append(try session.record(.accept(ids: ["m1"])), of: session)
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path + ".journal"))
    handle.seekToEndOfFile()
    handle.write(Data("\n".utf8))
    try handle.close()
    let event = try session.record(.accept(ids: ["m2"]))
    #expect(throws: FormatError.changedOnDisk(path: path)) { try store.append(event, of: session) }
    store.close()
}

@Test func aDecisionThatCannotBeSavedRollsBack() throws {
    var session = journalSession()
    try session.record(.accept(ids: ["m1"]))
    let before = session
    try session.record(.relabel(id: "m2", label: "ORG"))
    session.rollBackLastRecord()
    #expect(session.events == before.events)
    #expect(session.annotations == before.annotations)
    #expect(session.state.undoTarget == 1)
    try session.record(.undo(event: 1))
    let undone = session
    try session.record(.redo(event: 2))
    session.rollBackLastRecord()
    #expect(session.annotations == undone.annotations)
    #expect(session.state.redoTarget == 2)
}
