import FactModel
import Foundation

/// Precise errors for session files and journals: where the JSON breaks (line and column, the
/// same `not valid JSON at …` wording as for articles), which journal line, and what a journal
/// holds that a reader of the snapshot alone would miss.
extension SessionLoader {
    /// Decodes a session file's JSON (no folding). A file Foundation cannot parse is reported with
    /// the line and column of its first problem: a syntax error, a truncation, nesting too deep,
    /// or a number out of range.
    public static func decodeFile(_ data: Data, path: String) throws(FormatError) -> SessionFile {
        do {
            return try SessionFile.decode(data)
        } catch {
            switch error {
            case let .notJSON(reason) where reason.contains("not valid JSON"),
                 let .malformed(reason) where reason.contains("not valid JSON"):
                // Foundation reads UTF-16 and UTF-32 JSON too; in UTF-8, a bad byte is said as for articles.
                if TextEncodingSniffer.wideEncoding(of: data) == nil, String(validating: data, as: UTF8.self) == nil {
                    throw .invalidUTF8(path: path, byteOffset: ArticleReader.firstInvalidUTF8Offset(data))
                }
                throw .badJSON(path: path, line: nil, reason: JSONDiagnostics.explain(data, integersFitInt64: true))
            default:
                throw .session(path: path, reason: error.description)
            }
        }
    }

    /// Decodes and verifies a session from its bytes (`session(from:path:)`), for callers that
    /// have bytes rather than a file.
    public static func decode(_ data: Data, path: String) throws(FormatError) -> Session {
        try session(from: data, path: path)
    }

    /// Reads a journal's bytes; a line that is not JSON is reported as `JOURNAL:N: not valid
    /// JSON at column C: …`.
    public static func readJournal(_ data: Data, path: String) throws(FormatError) -> SessionJournal.Contents {
        do {
            return try SessionJournal.read(data)
        } catch {
            var number = 0
            for line in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).dropLast() {
                number += 1
                let bytes = Data(line)
                if JSONDiagnostics.firstProblem(in: bytes, integersFitInt64: true) != nil {
                    throw .badJSON(path: path, line: number, reason: JSONDiagnostics.explain(bytes, inLine: true, integersFitInt64: true))
                }
            }
            throw .session(path: path, reason: error.description)
        }
    }

    /// What a reader of a session's snapshot alone (export) should be told about its journal: an
    /// unfinished last line that is ignored, and decisions journaled but not yet in the snapshot.
    /// Empty when there is no journal; a journal that cannot be read is said too.
    public static func journalNotes(path: String, snapshotEvents: Int? = nil) -> [String] {
        let journalPath = SessionJournal.path(for: path)
        guard pathExists(journalPath) else { return [] }
        let contents: SessionJournal.Contents
        do {
            contents = try readJournal(try ArticleReader.readBytes(path: journalPath, limit: sessionSizeLimit), path: journalPath)
        } catch {
            return ["\(error.description) (ignored: the snapshot alone was read)"]
        }
        var notes: [String] = []
        if contents.tornBytes > 0 {
            notes.append("\(journalPath): ignored an unfinished last line (\(contents.tornBytes) bytes, a write cut short; that decision had not been confirmed)")
        }
        let pending = contents.events.filter { $0.seq > (snapshotEvents ?? 0) }.count
        if pending > 0 {
            notes.append("\(journalPath): holds \(pending) journaled decision(s) that may not be in the snapshot yet; open the session in factline and quit to fold them in")
        }
        return notes
    }

    /// True when something (even a dangling symbolic link, a FIFO) is at `path`.
    static func pathExists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }
}
