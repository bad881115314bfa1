import FactFormats
import FactModel
import FactProposers
import Foundation
import Testing
@testable import FactShell

// The friction a trial of the shell found (issue 5): notes that could not be removed, no way
// back in a queue, ids completed in text order, a trailing newline that locked a session.

private struct WordProposer: Proposer {
    let name = "words"
    let version = "1"
    let words: [String]

    func propose(_ document: Document) -> ProposalSet {
        ProposalSet(mentions: words.flatMap { word in
            document.occurrences(of: word).map { MentionProposal(label: "PER", start: $0.start, end: $0.end, text: word, score: 0.5, rule: "word") }
        })
    }
}

private func temporaryFolder() throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("factline-friction-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

private func shell(_ articles: [Article], folder: String, words: [String] = ["Anna", "Marc"]) throws -> (AnnotationShell, BufferOutput) {
    let output = BufferOutput()
    let shell = try AnnotationShell(queue: articles, options: ShellOptions(annotator: "ana", sessionsFolder: folder, language: .french),
                                    proposer: WordProposer(words: words), output: output, style: .plain)
    return (shell, output)
}

@Test func notesCanBeRemovedAndThereforeEdited() throws {
    let (shell, output) = try shell([Article(id: "n", text: "Anna voit Marc.", source: "n.txt", path: "n.txt")], folder: try temporaryFolder())
    defer { shell.close() }
    shell.execute("note m1 première idée")
    shell.execute("note m1 seconde idée")
    shell.execute("unnote m1 1")
    #expect(shell.session.state.mentions["m1"]?.review.notes == ["seconde idée"])
    #expect(output.take().contains("removed note 1 «première idée»"))
    shell.execute("unnote m1 5")
    #expect(output.take().contains("error: m1 has 1 note(s)"))
    shell.execute("undo")
    #expect(shell.session.state.mentions["m1"]?.review.notes == ["première idée", "seconde idée"])
}

@Test func aQueueGoesBackAndToAnyArticle() throws {
    let folder = try temporaryFolder()
    let queue = (1...3).map { Article(id: "a\($0)", text: "Anna écrit \($0).", source: "q.jsonl#a\($0)", path: "q.jsonl") }
    let (shell, output) = try shell(queue, folder: folder)
    defer { shell.close() }
    shell.execute("done!")
    #expect(shell.queueIndex == 1)
    shell.execute("article prev")
    #expect(shell.queueIndex == 0)
    shell.execute("goto a3")
    #expect(shell.queueIndex == 2)
    _ = output.take()
    shell.execute("article")
    let listed = output.take()
    #expect(listed.contains("1. a1 · done") && listed.contains("▶ 3. a3"))
}

@Test func completionListsIdsInNumericOrder() throws {
    let text = (1...11).map { _ in "Anna" }.joined(separator: " et ") + "."
    let (shell, _) = try shell([Article(id: "c", text: text, source: "c.txt", path: "c.txt")], folder: try temporaryFolder())
    defer { shell.close() }
    shell.execute("reject m1")
    #expect(shell.completions(forWord: "m", inLine: "accept ") == (2...11).map { "m\($0)" })
}

@Test func aHugeLineIsRefusedCheaply() throws {
    let (shell, output) = try shell([Article(id: "h", text: "Anna voit Marc.", source: "h.txt", path: "h.txt")], folder: try temporaryFolder())
    defer { shell.close() }
    _ = output.take()
    shell.execute("note m1 " + String(repeating: "x", count: 10_000_000))
    #expect(output.take().hasPrefix("error: a command line is at most 64 KiB"))
    #expect(shell.session.events.isEmpty)
    shell.execute("a m1-m9223372036854775807")
    #expect(shell.session.state.mentions["m2"]?.review.status == .accepted, "a huge range costs what the session holds")
}

@Test func aSessionResumesWhenTheArticleOnlyGainedATrailingNewline() throws {
    let folder = try temporaryFolder()
    let (first, _) = try shell([Article(id: "w", text: "Anna voit Marc.", source: "w.txt", path: "w.txt")], folder: folder)
    first.execute("accept m1")
    first.close()
    let (again, output) = try shell([Article(id: "w", text: "Anna voit Marc.\n", source: "w.txt", path: "w.txt")], folder: folder)
    defer { again.close() }
    #expect(again.session.events.count == 1)
    #expect(again.resumed)
    again.greet()
    #expect(output.take().contains("(resumed, 1 events)"))
}

@Test func aChangedArticleIsRebasedWithAReportOfWhatWasNotCarried() throws {
    let folder = try temporaryFolder()
    let (first, _) = try shell([Article(id: "r", text: "Anna voit Marc à Lyon. Paul dort.", source: "r.txt", path: "r.txt")], folder: folder)
    first.execute("accept m1")        // Anna
    first.execute("reject m2")        // Marc
    first.execute("add LOC Lyon")
    first.execute("add PER Paul")
    first.execute("note m3 la ville")
    first.close()
    let old = folder + "/r.ana.json"
    let changed = Article(id: "r", text: "Hier, Anna voit Marc à Lyon. Pierre dort.", source: "r.txt", path: "r.txt")
    #expect(throws: ShellError.self) { _ = try shell([changed], folder: folder) }
    let output = BufferOutput()
    let options = ShellOptions(annotator: "ana", sessionsFolder: folder, language: .french, rebaseFrom: old)
    let again = try AnnotationShell(queue: [changed], options: options, proposer: WordProposer(words: ["Anna", "Marc"]), output: output, style: .plain)
    defer { again.close() }
    let said = output.take()
    #expect(said.contains("the old session is kept as \(folder)/r.ana.before-rebase.json"))
    #expect(said.contains("3 annotation(s) carried") && said.contains("not carried m4 PER «Paul»"), "\(said)")
    let mentions = again.session.state.mentions.values
    #expect(mentions.first { $0.mention.text == "Anna" }?.review.status == .accepted)
    #expect(mentions.first { $0.mention.text == "Marc" }?.review.status == .rejected)
    #expect(mentions.first { $0.mention.text == "Lyon" }?.review.notes == ["la ville"])
    #expect(FileManager.default.fileExists(atPath: folder + "/r.ana.before-rebase.json"))
}
