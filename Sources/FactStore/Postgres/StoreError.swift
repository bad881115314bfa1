/// Why the team store could not do what was asked; each case reads as one line a user can act on.
public enum StoreError: Error, Equatable, CustomStringConvertible {
    /// The server could not be reached or refused the login.
    case cannotConnect(url: String, reason: String)
    /// The connection broke during a statement: whether a write committed is checked on retry.
    case connectionLost(reason: String)
    /// A statement failed; `state` is PostgreSQL's SQLSTATE (23505: unique violation…).
    case query(state: String, reason: String)
    /// The database holds something factline cannot use.
    case data(String)
    /// Another factline holds the session.
    case locked(String)
    /// A usage problem: no such article, no work left, a bad URL.
    case refused(String)

    /// The one-line message.
    public var description: String {
        switch self {
        case let .cannotConnect(url, reason): return "cannot connect to \(url): \(reason)"
        case let .connectionLost(reason): return "the connection to the database was lost (\(reason))"
        case let .query(state, reason): return "the database refused a statement (SQLSTATE \(state)): \(reason)"
        case let .data(reason): return "the database holds bad data: \(reason)"
        case let .locked(reason): return reason
        case let .refused(reason): return reason
        }
    }

    /// True for a unique-key violation (an event already stored under that number).
    public var isUniqueViolation: Bool {
        if case let .query(state, _) = self { return state == "23505" }
        return false
    }

    /// True when the statement may be retried in a new transaction (serialization failure, deadlock).
    public var isRetryable: Bool {
        if case let .query(state, _) = self { return state == "40001" || state == "40P01" }
        return false
    }
}

/// The store's URL with any password replaced by `***`, for messages.
public func redactedURL(_ url: String) -> String {
    guard let scheme = url.range(of: "://"), let at = url[scheme.upperBound...].firstIndex(of: "@") else { return url }
    let credentials = url[scheme.upperBound..<at]
    guard let colon = credentials.firstIndex(of: ":") else { return url }
    return String(url[..<colon]) + ":***" + String(url[at...])
}

/// True when `text` names a PostgreSQL store (`postgres://` or `postgresql://`).
public func isPostgresURL(_ text: String) -> Bool {
    text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
}
