/// Why a session file cannot be used. Each case reads as a one-line message.
public enum SessionError: Error, Equatable, CustomStringConvertible {
    case notJSON(String)
    case unknownFormat(String)
    case newerFormat(String)
    case malformed(String)
    case textChanged(expected: String, found: String)
    case badEvent(seq: Int, reason: String)
    case annotationsDiffer(String)

    public var description: String {
        switch self {
        case let .notJSON(reason): return "not a session file: \(reason)"
        case let .unknownFormat(format): return "unknown session format '\(format)' (expected \(Session.currentFormat) or \(Session.reproposalFormat))"
        case let .newerFormat(format):
            return "session format '\(format)' is newer than this factline reads (up to \(Session.reproposalFormat)): upgrade factline"
        case let .malformed(reason): return "corrupted session: \(reason)"
        case let .textChanged(expected, found):
            return "the article's text changed since the session was made (sha256 \(found.prefix(12))…, session has \(expected.prefix(12))…)"
        case let .badEvent(seq, reason): return "event \(seq) cannot be replayed: \(reason)"
        case let .annotationsDiffer(detail): return "stored annotations differ from what the events fold to: \(detail)"
        }
    }
}
