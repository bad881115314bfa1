import ArgumentParser
import FactFormats
import FactModel
import FactProposers
import FactShell
import FactStore
import Foundation
import LineEditing

/// `factline review`: adjudicate the analysts' versions of an article into a gold session.
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Adjudicate the analysts' versions of an article (team store) into a gold session.",
        discussion: """
            Lists, sentence by sentence, every mention and claim an analyst accepted with who \
            accepted it (≠ marks those not everyone has), and the agreement between analysts. \
            Then opens the gold session in the shell: its proposals are the union of the \
            analysts' items (the rule names who had each: review:ana+bob), items every analyst \
            shares are already accepted (as events; --no-accept-shared leaves them pending), \
            and --pick ANALYST instead takes that analyst's version (their items accepted, the \
            rest rejected). Correct the rest with the usual commands (accept, reject, label, \
            resize, add, claim…); done finishes it. The gold session is a session of the \
            annotator --gold (default gold) in the store; on leaving, its agreement with each \
            analyst is printed, the figures `factline agree` gives on the synced files.

            EXAMPLES:
              factline review choe-son-hui-moscou.fr --store postgres://ana@db/newsroom
              factline review --disagreements --store postgres://ana@db/newsroom
              factline review a1 --pick ana --store $FACTLINE_STORE < commands.txt

            EXIT STATUS:
              0 when the shell is left; 1 on an error; 3 when --disagreements finds nothing
              left to review; 64 on a usage error.
            """)

    @Argument(help: "The article's id in the store.")
    var article: String?

    @Flag(help: "Review the first article whose finished analyst versions disagree and has no finished gold session.")
    var disagreements = false

    @Option(help: "The gold session's annotator name.")
    var gold: String = "gold"

    @Option(help: "Start the gold session from this analyst's version.")
    var pick: String?

    @Flag(help: "Leave the items every analyst shares pending instead of accepting them.")
    var noAcceptShared = false

    @Flag(help: "Only print the versions side by side and the agreement; open no shell.")
    var listOnly = false

    @Option(help: "The team store (default: $FACTLINE_STORE).")
    var store: String?

    @Flag(help: "No colours.")
    var noColor = false

    func run() throws {
        if (article == nil) == !disagreements { throw ValidationError("give an ARTICLE id or --disagreements (not both)") }
        let team = try TeamStore.required(store, for: "review")
        defer { team.close() }
        let chosen: (id: String, draft: GoldDraft)
        do {
            if let article {
                let versions = try team.sessions(article: article).filter { $0.annotator != gold }.map { row throws(StoreError) in try team.load(row) }
                let finished = versions.filter { $0.status == .complete }
                guard !versions.isEmpty else { throw UserError("no analyst's session of '\(article)' in the store") }
                chosen = (article, GoldDraft(versions: finished.isEmpty ? versions : finished))
            } else {
                guard let next = try nextDisagreement(team) else { throw exitNotice("no disagreement left to review", code: 3) }
                chosen = next
            }
        } catch let error as StoreError { throw UserError(error.description) }
        let draft = chosen.draft
        print("review of \(SafeText.escape(chosen.id)): \(draft.versions.count) version(s) by \(draft.versions.map { SafeText.escape($0.annotator) }.joined(separator: ", "))")
        for line in draft.listing() { print(SafeText.escape(line)) }
        for line in figures(draft.versions) { print(line) }
        if listOnly { return }
        guard let stored = try? team.article(id: chosen.id) else { throw UserError("article '\(chosen.id)' is not in the store") }
        let document = team.document(for: stored)
        do {
            let opened = try team.open(article: stored, document: document, annotator: gold)
            defer { opened.storage.close() }
            if opened.session == nil {
                let session = try draft.goldSession(annotator: gold, pick: pick, acceptShared: !noAcceptShared)
                try opened.storage.save(session)
            } else if pick != nil {
                print("the gold session exists already: --pick ignored (undo or correct its items in the shell)")
            }
        } catch { throw UserError("\(error)") }
        let options = ShellOptions(annotator: gold, schema: draft.versions[0].schema, backend: team)
        let shell: AnnotationShell
        do {
            shell = try AnnotationShell(queue: [stored], options: options, proposer: NewsProposer(), output: StandardOutput(),
                                        style: noColor ? .plain : .forStandardOutput())
        } catch { throw UserError("\(error)") }
        let reader = LineEditor.make(LineEditorConfiguration(programName: "factline", prompt: shell.prompt, historyFile: nil,
                                                             completion: shell.completionSource))
        ShellLoop.run(shell, reader: reader)
        reader.close()
        shell.close()
        if let row = try? team.sessions(article: chosen.id).first(where: { $0.annotator == gold }), let goldSession = try? team.load(row) {
            for line in figures([goldSession] + draft.versions, only: gold) { print(line) }
        }
        if isatty(STDIN_FILENO) == 0 && shell.droppedDecisions > 0 {
            throw UserError("\(shell.droppedDecisions) decision(s) of this run were dropped because they could not be saved")
        }
    }

    private func nextDisagreement(_ team: PostgresStore) throws -> (id: String, draft: GoldDraft)? {
        let rows = try team.sessions()
        for id in Set(rows.map(\.article)).sorted() {
            let mine = rows.filter { $0.article == id }
            if mine.contains(where: { $0.annotator == gold && $0.status == SessionStatus.complete.rawValue }) { continue }
            let finished = try mine.filter { $0.annotator != gold && $0.status == SessionStatus.complete.rawValue }.map { row throws(StoreError) in try team.load(row) }
            guard finished.count >= 2 else { continue }
            let draft = GoldDraft(versions: finished)
            if draft.disagrees { return (id, draft) }
        }
        return nil
    }

    /// Span F1 and Cohen's κ per pair, as `factline agree` computes and prints them; with `only`,
    /// the pairs that include that annotator.
    private func figures(_ sessions: [Session], only: String? = nil) -> [String] {
        guard sessions.count >= 2 else { return [] }
        let golds = sessions.map { GoldDocument(session: $0, path: $0.annotator) }
        let labels = Agreement.tokenLabels(text: golds[0].article.text, language: golds[0].article.language,
                                           annotations: golds.map { $0.mentions.map(\.mention) })
        var lines: [String] = []
        for a in 0..<golds.count {
            for b in (a + 1)..<golds.count {
                if let only, golds[a].annotator != only && golds[b].annotator != only { continue }
                let name = [golds[a].annotator, golds[b].annotator].sorted().map(SafeText.escape).joined(separator: " / ")
                let f1 = Agreement.spanF1(golds[a].mentions.map(\.mention), golds[b].mentions.map(\.mention))
                let kappa = Agreement.cohensKappa(labels[a], labels[b])
                lines.append("\(name): " + String(format: "span F1 %.3f · Cohen's κ %.3f", f1, kappa))
            }
        }
        return lines
    }
}
