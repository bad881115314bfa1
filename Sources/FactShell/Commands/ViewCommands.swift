import FactModel

/// Commands that show the article and move the focus; they change nothing.
enum ViewCommands {
    static let all: [CommandSpec] = [show, next, prev, list, help]

    static let show: CommandSpec = CommandSpec(
        "show", aliases: ["s"], usage: "show [all|ID|N]",
        summary: "show the sentence in focus, the whole article, an annotation or sentence N (a bare number does too)",
        details: "show N moves the ▶ to the first pending proposal of sentence N, so that here and a bare accept act on what is on screen; show all leaves it where it is.",
        completion: .words(["all"])
    ) { shell, words throws(ShellError) in
        let arguments = words.arguments
        switch arguments.first?.lowercased() {
        case nil:
            if let index = shell.currentSentence {
                shell.showSentence(index)
                shell.listAnnotations(in: shell.session.document.sentences[index].span)
            } else {
                shell.showSentence(0)
            }
        case "all"?:
            for index in shell.session.document.sentences.indices { shell.showSentence(index) }
            shell.output.line(shell.renderer.progress(shell.session.state))
        case let word? where shell.looksLikeID(word):
            let id = try shell.singleID([word], command: "show")
            shell.focus = id
            shell.showFocus(forceSentence: true)
        case let word?:
            guard word.count <= 9, let number = Int(word), shell.session.document.sentences.indices.contains(number - 1) else {
                throw ShellError("show takes all, an id (m3) or a sentence number from 1 to \(shell.session.document.sentences.count)")
            }
            // The ▶ moves into the sentence shown, so that `here` and a bare `accept` act on what is on screen.
            let span = shell.session.document.sentences[number - 1].span
            let inSentence = shell.session.state.mentions(overlapping: span).filter { $0.review.status != .rejected && $0.review.status != .deleted }
            if let first = inSentence.first(where: { $0.review.status == .pending }) ?? inSentence.first { shell.focus = first.id }
            shell.showSentence(number - 1)
            shell.listAnnotations(in: span)
        }
        return .proceed
    }

    static let next: CommandSpec = CommandSpec(
        "next", aliases: ["n"], usage: "next",
        summary: "go to the next pending proposal"
    ) { shell, _ throws(ShellError) in
        shell.focus = shell.pending(after: shell.focus)
        shell.showFocus()
        return .proceed
    }

    static let prev: CommandSpec = CommandSpec(
        "prev", aliases: ["p"], usage: "prev",
        summary: "go to the previous pending proposal"
    ) { shell, _ throws(ShellError) in
        shell.focus = shell.pending(after: shell.focus, backwards: true)
        shell.showFocus()
        return .proceed
    }

    static let list: CommandSpec = CommandSpec(
        "list", aliases: ["ls"], usage: "list [pending|accepted|rejected|deleted|flagged|claims|LABEL]",
        summary: "list annotations, all or by status, layer or label",
        completion: .words(["pending", "accepted", "rejected", "deleted", "flagged", "claims", "mentions"])
    ) { shell, words throws(ShellError) in
        var mentions = shell.orderedMentions
        var claims = shell.orderedClaims
        if let filter = words.arguments.first?.lowercased() {
            if let status = ReviewStatus(rawValue: filter) {
                mentions = mentions.filter { $0.review.status == status }
                claims = claims.filter { $0.review.status == status }
            } else if filter == "flagged" {
                mentions = mentions.filter(\.review.flagged)
                claims = claims.filter(\.review.flagged)
            } else if filter == "claims" {
                mentions = []
            } else if filter == "mentions" {
                claims = []
            } else if let label = shell.session.schema.mentionLabel(named: filter) {
                mentions = mentions.filter { $0.mention.label == label.name }
                claims = []
            } else {
                throw ShellError.usage(list)
            }
        }
        for annotation in mentions { shell.output.line("  " + shell.renderer.describe(annotation)) }
        for annotation in claims { shell.output.line("  " + shell.renderer.describe(annotation)) }
        shell.output.line("\(mentions.count + claims.count) shown · " + shell.renderer.progress(shell.session.state))
        return .proceed
    }

    static let help: CommandSpec = CommandSpec(
        "help", aliases: ["h", "?"], usage: "help [COMMAND|labels]",
        summary: "list the commands, or explain one",
        completion: .commands
    ) { shell, words throws(ShellError) in
        shell.printHelp(words.arguments.first?.lowercased())
        return .proceed
    }
}

// MARK: - Helpers

extension AnnotationShell {
    /// Lists the annotations inside a span, one a line.
    func listAnnotations(in span: TextSpan) {
        for annotation in session.state.mentions(overlapping: span) {
            output.line("  " + renderer.describe(annotation))
        }
        for annotation in session.state.claims(overlapping: span) {
            output.line("  " + renderer.describe(annotation))
        }
    }

    /// Prints help: every command, one command, or the labels.
    func printHelp(_ topic: String?) {
        let style = renderer.style
        switch topic {
        case nil:
            output.line(style.bold("commands") + " (with no id, a command acts on the proposal in focus, shown after →)")
            for spec in CommandCatalog.all {
                let names = ([spec.name] + spec.aliases).joined(separator: ", ")
                output.line("  " + style.bold(names.padding(toLength: 18, withPad: " ", startingAt: 0)) + spec.summary)
            }
            output.line("ids: m3, several (m3 m5), a range (m3-m7), all, here · help COMMAND · help labels · TAB completes")
            output.line("shortcuts: an id alone (m12) shows it; a label alone (org) relabels the mention in focus")
        case "labels"?:
            for definition in session.schema.mentionLabels {
                output.line("  " + style.foreground(definition.name.padding(toLength: 9, withPad: " ", startingAt: 0), color: definition.color) + definition.description)
            }
        case let name?:
            guard let spec = CommandCatalog.spec(named: name) else {
                output.line(style.error("error: ") + "no command '\(SafeText.escape(name))': type help")
                return
            }
            output.line(style.bold(spec.usage))
            output.line("  " + spec.summary + (spec.aliases.isEmpty ? "" : " (also: \(spec.aliases.joined(separator: ", ")))"))
            if !spec.details.isEmpty { output.line("  " + spec.details) }
        }
    }
}
