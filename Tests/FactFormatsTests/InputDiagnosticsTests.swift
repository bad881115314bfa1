import FactModel
import Foundation
import Testing
@testable import FactFormats

/// Unclear messages of issue 9: every refusal says what the input is and where it goes wrong.

private func scratch() throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("factline-diag-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

private func message(_ body: () throws -> Void) -> String {
    do { try body() } catch { return "\(error)" }
    return "no error"
}

@Test func jsonProblemsHaveTheirLineAndColumn() {
    func problem(_ text: String, ints: Bool = false) -> String? {
        JSONDiagnostics.firstProblem(in: Data(text.utf8), integersFitInt64: ints)?.description
    }
    #expect(problem("{\"a\": [1, 2, 3]}") == nil)
    #expect(problem("{\"a\":\n  [1, 2,]}") == "line 2, column 9: a comma before ']' (trailing commas are not JSON)")
    #expect(problem("{\"a\": 1e400}") == "line 1, column 7: the number 1e400 is out of range (too large for a 64-bit float)")
    #expect(problem("[9223372036854775808]", ints: true) == "line 1, column 2: the number 9223372036854775808 is out of range (beyond ±9223372036854775807)")
    #expect(problem("[-9223372036854775808]", ints: true) == nil)
    #expect(problem("{\"é\": \"x") == "line 1, column 9: the file ends inside a string (opened at line 1, column 7) (truncated?)")
    #expect(problem(String(repeating: "[", count: 600) + String(repeating: "]", count: 600))
        == "line 1, column 513: arrays and objects nested more than 512 levels deep")
    #expect(problem(String(repeating: "[", count: 512) + String(repeating: "]", count: 512)) == nil)
    #expect(problem("") == "line 1, column 1: the file is empty (no JSON value)")
    #expect(problem("{} x") == "line 1, column 4: unexpected 'x' after the end of the JSON value")
    #expect(problem("[\"a\tb\"]") == "line 1, column 4: a raw control character (0x09) inside a string (JSON needs it escaped)")
}

@Test func articlesAndSessionsShareOneJSONPrefixWithAPosition() throws {
    let folder = try scratch()
    let article = folder + "/a.json"
    try Data("{\"id\": \"a\",\n \"text\": \"Un texte.\", \"n\": 1e999}".utf8).write(to: URL(fileURLWithPath: article))
    #expect(message { _ = try ArticleReader.read(path: article) }
        == "\(article): not valid JSON at line 2, column 28: the number 1e999 is out of range (too large for a 64-bit float)")
    let session = folder + "/s.json"
    try Data("{\"format\": \"factline.session/1\",\n \"events\": [".utf8).write(to: URL(fileURLWithPath: session))
    #expect(message { _ = try SessionLoader.load(path: session) }
        == "\(session): not valid JSON at line 2, column 13: the file ends inside an array (opened at line 2, column 12) (truncated?)")
}

@Test func specialFilesSayWhatTheyAre() throws {
    let folder = try scratch()
    let fifo = folder + "/fifo.txt"
    #expect(mkfifo(fifo, 0o600) == 0)
    #expect(message { _ = try ArticleReader.read(path: fifo) } == "\(fifo): cannot read: it is a FIFO (named pipe), not a regular file")
    #expect(message { _ = try SessionLoader.load(path: fifo) } == "\(fifo): cannot read: it is a FIFO (named pipe), not a regular file")
    #expect(message { _ = try ArticleReader.read(path: "/dev/zero") } == "/dev/zero: cannot read: it is a character device, not a regular file")
    let loop = folder + "/loop.txt"
    try FileManager.default.createSymbolicLink(atPath: loop, withDestinationPath: folder + "/loop2.txt")
    try FileManager.default.createSymbolicLink(atPath: folder + "/loop2.txt", withDestinationPath: loop)
    #expect(message { _ = try ArticleReader.read(path: loop) } == "\(loop): cannot read: a loop of symbolic links")
    #expect(message { _ = try ArticleReader.read(path: folder) } == "\(folder): cannot read: it is a folder")
}

@Test func utf16IsNamedNotCalledBinary() throws {
    let folder = try scratch()
    let path = folder + "/u.txt"
    var bytes: [UInt8] = [0xFF, 0xFE]
    for unit in "Kim Jong-un a reçu Lavrov.".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    #expect(message { _ = try ArticleReader.read(path: path) }
        == "\(path): the text is in UTF-16 (little-endian, with a byte-order mark), not UTF-8: convert it first (iconv -f UTF-16 -t UTF-8, or save it as UTF-8)")
    try Data(bytes.dropFirst(2)).write(to: URL(fileURLWithPath: path))
    #expect(message { _ = try ArticleReader.read(path: path) }.contains("UTF-16 (little-endian, without a byte-order mark)"))
    try Data([0x61, 0x00, 0x62]).write(to: URL(fileURLWithPath: path))
    #expect(throws: FormatError.binary(path: path)) { _ = try ArticleReader.read(path: path) }
}

@Test func aJournalLineThatIsNotJSONIsNamed() throws {
    let folder = try scratch()
    let path = folder + "/j.json.journal"
    let bytes = Data("{\"annotator\":\"a\"\n".utf8)
    #expect(message { _ = try SessionLoader.readJournal(bytes, path: path) }
        == "\(path):1: not valid JSON at column 17: the file ends inside an object (opened at line 1, column 1) (truncated?)")
}
