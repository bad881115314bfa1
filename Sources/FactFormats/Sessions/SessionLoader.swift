import FactModel
import FactText
import Foundation

/// Turns session files into sessions: decodes, rebuilds the document, folds the events from
/// nothing and checks that the result is what the file says. Never repairs anything silently.
public enum SessionLoader {
    /// Reads and verifies a session file.
    public static func load(path: String) throws(FormatError) -> Session {
        let data = try ArticleReader.readBytes(path: path)
        return try session(from: data, path: path)
    }

    /// Decodes and verifies a session from its bytes.
    public static func session(from data: Data, path: String) throws(FormatError) -> Session {
        do {
            let file = try SessionFile.decode(data)
            return try session(from: file)
        } catch {
            throw .session(path: path, reason: error.description)
        }
    }

    /// Rebuilds a session from its file form and checks that its events fold to its annotations.
    /// Every stored span (proposals, annotations, claims) is validated first as a span typed in
    /// the shell would be: inside the text, on character boundaries, with its own text, and with
    /// a label of the session's schema.
    public static func session(from file: SessionFile) throws(SessionError) -> Session {
        let document = TextAnalyzer.analyze(
            id: file.article.id, text: file.article.text, language: file.article.language, meta: file.article.meta)
        guard document.sha256 == file.article.sha256 else {
            throw .textChanged(expected: file.article.sha256, found: document.sha256)
        }
        try SessionValidation.validate(file, in: document)
        let session = try Session(
            article: file.article, document: document, schema: file.schema, proposer: file.proposer,
            proposals: file.proposals, annotator: file.annotator, created: file.created, events: file.events)
        if let difference = firstDifference(stored: file.annotations, folded: session.annotations) {
            throw .annotationsDiffer(difference)
        }
        if file.status != session.status {
            throw .annotationsDiffer("status is \(file.status.rawValue) but the events say \(session.status.rawValue)")
        }
        return session
    }

    /// Names the first annotation that differs between what a file stores and what its events
    /// fold to, or nil when they agree.
    public static func firstDifference(stored: Annotations, folded: Annotations) -> String? {
        let storedByID = Dictionary(stored.mentions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let foldedByID = Dictionary(folded.mentions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for id in Set(storedByID.keys).union(foldedByID.keys).sorted(by: AnnotationID.areInIncreasingOrder) {
            switch (storedByID[id], foldedByID[id]) {
            case let (stored?, folded?) where stored != folded:
                return "\(id) is stored as \(summary(stored)) but folds to \(summary(folded))"
            case (nil, let folded?): return "\(id) (\(summary(folded))) is missing from the stored annotations"
            case (let stored?, nil): return "\(id) (\(summary(stored))) is stored but no event makes it"
            default: continue
            }
        }
        if stored.mentions.count != folded.mentions.count { return "duplicate mention ids in the stored annotations" }
        if stored.claims != folded.claims { return "stored claims differ from the folded claims" }
        return nil
    }

    private static func summary(_ annotation: MentionAnnotation) -> String {
        let mention = annotation.mention
        return "\(mention.label) \(mention.start)-\(mention.end) \(annotation.review.status.rawValue)"
    }
}
