import FactModel
import Foundation

/// Writes sessions as spaCy/Prodigy-compatible JSONL: one task per line with the text, tokens
/// with code-point offsets, spans with inclusive `token_start`/`token_end`, and `meta`.
///
/// Only accepted annotations (accepted, corrected or added) are exported as spans; claims ride
/// along under `claims`, which Prodigy and spaCy ignore. A span or claim carries the analyst's
/// `notes` (an array, oldest first) when it has any, and `flagged: true` when it is flagged.
///
/// `meta` is the article's own metadata, whole and unchanged. factline's provenance goes under
/// the top-level key `factline` (`article_id`, `source_file`, `sha256`, `lang`, `session`,
/// `annotator`, `status`, `proposer`), which no article metadata can collide with.
public enum ProdigyJSONL {
    /// One JSONL record for a session.
    public static func record(for session: Session, sessionPath: String) -> [String: Any] {
        record(for: GoldDocument(session: session, path: sessionPath), document: session.document)
    }

    /// One JSONL record for a session's gold part; `document` is its article, tokenized.
    public static func record(for gold: GoldDocument, document: Document) -> [String: Any] {
        let tokens = ExportTokens.spacyTokens(of: document, splittingAt: gold.spans)
        var spans: [[String: Any]] = []
        for annotation in gold.mentions {
            let mention = annotation.mention
            var span: [String: Any] = ["start": mention.start, "end": mention.end, "label": mention.label,
                                       "text": mention.text, "id": annotation.id]
            if let range = tokens.range(of: mention.span) {
                span["token_start"] = range.lowerBound
                span["token_end"] = range.upperBound
            }
            addReview(annotation.review, to: &span)
            spans.append(span)
        }
        let claims: [[String: Any]] = gold.claims.map { claimObject($0) }
        return [
            "text": document.text,
            "_input_hash": hash32(gold.article.sha256),
            "_task_hash": hash32(gold.article.sha256 + gold.annotator + (gold.mentions.map { "\($0.mention.start)-\($0.mention.end)-\($0.mention.label)" }.joined())),
            "tokens": JSONLine.tokens(tokens),
            "spans": spans,
            "claims": claims,
            "answer": "accept",
            "_timestamp": Int(gold.updated.timeIntervalSince1970),
            "_annotator_id": gold.annotator,
            "_session_id": URL(fileURLWithPath: gold.path).deletingPathExtension().lastPathComponent,
            "meta": gold.article.meta,
            "factline": provenance(of: gold),
        ]
    }

    /// factline's own provenance of a record: where the article and the session came from.
    public static func provenance(of session: Session, sessionPath: String) -> [String: Any] {
        provenance(of: GoldDocument(session: session, path: sessionPath))
    }

    /// factline's own provenance of a gold document: where the article and the session came from.
    public static func provenance(of session: GoldDocument) -> [String: Any] {
        [
            "article_id": session.article.id,
            "source_file": session.article.source,
            "sha256": session.article.sha256,
            "lang": session.article.language.rawValue,
            "session": session.path,
            "annotator": session.annotator,
            "status": session.status.rawValue,
            "proposer": "\(session.proposer.name) \(session.proposer.version)",
        ]
    }

    /// Adds the analyst's notes and flag to an exported span or claim, when there are any.
    static func addReview(_ review: Review, to object: inout [String: Any]) {
        if !review.notes.isEmpty { object["notes"] = review.notes }
        if review.flagged { object["flagged"] = true }
    }

    /// One line of JSONL (no trailing newline), keys sorted so output is reproducible.
    public static func line(for session: Session, sessionPath: String) throws -> String {
        let data = try JSONLine.data(record(for: session, sessionPath: sessionPath))
        return String(decoding: data.dropLast(), as: UTF8.self)
    }

    static func claimObject(_ annotation: ClaimAnnotation) -> [String: Any] {
        func part(_ part: ClaimPart?) -> Any {
            guard let part else { return NSNull() }
            var object: [String: Any] = ["start": part.start, "end": part.end, "text": part.text]
            if let mention = part.mention { object["mention"] = mention }
            return object
        }
        let claim = annotation.claim
        var object: [String: Any] = [
            "id": annotation.id, "source": part(claim.source), "cue": part(claim.cue), "content": part(claim.content),
            "stance": claim.stance.rawValue, "certainty": claim.certainty.rawValue, "quoted": claim.quoted,
            "factbank": claim.factBankCode,
            "relations": claim.relations.map { ["type": $0.type, "target": $0.target] },
        ]
        addReview(annotation.review, to: &object)
        return object
    }

    /// A signed 32-bit integer derived from a SHA-256 hex string, shaped like Prodigy's hashes.
    /// (Prodigy uses MurmurHash; consumers only compare these values for equality.)
    static func hash32(_ text: String) -> Int32 {
        let hex = Document.hash(text).prefix(8)
        return Int32(bitPattern: UInt32(hex, radix: 16) ?? 0)
    }
}
