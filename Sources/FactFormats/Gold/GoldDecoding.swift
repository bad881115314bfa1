import FactModel
import Foundation

/// Reads the gold part of a session file's bytes with `JSONCursor`: the article, annotator,
/// status, last update, proposer, schema, proposals and annotations, field for field as
/// `SessionFile`'s `Codable` conformance reads them (same keys, same optional fields); the event
/// log is checked (`checkEvents`) but not decoded. Throws `JSONCursor.Failure` on anything
/// unexpected; the caller then decodes the file the full way, which names the problem.
enum GoldDecoding {
    typealias Failure = JSONCursor.Failure

    /// The parts of a session file that exports read.
    struct Parts {
        var article: ArticleRecord
        var annotator: String
        var status: SessionStatus
        var updated: Date
        var proposer: ProposerRecord
        var schema: LabelSchema
        var proposals: ProposalSet
        var annotations: Annotations
    }

    /// Decodes the gold parts of a session file in a format this factline reads.
    static func parts(of bytes: [UInt8]) throws(Failure) -> Parts {
        var cursor = JSONCursor(bytes)
        var format: String?, status: SessionStatus?, annotator: String?, updated: Date?, article: ArticleRecord?
        var schema: LabelSchema?, proposer: ProposerRecord?, proposals: ProposalSet?, annotations: Annotations?
        var sawCreated = false, sawEvents = false
        try cursor.beginObject()
        var count = 0
        while let key = try cursor.nextKey(&count) {
            switch key {
            case "format": format = try cursor.string()
            case "status": status = try raw(&cursor)
            case "annotator": annotator = try cursor.string()
            case "updated": updated = try date(&cursor)
            case "created": _ = try date(&cursor); sawCreated = true
            case "article": article = try self.article(&cursor)
            case "schema": schema = try self.schema(&cursor)
            case "proposer": proposer = try self.proposer(&cursor)
            case "proposals": proposals = try self.proposals(&cursor)
            case "annotations": annotations = try self.annotations(&cursor)
            case "events":
                try checkEvents(&cursor)
                sawEvents = true
            default: try cursor.skipValue()
            }
        }
        guard cursor.atEnd(), let format, Session.readableFormats.contains(format), sawCreated, sawEvents, let status, let annotator, let updated,
              let article, let schema, let proposer, let proposals, let annotations else { throw Failure() }
        return Parts(article: article, annotator: annotator, status: status, updated: updated, proposer: proposer,
                     schema: schema, proposals: proposals, annotations: annotations)
    }

    // MARK: - Small values

    private static func raw<T: RawRepresentable>(_ cursor: inout JSONCursor) throws(Failure) -> T where T.RawValue == String {
        guard let value = T(rawValue: try cursor.string()) else { throw Failure() }
        return value
    }

    private static func date(_ cursor: inout JSONCursor) throws(Failure) -> Date {
        guard let date = SessionFile.date(fromTimestamp: try cursor.string()) else { throw Failure() }
        return date
    }

    private static func required<T>(_ value: T?) throws(Failure) -> T {
        guard let value else { throw Failure() }
        return value
    }

    // MARK: - Article, proposer, schema

    private static func article(_ cursor: inout JSONCursor) throws(Failure) -> ArticleRecord {
        var id: String?, language: Language?, sha256: String?, source: String?, meta: [String: String]?, text: String?
        try cursor.beginObject()
        var count = 0
        while let key = try cursor.nextKey(&count) {
            switch key {
            case "id": id = try cursor.string()
            case "language": language = try raw(&cursor)
            case "sha256": sha256 = try cursor.string()
            case "source": source = try cursor.string()
            case "meta": meta = try cursor.stringMap()
            case "text": text = try cursor.string()
            default: try cursor.skipValue()
            }
        }
        // ArticleRecord's only initializer takes a document; an empty one costs nothing to make.
        var record = ArticleRecord(document: Document(id: "", text: "", language: try required(language)), source: try required(source))
        record.id = try required(id)
        record.sha256 = try required(sha256)
        record.meta = try required(meta)
        record.text = try required(text)
        return record
    }

    private static func proposer(_ cursor: inout JSONCursor) throws(Failure) -> ProposerRecord {
        var name: String?, version: String?, settings: [String: String]?
        try cursor.beginObject()
        var count = 0
        while let key = try cursor.nextKey(&count) {
            switch key {
            case "name": name = try cursor.string()
            case "version": version = try cursor.string()
            case "settings": settings = try cursor.stringMap()
            default: try cursor.skipValue()
            }
        }
        return ProposerRecord(name: try required(name), version: try required(version), settings: try required(settings))
    }

    private static func schema(_ cursor: inout JSONCursor) throws(Failure) -> LabelSchema {
        var name: String?, version: Int?, labels: [LabelDefinition]?, stances: [String]?, certainties: [String]?, relations: [String]?
        try cursor.beginObject()
        var count = 0
        while let key = try cursor.nextKey(&count) {
            switch key {
            case "name": name = try cursor.string()
            case "version": version = try cursor.int()
            case "mention_labels": labels = try cursor.array { cursor throws(Failure) in try label(&cursor) }
            case "stances": stances = try cursor.strings()
            case "certainties": certainties = try cursor.strings()
            case "claim_relations": relations = try cursor.strings()
            default: try cursor.skipValue()
            }
        }
        return LabelSchema(name: try required(name), version: try required(version), mentionLabels: try required(labels),
                           stances: try required(stances), certainties: try required(certainties), claimRelations: try required(relations))
    }

    private static func label(_ cursor: inout JSONCursor) throws(Failure) -> LabelDefinition {
        var name: String?, description: String?, color: Int?
        try cursor.beginObject()
        var count = 0
        while let key = try cursor.nextKey(&count) {
            switch key {
            case "name": name = try cursor.string()
            case "description": description = try cursor.string()
            case "color": color = try cursor.int()
            default: try cursor.skipValue()
            }
        }
        return LabelDefinition(name: try required(name), description: try required(description), color: try required(color))
    }
}
