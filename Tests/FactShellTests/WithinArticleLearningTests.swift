import FactFormats
import FactModel
import FactProposers
import FactReplay
import FactText
import Foundation
import Testing
@testable import FactShell

/// The shell's copy of the analyst model learns from each finished sentence and proposes the
/// next sentences again (`repropose` events). The shipped French model proposes the made-up
/// collective «Valmont Durieux» as a person, twice; the analyst corrects the first one.
private let articleText = """
    Le collectif Valmont Durieux a manifesté à Lyon samedi. La police a encadré le cortège.
    Les organisateurs ont remercié la mairie. Plus tard, Valmont Durieux a annoncé une nouvelle marche à Paris.
    """

private func makeShell(learning: Bool, folder: String? = nil) throws -> (AnnotationShell, BufferOutput, String) {
    let folder = try folder ?? {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("factline-within-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }()
    let article = Article(id: "t", text: articleText, source: "t.txt", path: "t.txt")
    var options = ShellOptions(annotator: "ana", sessionsFolder: folder, language: .french)
    if learning { options.learnWithinArticle = { ShippedModels.french } }
    let output = BufferOutput()
    let shell = try AnnotationShell(queue: [article], options: options, proposer: NewsProposer(), output: output, style: .plain)
    return (shell, output, folder)
}

/// The pending proposal of the second «Valmont Durieux».
private func laterOccurrence(_ shell: AnnotationShell) -> MentionAnnotation? {
    let span = shell.session.document.occurrences(of: "Valmont Durieux")[1]
    return shell.session.state.mentions(overlapping: span).first { $0.review.status == .pending }
}

@Test func correctingAFirstOccurrenceReproposesTheNextOne() throws {
    _ = try #require(ShippedModels.french, "the shipped French model is a package resource")
    let (shell, output, folder) = try makeShell(learning: true)
    defer { shell.close() }
    let before = try #require(laterOccurrence(shell))
    #expect(before.mention.label == "PER", "the shipped model is expected to take the collective for a person")
    let first = shell.session.document.occurrences(of: "Valmont Durieux")[0]
    let firstID = try #require(shell.session.state.mentions(overlapping: first).first { $0.mention.span == first }?.id)
    let others = shell.session.state.mentions(overlapping: shell.session.document.sentences[0].span).map(\.id).filter { $0 != firstID }
    if !others.isEmpty { shell.execute("accept " + others.joined(separator: " ")) }
    _ = output.take()
    shell.execute("label \(firstID) ORG")
    let said = output.take()
    let after = try #require(laterOccurrence(shell))
    #expect(after.mention.label == "ORG")
    #expect(after.id != before.id && shell.session.state.mentions[before.id] == nil)
    #expect(said.contains("learnt from sentence 1: re-proposed 1 mention ahead (\(before.id) → \(after.id) ORG «Valmont Durieux»)"), "\(said)")
    let event = try #require(shell.session.events.last)
    guard case let .repropose(reproposal) = event.action else { Issue.record("no repropose event"); return }
    #expect(reproposal.withdrawn == [before.id] && reproposal.mentions.map(\.id) == [after.id])
    #expect(reproposal.model.hasPrefix("fr-news ") && reproposal.model.hasSuffix("+s1"))

    // On disk before the prompt returns, and replay folds to the same annotations.
    let saved = try SessionLoader.load(path: folder + "/t.ana.json")
    #expect(saved.annotations == shell.session.annotations)
    let steps = Replay.steps(of: saved)
    var cursor = ReplayCursor(session: saved, steps: steps)
    cursor.move(to: steps.count)
    #expect(cursor.mentions == shell.session.state.mentions)
    #expect(ActionText.describe(event.action) == "model re-proposed: −\(before.id) +\(after.id) ORG «Valmont Durieux»")

    // Undo takes back the relabel, not the model's re-proposal, which stays.
    shell.execute("undo")
    #expect(shell.session.state.mentions[firstID]?.mention.label == "PER")
    #expect(shell.session.state.mentions[after.id]?.mention.label == "ORG")
    #expect(shell.session.state.mentions[before.id] == nil)
}

@Test func withoutLearningNothingIsReproposed() throws {
    let (shell, _, _) = try makeShell(learning: false)
    defer { shell.close() }
    let before = laterOccurrence(shell)
    let first = shell.session.document.occurrences(of: "Valmont Durieux")[0]
    let ids = shell.session.state.mentions(overlapping: shell.session.document.sentences[0].span).map(\.id)
    shell.execute("accept " + ids.joined(separator: " "))
    if let id = shell.session.state.mentions(overlapping: first).first?.id { shell.execute("label \(id) ORG") }
    #expect(laterOccurrence(shell) == before)
    #expect(!shell.session.events.contains { $0.action.kind == "repropose" })
}

@Test func theWindowIsBounded() throws {
    let tagger = try #require(ShippedModels.french)
    let sentence = "Valmont Durieux a parlé à Lyon. "
    let document = TextAnalyzer.analyze(id: "w", text: String(repeating: sentence, count: 60), language: .french)
    var learner = WithinArticleLearner(tagger: tagger)
    let span = document.occurrences(of: "Valmont Durieux")[0]
    let change = learner.learnAndLookAhead(sentence: 0, of: document, gold: [Mention(label: "ORG", span: span, in: document)],
                                           windowSentences: 20, windowWords: 1_000)
    #expect(change?.window == 1..<21)
    #expect(change?.found.allSatisfy { document.sentenceIndex(containing: $0.start).map { (1..<21).contains($0) } ?? false } == true)
}

/// Proposals that did not come from the analyst model (imported, reviewed, rules only).
private struct ImportedProposals: Proposer {
    let name = "import"
    let version = "1"
    func propose(_ document: Document) -> ProposalSet {
        let names = document.occurrences(of: "Valmont Durieux"), lyon = document.occurrences(of: "Lyon")[0]
        return ProposalSet(mentions: [
            MentionProposal(label: "PER", start: names[0].start, end: names[0].end, text: "Valmont Durieux", score: 1, rule: "import"),
            MentionProposal(label: "LOC", start: lyon.start, end: lyon.end, text: "Lyon", score: 1, rule: "import"),
            MentionProposal(label: "PER", start: names[1].start, end: names[1].end, text: "Valmont Durieux", score: 1, rule: "import"),
        ])
    }
}

@Test func proposalsTheModelDidNotMakeAreNeverReplaced() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("factline-within-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    var options = ShellOptions(annotator: "ana", sessionsFolder: folder, language: .french)
    options.learnWithinArticle = { ShippedModels.french }
    let article = Article(id: "t", text: articleText, source: "t.txt", path: "t.txt")
    let shell = try AnnotationShell(queue: [article], options: options, proposer: ImportedProposals(), output: BufferOutput(), style: .plain)
    defer { shell.close() }
    shell.execute("accept m2")
    shell.execute("label m1 ORG")
    #expect(shell.session.state.mentions["m1"]?.mention.label == "ORG")
    #expect(!shell.session.events.contains { $0.action.kind == "repropose" })
    #expect(shell.session.state.mentions["m3"]?.mention.label == "PER")
}
