import FactFormats
import FactModel
import FactProposers
import Foundation
import Testing
@testable import FactShell

// Reviewing claims in the shell: accept, correct each field, link, add; undo and the saved log.

private let text = "Le ministre Paul Martin a déclaré que l’usine fermera en mars. Le syndicat a nié ces affirmations. Marie Dupont se tait."

/// One mention per name and one claim, so the tests exercise the shell, not the rules.
private struct ClaimFixture: Proposer {
    let name = "fixture"
    let version = "1"

    func propose(_ document: Document) -> ProposalSet {
        func part(_ text: String) -> ClaimPart {
            let span = document.occurrences(of: text)[0]
            return ClaimPart(start: span.start, end: span.end, text: text)
        }
        func mention(_ text: String, _ label: String) -> MentionProposal {
            let span = document.occurrences(of: text)[0]
            return MentionProposal(label: label, start: span.start, end: span.end, text: text, score: 0.9, rule: "fixture")
        }
        var source = part("ministre")
        source.mention = nil
        let claim = Claim(source: source, cue: part("a déclaré"), content: part("l’usine fermera en mars"))
        return ProposalSet(mentions: [mention("Paul Martin", "PER"), mention("Marie Dupont", "PER")],
                           claims: [ClaimProposal(id: "c1", claim: claim, score: 0.8, rule: "fixture")])
    }
}

private func openShell() throws -> (AnnotationShell, BufferOutput, String) {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("factline-claims-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let output = BufferOutput()
    let shell = try AnnotationShell(queue: [Article(id: "k", text: text, source: "k.txt", path: "k.txt")],
                                    options: ShellOptions(annotator: "ana", sessionsFolder: folder, language: .french),
                                    proposer: ClaimFixture(), output: output, style: .plain)
    _ = output.take()
    return (shell, output, folder)
}

@Test func claimsAreShownWithTheirPartsMarked() throws {
    let (shell, output, _) = try openShell()
    defer { shell.close() }
    shell.execute("show c1")
    let shown = output.take()
    #expect(shown.contains("▶[ministre|SOURCE c1] Paul Martin [a déclaré|CUE c1] que [l’usine fermera en mars|CONTENT c1]."), "\(shown)")
    #expect(shown.contains("asserts certain (CT+) pending"))
}

@Test func everyFieldOfAClaimIsCorrectedAndLinked() throws {
    let (shell, output, folder) = try openShell()
    defer { shell.close() }
    shell.execute("claim c1 source Paul Martin")
    #expect(shell.session.state.claims["c1"]?.claim.source?.text == "Paul Martin")
    #expect(shell.session.state.claims["c1"]?.claim.source?.mention == "m1", "the source links to the mention covering it")
    #expect(shell.session.state.claims["c1"]?.review.status == .accepted)
    #expect(shell.session.state.claims["c1"]?.proposed?.source?.text == "ministre", "the proposal is kept")
    shell.execute("claim c1 certainty probable")
    shell.execute("claim add content ces affirmations source Le syndicat cue a nié stance denies")
    let added = shell.session.state.claims["c2"]
    #expect(added?.claim.content.text == "ces affirmations" && added?.claim.stance == .denies && added?.claim.cue?.text == "a nié")
    shell.execute("claim c2 disputes c1")
    #expect(shell.session.state.claims["c2"]?.claim.relations == [ClaimRelation(type: "disputes", target: "c1")])
    _ = output.take()
    shell.execute("claim c2 source Marie Dupont")
    #expect(output.take().contains("outside the claim's sentences"))
    shell.execute("undo")
    #expect(shell.session.state.claims["c2"]?.claim.relations == [])
    shell.execute("redo")
    let saved = try SessionLoader.load(path: folder + "/k.ana.json")
    #expect(saved.annotations == shell.session.annotations)
    #expect(saved.events.map(\.action.kind) == ["edit-claim", "edit-claim", "add-claim", "edit-claim", "undo", "redo"])
}

@Test func claimsJoinTheReadingOrderAndAccept() throws {
    let (shell, _, _) = try openShell()
    defer { shell.close() }
    #expect(shell.focus == "c1", "the claim starts at «ministre», before «Paul Martin»")
    shell.execute("a")
    #expect(shell.session.state.claims["c1"]?.review.status == .accepted)
    #expect(shell.focus == "m1")
    shell.execute("n")
    #expect(shell.focus == "m2")
    shell.execute("claim c1 stance maybe")
    #expect(shell.session.events.count == 1, "a bad value records nothing")
}
