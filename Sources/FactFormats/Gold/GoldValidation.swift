import FactModel
import Foundation

/// The checks `SessionValidation` makes before folding, for the parts an export reads (the
/// schema, the proposals and the annotations; not the event log, which `replay` checks), made
/// without building a `Document`: spans are checked against the text's UTF-8 bytes through one
/// table of code-point offsets, and character boundaries are asked of the string only at span
/// ends, instead of computing every boundary of the text and copying substrings to compare.
///
/// It only answers yes or no: on no, the gold reader runs the full validation, whose message
/// names the first problem.
struct GoldValidation {
    private let text: String
    private let utf8: [UInt8]
    /// `offsets[i]` is the UTF-8 offset of code point `i`; one more entry for the end.
    private let offsets: [Int]

    /// Indexes a text's code points.
    init(text: String) {
        self.text = text
        utf8 = Array(text.utf8)
        var offsets: [Int] = []
        offsets.reserveCapacity(utf8.count + 1)
        for (offset, byte) in utf8.enumerated() where byte & 0xC0 != 0x80 { offsets.append(offset) }
        offsets.append(utf8.count)
        self.offsets = offsets
    }

    /// The text's length in code points.
    var length: Int { offsets.count - 1 }

    /// True when the parts pass every check `SessionValidation.validate` makes on them.
    static func isValid(_ parts: GoldDecoding.Parts) -> Bool {
        let validation = GoldValidation(text: parts.article.text)
        do throws(SessionError) { try SessionValidation.validateSchema(parts.schema) } catch { return false }
        guard plainStrings(parts) else { return false }
        let labels = Set(parts.schema.mentionLabelNames)
        var seen: Set<String> = []
        for proposal in parts.proposals.mentions {
            guard SessionValidation.isValidID(proposal.id, layer: "m"), seen.insert(proposal.id).inserted,
                  labels.contains(proposal.label), validation.matches(proposal.start, proposal.end, proposal.text) else { return false }
        }
        for proposal in parts.proposals.claims {
            guard SessionValidation.isValidID(proposal.id, layer: "c"), seen.insert(proposal.id).inserted,
                  validation.matches(proposal.claim, schema: parts.schema) else { return false }
        }
        return parts.annotations.claims.allSatisfy { validation.matches($0.claim, schema: parts.schema) }
            && parts.annotations.mentions.allSatisfy { validation.matches($0.mention.start, $0.mention.end, $0.mention.text) }
    }

    /// Every string `SessionValidation.checkPlainStrings` checks, but the events'.
    private static func plainStrings(_ parts: GoldDecoding.Parts) -> Bool {
        var strings = [parts.annotator, parts.proposer.name, parts.proposer.version, parts.schema.name]
        for (key, value) in parts.proposer.settings { strings += [key, value] }
        strings += parts.schema.mentionLabels.map(\.description) + parts.schema.certainties + parts.schema.stances + parts.schema.claimRelations
        strings += parts.proposals.mentions.map(\.rule) + parts.proposals.claims.map(\.rule)
        for annotation in parts.annotations.mentions { strings += [annotation.id, annotation.review.rule ?? ""] }
        for annotation in parts.annotations.claims { strings += [annotation.id, annotation.review.rule ?? ""] }
        return strings.allSatisfy { !$0.unicodeScalars.contains(where: SessionValidation.isUnsafe) }
    }

    /// A claim's parts are valid spans with their text, and its relations are the schema's.
    func matches(_ claim: Claim, schema: LabelSchema) -> Bool {
        for part in [claim.source, claim.cue, claim.content] {
            guard let part else { continue }
            guard matches(part.start, part.end, part.text) else { return false }
        }
        return claim.relations.allSatisfy { schema.claimRelations.contains($0.type) }
    }

    /// True when `start..<end` is a span the shell would accept (inside the text, not empty, on
    /// character boundaries, no whitespace at either edge) and `expected` is exactly its text.
    func matches(_ start: Int, _ end: Int, _ expected: String) -> Bool {
        guard start >= 0, start < end, end <= length else { return false }
        let lower = offsets[start], upper = offsets[end]
        var same = false
        var expected = expected
        expected.withUTF8 { bytes in
            same = bytes.count == upper - lower && utf8.withUnsafeBufferPointer { text in
                memcmp(text.baseAddress! + lower, bytes.baseAddress!, bytes.count) == 0
            }
        }
        guard same else { return false }
        let first = text.utf8.index(text.utf8.startIndex, offsetBy: lower)
        let last = text.utf8.index(text.utf8.startIndex, offsetBy: offsets[end - 1])
        guard first.samePosition(in: text) != nil, end == length || text.utf8.index(text.utf8.startIndex, offsetBy: upper).samePosition(in: text) != nil else {
            return false
        }
        return !Self.isWhitespace(text.unicodeScalars[first]) && !Self.isWhitespace(text.unicodeScalars[last])
    }

    /// Unicode's White_Space, answered without the property tables for ASCII (most span edges).
    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar == " " || (0x09...0x0D).contains(scalar.value) : scalar.properties.isWhitespace
    }
}
