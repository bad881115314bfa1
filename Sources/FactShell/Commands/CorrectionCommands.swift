import FactModel

/// Commands that correct proposals or add what the proposer missed.
///
/// Each refuses the slips a keyboard makes easy (a span cutting a word, a boundary crossing a
/// sentence or landing on punctuation, an add inside a pending proposal) unless the command is
/// forced with `!` (`add!`, `resize!`, `grow!`), and each says what else it changed.
enum CorrectionCommands {
    static let all: [CommandSpec] = [label, resize, grow, shrink, add, same]

    static let label: CommandSpec = CommandSpec(
        "label", aliases: ["l", "relabel"], usage: "label [ID] LABEL",
        summary: "give a mention another label (it counts as accepted)",
        details: "label m4 ORG relabels m4; label ORG relabels the mention in focus. Labels are case-insensitive and saved as the schema spells them; help labels lists them.",
        completion: .idThenLabel
    ) { shell, words throws(ShellError) in
        let arguments = words.arguments
        let id: String, newLabel: String
        switch arguments.count {
        case 1: (id, newLabel) = (try shell.singleID([], command: "label"), arguments[0])
        case 2: (id, newLabel) = (try shell.singleID([arguments[0]], command: "label"), arguments[1])
        default: throw ShellError.usage(label)
        }
        let before = try shell.mention(id)
        try shell.decide(.relabel(id: id, label: newLabel))
        shell.reportDecision("relabelled", ids: [id])
        shell.offerSameCorrection(after: before)
        return .proceed
    }

    static let resize: CommandSpec = CommandSpec(
        "resize", usage: "resize [ID] START END  |  resize [ID] @START-END",
        summary: "give a mention new boundaries, in code points (end exclusive)",
        details: "Offsets count Unicode code points from the start of the article, end exclusive; show ID prints the current ones. A boundary inside a word is refused: resize! forces it. grow and shrink move boundaries a token at a time.",
        completion: .ids, isForcible: true
    ) { shell, words throws(ShellError) in
        var arguments = words.arguments
        let id = try shell.singleID(arguments.first.map(shell.looksLikeID) == true ? [arguments.removeFirst()] : [], command: "resize")
        let span: TextSpan
        switch arguments.count {
        case 1 where arguments[0].hasPrefix("@"): span = try shell.parseOffsets(arguments[0])
        case 2: span = try shell.parseOffsets(arguments[0], arguments[1])
        default: throw ShellError("resize \(id) needs START and END, code points from 0 to \(shell.session.document.length): resize \(id) 12 25 (show \(id) prints the current ones)")
        }
        let before = try shell.mention(id)
        try shell.checkSpan(span, forced: words.isForced, command: "resize")
        try shell.decide(.resize(id: id, start: span.start, end: span.end))
        shell.reportDecision("resized", ids: [id])
        shell.offerSameCorrection(after: before)
        return .proceed
    }

    static let grow: CommandSpec = boundaryMove(
        "grow", alias: "g", summary: "extend a mention by N tokens (default: 1, to the right)", growing: true)

    static let shrink: CommandSpec = boundaryMove(
        "shrink", alias: "k", summary: "take N tokens off a mention (default: 1, from the right)", growing: false)

    /// grow and shrink: move one boundary of a mention by whole tokens.
    private static func boundaryMove(_ name: String, alias: String, summary: String, growing: Bool) -> CommandSpec {
        CommandSpec(name, aliases: [alias], usage: "\(name) [ID] [left|right] [N]", summary: summary,
                    details: growing ? "A boundary stays inside the sentence and does not stop on punctuation: grow! goes past both." : "",
                    completion: .idThenSide, isForcible: growing) { shell, words throws(ShellError) in
            let before = try shell.mention(try shell.singleID(words.arguments.first.map(shell.looksLikeID) == true ? [words.arguments[0]] : [], command: name))
            try shell.moveBoundary(words.arguments, growing: growing, forced: words.isForced, command: name)
            shell.offerSameCorrection(after: before)
            return .proceed
        }
    }

    static let add: CommandSpec = CommandSpec(
        "add", aliases: ["+"], usage: "add LABEL TEXT… [#N]  |  add LABEL @START-END",
        summary: "add a mention the proposer missed",
        details: "The text is found in the article regardless of case, with ' and ’, \" and « », and runs of spaces taken as equal, and only as whole words. When it occurs more than once, the occurrence in the sentence in focus is taken, or #N (1 = first in the article). @START-END gives code-point offsets, end exclusive. An add inside a pending proposal or cutting a word is refused: add! forces it. Adding exactly a proposed span decides about that proposal instead.",
        completion: .label, isForcible: true
    ) { shell, words throws(ShellError) in
        var arguments = words.arguments
        guard arguments.count >= 2 else { throw ShellError.usage(add) }
        guard let definition = shell.session.schema.mentionLabel(named: arguments[0]) else {
            throw ShellError("unknown label '\(SafeText.escape(arguments[0]))' (labels: \(shell.session.schema.mentionLabelNames.joined(separator: " ")))")
        }
        arguments.removeFirst()
        let span: TextSpan
        if arguments.count == 1, arguments[0].hasPrefix("@") {
            span = try shell.parseOffsets(arguments[0])
            try shell.checkSpan(span, forced: words.isForced, command: "add")
        } else {
            var occurrence: Int?
            if arguments.count >= 2, let last = arguments.last, last.hasPrefix("#") {
                occurrence = try shell.parseOccurrence(String(last.dropFirst()))
                arguments.removeLast()
            } else if arguments.count >= 2, let last = arguments.last, last.allSatisfy(\.isNumber),
                      shell.session.document.find(arguments.joined(separator: " ")).isEmpty {
                // Text first: `add QUANTITY 1 200` is the text «1 200»; a trailing number is an
                // occurrence only when the whole text is not in the article (the older form of #N).
                occurrence = try shell.parseOccurrence(last)
                arguments.removeLast()
            }
            span = try shell.locate(arguments.joined(separator: " "), occurrence: occurrence, forced: words.isForced)
        }
        try shell.addMention(label: definition.name, span: span, forced: words.isForced)
        return .proceed
    }

    static let same: CommandSpec = CommandSpec(
        "same", aliases: ["="], usage: "same",
        summary: "apply the last correction to the other pending proposals of the same text",
        details: "After label, resize, grow or shrink, factline lists the other pending proposals with the same text and label; same gives each of them the same correction, one decision each."
    ) { shell, _ throws(ShellError) in
        try shell.repeatLastCorrection()
        return .proceed
    }
}
