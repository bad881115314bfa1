import CPostgres
import Foundation

/// One libpq connection: parameterised statements in text format, transactions, and a reset
/// after the server dropped the connection. Not thread-safe: one per process or per thread.
public final class PGConnection: @unchecked Sendable {
    private var handle: OpaquePointer?
    /// The URL as given (with its password), for reconnecting.
    let url: String

    /// Connects; throws `cannotConnect` with the server's reason on one line.
    public init(url: String) throws(StoreError) {
        self.url = url
        handle = PQconnectdb(url)
        guard let handle, PQstatus(handle) == CONNECTION_OK else {
            let reason = PGConnection.message(handle)
            if let handle { PQfinish(handle) }
            self.handle = nil
            throw .cannotConnect(url: redactedURL(url), reason: reason)
        }
        _ = try? execute("SET client_min_messages TO warning")
    }

    deinit { close() }

    /// Closes the connection (session-level locks are released by the server).
    public func close() {
        if let handle { PQfinish(handle) }
        handle = nil
    }

    /// True while the connection is up as far as libpq knows.
    public var isConnected: Bool { handle.map { PQstatus($0) == CONNECTION_OK } ?? false }

    /// The server process id of this connection (for `pg_terminate_backend` in tests).
    public var backendPID: Int32 { handle.map { PQbackendPID($0) } ?? 0 }

    /// Connects again after the server dropped the connection.
    public func reconnect() throws(StoreError) {
        guard let handle else { throw .connectionLost(reason: "the connection is closed") }
        PQreset(handle)
        guard PQstatus(handle) == CONNECTION_OK else { throw .cannotConnect(url: redactedURL(url), reason: PGConnection.message(handle)) }
        _ = try? execute("SET client_min_messages TO warning")
    }

    /// Runs one statement with `$1…` parameters (text, nil for NULL); returns its rows as text.
    @discardableResult
    public func execute(_ sql: String, _ parameters: [String?] = []) throws(StoreError) -> [[String?]] {
        guard let handle else { throw .connectionLost(reason: "the connection is closed") }
        let result: OpaquePointer? = withParameterPointers(parameters) { pointers in
            PQexecParams(handle, sql, Int32(parameters.count), nil, pointers, nil, nil, 0)
        }
        defer { PQclear(result) }
        guard let result else { throw failure() }
        switch PQresultStatus(result) {
        case PGRES_COMMAND_OK, PGRES_EMPTY_QUERY: return []
        case PGRES_TUPLES_OK:
            let rows = Int(PQntuples(result)), columns = Int(PQnfields(result))
            var table: [[String?]] = []
            table.reserveCapacity(rows)
            for row in 0..<rows {
                var values: [String?] = []
                for column in 0..<columns {
                    if PQgetisnull(result, Int32(row), Int32(column)) == 1 { values.append(nil); continue }
                    values.append(String(cString: PQgetvalue(result, Int32(row), Int32(column))))
                }
                table.append(values)
            }
            return table
        default:
            if PQstatus(handle) != CONNECTION_OK { throw .connectionLost(reason: PGConnection.message(handle)) }
            let state = PQresultErrorField(result, 67 /* PG_DIAG_SQLSTATE 'C' */).map { String(cString: $0) } ?? "?"
            let text = PQresultErrorField(result, 77 /* PG_DIAG_MESSAGE_PRIMARY 'M' */).map { String(cString: $0) }
                ?? PGConnection.message(handle)
            throw .query(state: state, reason: PGConnection.oneLine(text))
        }
    }

    /// Runs `body` in a transaction (`BEGIN` … `COMMIT`); rolls back when it throws. The commit's
    /// success is what acknowledges the work.
    public func transaction<T>(_ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        try execute("BEGIN")
        let value: T
        do { value = try body() } catch {
            if isConnected { _ = try? execute("ROLLBACK") }
            throw error
        }
        try execute("COMMIT")
        return value
    }

    private func failure() -> StoreError {
        guard let handle else { return .connectionLost(reason: "the connection is closed") }
        if PQstatus(handle) != CONNECTION_OK { return .connectionLost(reason: PGConnection.message(handle)) }
        return .query(state: "?", reason: PGConnection.message(handle))
    }

    private func withParameterPointers<R>(_ parameters: [String?], _ body: ([UnsafePointer<CChar>?]) -> R) -> R {
        let copies: [UnsafeMutablePointer<CChar>?] = parameters.map { $0.map { strdup($0) } ?? nil }
        defer { copies.forEach { free($0) } }
        return body(copies.map { $0.map { UnsafePointer($0) } })
    }

    static func message(_ handle: OpaquePointer?) -> String {
        guard let handle, let text = PQerrorMessage(handle) else { return "out of memory" }
        let message = oneLine(String(cString: text))
        return message.isEmpty ? "no reason given" : message
    }

    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: "; ")
    }
}
