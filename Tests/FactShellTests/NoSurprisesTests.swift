import FactFormats
import FactModel
import FactProposers
import Foundation
import Testing
@testable import FactShell

// Regression tests for the ways a decision once changed data the analyst did not mean
// (issue 5): each failed on the shell before the fix.

/// Proposes fixed spans, so these tests exercise the shell, not the rules.
private struct ListProposer: Proposer {
    let name = "list"
    let version = "1"
    let proposals: [(label: String, text: String, occurrence: Int)]

    func propose(_ document: Document) -> ProposalSet {
        ProposalSet(mentions: proposals.map { proposal in
            let span = document.occurrences(of: proposal.text)[proposal.occurrence]
            return MentionProposal(label: proposal.label, start: span.start, end: span.end, text: proposal.text, score: 0.5, rule: "list")
        })
    }
}

private let article = """
    La ministre Choe Son-hui a déclaré que Pyongyang enverrait près de 1 200 soldats et jusqu’à 12 000 hommes en Ukraine. \
    Alors que la Corée du Nord se tait, Mark Rutte a parlé à 10 h 30. Lavrov a nié à Pyongyang.
    """

/// m1 Choe Son-hui PER · m2 Pyongyang ORG · m3 12 000 QUANTITY · m4 Ukraine LOC · m5 Corée du Nord LOC ·
/// m6 Mark Rutte PER · m7 Lavrov PER · m8 Pyongyang ORG.
private func openShell(width: Int? = nil) throws -> (AnnotationShell, BufferOutput) {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("factline-surprise-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let proposer = ListProposer(proposals: [
        ("PER", "Choe Son-hui", 0), ("ORG", "Pyongyang", 0), ("QUANTITY", "12 000", 0), ("LOC", "Ukraine", 0),
        ("LOC", "Corée du Nord", 0), ("PER", "Mark Rutte", 0), ("PER", "Lavrov", 0), ("ORG", "Pyongyang", 1),
    ])
    let output = BufferOutput(width: width)
    let shell = try AnnotationShell(
        queue: [Article(id: "s", text: article, source: "s.txt", path: "s.txt")],
        options: ShellOptions(annotator: "ana", sessionsFolder: folder, language: .french),
        proposer: proposer, output: output, style: .plain)
    _ = output.take()
    return (shell, output)
}

private func text(_ shell: AnnotationShell, _ id: String) -> String? { shell.session.state.mentions[id]?.mention.text }
private func status(_ shell: AnnotationShell, _ id: String) -> ReviewStatus? { shell.session.state.mentions[id]?.review.status }

// MARK: - 1. Numbers in add are text first; offsets need @

@Test func addReadsNumbersAsTextAndOffsetsOnlyWithAt() throws {
    let (shell, output) = try openShell()
    defer { shell.close() }
    shell.execute("add QUANTITY 1 200")
    #expect(text(shell, "m9") == "1 200", "«1 200» is text, not offsets 1-200: \(output.text)")
    #expect(shell.session.state.mentions.values.filter { $0.review.status == .rejected }.isEmpty)
    shell.execute("add TIME 10 h 30")
    #expect(text(shell, "m10") == "10 h 30")
    shell.execute("add quantity 12 000")
    #expect(status(shell, "m3") == .accepted, "adding exactly a proposal accepts it")
    _ = output.take()
    shell.execute("add LOC @3-6")
    #expect(output.take().contains("cuts the word «ministre»"))
    shell.execute("add PER @3-11")
    #expect(text(shell, "m11") == "ministre")
}

// MARK: - 2. here is the sentence of the ▶

@Test func hereMeansTheSentenceInFocusAndIsNamed() throws {
    let (shell, output) = try openShell()
    defer { shell.close() }
    shell.execute("show all")
    _ = output.take()
    shell.execute("a here")
    #expect(output.take().contains("in sentence 1"))
    #expect(status(shell, "m1") == .accepted)
    #expect(status(shell, "m4") == .accepted)
    #expect(status(shell, "m5") == .pending, "sentence 2 was printed last but the ▶ was in sentence 1")
    shell.execute("3")
    shell.execute("a here")
    #expect(status(shell, "m7") == .accepted, "show N (or a bare N) moves the ▶ there")
    #expect(status(shell, "m5") == .pending)
}

// MARK: - 3. Overlaps are named; an accepted overlap is an error

@Test func supersededProposalsAreNamedAndAcceptedOnesRefuse() throws {
    let (shell, output) = try openShell()
    defer { shell.close() }
    shell.execute("add QUANTITY jusqu'à 12 000 hommes")
    let said = output.take()
    #expect(text(shell, "m9") == "jusqu’à 12 000 hommes", "apostrophes match loosely")
    #expect(said.contains("also rejected m3 QUANTITY «12 000»"), "\(said)")
    shell.execute("undo")
    #expect(output.take().contains("also back to pending m3"))
    shell.execute("accept m6")
    _ = output.take()
    shell.execute("add PER Mark")
    #expect(output.take().contains("error: overlaps m6 PER «Mark Rutte»"))
}

// MARK: - 4. grow stays in its sentence and off punctuation; every mention is drawn

@Test func growStopsAtPunctuationAndSentenceEnds() throws {
    let (shell, output) = try openShell()
    defer { shell.close() }
    shell.execute("grow m4")
    #expect(output.take().contains("punctuation"))
    shell.execute("grow m4 2")
    #expect(output.take().contains("next sentence"))
    #expect(text(shell, "m4") == "Ukraine")
    shell.execute("grow! m4 2")
    #expect(text(shell, "m4") == "Ukraine. Alors")
    _ = output.take()
    shell.execute("show 2")
    #expect(output.take().contains("[…Alors|LOC m4]"), "a mention across sentences is drawn in both")
}

// MARK: - 6. Labels enter the log as the schema spells them

@Test func relabelEventsHoldCanonicalLabels() throws {
    let (shell, output) = try openShell()
    defer { shell.close() }
    shell.execute("label m2 loc")
    shell.execute("undo")
    #expect(output.take().contains("relabel m2 → LOC"))
    guard case let .relabel(_, label) = shell.session.events[0].action else { Issue.record("not a relabel"); return }
    #expect(label == "LOC")
}

// MARK: - 7. Spans inside words or inside a pending proposal are refused unless forced

@Test func midWordSpansAndCutsOfProposalsNeedForce() throws {
    let (shell, output) = try openShell()
    defer { shell.close() }
    let mark = shell.session.state.mentions["m6"]!.mention.start
    shell.execute("resize m6 \(mark) \(mark + 3)")
    #expect(output.take().contains("cuts the word «Mark»"))
    #expect(text(shell, "m6") == "Mark Rutte")
    shell.execute("add LOC Corée")
    #expect(output.take().contains("lies inside pending m5 LOC «Corée du Nord»"))
    #expect(status(shell, "m5") == .pending)
    shell.execute("add! LOC Corée")
    #expect(output.take().contains("also rejected m5"))
    shell.execute("resize! m6 \(mark) \(mark + 3)")
    #expect(text(shell, "m6") == "Mar")
}

// MARK: - Smaller faults

@Test func resizeMessagesSayWhatIsWrong() throws {
    let (shell, output) = try openShell()
    defer { shell.close() }
    shell.execute("resize m6 49 37")
    #expect(output.take().contains("start 49 is after end 37"))
    shell.execute("resize m6 37")
    #expect(output.take().contains("resize m6 needs START and END"))
    shell.execute("resize m6 -1 49")
    #expect(output.take().contains("must lie between 0 and"))
    shell.execute("resize m6 0 99999999999999999999999")
    #expect(output.take().contains("is not an offset"))
    #expect(shell.session.events.isEmpty)
}

@Test func doneAsksBeforeLeavingProposalsPending() throws {
    let (shell, output) = try openShell()
    defer { shell.close() }
    shell.execute("done")
    #expect(output.take().contains("8 proposals are still pending"))
    #expect(shell.session.status == .inProgress)
    shell.execute("done!")
    #expect(shell.session.status == .complete)
}

@Test func undoneAddsKeepTheirIdsAndUndoSaysTheResult() throws {
    let (shell, output) = try openShell()
    defer { shell.close() }
    shell.execute("add PER ministre")
    shell.execute("undo")
    #expect(output.take().contains("now m9 removed"))
    shell.execute("add LOC ministre")
    #expect(shell.session.state.mentions["m10"]?.mention.label == "LOC", "m9 named another decision's span")
    shell.execute("note m10 " + String(repeating: "x", count: 20_000))
    _ = output.take()
    shell.execute("undo")
    let said = output.take()
    #expect(said.split(separator: "\n")[0].count < 200 && said.contains("(20000 characters)"), "a long note is abridged: \(said.prefix(400))")
    shell.execute("resize m6 @\(shell.session.state.mentions["m6"]!.mention.start + 5)-\(shell.session.state.mentions["m6"]!.mention.end)")
    shell.execute("undo")
    #expect(output.take().contains("now m6 PER «Mark Rutte» pending"))
}

@Test func sameRepeatsACorrectionOnTheOtherOccurrences() throws {
    let (shell, output) = try openShell()
    defer { shell.close() }
    shell.execute("label m2 LOC")
    #expect(output.take().contains("1 other pending «Pyongyang» (m8): type same"))
    shell.execute("same")
    #expect(shell.session.state.mentions["m8"]?.mention.label == "LOC")
    #expect(status(shell, "m8") == .accepted)
}

@Test func everyMoveOfTheFocusRedrawsTheMarker() throws {
    let (shell, output) = try openShell()
    defer { shell.close() }
    shell.execute("n")
    let said = output.take()
    #expect(said.contains("▶[Pyongyang|ORG? m2]"), "the ▶ moved within the sentence: \(said)")
}

@Test func linesWrapAtSpacesAndNeverInsideAMark() throws {
    let (shell, output) = try openShell(width: 40)
    defer { shell.close() }
    shell.execute("show 2")
    for line in output.take().split(separator: "\n") {
        #expect(LineWrapper.columns(line) <= 40 || !line.contains(" "), "\(line)")
    }
    let wrapped = LineWrapper.wrap("à [10 h 30|TIME?\u{00A0}m2] xxxxxxxxxxxxxxxxxxxxxxxxxx yyy", width: 24)
    #expect(wrapped.contains("TIME? m2"))
    #expect(!wrapped.contains("\u{00A0}"))
}
