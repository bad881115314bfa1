import FactModel

/// Draws sentences with their annotations highlighted, and one-line descriptions of annotations.
///
/// Accepted mentions are shown on their label's colour, pending proposals underlined with a `?`
/// after the label, rejected and deleted ones not at all; without colour the same information
/// is written with brackets: `[Choe Son-hui|PER m3]`, `[Moscou|LOC? m5]`; the mention in
/// focus gets a `▶` and is drawn even when rejected (`[Moscou|LOC✗ m5]`).
public struct AnnotationRenderer: Sendable {
    /// Colour on or off.
    public var style: TerminalStyle
    /// The label schema, for colours.
    public var schema: LabelSchema

    /// Makes a renderer.
    public init(style: TerminalStyle, schema: LabelSchema) {
        self.style = style
        self.schema = schema
    }

    private func color(of label: String) -> Int { schema.mentionLabel(named: label)?.color ?? 250 }

    // MARK: - Sentences

    /// A span of the text with the visible mentions inside it drawn in place. A mention that
    /// runs past the span (one forced across a sentence end) is drawn clipped, with `…` on the
    /// side it continues, so every mention shows wherever its text does.
    public func render(_ span: TextSpan, of document: Document, mentions: [MentionAnnotation], focus: String? = nil) -> String {
        let visible = mentions
            .filter { ([.accepted, .pending].contains($0.review.status) || $0.id == focus) && $0.mention.span.overlaps(span) }
            .sorted { ($0.mention.start, $0.review.status == .accepted ? 0 : 1) < ($1.mention.start, $1.review.status == .accepted ? 0 : 1) }
        var output = ""
        var cursor = span.start
        for annotation in visible where annotation.mention.start >= cursor || (cursor == span.start && annotation.mention.start < span.start) {
            let start = max(annotation.mention.start, cursor), end = min(annotation.mention.end, span.end)
            output += SafeText.escape(document.text(from: cursor, to: start))
            let clipped = (start > annotation.mention.start ? "…" : "") + document.text(from: start, to: end)
                + (end < annotation.mention.end ? "…" : "")
            output += mark(annotation, focused: annotation.id == focus, showing: clipped)
            cursor = end
        }
        output += SafeText.escape(document.text(from: cursor, to: span.end))
        return output
    }

    /// One annotated mention drawn inline; `showing` replaces its text when it is drawn clipped.
    /// The spaces inside a mark are no-break spaces, so that wrapping never parts an id from
    /// its label or text (`TIME m2` split over two lines reads as another id).
    public func mark(_ annotation: MentionAnnotation, focused: Bool = false, showing: String? = nil) -> String {
        let text = SafeText.replacing(" ", with: "\u{00A0}", in: SafeText.escape(showing ?? annotation.mention.text))
        let label = SafeText.escape(annotation.mention.label)
        let status = annotation.review.status
        let marker = status == .pending ? "?" : (status == .rejected || status == .deleted ? "✗" : "")
        let tag = label + marker + (annotation.review.flagged ? "!" : "") + "\u{00A0}" + SafeText.escape(annotation.id)
        guard style.isEnabled else {
            return (focused ? "▶" : "") + "[\(text)|\(tag)]"
        }
        let body: String
        switch status {
        case .pending: body = style.underline(text, color: color(of: label))
        case .accepted: body = style.highlight(text, color: color(of: label))
        case .rejected, .deleted: body = style.struck(text)
        }
        let pointer = focused ? style.bold(style.foreground("▶", color: color(of: label))) : ""
        return pointer + body + style.foreground("\u{2009}" + tag, color: color(of: label))
    }

    // MARK: - One-line descriptions

    /// `m3 PER «Choe Son-hui» pending · 0.92 name.capitalised-sequence`, with notes and flags.
    public func describe(_ annotation: MentionAnnotation) -> String {
        var parts: [String] = []
        let review = annotation.review
        parts.append(style.bold(SafeText.escape(annotation.id)))
        parts.append(style.foreground(SafeText.escape(annotation.mention.label), color: color(of: annotation.mention.label)))
        parts.append("«" + SafeText.escape(annotation.mention.text) + "»")
        parts.append(statusWord(review.status))
        var details: [String] = ["\(annotation.mention.start)-\(annotation.mention.end)"]
        if let score = review.score { details.append(String(format: "%.2f", score)) }
        if let rule = review.rule { details.append(SafeText.escape(rule)) }
        if review.origin == .added { details.append("added") }
        if annotation.isCorrected, let proposed = annotation.proposed {
            details.append("was \(SafeText.escape(proposed.label)) «\(SafeText.escape(proposed.text))»")
        }
        parts.append(style.dim(details.joined(separator: " · ")))
        if review.flagged { parts.append(style.error("flagged")) }
        var line = parts.joined(separator: " ")
        for note in review.notes { line += "\n      " + style.dim("note: ") + SafeText.escape(note) }
        return line
    }

    /// A status word, coloured.
    public func statusWord(_ status: ReviewStatus) -> String {
        switch status {
        case .accepted: return style.success("accepted")
        case .pending: return style.foreground("pending", color: 220)
        case .rejected: return style.dim("rejected")
        case .deleted: return style.dim("deleted")
        }
    }

    /// `accepted 12 · rejected 3 · pending 40`, the progress line.
    public func progress(_ state: SessionState) -> String {
        let counts = state.statusCounts
        let parts = [
            style.success("accepted \(counts[.accepted, default: 0])"),
            "rejected \(counts[.rejected, default: 0])",
            style.foreground("pending \(counts[.pending, default: 0])", color: 220),
        ]
        var line = parts.joined(separator: " · ")
        if counts[.deleted, default: 0] > 0 { line += " · deleted \(counts[.deleted, default: 0])" }
        if state.isComplete { line += " · " + style.bold("done") }
        return line
    }
}
