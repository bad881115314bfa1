import Foundation

/// The session file's JSON document (`factline.session/1`), field for field.
///
/// `annotations` is redundant with `events` on purpose: consumers read annotations without a
/// replay, and `factline replay` checks that the two agree.
public struct SessionFile: Codable, Sendable {
    /// `factline.session/1`.
    public var format: String
    /// `in_progress` or `complete`.
    public var status: SessionStatus
    /// The analyst who owns the session.
    public var annotator: String
    /// When the session was created.
    public var created: Date
    /// When the last event was recorded (the creation time when there is none).
    public var updated: Date
    /// The article, with its text and hash.
    public var article: ArticleRecord
    /// The label schema in force.
    public var schema: LabelSchema
    /// The proposer that made the proposals.
    public var proposer: ProposerRecord
    /// The numbered proposals the session started from.
    public var proposals: ProposalSet
    /// Every decision, in order.
    public var events: [Event]
    /// What the events fold to.
    public var annotations: Annotations
    /// The session this one was branched from (absent for most sessions).
    public var parent: SessionParent?

    /// The file form of a session.
    public init(_ session: Session) {
        self.init(session, annotations: session.annotations)
    }

    /// The file form of a session with other annotations (none, when they are encoded from
    /// the session's state a slice at a time: see `Session.encodeFile(into:)`).
    init(_ session: Session, annotations: Annotations) {
        format = session.fileFormat
        status = session.status
        annotator = session.annotator
        created = session.created
        updated = session.events.last?.time ?? session.created
        article = session.article
        schema = session.schema
        proposer = session.proposer
        proposals = session.proposals
        events = session.events
        self.annotations = annotations
        parent = session.parent
    }
}

// MARK: - Encoding and decoding

extension SessionFile {
    /// Encodes the file as pretty-printed JSON with sorted keys, so that sessions diff well in git.
    public func encoded() throws -> Data {
        try SessionFile.encoder(pretty: true).encode(self)
    }

    /// A JSON encoder with sorted keys that writes times as `timestamp(_:)` does: pretty for
    /// session files, compact for journal lines and database rows.
    public static func encoder(pretty: Bool) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(SessionFile.timestamp(date))
        }
        return encoder
    }

    /// A JSON decoder that reads times written by `timestamp(_:)`.
    public static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let date = SessionFile.date(fromTimestamp: text) else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "bad time '\(text)'")
            }
            return date
        }
        return decoder
    }

    /// Decodes a session file, telling an unknown or newer format apart from a corrupted file.
    public static func decode(_ data: Data) throws(SessionError) -> SessionFile {
        // A good file is decoded a part at a time (see `decodeInParts`), which is what the
        // probe-then-decode below would return without its whole-document index. Anything
        // else goes the long way, which tells the errors apart.
        if let file = decodeInParts(data), Session.readableFormats.contains(file.format) {
            return file
        }
        struct FormatProbe: Decodable { var format: String? }
        let probe: FormatProbe
        do {
            probe = try JSONDecoder().decode(FormatProbe.self, from: data)
        } catch {
            throw .notJSON(SessionFile.reason(error))
        }
        guard let format = probe.format else { throw .malformed("no 'format' field") }
        guard Session.readableFormats.contains(format) else {
            if format.hasPrefix("factline.session/"), let version = Int(format.dropFirst("factline.session/".count)), version > 2 {
                throw .newerFormat(format)
            }
            throw .unknownFormat(format)
        }
        let decoder = SessionFile.decoder()
        do {
            return try decoder.decode(SessionFile.self, from: data)
        } catch {
            throw .malformed(SessionFile.reason(error))
        }
    }

    /// ISO 8601 in UTC with milliseconds: `2026-11-25T08:15:02.123Z`. Written from whole
    /// milliseconds so that reading it back gives the same `Date` (see `milliseconds(_:)`).
    ///
    /// Years 1583 to 9999 are written by `UTCTimestamp`, without Foundation's calendar (which
    /// would load ICU's time zone data into every session); others as Foundation writes them.
    public static func timestamp(_ date: Date) -> String {
        let total = Int64((date.timeIntervalSince1970 * 1000).rounded())
        let (seconds, milliseconds) = (total.floorDivided(by: 1000), total - total.floorDivided(by: 1000) * 1000)
        let whole = UTCTimestamp.format(seconds: seconds)
            ?? String(Date(timeIntervalSince1970: Double(seconds)).formatted(Date.ISO8601FormatStyle()).dropLast())
        return whole + "." + UTCTimestamp.digits(milliseconds, width: 3) + "Z"
    }

    /// Parses a timestamp written by `timestamp(_:)` (fractional seconds optional): the exact
    /// form by `UTCTimestamp`, anything else by Foundation's parser, as before.
    public static func date(fromTimestamp text: String) -> Date? {
        guard text.hasSuffix("Z") else { return nil }
        let parts = text.dropLast().split(separator: ".", maxSplits: 1)
        guard let first = parts.first else { return nil }
        let wholeSeconds: Int64
        if let seconds = UTCTimestamp.parse(first) {
            wholeSeconds = seconds
        } else {
            guard let whole = try? Date.ISO8601FormatStyle().parse(String(first) + "Z") else { return nil }
            wholeSeconds = Int64(whole.timeIntervalSince1970)
        }
        var milliseconds = 0
        if parts.count == 2 {
            // The first three characters, padded with zeros to three ("5" is 500 ms).
            let prefix = String(parts[1].prefix(3))
            let digits = prefix + String(repeating: "0", count: max(0, 3 - prefix.utf16.count))
            guard let value = Int(digits), parts[1].allSatisfy(\.isNumber) else { return nil }
            milliseconds = value
        }
        return Date(timeIntervalSince1970: Double(wholeSeconds * 1000 + Int64(milliseconds)) / 1000)
    }

    /// A date at whole milliseconds, the precision session files keep.
    public static func milliseconds(_ date: Date) -> Date {
        Date(timeIntervalSince1970: Double(Int64((date.timeIntervalSince1970 * 1000).rounded(.down))) / 1000)
    }

    /// A one-line reason for a decoding error, naming the JSON path where it happened.
    public static func reason(_ error: any Error) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }
            return keys.isEmpty ? "" : " at " + keys.joined(separator: ".")
        }
        switch error {
        case let DecodingError.keyNotFound(key, context): return "missing '\(key.stringValue)'\(path(context))"
        case let DecodingError.typeMismatch(_, context): return "wrong type\(path(context)): \(context.debugDescription)"
        case let DecodingError.valueNotFound(_, context): return "missing value\(path(context))"
        case let DecodingError.dataCorrupted(context): return "\(context.debugDescription)\(path(context))"
        default: return "\(error)"
        }
    }
}
