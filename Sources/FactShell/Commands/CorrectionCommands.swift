import FactModel

/// Commands that correct proposals or add what the proposer missed.
enum CorrectionCommands {
    static let all: [CommandSpec] = [label, resize, grow, shrink, add]

    static let label: CommandSpec = CommandSpec(
        "label", aliases: ["l", "relabel"], usage: "label [ID] LABEL",
        summary: "give a mention another label (it counts as accepted)",
        details: "label m4 ORG relabels m4; label ORG relabels the mention in focus. Labels are case-insensitive; help labels lists them.",
        completion: .idThenLabel
    ) { shell, words throws(ShellError) in
        let arguments = words.arguments
        let id: String, newLabel: String
        switch arguments.count {
        case 1: (id, newLabel) = (try shell.singleID([], command: "label"), arguments[0])
        case 2: (id, newLabel) = (try shell.singleID([arguments[0]], command: "label"), arguments[1])
        default: throw ShellError.usage(label)
        }
        _ = try shell.mention(id)
        try shell.decide(.relabel(id: id, label: newLabel))
        shell.reportDecision("relabelled", ids: [id])
        return .proceed
    }

    static let resize: CommandSpec = CommandSpec(
        "resize", usage: "resize [ID] START END",
        summary: "give a mention new boundaries, in code points (end exclusive)",
        details: "Offsets count Unicode code points from the start of the article, end exclusive; show ID prints the current ones. grow and shrink move boundaries a token at a time.",
        completion: .ids
    ) { shell, words throws(ShellError) in
        var arguments = words.arguments
        let id = try shell.singleID(arguments.count == 3 ? [arguments.removeFirst()] : [], command: "resize")
        guard arguments.count == 2, let start = Int(arguments[0]), let end = Int(arguments[1]) else {
            throw ShellError.usage(resize)
        }
        _ = try shell.mention(id)
        try shell.decide(.resize(id: id, start: start, end: end))
        shell.reportDecision("resized", ids: [id])
        return .proceed
    }

    static let grow: CommandSpec = boundaryMove(
        "grow", alias: "g", summary: "extend a mention by N tokens (default: 1, to the right)", growing: true)

    static let shrink: CommandSpec = boundaryMove(
        "shrink", alias: "k", summary: "take N tokens off a mention (default: 1, from the right)", growing: false)

    /// grow and shrink: move one boundary of a mention by whole tokens.
    private static func boundaryMove(_ name: String, alias: String, summary: String, growing: Bool) -> CommandSpec {
        CommandSpec(name, aliases: [alias], usage: "\(name) [ID] [left|right] [N]", summary: summary,
                    completion: .idThenSide) { shell, words throws(ShellError) in
            try shell.moveBoundary(words.arguments, growing: growing, command: name)
            return .proceed
        }
    }

    static let add: CommandSpec = CommandSpec(
        "add", aliases: ["+"], usage: "add LABEL \"exact text\" [N]  |  add LABEL START END",
        summary: "add a mention the proposer missed",
        details: "The text is found in the article (quotes are needed only for unusual spacing): when it occurs more than once, the occurrence in the sentence shown is taken, or give N (1 = first in the article). Quotes may be \"…\", “…” or «…». Offsets are code points, end exclusive.",
        completion: .label
    ) { shell, words throws(ShellError) in
        let arguments = words.arguments
        guard arguments.count >= 2 else { throw ShellError.usage(add) }
        guard let definition = shell.session.schema.mentionLabel(named: arguments[0]) else {
            throw ShellError("unknown label '\(SafeText.escape(arguments[0]))' (labels: \(shell.session.schema.mentionLabelNames.joined(separator: " ")))")
        }
        let span: TextSpan
        if arguments.count == 3, let start = Int(arguments[1]), let end = Int(arguments[2]) {
            span = TextSpan(start: start, end: end)
        } else if arguments.count >= 3, Int(arguments[arguments.count - 1]) != nil {
            span = try shell.locate(arguments[1..<(arguments.count - 1)].joined(separator: " "), occurrence: arguments.last)
        } else {
            // Unquoted words are joined by one space: add PER Choe Son-hui works like the quoted form.
            span = try shell.locate(arguments[1...].joined(separator: " "), occurrence: nil)
        }
        try shell.addMention(label: definition.name, span: span)
        return .proceed
    }
}

// MARK: - Helpers

extension AnnotationShell {
    /// Finds the span of a text in the article, preferring the occurrence in the sentence shown.
    func locate(_ text: String, occurrence: String?) throws(ShellError) -> TextSpan {
        let document = session.document
        let found = document.occurrences(of: text)
        guard !found.isEmpty else { throw ShellError("«\(SafeText.escape(text))» is not in the article (it must match exactly, apostrophes and accents included)") }
        if let occurrence {
            guard let number = Int(occurrence), found.indices.contains(number - 1) else {
                throw ShellError("«\(SafeText.escape(text))» occurs \(found.count) time(s): N is 1 to \(found.count)")
            }
            return found[number - 1]
        }
        if found.count == 1 { return found[0] }
        if let index = shownSentence {
            let inSentence = found.filter { document.sentences[index].span.overlaps($0) }
            if inSentence.count == 1 { return inSentence[0] }
        }
        let sentences = found.compactMap { document.sentenceIndex(containing: $0.start).map { String($0 + 1) } }
        throw ShellError("«\(SafeText.escape(text))» occurs \(found.count) times (sentences \(sentences.joined(separator: ", "))): add a number, 1 to \(found.count)")
    }

    /// Adds a mention; when the proposer already proposed that exact span, decides about the
    /// proposal instead, so that its provenance is kept.
    func addMention(label: String, span: TextSpan) throws(ShellError) {
        if let proposal = session.state.mentions.values.first(where: {
            $0.review.origin == .proposed && $0.mention.span == span && $0.review.status != .accepted
        }) {
            if proposal.mention.label == label {
                try decide(.accept(ids: [proposal.id]))
                reportDecision("accepted (already proposed)", ids: [proposal.id])
            } else {
                try decide(.relabel(id: proposal.id, label: label))
                reportDecision("relabelled (already proposed)", ids: [proposal.id])
            }
            return
        }
        let id = session.state.nextMentionID
        try decide(.add(id: id, label: label, start: span.start, end: span.end))
        reportDecision("added", ids: [id])
    }

    /// Moves one boundary of a mention by whole tokens.
    func moveBoundary(_ arguments: [String], growing: Bool, command: String) throws(ShellError) {
        var rest = arguments
        let id = try singleID(rest.first.map(looksLikeID) == true ? [rest.removeFirst()] : [], command: command)
        var side = "right"
        var count = 1
        for word in rest {
            if ["left", "right", "l", "r"].contains(word.lowercased()) {
                side = word.lowercased().hasPrefix("l") ? "left" : "right"
            } else if let number = Int(word), number > 0 {
                count = number
            } else {
                throw ShellError.usage("\(command) [ID] [left|right] [N]", command: command)
            }
        }
        let mention = try self.mention(id).mention
        let tokens = session.document.tokens
        guard let first = session.document.tokenIndex(containing: mention.start),
              let last = session.document.tokenIndex(containing: mention.end - 1) else {
            throw ShellError("\(id) does not fall on tokens: use resize")
        }
        var start = mention.start, end = mention.end
        switch (growing, side) {
        case (true, "left"):
            guard first - count >= 0 else { throw ShellError("no token to the left of \(id)") }
            start = tokens[first - count].start
        case (true, _):
            guard last + count < tokens.count else { throw ShellError("no token to the right of \(id)") }
            end = tokens[last + count].end
        case (false, "left"):
            guard first + count <= last else { throw ShellError("\(id) would be empty") }
            start = tokens[first + count].start
        default:
            guard last - count >= first else { throw ShellError("\(id) would be empty") }
            end = tokens[last - count].end
        }
        try decide(.resize(id: id, start: start, end: end))
        reportDecision(growing ? "grew" : "shrank", ids: [id])
    }
}
