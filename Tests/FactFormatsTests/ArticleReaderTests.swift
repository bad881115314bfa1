import Foundation
import Testing
@testable import FactFormats

private func temporaryFile(_ name: String, _ bytes: [UInt8]) throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("factline-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let path = folder.appendingPathComponent(name).path
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    return path
}

@Test func plainTextIsReadByteForByte() throws {
    let text = "« Kim »\r\nCafe\u{301} 👍🏽"
    let path = try temporaryFile("note.fr.txt", Array(text.utf8))
    let articles = try ArticleReader.read(path: path)
    #expect(articles.count == 1)
    #expect(articles[0].text == text)
    #expect(articles[0].id == "note.fr")
    #expect(Array(articles[0].text.utf8) == Array(text.utf8))
}

@Test func jsonAndQueuesAreRead() throws {
    let json = try temporaryFile("a.json", Array(#"{"id": 7, "text": "Un texte.", "meta": {"url": "https://x.org/a", "n": 3}}"#.utf8))
    let article = try #require(try ArticleReader.read(path: json).first)
    #expect(article.id == "7")
    #expect(article.meta["url"] == "https://x.org/a")
    #expect(article.meta["n"] == "3")
    let queue = try temporaryFile("q.jsonl", Array("{\"id\":\"a\",\"text\":\"Un.\"}\n\n{\"text\":\"Deux.\",\"lang\":\"fr\"}\n".utf8))
    let articles = try ArticleReader.read(path: queue)
    #expect(articles.map(\.id) == ["a", "line3"])
    #expect(articles[1].meta["lang"] == "fr")
    #expect(articles.allSatisfy { $0.isInQueue })
}

@Test func badInputIsRefusedWithItsReason() throws {
    let binary = try temporaryFile("b.txt", [0x61, 0x00, 0x62])
    #expect(throws: FormatError.binary(path: binary)) { _ = try ArticleReader.read(path: binary) }
    let latin1 = try temporaryFile("l.txt", [0x43, 0x6F, 0x72, 0xE9, 0x65])
    #expect(throws: FormatError.invalidUTF8(path: latin1, byteOffset: 3)) { _ = try ArticleReader.read(path: latin1) }
    let truncated = try temporaryFile("t.txt", [0x61, 0xF0, 0x9F, 0x91])
    #expect(throws: FormatError.invalidUTF8(path: truncated, byteOffset: 1)) { _ = try ArticleReader.read(path: truncated) }
    #expect(throws: FormatError.self) { _ = try ArticleReader.read(path: "/nonexistent/x.txt") }
    let badLine = try temporaryFile("q.jsonl", Array("{\"text\":\"a\"}\n{\"text\": }\n".utf8))
    #expect(throws: FormatError.badJSON(path: badLine, line: 2, reason: "not valid JSON at column 10: unexpected '}' where a value should be")) {
        _ = try ArticleReader.read(path: badLine)
    }
    let big = try temporaryFile("big.txt", Array(repeating: 0x61, count: 2048))
    #expect(throws: FormatError.self) { _ = try ArticleReader.readBytes(path: big, limit: 1024) }
}

@Test func sessionNamesAreSlugs() {
    // Parts that are not slugs already get a short hash of their exact text (issue 9).
    let article = Article(id: "Corée du Nord: l’été", text: "x", source: "q.jsonl#1", path: "in/q.jsonl", isInQueue: true)
    #expect(SessionNaming.path(for: article, annotator: "Gaëlle V", folder: "/nonexistent")
        == "/nonexistent/q-coree-du-nord-l-ete_c361083f.gaelle-v_d9acb88d.json")
}

@Test func theShippedSchemaFileIsTheDefaultSchema() throws {
    let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Examples/schemas/news.json").standardized.path
    #expect(try SchemaReader.read(path: path) == .news)
}
