import FactModel
import FactText
import Foundation

/// What exports, evaluation and agreement need from one session: the article, the gold
/// (accepted) mentions and claims, the untouched proposals and the provenance — without the
/// event log, so it can be read from a session file without folding the events again.
public struct GoldDocument: Sendable {
    /// The article (id, text, sha256, language, source, meta).
    public var article: ArticleRecord
    /// Who annotated it.
    public var annotator: String
    /// Where the session was read from (or the imported file).
    public var path: String
    /// In progress or complete.
    public var status: SessionStatus
    /// When the last decision was made.
    public var updated: Date
    /// The proposer that made the proposals.
    public var proposer: ProposerRecord
    /// The schema in force.
    public var schema: LabelSchema
    /// The proposals, as the proposer made them.
    public var proposals: ProposalSet
    /// Accepted (including corrected and added) mentions, in text order.
    public var mentions: [MentionAnnotation]
    /// Accepted claims, in text order of their content.
    public var claims: [ClaimAnnotation]

    /// Makes a gold document from its parts.
    public init(article: ArticleRecord, annotator: String, path: String, status: SessionStatus, updated: Date,
                proposer: ProposerRecord, schema: LabelSchema, proposals: ProposalSet,
                mentions: [MentionAnnotation], claims: [ClaimAnnotation]) {
        self.article = article
        self.annotator = annotator
        self.path = path
        self.status = status
        self.updated = updated
        self.proposer = proposer
        self.schema = schema
        self.proposals = proposals
        self.mentions = mentions
        self.claims = claims
    }

    /// The gold part of a loaded (verified) session.
    public init(session: Session, path: String) {
        self.init(article: session.article, annotator: session.annotator, path: path, status: session.status,
                  updated: session.events.last?.time ?? session.created, proposer: session.proposer,
                  schema: session.schema, proposals: session.proposals,
                  mentions: session.annotations.goldMentions, claims: session.annotations.goldClaims)
    }

    /// The gold mentions as spans.
    public var spans: [TextSpan] { mentions.map(\.mention.span) }

    /// The document tokenized and split into sentences, as the shell sees it.
    public func analyzed() -> Document {
        TextAnalyzer.analyze(id: article.id, text: article.text, language: article.language, meta: article.meta)
    }

    /// A short name for files written per document: the session file's stem, or the article id.
    public var stem: String {
        let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        return SessionNaming.slug(name.isEmpty ? article.id : name)
    }
}

// MARK: - Reading without replaying

/// Reads the gold part of session files fast: decodes what exports need (not the event log),
/// checks the format, the text's sha256 and that every gold span's text matches its offsets.
/// `SessionLoader` (and `factline replay`) remain the full check that the events fold to the
/// stored annotations.
public enum GoldReader {
    /// Reads one session file's gold part. A session with a journal beside it (open in a
    /// shell, or left by a crash) is loaded whole, so decisions still in the journal are
    /// exported too.
    public static func read(path: String) throws(FormatError) -> GoldDocument {
        if FileManager.default.fileExists(atPath: path + ".journal") {
            return try gold(from: SessionFile(try SessionLoader.load(path: path)), path: path)
        }
        let data = try ArticleReader.readBytes(path: path)
        return try gold(from: data, path: path)
    }

    /// Decodes a session's bytes and checks them as the loader does before folding (format,
    /// the text's sha256, every stored span and label), without folding the events again.
    ///
    /// The fast path (`GoldDecoding`, `GoldValidation`) reads only the gold parts; a file it
    /// does not accept whole goes the full way (`JSONDecoder`, `SessionValidation`), which
    /// either accepts it too or says exactly what is wrong.
    public static func gold(from data: Data, path: String) throws(FormatError) -> GoldDocument {
        if let parts = try? GoldDecoding.parts(of: [UInt8](data)), GoldValidation.isValid(parts),
           Document.hash(parts.article.text) == parts.article.sha256 {
            return GoldDocument(
                article: parts.article, annotator: parts.annotator, path: path, status: parts.status, updated: parts.updated,
                proposer: parts.proposer, schema: parts.schema, proposals: parts.proposals,
                mentions: parts.annotations.goldMentions, claims: parts.annotations.goldClaims)
        }
        return try gold(from: try SessionLoader.decodeFile(data, path: path), path: path)
    }

    /// The gold part of a decoded session file, checked as the loader checks before folding.
    static func gold(from file: SessionFile, path: String) throws(FormatError) -> GoldDocument {
        do throws(SessionError) {
            let document = Document(id: file.article.id, text: file.article.text, language: file.article.language, meta: file.article.meta)
            guard document.sha256 == file.article.sha256 else {
                throw .textChanged(expected: file.article.sha256, found: document.sha256)
            }
            try SessionValidation.validate(file, in: document)
        } catch {
            throw .session(path: path, reason: error.description)
        }
        let gold = GoldDocument(
            article: file.article, annotator: file.annotator, path: path, status: file.status,
            updated: file.updated, proposer: file.proposer, schema: file.schema,
            proposals: file.proposals, mentions: file.annotations.goldMentions, claims: file.annotations.goldClaims)
        try check(gold)
        return gold
    }

    /// Every gold span lies in the text and carries the text it covers.
    static func check(_ gold: GoldDocument) throws(FormatError) {
        let scalars = Array(gold.article.text.unicodeScalars)
        func matches(_ start: Int, _ end: Int, _ text: String) -> Bool {
            guard start >= 0, start < end, end <= scalars.count else { return false }
            return text.unicodeScalars.elementsEqual(scalars[start..<end])
        }
        for annotation in gold.mentions {
            let mention = annotation.mention
            guard matches(mention.start, mention.end, mention.text) else {
                throw .session(path: gold.path, reason: "\(annotation.id) \(mention.start)-\(mention.end) does not match its text")
            }
        }
        for annotation in gold.claims {
            for part in [annotation.claim.source, annotation.claim.cue, annotation.claim.content].compactMap({ $0 }) {
                guard matches(part.start, part.end, part.text) else {
                    throw .session(path: gold.path, reason: "\(annotation.id) \(part.start)-\(part.end) does not match its text")
                }
            }
        }
    }

    /// The session files named by paths: files as given, folders for their `*.json` (sorted,
    /// hidden files skipped).
    public static func sessionPaths(_ paths: [String]) throws(FormatError) -> [String] {
        var result: [String] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                throw .unreadable(path: path, reason: "no such file")
            }
            if isFolder.boolValue {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
                result += names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted()
                    .map { (path as NSString).appendingPathComponent($0) }
            } else {
                result.append(path)
            }
        }
        return result
    }
}
