/// Why an input file cannot be read or an output written. Each case reads as a one-line message
/// that names the file.
public enum FormatError: Error, Equatable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case tooLarge(path: String, bytes: Int, limit: Int)
    case binary(path: String)
    case otherEncoding(path: String, encoding: String)
    case invalidUTF8(path: String, byteOffset: Int)
    case badJSON(path: String, line: Int?, reason: String)
    case emptyArticle(path: String, line: Int?)
    case duplicateID(path: String, id: String)
    case session(path: String, reason: String)
    case locked(path: String, holder: String)
    case changedOnDisk(path: String)
    case unwritable(path: String, reason: String)
    case wouldOverwrite(path: String, reason: String)
    case alreadyOpen(path: String)

    public var description: String {
        switch self {
        case let .unreadable(path, reason): return "\(path): cannot read: \(reason)"
        case let .tooLarge(path, bytes, limit):
            return "\(path): too large (\(bytes / 1_048_576) MiB; the limit is \(limit / 1_048_576) MiB)"
        case let .binary(path): return "\(path): a binary file (it contains NUL bytes), not an article"
        case let .otherEncoding(path, encoding):
            return "\(path): the text is in \(encoding), not UTF-8: convert it first (iconv -f \(encoding.prefix(6))\(encoding.contains("without") ? (encoding.contains("little") ? "LE" : "BE") : "") -t UTF-8, or save it as UTF-8)"
        case let .invalidUTF8(path, offset): return "\(path): not valid UTF-8 (first bad byte at offset \(offset))"
        case let .badJSON(path, line, reason): return "\(path)\(line.map { ":\($0)" } ?? ""): \(reason)"
        case let .emptyArticle(path, line): return "\(path)\(line.map { ":\($0)" } ?? ""): the article has no text"
        case let .duplicateID(path, id): return "\(path): two articles have the id '\(id)'"
        case let .session(path, reason): return "\(path): \(reason)"
        case let .locked(path, holder): return "\(path): open in another factline (\(holder)); close it there first"
        case let .changedOnDisk(path):
            return "\(path): changed on disk by another program since it was loaded; not overwriting it"
        case let .unwritable(path, reason): return "\(path): cannot write: \(reason)"
        case let .wouldOverwrite(path, reason): return "\(path): not overwriting it, \(reason); choose another --out"
        case let .alreadyOpen(path):
            return "\(path): already open in this factline (another article or another name of this file uses it)"
        }
    }
}
