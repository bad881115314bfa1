import FactModel
import Foundation

/// The journal beside a session snapshot (`S.json.journal`): the decisions recorded since the
/// snapshot was last written, one JSON event a line, each line synced before the prompt returns.
///
/// Its first line is a header that ties it to its snapshot (the session's creation time, the
/// annotator and the article's sha256), so that a journal is never folded onto another session.
/// A last line without its newline is a write cut short by a crash: it was never confirmed to
/// the analyst, so it is ignored and reported. Any other line that does not decode is an error.
public enum SessionJournal {
    /// The header's format name.
    public static let format = "factline.journal/1"

    /// The journal's path for a session file.
    public static func path(for sessionPath: String) -> String { sessionPath + ".journal" }

    /// What the first line says.
    public struct Header: Codable, Equatable, Sendable {
        /// `factline.journal/1`.
        public var format: String
        /// The session's creation time, as the snapshot writes it.
        public var created: String
        /// The session's annotator.
        public var annotator: String
        /// The article's sha256.
        public var sha256: String

        /// The header for a session.
        public init(session: Session) {
            self.init(created: session.created, annotator: session.annotator, sha256: session.article.sha256)
        }

        /// The header for a session's identity.
        public init(created: Date, annotator: String, sha256: String) {
            self.format = SessionJournal.format
            self.created = SessionFile.timestamp(created)
            self.annotator = annotator
            self.sha256 = sha256
        }
    }

    /// A journal as read: its events, and how many bytes of a torn last line were ignored.
    public struct Contents: Sendable {
        /// The header (nil for an empty file).
        public var header: Header?
        /// The events, in file order.
        public var events: [Event]
        /// Bytes of an unfinished last line (a write cut short), ignored.
        public var tornBytes: Int
        /// The length of the complete lines, where the next append goes.
        public var validLength: Int
    }

    /// Encodes one line (without its newline): compact JSON, sorted keys, times as in the snapshot.
    static func line<T: Encodable>(_ value: T) throws -> Data {
        let encoder = SessionFile.encoder(pretty: false)
        return try encoder.encode(value)
    }

    /// Reads a journal's bytes. Throws `SessionError.malformed` naming the line that is not a
    /// header or an event.
    public static func read(_ data: Data) throws(SessionError) -> Contents {
        let decoder = SessionFile.decoder()
        var contents = Contents(header: nil, events: [], tornBytes: 0, validLength: 0)
        let bytes = [UInt8](data)
        var start = 0
        var number = 0
        while start < bytes.count {
            guard let newline = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) else {
                contents.tornBytes = bytes.count - start
                break
            }
            number += 1
            let line = Data(bytes[start..<newline])
            start = newline + 1
            do {
                if contents.header == nil {
                    let header = try decoder.decode(Header.self, from: line)
                    guard header.format == format else { throw SessionError.malformed("the journal's format is '\(header.format)', not \(format)") }
                    contents.header = header
                } else {
                    contents.events.append(try decoder.decode(Event.self, from: line))
                }
            } catch let error as SessionError {
                throw error
            } catch {
                throw .malformed("journal line \(number): \(SessionFile.reason(error))")
            }
            contents.validLength = start
        }
        return contents
    }
}
