import FactModel

/// Checks what a session file claims before anything is folded: every proposed span gets the
/// validation a span typed in the shell gets, so a tampered or corrupted file never replays as
/// verified gold.
enum SessionValidation {
    /// The highest number an id may carry (`m999999999`); larger ones would overflow when the
    /// shell numbers the next added mention.
    static let maximumIDNumber = 999_999_999

    /// Throws `SessionError.malformed` naming the first invalid proposal, claim part, label or id.
    static func validate(_ file: SessionFile, in document: Document) throws(SessionError) {
        try validateSchema(file.schema)
        try checkPlainStrings(file)
        var seen: Set<String> = []
        for proposal in file.proposals.mentions {
            try checkID(proposal.id, layer: "m", seen: &seen)
            guard file.schema.mentionLabelNames.contains(proposal.label) else {
                throw .malformed("proposal \(proposal.id) has the label '\(proposal.label)', which the session's schema lacks")
            }
            try checkSpan(proposal.span, text: proposal.text, of: "proposal \(proposal.id)", in: document)
            guard proposal.score.isFinite else { throw .malformed("proposal \(proposal.id) has a score that is not a number") }
        }
        for proposal in file.proposals.claims {
            try checkID(proposal.id, layer: "c", seen: &seen)
            try checkClaim(proposal.claim, of: "proposal \(proposal.id)", schema: file.schema, in: document)
        }
        for annotation in file.annotations.claims {
            try checkClaim(annotation.claim, of: "claim \(annotation.id)", schema: file.schema, in: document)
        }
        for annotation in file.annotations.mentions {
            try checkSpan(annotation.mention.span, text: annotation.mention.text, of: "mention \(annotation.id)", in: document)
        }
        for event in file.events { try checkEvent(event) }
    }

    /// What the fold does not check of an event: an added or re-proposed mention's id is a
    /// valid id, and a re-proposal's model and rules are plain text (they are printed).
    static func checkEvent(_ event: Event) throws(SessionError) {
        switch event.action {
        case let .add(id, _, _, _):
            guard isValidID(id, layer: "m") else { throw .badEvent(seq: event.seq, reason: "'\(id)' is not a valid id (m1 to m\(maximumIDNumber))") }
        case let .repropose(reproposal):
            try checkPlain(reproposal.model, "the model of event \(event.seq)")
            for proposal in reproposal.mentions {
                guard isValidID(proposal.id, layer: "m") else {
                    throw .badEvent(seq: event.seq, reason: "'\(escaped(proposal.id))' is not a valid id (m1 to m\(maximumIDNumber))")
                }
                try checkPlain(proposal.rule, "the rule of re-proposed \(proposal.id)")
            }
        default: break
        }
    }

    /// Label names are words: not empty, no whitespace or control characters, none twice.
    static func validateSchema(_ schema: LabelSchema) throws(SessionError) {
        var seen: Set<String> = []
        for name in schema.mentionLabelNames {
            let bad = name.unicodeScalars.contains {
                $0.properties.isWhitespace || $0.properties.generalCategory == .control || $0.properties.generalCategory == .format
            }
            guard !name.isEmpty, !bad, name.count <= 40 else {
                throw .malformed("the schema's label '\(name)' is not a word (letters, digits and signs, no spaces)")
            }
            guard seen.insert(name.uppercased()).inserted else { throw .malformed("the schema has the label '\(name)' twice") }
        }
    }

    /// Every string of a session file that the shell prints and that is not article text (which
    /// is escaped where it is drawn) must be plain: no control characters, no bidirectional
    /// overrides. Refused on load with a one-line error, so no terminal escape from a file can
    /// reach the screen through a field that a renderer forgot to escape.
    static func checkPlainStrings(_ file: SessionFile) throws(SessionError) {
        try checkPlain(file.annotator, "the annotator")
        try checkPlain(file.proposer.name, "the proposer's name")
        try checkPlain(file.proposer.version, "the proposer's version")
        for (key, value) in file.proposer.settings {
            try checkPlain(key, "a proposer setting's name")
            try checkPlain(value, "the proposer setting '\(escaped(key))'")
        }
        try checkPlain(file.schema.name, "the schema's name")
        for label in file.schema.mentionLabels { try checkPlain(label.description, "the description of label \(escaped(label.name))") }
        for value in file.schema.certainties + file.schema.stances + file.schema.claimRelations { try checkPlain(value, "a schema value") }
        for proposal in file.proposals.mentions { try checkPlain(proposal.rule, "the rule of proposal \(escaped(proposal.id))") }
        for proposal in file.proposals.claims { try checkPlain(proposal.rule, "the rule of proposal \(escaped(proposal.id))") }
        for annotation in file.annotations.mentions {
            try checkPlain(annotation.id, "an annotation's id")
            try checkPlain(annotation.review.rule ?? "", "the rule of \(escaped(annotation.id))")
        }
        for annotation in file.annotations.claims {
            try checkPlain(annotation.id, "an annotation's id")
            try checkPlain(annotation.review.rule ?? "", "the rule of \(escaped(annotation.id))")
        }
        for event in file.events { try checkPlain(event.annotator, "the annotator of event \(event.seq)") }
    }

    /// Throws when a string holds a control character (C0, DEL, C1) or a bidirectional control.
    static func checkPlain(_ text: String, _ what: @autoclosure () -> String) throws(SessionError) {
        if let bad = text.unicodeScalars.first(where: isUnsafe) {
            throw .malformed("\(what()) contains the control character U+\(String(format: "%04X", bad.value)); a session file holds plain text there")
        }
    }

    /// A string with its unsafe scalars written as `\u{1B}`, for an error message.
    static func escaped(_ text: String) -> String {
        text.unicodeScalars.map { isUnsafe($0) ? "\\u{" + String($0.value, radix: 16, uppercase: true) + "}" : String($0) }.joined()
    }

    /// The scalars no terminal may receive raw (as `SafeText` escapes them at render).
    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x061C: return true
        default: return false
        }
    }

    /// True for `m1`…`m999999999` (or `c…`), written without leading zeros.
    static func isValidID(_ id: String, layer: Character) -> Bool {
        guard id.first == layer, let number = AnnotationID.number(of: id) else { return false }
        return number >= 1 && number <= maximumIDNumber && String(number) == id.dropFirst()
    }

    private static func checkID(_ id: String, layer: Character, seen: inout Set<String>) throws(SessionError) {
        guard isValidID(id, layer: layer) else {
            throw .malformed("'\(id)' is not a valid id (\(layer)1 to \(layer)\(maximumIDNumber))")
        }
        guard seen.insert(id).inserted else { throw .malformed("two proposals have the id '\(id)'") }
    }

    private static func checkSpan(_ span: TextSpan, text: String, of what: @autoclosure () -> String, in document: Document) throws(SessionError) {
        do { try document.validate(span) } catch { throw .malformed("\(what()): \(error.description)") }
        let actual = document.text(of: span)
        guard actual == text else {
            throw .malformed("\(what()): its text «\(text)» is not the text at \(span.start)-\(span.end) «\(actual)»")
        }
    }

    private static func checkClaim(_ claim: Claim, of what: @autoclosure () -> String, schema: LabelSchema, in document: Document) throws(SessionError) {
        for (role, part) in [("source", claim.source), ("cue", claim.cue), ("content", claim.content)] {
            guard let part else { continue }
            try checkSpan(part.span, text: part.text, of: "\(what()) \(role)", in: document)
        }
        for relation in claim.relations where !schema.claimRelations.contains(relation.type) {
            throw .malformed("\(what()) has the relation '\(relation.type)', which the session's schema lacks")
        }
    }
}
