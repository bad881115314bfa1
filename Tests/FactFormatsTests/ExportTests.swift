import FactModel
import FactText
import Foundation
import Testing
@testable import FactFormats

@Test func exportTokensRebuildTheTextAndAlignEverySpan() throws {
    let text = "  Le 👨‍👩‍👧 de José\r\n\r\nL’OTAN  a dit: 12\u{202F}000 soldats.\n"
    let document = TextAnalyzer.analyze(id: "x", text: text, language: .french)
    let cut = document.occurrences(of: "sold")[0]  // inside the token "soldats"
    let otan = document.occurrences(of: "OTAN")[0]
    let tokens = ExportTokens.spacyTokens(of: document, splittingAt: [cut, otan])
    let rebuilt = tokens.map { $0.text + ($0.spaceAfter ? " " : "") }.joined()
    #expect(rebuilt == text)
    for token in tokens { #expect(document.text(from: token.start, to: token.end) == token.text) }
    #expect(tokens.range(of: cut) != nil)
    #expect(tokens.range(of: otan) != nil)
    #expect(tokens.contains { $0.kind == .space && $0.text == "\r\n\r\n" })
}

@Test func prodigyRecordHasSpansWithInclusiveTokenEnds() throws {
    let document = TextAnalyzer.analyze(id: "x", text: "Choe Son-hui est à Moscou.", language: .french)
    let span = document.occurrences(of: "Choe Son-hui")[0]
    var session = Session(document: document, source: "x.txt", schema: .news, proposer: ProposerRecord(name: "t", version: "1"),
                          proposals: ProposalSet(mentions: [MentionProposal(label: "PER", start: span.start, end: span.end, text: "Choe Son-hui", score: 1, rule: "t")]).numbered(),
                          annotator: "ana")
    try session.record(.accept(ids: ["m1"]))
    let line = try ProdigyJSONL.line(for: session, sessionPath: "Sessions/x.ana.json")
    let record = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    let spans = try #require(record["spans"] as? [[String: Any]])
    let tokens = try #require(record["tokens"] as? [[String: Any]])
    #expect(spans.count == 1)
    let first = try #require(spans[0]["token_start"] as? Int), last = try #require(spans[0]["token_end"] as? Int)
    #expect(tokens[first]["start"] as? Int == 0)
    #expect(tokens[last]["end"] as? Int == 12)
    #expect((record["factline"] as? [String: Any])?["status"] as? String == "in_progress")
    #expect(!line.contains("\n"))
}
