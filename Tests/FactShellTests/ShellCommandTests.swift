import FactFormats
import FactModel
import FactProposers
import Foundation
import Testing
@testable import FactShell

/// A proposer with fixed answers, so these tests exercise the shell, not the rules.
private struct FixedProposer: Proposer {
    let name = "fixed"
    let version = "1"
    let proposals: [(String, String, Int)]  // label, text, occurrence

    func propose(_ document: Document) -> ProposalSet {
        ProposalSet(mentions: proposals.map { label, text, occurrence in
            let span = document.occurrences(of: text)[occurrence]
            return MentionProposal(label: label, start: span.start, end: span.end, text: text, score: 0.5, rule: "fixed")
        })
    }
}

private let articleText = "Sergueï Lavrov a rencontré Choe Son-hui à Moscou. Lavrov a nié, selon TASS.\nPar : Gaëlle Villeneuve"

private func makeShell(_ folder: String? = nil) throws -> (AnnotationShell, BufferOutput, String) {
    let folder = try folder ?? {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("factline-shell-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }()
    let article = Article(id: "t", text: articleText, source: "t.txt", path: "t.txt")
    let proposer = FixedProposer(proposals: [("PER", "Sergueï Lavrov", 0), ("ORG", "Choe Son-hui", 0), ("LOC", "Moscou", 0), ("PER", "Lavrov", 1)])
    let output = BufferOutput()
    let shell = try AnnotationShell(queue: [article], options: ShellOptions(annotator: "ana", sessionsFolder: folder, language: .french),
                                    proposer: proposer, output: output, style: .plain)
    return (shell, output, folder)
}

@Test func acceptWithoutIDTakesTheFocusAndMovesOn() throws {
    let (shell, output, _) = try makeShell()
    defer { shell.close() }
    #expect(shell.focus == "m1")
    shell.execute("a")
    #expect(output.take().contains("accepted m1 PER «Sergueï Lavrov»"))
    #expect(shell.focus == "m2")
    shell.execute("label PER")
    #expect(shell.session.state.mentions["m2"]?.mention.label == "PER")
    #expect(shell.focus == "m3")
    #expect(shell.prompt == "factline 2/0/2 m3> ")
}

@Test func everyDecisionIsOnDiskWhenTheCommandReturns() throws {
    let (shell, _, folder) = try makeShell()
    defer { shell.close() }
    shell.execute("accept m1 m3")
    shell.execute("reject m4")
    let saved = try SessionLoader.load(path: folder + "/t.ana.json")
    #expect(saved.events.count == 2)
    #expect(saved.annotations == shell.session.annotations)
}

@Test func addFindsTextAndPrefersTheSentenceShown() throws {
    let (shell, output, _) = try makeShell()
    defer { shell.close() }
    shell.execute("add ORG TASS")
    #expect(output.take().contains("added m5 ORG «TASS»"))
    shell.execute("add PER «Gaëlle Villeneuve»")
    #expect(shell.session.state.mentions["m6"]?.mention.text == "Gaëlle Villeneuve")
    // "Lavrov" occurs twice; both are proposals (m1 covers the first).
    shell.execute("show 1")
    shell.execute("add PER Lavrov 2")
    #expect(shell.session.state.mentions["m4"]?.review.status == .accepted, "adding a proposed span accepts the proposal")
    shell.execute("add PER \"pas là\"")
    #expect(output.take().contains("error: «pas là» is not in the article"))
}

@Test func growAndShrinkMoveBoundariesByTokens() throws {
    let (shell, _, _) = try makeShell()
    defer { shell.close() }
    shell.execute("shrink m1 left")
    #expect(shell.session.state.mentions["m1"]?.mention.text == "Lavrov")
    shell.execute("grow m1 left")
    #expect(shell.session.state.mentions["m1"]?.mention.text == "Sergueï Lavrov")
    shell.execute("grow m3 right")
    #expect(shell.session.state.mentions["m3"]?.mention.text == "Moscou", "growing onto punctuation needs grow!")
    shell.execute("grow! m3 right")
    #expect(shell.session.state.mentions["m3"]?.mention.text == "Moscou.")
    shell.execute("undo")
    #expect(shell.session.state.mentions["m3"]?.mention.text == "Moscou")
    shell.execute("redo")
    #expect(shell.session.state.mentions["m3"]?.mention.text == "Moscou.")
}

@Test func mistakesGetOneLineErrorsAndChangeNothing() throws {
    let (shell, output, _) = try makeShell()
    defer { shell.close() }
    for line in ["acept", "accept m42", "label m1 PERSON", "resize m1 3 1", "add PER", "note m1", "add PER \"open", "undo"] {
        _ = output.take()
        #expect(shell.execute(line) == .proceed)
        let printed = output.take()
        #expect(printed.hasPrefix("error: "), "\(line) → \(printed)")
        #expect(printed.split(separator: "\n").count == 1, "\(line) → \(printed)")
    }
    #expect(shell.session.events.isEmpty)
    shell.execute("delete m1")
    #expect(shell.session.state.mentions["m1"]?.review.status == .rejected, "deleting a pending proposal rejects it")
}

@Test func completionOffersCommandsIdsAndLabels() throws {
    let (shell, _, _) = try makeShell()
    defer { shell.close() }
    #expect(shell.completions(forWord: "acc", inLine: "") == ["accept"])
    #expect(shell.completions(forWord: "m", inLine: "accept ").sorted() == ["m1", "m2", "m3", "m4"])
    #expect(shell.completions(forWord: "pe", inLine: "label m1 ") == ["per"])
    #expect(shell.completions(forWord: "", inLine: "add ").count == LabelSchema.news.mentionLabels.count)
    shell.execute("reject m2")
    #expect(!shell.completions(forWord: "m", inLine: "accept ").contains("m2"))
}

@Test func plainRenderingMarksPendingAndAccepted() throws {
    let (shell, output, _) = try makeShell()
    defer { shell.close() }
    shell.execute("accept m1")
    _ = output.take()
    shell.execute("show 1")
    let shown = output.take()
    #expect(shown.contains("[Sergueï Lavrov|PER m1]"))
    #expect(shown.contains("[Moscou|LOC? m3]"))
    #expect(!shown.contains("\u{1B}"))
}

@Test func resumingASessionKeepsItsDecisions() throws {
    let (shell, _, folder) = try makeShell()
    shell.execute("accept m1")
    shell.close()
    let (again, _, _) = try makeShell(folder)
    defer { again.close() }
    #expect(again.session.events.count == 1)
    #expect(again.focus == "m2")
}

@Test func safeTextEscapesControlsAndBidi() {
    #expect(SafeText.escape("a\u{1B}[31mb\u{202E}c\td") == "a\\u{1B}[31mb\\u{202E}c\\td")
    #expect(SafeText.escape("« Gaëlle 최선희 👍🏽 »") == "« Gaëlle 최선희 👍🏽 »")
}

@Test func bareIDsShowAndBareLabelsRelabel() throws {
    let (shell, output, _) = try makeShell()
    defer { shell.close() }
    shell.execute("m3")
    #expect(shell.focus == "m3")
    #expect(output.take().contains("→ m3 LOC «Moscou»"))
    shell.execute("org")
    #expect(shell.session.state.mentions["m3"]?.mention.label == "ORG")
    #expect(shell.session.state.mentions["m3"]?.review.status == .accepted)
    shell.execute("m99")
    #expect(output.take().contains("error: "))
}

@Test func addTakesUnquotedWordsAndATrailingOccurrence() throws {
    let (shell, _, _) = try makeShell()
    defer { shell.close() }
    shell.execute("reject m2")
    shell.execute("add PER Choe Son-hui")
    #expect(shell.session.state.mentions["m2"]?.mention.label == "PER", "the rejected proposal of that span is relabelled, keeping its provenance")
    #expect(shell.session.state.mentions["m2"]?.review.status == .accepted)
    shell.execute("add ORG selon TASS 1")
    #expect(shell.session.state.mentions["m5"]?.mention.text == "selon TASS")
}
