import FactModel
import Foundation

/// Commands that decide about proposals and annotations as they are.
enum ReviewCommands {
    static let all: [CommandSpec] = [accept, reject, delete, flag, note, unnote]

    static let accept: CommandSpec = decision(
        "accept", aliases: ["a", "y"], verb: "accepted",
        summary: "accept proposals as they are (default: the one in focus)",
        details: "With no id, accepts the proposal in focus and moves to the next pending one. Ids may be listed (a m3 m5), given as a range (a m3-m7), or be 'all' (every pending proposal) or 'here' (the pending ones of the sentence with the ▶; the confirmation names it).",
        action: Action.accept)

    static let reject: CommandSpec = decision(
        "reject", aliases: ["r", "x"], verb: "rejected",
        summary: "reject proposals (default: the one in focus)",
        details: "Rejected proposals stay in the session as negative examples and are not exported as spans. With no id, rejects the proposal in focus and moves on.",
        action: Action.reject)

    /// A command that takes ids (or the focus) and records one decision about all of them.
    private static func decision(_ name: String, aliases: [String], verb: String, summary: String, details: String,
                                 action: @escaping @Sendable ([String]) -> Action) -> CommandSpec {
        CommandSpec(name, aliases: aliases, usage: "\(name) [ID…|all|here]", summary: summary, details: details,
                    completion: .pendingIDs) { shell, words throws(ShellError) in
            let ids = try shell.resolveIDs(words.arguments, command: name)
            guard !ids.isEmpty else { throw ShellError("no pending proposals to \(name)") }
            try shell.decide(action(ids))
            shell.reportDecision(verb, ids: ids)
            return .proceed
        }
    }

    static let delete: CommandSpec = CommandSpec(
        "delete", aliases: ["d", "del"], usage: "delete ID",
        summary: "remove an accepted or added annotation",
        details: "A pending proposal is rejected instead.",
        completion: .ids
    ) { shell, words throws(ShellError) in
        let id = try shell.singleID(words.arguments, command: "delete")
        if shell.session.state.review(of: id)?.status == .pending {
            try shell.decide(.reject(ids: [id]))
            shell.reportDecision("rejected (it was pending)", ids: [id])
        } else {
            try shell.decide(.delete(id: id))
            shell.reportDecision("deleted", ids: [id])
        }
        return .proceed
    }

    static let flag: CommandSpec = CommandSpec(
        "flag", aliases: ["f"], usage: "flag [ID]",
        summary: "mark an annotation unsure, for review (again to unmark)",
        completion: .ids
    ) { shell, words throws(ShellError) in
        let id = try shell.singleID(words.arguments, command: "flag")
        let flagged = !(shell.session.state.review(of: id)?.flagged ?? false)
        try shell.decide(.flag(id: id, flagged: flagged))
        shell.output.line((flagged ? "flagged " : "unflagged ") + shell.summaryOf(id))
        return .proceed
    }

    static let note: CommandSpec = CommandSpec(
        "note", usage: "note ID TEXT…",
        summary: "attach a note to an annotation",
        completion: .ids
    ) { shell, words throws(ShellError) in
        guard words.arguments.count >= 2, shell.looksLikeID(words.arguments[0]) else {
            throw ShellError.usage(note)
        }
        let id = try shell.singleID([words.arguments[0]], command: "note")
        let text = words.remainders[2].trimmingCharacters(in: .whitespacesAndNewlines)
        try shell.decide(.note(id: id, text: text))
        shell.output.line("noted on " + shell.summaryOf(id))
        return .proceed
    }
}

extension ReviewCommands {
    static let unnote: CommandSpec = CommandSpec(
        "unnote", usage: "unnote ID [N]",
        summary: "remove note N of an annotation (default: the last); to edit a note, unnote it and note again",
        completion: .ids
    ) { shell, words throws(ShellError) in
        let arguments = words.arguments
        guard (1...2).contains(arguments.count), shell.looksLikeID(arguments[0]) else { throw ShellError.usage(unnote) }
        let id = try shell.singleID([arguments[0]], command: "unnote")
        let count = shell.session.state.review(of: id)?.notes.count ?? 0
        var number = count
        if arguments.count == 2 {
            guard arguments[1].count <= 6, let given = Int(arguments[1]) else { throw ShellError.usage(unnote) }
            number = given
        }
        let removed = shell.session.state.review(of: id)?.notes.indices.contains(number - 1) == true
            ? shell.session.state.review(of: id)!.notes[number - 1] : ""
        try shell.decide(.unnote(id: id, note: number))
        shell.output.line("removed note \(number) «\(SafeText.escape(ActionText.abridged(removed)))» from " + shell.summaryOf(id))
        return .proceed
    }
}

// MARK: - Reporting decisions

extension AnnotationShell {
    /// `m3 PER «Choe Son-hui»`.
    func summaryOf(_ id: String) -> String {
        if let annotation = session.state.mentions[id] {
            return "\(id) \(annotation.mention.label) «\(SafeText.escape(annotation.mention.text))»"
        }
        if let claim = session.state.claims[id] {
            return "\(id) claim «\(SafeText.escape(claim.claim.content.text))»"
        }
        return id
    }

    /// Confirms a decision and shows what the analyst needs next: when it was about the
    /// proposal in focus, the next pending one; when it was about another annotation, that
    /// annotation in its sentence, with the focus left where it was.
    func reportDecision(_ verb: String, ids: [String]) {
        let place = hereSentence.map { " in sentence \($0 + 1)" } ?? ""
        hereSentence = nil
        if ids.count <= 3 {
            output.line(renderer.style.success(verb) + " " + ids.map(summaryOf).joined(separator: ", ") + place)
        } else {
            output.line(renderer.style.success(verb) + " \(ids.count) annotations\(place) (\(ids.first!)…\(ids.last!))")
        }
        reportSideEffects()
        let aboutFocus = focus.map { ids.contains($0) } ?? true
        if !aboutFocus, ids.count == 1, let index = sentenceIndex(of: ids[0]), index != focus.flatMap(sentenceIndex(of:)) {
            showSentence(index)
            if let focus, let annotation = session.state.mentions[focus] {
                output.line("  → " + renderer.describe(annotation) + renderer.style.dim(" (still in focus)"))
            }
            return
        }
        // The sentence on screen changed when a decided annotation lies in it: draw it again,
        // so that the screen never shows a status or a ▶ the session no longer has.
        let focusSentence = focus.flatMap(sentenceIndex(of:))
        let touchedOnScreen = ids.contains { sentenceIndex(of: $0) == focusSentence && focusSentence == shownSentence }
        advanceFocus(after: ids)
        showFocus(forceSentence: touchedOnScreen)
    }
}
