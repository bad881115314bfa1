import Foundation

/// One libpq connection: parameterised statements in text format, transactions, and a reset
/// after the server dropped the connection. Not thread-safe: one per process or per thread.
/// libpq is loaded on the first connection (see `LibPQ`).
public final class PGConnection: @unchecked Sendable {
    private let pq: LibPQ
    private var handle: OpaquePointer?
    /// The URL as given (with its password), for reconnecting.
    let url: String

    /// Connects; throws `cannotConnect` with the server's reason on one line.
    public init(url: String) throws(StoreError) {
        self.url = url
        pq = try LibPQ.shared.get()
        handle = pq.connectdb(url)
        guard let handle, pq.status(handle) == LibPQ.connectionOK else {
            let reason = message(handle)
            if let handle { pq.finish(handle) }
            self.handle = nil
            throw .cannotConnect(url: redactedURL(url), reason: reason)
        }
        _ = try? execute("SET client_min_messages TO warning")
    }

    deinit { close() }

    /// Closes the connection (session-level locks are released by the server).
    public func close() {
        if let handle { pq.finish(handle) }
        handle = nil
    }

    /// True while the connection is up as far as libpq knows.
    public var isConnected: Bool { handle.map { pq.status($0) == LibPQ.connectionOK } ?? false }

    /// The server process id of this connection (for `pg_terminate_backend` in tests).
    public var backendPID: Int32 { handle.map { pq.backendPID($0) } ?? 0 }

    /// Connects again after the server dropped the connection.
    public func reconnect() throws(StoreError) {
        guard let handle else { throw .connectionLost(reason: "the connection is closed") }
        pq.reset(handle)
        guard pq.status(handle) == LibPQ.connectionOK else { throw .cannotConnect(url: redactedURL(url), reason: message(handle)) }
        _ = try? execute("SET client_min_messages TO warning")
    }

    /// Runs one statement with `$1…` parameters (text, nil for NULL); returns its rows as text.
    @discardableResult
    public func execute(_ sql: String, _ parameters: [String?] = []) throws(StoreError) -> [[String?]] {
        guard let handle else { throw .connectionLost(reason: "the connection is closed") }
        let result: OpaquePointer? = withParameterPointers(parameters) { pointers in
            pq.execParams(handle, sql, Int32(parameters.count), nil, pointers, nil, nil, 0)
        }
        defer { pq.clear(result) }
        guard let result else { throw failure() }
        switch pq.resultStatus(result) {
        case LibPQ.commandOK, LibPQ.emptyQuery: return []
        case LibPQ.tuplesOK:
            let rows = Int(pq.ntuples(result)), columns = Int(pq.nfields(result))
            var table: [[String?]] = []
            table.reserveCapacity(rows)
            for row in 0..<rows {
                var values: [String?] = []
                for column in 0..<columns {
                    if pq.getisnull(result, Int32(row), Int32(column)) == 1 { values.append(nil); continue }
                    guard let value = pq.getvalue(result, Int32(row), Int32(column)) else { values.append(nil); continue }
                    values.append(String(cString: value))
                }
                table.append(values)
            }
            return table
        default:
            if pq.status(handle) != LibPQ.connectionOK { throw .connectionLost(reason: message(handle)) }
            let state = pq.resultErrorField(result, 67 /* PG_DIAG_SQLSTATE 'C' */).map { String(cString: $0) } ?? "?"
            let text = pq.resultErrorField(result, 77 /* PG_DIAG_MESSAGE_PRIMARY 'M' */).map { String(cString: $0) }
                ?? message(handle)
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
        if pq.status(handle) != LibPQ.connectionOK { return .connectionLost(reason: message(handle)) }
        return .query(state: "?", reason: message(handle))
    }

    private func withParameterPointers<R>(_ parameters: [String?], _ body: ([UnsafePointer<CChar>?]) -> R) -> R {
        let copies: [UnsafeMutablePointer<CChar>?] = parameters.map { $0.map { strdup($0) } ?? nil }
        defer { copies.forEach { free($0) } }
        return body(copies.map { $0.map { UnsafePointer($0) } })
    }

    private func message(_ handle: OpaquePointer?) -> String {
        guard let handle, let text = pq.errorMessage(handle) else { return "out of memory" }
        let message = PGConnection.oneLine(String(cString: text))
        return message.isEmpty ? "no reason given" : message
    }

    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: "; ")
    }
}
