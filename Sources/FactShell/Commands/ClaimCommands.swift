import FactModel

/// The `claim` command: correct any field of a claim, link claims, add a claim the proposer
/// missed. Accepting and rejecting a claim whole is `accept c3` / `reject c3`.
enum ClaimCommands {
    static let all: [CommandSpec] = [claim]

    /// The fields `claim ID FIELD …` changes.
    static let fields = ["source", "cue", "content", "stance", "certainty", "quoted", "disputes", "supports", "unlink"]

    static let claim: CommandSpec = CommandSpec(
        "claim", aliases: ["c"], usage: "claim [ID] FIELD VALUE…  |  claim add content TEXT [source TEXT] [cue TEXT] [stance S] [certainty C]",
        summary: "correct a claim's source, cue, content, stance, certainty, quoted or links; or add a claim",
        details: """
            claim c3 source Mark Rutte · claim c3 source @120-130 · claim c3 source none · claim c3 cue a démenti · \
            claim c3 content @200-260 · claim c3 stance denies · claim c3 certainty possible · claim c3 quoted yes · \
            claim c5 disputes c3 · claim c5 supports c1 · claim c5 unlink c3. Without an id, the claim in focus. \
            Texts are found as add finds them (the sentence of the claim first); a source is linked to the mention \
            that covers it. claim add content "…" source "…" cue "…" adds a claim (quote texts with spaces when \
            they contain a field name). Every change counts as accepting the claim; undo reverts it.
            """,
        completion: .claimFields, isForcible: true
    ) { shell, words throws(ShellError) in
        var arguments = words.arguments
        if arguments.first?.lowercased() == "add" {
            try shell.addClaim(Array(arguments.dropFirst()), forced: words.isForced)
            return .proceed
        }
        var id: String
        if let first = arguments.first, first.lowercased().hasPrefix("c"), shell.looksLikeID(first) {
            id = first.lowercased()
            arguments.removeFirst()
        } else {
            guard let focus = shell.focus, shell.session.state.claims[focus] != nil else {
                throw ShellError("no claim in focus: give its id, e.g. claim c3 stance denies (list claims lists them)")
            }
            id = focus
        }
        guard let annotation = shell.session.state.claims[id] else { throw ShellError("no claim has the id '\(SafeText.escape(id))'") }
        guard let field = arguments.first?.lowercased(), fields.contains(field) else {
            throw ShellError("claim \(id) takes a field: \(fields.joined(separator: ", "))")
        }
        shell.focus = id
        let value = Array(arguments.dropFirst())
        let changed = try shell.edited(annotation.claim, field: field, value: value, id: id, forced: words.isForced)
        let logged: Action = .editClaim(id: id, field: ["unlink", "disputes", "supports"].contains(field) ? "relations" : field, claim: changed)
        try shell.decide(logged)
        shell.output.line(shell.renderer.style.success("changed") + " " + String(ActionText.describe(logged).dropFirst("edit ".count)))
        shell.reportSideEffects()
        shell.showClaim(id)
        return .proceed
    }
}

// MARK: - Editing claims

extension AnnotationShell {
    /// The claim with one field changed as the analyst typed it.
    func edited(_ claim: Claim, field: String, value: [String], id: String, forced: Bool) throws(ShellError) -> Claim {
        var claim = claim
        let joined = value.joined(separator: " ")
        guard !value.isEmpty else { throw ShellError("claim \(id) \(field) needs a value") }
        switch field {
        case "source":
            claim.source = joined.lowercased() == "none" ? nil : try claimPart(value, forced: forced, linking: true, near: sentences(of: claim))
        case "cue":
            claim.cue = joined.lowercased() == "none" ? nil : try claimPart(value, forced: forced, linking: false, near: sentences(of: claim))
        case "content":
            claim.content = try claimPart(value, forced: forced, linking: false, near: sentences(of: claim))
        case "stance":
            guard let stance = Stance(rawValue: joined.lowercased()) else { throw ShellError("stance is asserts or denies") }
            claim.stance = stance
        case "certainty":
            guard let certainty = Certainty(rawValue: joined.lowercased()) else {
                throw ShellError("certainty is one of: \(Certainty.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            claim.certainty = certainty
        case "quoted":
            guard let quoted = ["yes": true, "true": true, "no": false, "false": false][joined.lowercased()] else {
                throw ShellError("quoted is yes or no")
            }
            claim.quoted = quoted
        case "disputes", "supports":
            let target = joined.lowercased()
            guard session.state.claims[target] != nil else { throw ShellError("\(SafeText.escape(target)) is not a claim") }
            claim.relations.append(ClaimRelation(type: field, target: target))
        default: // unlink
            let target = joined.lowercased()
            guard claim.relations.contains(where: { $0.target == target }) else { throw ShellError("\(id) has no link to \(SafeText.escape(target))") }
            claim.relations.removeAll { $0.target == target }
        }
        return claim
    }

    /// The sentences a claim lies in, from the first sentence of its first part to the last of its last.
    func sentences(of claim: Claim) -> TextSpan? {
        let document = session.document
        let extent = claim.extent
        guard let first = document.sentenceIndex(containing: extent.start),
              let last = document.sentenceIndex(containing: max(extent.start, extent.end - 1)) else { return nil }
        return TextSpan(start: document.sentences[first].start, end: document.sentences[last].span.end)
    }

    /// A claim part from `@START-END` or text found in the article; a source links to the
    /// mention (accepted or pending) that covers exactly that span, or else contains it.
    func claimPart(_ value: [String], forced: Bool, linking: Bool, near: TextSpan? = nil) throws(ShellError) -> ClaimPart {
        let span: TextSpan
        if value.count == 1, value[0].hasPrefix("@") {
            span = try parseOffsets(value[0])
            try checkSpan(span, forced: forced, command: "claim")
        } else {
            var words = value
            var occurrence: Int?
            if words.count >= 2, let last = words.last, last.hasPrefix("#") {
                occurrence = try parseOccurrence(String(last.dropFirst()))
                words.removeLast()
            }
            span = try locate(words.joined(separator: " "), occurrence: occurrence, forced: forced, preferring: near)
        }
        if let near, !forced, !near.overlaps(span) {
            let sentence = (session.document.sentenceIndex(containing: span.start) ?? 0) + 1
            throw ShellError("«\(SafeText.escape(session.document.text(of: span)))» is in sentence \(sentence), outside the claim's sentences: type claim! to take it, or give #N")
        }
        var part = ClaimPart(start: span.start, end: span.end, text: session.document.text(of: span))
        if linking {
            let live = session.state.mentions(overlapping: span).filter { $0.review.status == .accepted || $0.review.status == .pending }
            part.mention = (live.first { $0.mention.span == span } ?? live.first { $0.mention.start >= span.start && $0.mention.end <= span.end })?.id
        }
        return part
    }

    /// `claim add content TEXT [source TEXT] [cue TEXT] [stance S] [certainty C] [quoted yes]`.
    func addClaim(_ arguments: [String], forced: Bool) throws(ShellError) {
        let keys: Set<String> = ["content", "source", "cue", "stance", "certainty", "quoted"]
        var values: [String: [String]] = [:]
        var key: String?
        for word in arguments {
            if keys.contains(word.lowercased()) && values[word.lowercased()] == nil {
                key = word.lowercased()
                values[key!] = []
            } else if let key {
                values[key]!.append(word)
            } else {
                throw ShellError("claim add starts with a field: claim add content TEXT source TEXT cue TEXT")
            }
        }
        guard let content = values["content"], !content.isEmpty else { throw ShellError("claim add needs content TEXT") }
        var claim = Claim(source: nil, cue: nil, content: try claimPart(content, forced: forced, linking: false))
        for field in ["source", "cue", "stance", "certainty", "quoted"] {
            if let value = values[field] { claim = try edited(claim, field: field, value: value, id: "the new claim", forced: forced) }
        }
        guard let id = session.state.nextClaimID else { throw ShellError("no claim id is left in this session") }
        try decide(.addClaim(id: id, claim: claim))
        output.line(renderer.style.success("added") + " " + summaryOf(id))
        focus = id
        showClaim(id)
    }
}
