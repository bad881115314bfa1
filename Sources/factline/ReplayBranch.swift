import FactFormats
import FactModel
import FactProposers
import FactReplay
import FactShell
import Foundation

/// `replay --to N`: the annotations as they stood after decision N; with `--branch`, a new
/// session from that point, opened in the shell.
enum ReplayBranch {
    /// Prints every annotation that is not pending as it stood after decision `event`.
    static func show(_ session: Session, at event: Int, renderer: AnnotationRenderer, output: any ShellOutput) throws {
        let branch: Session
        do { branch = try Branching.branch(of: session, path: "", at: event) } catch { throw UserError(error.description) }
        output.line("after decision #\(event) of \(session.events.last?.seq ?? 0): " + renderer.progress(branch.state))
        for annotation in branch.annotations.mentions where annotation.review.status != .pending {
            output.line("  " + renderer.describe(annotation))
        }
        for annotation in branch.annotations.claims where annotation.review.status != .pending {
            output.line("  " + renderer.describe(annotation))
        }
    }

    /// Writes the branch beside its parent (or at `target`) and opens it in the shell.
    static func open(_ session: Session, path: String, at event: Int, annotator: String?, target: String?,
                     history: String?, style: TerminalStyle) throws {
        let branch: Session
        do { branch = try Branching.branch(of: session, path: path, at: event, annotator: annotator) } catch { throw UserError(error.description) }
        let newPath = target ?? freePath(beside: path, event: event)
        guard !FileManager.default.fileExists(atPath: newPath) else { throw UserError("\(newPath) exists: give --session NEW.json") }
        do {
            let store = try SessionStore(path: newPath)
            defer { store.close() }
            try store.save(branch)
        } catch { throw UserError("\(error)") }
        let article = Article(id: branch.article.id, text: branch.article.text, meta: branch.article.meta,
                              source: branch.article.source, path: branch.article.source)
        let options = ShellOptions(annotator: branch.annotator, sessionsFolder: URL(fileURLWithPath: newPath).deletingLastPathComponent().path,
                                   sessionPath: newPath, language: branch.article.language, schema: branch.schema)
        let output = StandardOutput()
        output.line("branched \(SafeText.escape(path)) at decision #\(event) into \(SafeText.escape(newPath)); the original is unchanged")
        let shell: AnnotationShell
        do {
            shell = try AnnotationShell(queue: [article], options: options, proposer: NewsProposer(), output: output, style: style)
        } catch { throw UserError("\(error)") }
        defer { shell.close() }
        try ShellRunner.run(shell, history: history)
    }

    /// `S.branch-12.json`, or `S.branch-12-2.json` when taken.
    static func freePath(beside path: String, event: Int) -> String {
        let stem = path.hasSuffix(".json") ? String(path.dropLast(5)) : path
        var candidate = "\(stem).branch-\(event).json"
        var number = 2
        while FileManager.default.fileExists(atPath: candidate) {
            candidate = "\(stem).branch-\(event)-\(number).json"
            number += 1
        }
        return candidate
    }
}
