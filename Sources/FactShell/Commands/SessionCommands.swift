import FactModel
import Foundation

/// Commands about the session as a whole: undo and redo, saving, finishing, leaving.
enum SessionCommands {
    static let all: [CommandSpec] = [undo, redo, status, save, reload, done, reopen, quit]

    static let reload: CommandSpec = CommandSpec(
        "reload", usage: "reload",
        summary: "read the session file again after another program changed it, and save from there on"
    ) { shell, _ throws(ShellError) in
        try shell.reload()
        return .proceed
    }

    static let undo: CommandSpec = reversal(
        "undo", aliases: ["u"], verb: "undid",
        summary: "revert the last decision (recorded as an event, so the log keeps it)",
        pending: { state in state.undoTarget.flatMap { target in state.undoableAction.map { (target, $0) } } },
        event: Action.undo)

    static let redo: CommandSpec = reversal(
        "redo", aliases: [], verb: "redid",
        summary: "re-apply the decision the last undo reverted",
        pending: { state in state.redoTarget.flatMap { target in state.redoableAction.map { (target, $0) } } },
        event: Action.redo)

    /// undo and redo: find what the state would revert, record the event naming it, say what
    /// changed and show it.
    private static func reversal(_ name: String, aliases: [String], verb: String, summary: String,
                                 pending: @escaping @Sendable (SessionState) -> (Int, Action)?,
                                 event: @escaping @Sendable (Int) -> Action) -> CommandSpec {
        CommandSpec(name, aliases: aliases, usage: name, summary: summary) { shell, _ throws(ShellError) in
            guard let (target, action) = pending(shell.session.state) else { throw ShellError("nothing to \(name)") }
            try shell.decide(event(target))
            // Say what the annotation is now, not only which decision went: the analyst checks the result.
            let now = action.ids.prefix(3).map { id in
                shell.session.state.mentions[id].map { "\(id) \($0.mention.label) «\(SafeText.escape($0.mention.text))» \($0.review.status.rawValue)" }
                    ?? shell.session.state.claims[id].map { "\(id) claim \($0.review.status.rawValue)" }
                    ?? "\(id) removed"
            }
            shell.output.line(shell.renderer.style.success(verb) + " " + ActionText.describe(action) + shell.renderer.style.dim(" (event #\(target))")
                + (now.isEmpty ? "" : " · now " + now.joined(separator: ", ") + (action.ids.count > 3 ? " …" : "")))
            shell.reportSideEffects()
            shell.refocus(on: action)
            return .proceed
        }
    }

    static let status: CommandSpec = CommandSpec(
        "status", aliases: ["st"], usage: "status",
        summary: "progress, counts by label, the session file"
    ) { shell, _ throws(ShellError) in
        shell.printStatus()
        return .proceed
    }

    static let save: CommandSpec = CommandSpec(
        "save", aliases: ["w"], usage: "save",
        summary: "write the session again (every decision is already saved)"
    ) { shell, _ throws(ShellError) in
        do { try shell.store.save(shell.session) } catch { throw ShellError("\(error)") }
        shell.output.line("saved \(shell.session.events.count) events to \(SafeText.escape(shell.sessionPath))")
        return .proceed
    }

    static let done: CommandSpec = CommandSpec(
        "done", usage: "done",
        summary: "mark the article done and go to the next one of the queue",
        details: "With proposals still pending, done refuses and says how many: decide them (accept all, reject all) or type done! to leave them pending (they are not exported). Only done articles are exported unless --include-incomplete is given. reopen takes it back.",
        isForcible: true
    ) { shell, words throws(ShellError) in
        if shell.session.status != .complete {
            let pending = shell.session.state.statusCounts[.pending, default: 0]
            if pending > 0 && !words.isForced {
                throw ShellError("\(pending) proposal\(pending == 1 ? " is" : "s are") still pending: decide \(pending == 1 ? "it" : "them") (next, accept all, reject all) or type done! to leave \(pending == 1 ? "it" : "them") pending")
            }
            try shell.decide(.complete)
            shell.output.line(shell.renderer.style.success("done") + ": \(SafeText.escape(shell.session.article.id)) · " + shell.renderer.progress(shell.session.state)
                + (pending > 0 ? " · \(pending) proposals left pending (not exported)" : ""))
            // One line per model that learnt (the entity model, the claim tagger).
            if let learnt = shell.options.articleDone?(shell.session) {
                for line in learnt.split(separator: "\n") { shell.output.line(SafeText.escape(String(line))) }
            }
        }
        if let next = shell.nextIncompleteArticle() {
            try shell.switchTo(queueIndex: next)
            shell.greet()
        } else if shell.queue.count > 1 {
            shell.output.line("every article of the queue is done · quit to leave")
        }
        return .proceed
    }

    static let reopen: CommandSpec = CommandSpec(
        "reopen", usage: "reopen",
        summary: "take a done article back to in-progress"
    ) { shell, _ throws(ShellError) in
        try shell.decide(.reopen)
        shell.output.line("reopened \(SafeText.escape(shell.session.article.id))")
        return .proceed
    }

    static let quit: CommandSpec = CommandSpec(
        "quit", aliases: ["q", "exit"], usage: "quit",
        summary: "leave (every decision is already saved)"
    ) { shell, _ throws(ShellError) in
        shell.output.line(shell.farewell())
        return .quit
    }
}

// MARK: - Helpers

extension AnnotationShell {
    /// After undo or redo: focus the annotation the action touched and show it.
    func refocus(on action: Action) {
        if let id = action.ids.first(where: { extent(of: $0) != nil }) { focus = id }
        showFocus(forceSentence: true)
    }

    /// The next article of the queue whose session is not done, after the current one.
    func nextIncompleteArticle() -> Int? {
        guard queue.count > 1 else { return nil }
        for offset in 1..<queue.count {
            let index = (queueIndex + offset) % queue.count
            let article = queue[index]
            let path = options.sessionPath ?? FactFormatsBridge.sessionPath(for: article, options: options)
            if let status = FactFormatsBridge.status(ofSessionAt: path), status == .complete { continue }
            return index
        }
        return nil
    }

    /// Prints the `status` report.
    func printStatus() {
        let state = session.state
        let article = session.article
        output.line(renderer.style.bold(SafeText.escape(article.id)) + " · \(article.language.rawValue) · \(session.document.length) code points · \(session.document.sentences.count) sentences · sha256 \(article.sha256.prefix(12))…")
        output.line("session \(SafeText.escape(sessionPath)) · annotator \(SafeText.escape(session.annotator)) · \(session.events.count) events · " + (session.status == .complete ? "done" : "in progress"))
        output.line("proposer \(SafeText.escape(session.proposer.name)) \(SafeText.escape(session.proposer.version)) · \(session.proposals.mentions.count) mention and \(session.proposals.claims.count) claim proposals · " + renderer.progress(state))
        // Every count is kept by the state as decisions change it: status costs what it prints.
        let byLabel = state.mentionCountsByLabel
        for label in session.schema.mentionLabelNames where byLabel[label] != nil {
            let counts = byLabel[label]!
            let cells = ReviewStatus.allCases.compactMap { status in counts[status].map { "\(status.rawValue) \($0)" } }
            output.line("  " + renderer.style.foreground(label.padding(toLength: 9, withPad: " ", startingAt: 0), color: session.schema.mentionLabel(named: label)?.color ?? 250) + cells.joined(separator: " · "))
        }
        let claimCounts = state.claimStatusCounts
        if !claimCounts.isEmpty {
            let cells = ReviewStatus.allCases.compactMap { status in claimCounts[status].map { "\(status.rawValue) \($0)" } }
            let denials = state.acceptedDenialCount
            output.line("  " + renderer.style.foreground("claims".padding(toLength: 9, withPad: " ", startingAt: 0), color: 220) + cells.joined(separator: " · ")
                + (denials > 0 ? " · \(denials) accepted denial(s)" : ""))
        }
        let flagged = state.flaggedIDs
        if !flagged.isEmpty { output.line("  flagged: " + flagged.joined(separator: " ")) }
        if queue.count > 1 { output.line("queue: article \(queueIndex + 1) of \(queue.count)") }
    }
}
