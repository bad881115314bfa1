import FactModel

// MARK: - Claims on screen

extension AnnotationRenderer {
    /// The colour of each role of a claim.
    static func color(of role: ClaimPartRole) -> Int {
        switch role {
        case .source: return 39
        case .cue: return 220
        case .content: return 250
        }
    }

    /// A stretch of text with one claim's parts marked: `[Washington|SOURCE c2] [affirme|CUE c2]
    /// que [des milliers…|CONTENT c2]` without colour; with colour, the source underlined, the
    /// cue bold and the content on a grey background, each followed by its role.
    public func render(_ span: TextSpan, of document: Document, claim annotation: ClaimAnnotation, focused: Bool = true) -> String {
        var output = ""
        var cursor = span.start
        for (role, part) in annotation.claim.parts where part.start >= cursor && part.start < span.end && part.end > span.start {
            let start = max(part.start, span.start), end = min(part.end, span.end)
            output += SafeText.escape(document.text(from: cursor, to: start))
            var shown = part
            shown.text = (start > part.start ? "…" : "") + document.text(from: start, to: end) + (end < part.end ? "…" : "")
            output += mark(shown, role: role, id: annotation.id, focused: focused && role == annotation.claim.parts.first?.role && start == part.start)
            cursor = end
        }
        output += SafeText.escape(document.text(from: cursor, to: span.end))
        return output
    }

    private func mark(_ part: ClaimPart, role: ClaimPartRole, id: String, focused: Bool) -> String {
        let text = SafeText.replacing(" ", with: "\u{00A0}", in: SafeText.escape(part.text))
        let tag = role.rawValue.uppercased() + "\u{00A0}" + id
        guard style.isEnabled else { return (focused ? "▶" : "") + "[\(text)|\(tag)]" }
        let color = AnnotationRenderer.color(of: role)
        let body: String
        switch role {
        case .source: body = style.underline(text, color: color)
        case .cue: body = style.bold(style.foreground(text, color: color))
        case .content: body = style.shaded(text)
        }
        return (focused ? style.bold("▶") : "") + body + style.foreground("\u{2009}" + tag, color: color)
    }

    /// `c2 claim · Washington affirme · asserts · certain (CT+) · pending · 0.80 · rule`, then a
    /// line for the content, and its links.
    public func describe(_ annotation: ClaimAnnotation) -> String {
        let claim = annotation.claim
        let review = annotation.review
        var head = [style.bold(annotation.id), style.foreground("claim", color: 220)]
        head.append("«" + SafeText.escape(ActionTextLimits.abridge(claim.source?.text ?? "(no source)")) + "»")
        if let link = claim.source?.mention { head.append(style.dim("(\(link))")) }
        head.append(SafeText.escape(claim.cue?.text ?? "(no cue)"))
        head.append(claim.stance == .denies ? style.error("denies") : "asserts")
        head.append("\(claim.certainty.rawValue) (\(claim.factBankCode))" + (claim.quoted ? " · quoted" : ""))
        head.append(statusWord(review.status))
        var details: [String] = []
        if let score = review.score { details.append(String(format: "%.2f", score)) }
        if let rule = review.rule { details.append(SafeText.escape(rule)) }
        if review.origin == .added { details.append("added") }
        if annotation.isCorrected { details.append("corrected") }
        if !details.isEmpty { head.append(style.dim(details.joined(separator: " · "))) }
        if review.flagged { head.append(style.error("flagged")) }
        var line = head.joined(separator: " ")
        line += "\n      content «" + SafeText.escape(ActionTextLimits.abridge(claim.content.text, to: 160)) + "» " + style.dim("\(claim.content.start)-\(claim.content.end)")
        for relation in claim.relations { line += "\n      " + relation.type + " " + relation.target }
        for note in review.notes { line += "\n      " + style.dim("note: ") + SafeText.escape(note) }
        return line
    }
}

/// Cutting long texts for one-line confirmations.
enum ActionTextLimits {
    /// The text cut to `limit` characters with `…`.
    static func abridge(_ text: String, to limit: Int = 60) -> String {
        text.count <= limit ? text : String(text.prefix(limit)) + "…"
    }
}
