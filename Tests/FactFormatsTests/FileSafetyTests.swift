#if canImport(Glibc)
import Glibc
#endif
import FactModel
import FactText
import Foundation
import Testing
@testable import FactFormats

// MARK: - Saving keeps the file's mode, refuses read-only files, cleans stale temporaries (issue 9)

private func scratchFolder() throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("factline-files-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    return folder
}

private func sample() -> Session {
    let document = TextAnalyzer.analyze(id: "s", text: "Sergueï Lavrov a parlé à Moscou.", language: .french)
    return Session(document: document, source: "s.txt", schema: .news, proposer: ProposerRecord(name: "t", version: "1"),
                   proposals: ProposalSet(), annotator: "ana")
}

private func mode(of path: String) -> mode_t {
    var info = stat()
    _ = stat(path, &info)
    return info.st_mode & 0o7777
}

@Test func savingKeepsThePermissionsOfTheSession() throws {
    let path = try scratchFolder() + "/s.ana.json"
    let store = try SessionStore(path: path)
    defer { store.close() }
    try store.save(sample())
    chmod(path, 0o600)
    var session = sample()
    try session.record(.complete)
    try store.save(session)
    #expect(mode(of: path) == 0o600, "a private session stays private")
}

@Test func aReadOnlySessionIsNotOverwritten() throws {
    let path = try scratchFolder() + "/s.ana.json"
    let store = try SessionStore(path: path)
    defer { store.close() }
    try store.save(sample())
    chmod(path, 0o444)
    let before = try Data(contentsOf: URL(fileURLWithPath: path))
    var session = sample()
    try session.record(.complete)
    #expect(throws: FormatError.unwritable(path: path, reason: "the session is read-only (mode 0444); make it writable, or annotate a copy with --session")) {
        try store.save(session)
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    #expect(mode(of: path) == 0o444)
}

@Test func staleTemporaryFilesAreCleanedWhenTheSessionIsOpened() throws {
    let folder = try scratchFolder()
    let path = folder + "/s.ana.json"
    let dead = folder + "/.s.ana.json.tmp-2147483000"  // no such process
    let live = folder + "/.s.ana.json.tmp-\(getppid())"
    let other = folder + "/.t.ana.json.tmp-2147483000"  // another session's: not ours to clean
    for file in [dead, live, other] { FileManager.default.createFile(atPath: file, contents: Data("x".utf8)) }
    let store = try SessionStore(path: path)
    store.close()
    #expect(!FileManager.default.fileExists(atPath: dead))
    #expect(FileManager.default.fileExists(atPath: live))
    #expect(FileManager.default.fileExists(atPath: other))
}

@Test func aSessionsFolderThatIsAFileSaysSo() throws {
    let folder = try scratchFolder()
    let file = folder + "/Sessions"
    FileManager.default.createFile(atPath: file, contents: Data())
    #expect(throws: FormatError.unwritable(path: file, reason: "cannot create the folder: a file has that name")) {
        _ = try SessionStore(path: file + "/s.ana.json")
    }
}

// MARK: - Links (issue 9, data item 4)

@Test func aSymlinkToAHeldSessionSharesItsLockAndStaysALink() throws {
    let folder = try scratchFolder()
    let path = folder + "/s.ana.json", link = folder + "/link.json"
    let store = try SessionStore(path: path)
    try store.save(sample())
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: path)
    #expect(throws: FormatError.alreadyOpen(path: link)) { _ = try SessionStore(path: link) }
    store.close()
    let throughLink = try SessionStore(path: link)
    defer { throughLink.close() }
    var session = sample()
    try session.record(.complete)
    try throughLink.save(session)
    #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: link)) == path, "the link is kept")
    #expect(try SessionLoader.load(path: path).status == .complete, "the file it points to is written")
}

@Test func aSessionWithHardLinksIsRefused() throws {
    let folder = try scratchFolder()
    let path = folder + "/s.ana.json", other = folder + "/t.ana.json"
    let store = try SessionStore(path: path)
    try store.save(sample())
    store.close()
    try FileManager.default.linkItem(atPath: path, toPath: other)
    #expect(throws: FormatError.unwritable(path: other, reason: "the session has 2 hard links, which saving would split; open a copy with --session")) {
        _ = try SessionStore(path: other)
    }
}
