#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// libpq, PostgreSQL's client library, opened with `dlopen` the first time the team store
/// connects, instead of being linked.
///
/// Only `--store` needs it, and linked it loaded libpq's GSSAPI, LDAP and GnuTLS chain (some
/// twenty libraries, about 3.5 MB resident) into every factline process, and made factline
/// refuse to start where libpq is not installed. The entry points are declared here with
/// libpq's C signatures (`libpq-fe.h`, stable since PostgreSQL 8), so building needs no libpq
/// headers either.
struct LibPQ: @unchecked Sendable {
    // MARK: - The entry points PGConnection uses

    let connectdb: @convention(c) (UnsafePointer<CChar>?) -> OpaquePointer?
    /// `ConnStatusType`, a C enum (an `int`).
    let status: @convention(c) (OpaquePointer?) -> Int32
    let finish: @convention(c) (OpaquePointer?) -> Void
    let reset: @convention(c) (OpaquePointer?) -> Void
    let backendPID: @convention(c) (OpaquePointer?) -> Int32
    let errorMessage: @convention(c) (OpaquePointer?) -> UnsafeMutablePointer<CChar>?
    /// `PQexecParams(conn, command, nParams, paramTypes (Oid *), paramValues, paramLengths, paramFormats, resultFormat)`.
    let execParams: @convention(c) (OpaquePointer?, UnsafePointer<CChar>?, Int32, UnsafePointer<UInt32>?,
                                     UnsafePointer<UnsafePointer<CChar>?>?, UnsafePointer<Int32>?, UnsafePointer<Int32>?, Int32) -> OpaquePointer?
    let clear: @convention(c) (OpaquePointer?) -> Void
    /// `ExecStatusType`, a C enum (an `int`).
    let resultStatus: @convention(c) (OpaquePointer?) -> Int32
    let ntuples: @convention(c) (OpaquePointer?) -> Int32
    let nfields: @convention(c) (OpaquePointer?) -> Int32
    let getisnull: @convention(c) (OpaquePointer?, Int32, Int32) -> Int32
    let getvalue: @convention(c) (OpaquePointer?, Int32, Int32) -> UnsafeMutablePointer<CChar>?
    let resultErrorField: @convention(c) (OpaquePointer?, Int32) -> UnsafeMutablePointer<CChar>?

    // MARK: - libpq's constants

    /// `CONNECTION_OK`.
    static let connectionOK: Int32 = 0
    /// `PGRES_EMPTY_QUERY`.
    static let emptyQuery: Int32 = 0
    /// `PGRES_COMMAND_OK`.
    static let commandOK: Int32 = 1
    /// `PGRES_TUPLES_OK`.
    static let tuplesOK: Int32 = 2

    // MARK: - Loading

    /// The library as this process loaded it, once, or why it could not be.
    static let shared: Result<LibPQ, StoreError> = load(names: libraryNames)

    /// Where libpq is looked for: the versioned name the dynamic linker knows, then the
    /// development link, then Homebrew's keg-only folders on macOS.
    static let libraryNames = ["libpq.so.5", "libpq.so", "libpq.5.dylib",
                               "/opt/homebrew/opt/libpq/lib/libpq.5.dylib", "/usr/local/opt/libpq/lib/libpq.5.dylib"]

    /// Opens the first of `names` that loads and finds every entry point in it.
    static func load(names: [String]) -> Result<LibPQ, StoreError> {
        var reasons: [String] = []
        for name in names {
            guard let handle = dlopen(name, RTLD_NOW | RTLD_LOCAL) else {
                reasons.append(dlerror().map { String(cString: $0) } ?? "\(name) not found")
                continue
            }
            var missing: [String] = []
            func symbol<T>(_ symbolName: String, as type: T.Type) -> T? {
                guard let address = dlsym(handle, symbolName) else { missing.append(symbolName); return nil }
                return unsafeBitCast(address, to: type)
            }
            if let connectdb = symbol("PQconnectdb", as: (@convention(c) (UnsafePointer<CChar>?) -> OpaquePointer?).self),
               let status = symbol("PQstatus", as: (@convention(c) (OpaquePointer?) -> Int32).self),
               let finish = symbol("PQfinish", as: (@convention(c) (OpaquePointer?) -> Void).self),
               let reset = symbol("PQreset", as: (@convention(c) (OpaquePointer?) -> Void).self),
               let backendPID = symbol("PQbackendPID", as: (@convention(c) (OpaquePointer?) -> Int32).self),
               let errorMessage = symbol("PQerrorMessage", as: (@convention(c) (OpaquePointer?) -> UnsafeMutablePointer<CChar>?).self),
               let execParams = symbol("PQexecParams", as: (@convention(c) (OpaquePointer?, UnsafePointer<CChar>?, Int32, UnsafePointer<UInt32>?,
                                                                            UnsafePointer<UnsafePointer<CChar>?>?, UnsafePointer<Int32>?,
                                                                            UnsafePointer<Int32>?, Int32) -> OpaquePointer?).self),
               let clear = symbol("PQclear", as: (@convention(c) (OpaquePointer?) -> Void).self),
               let resultStatus = symbol("PQresultStatus", as: (@convention(c) (OpaquePointer?) -> Int32).self),
               let ntuples = symbol("PQntuples", as: (@convention(c) (OpaquePointer?) -> Int32).self),
               let nfields = symbol("PQnfields", as: (@convention(c) (OpaquePointer?) -> Int32).self),
               let getisnull = symbol("PQgetisnull", as: (@convention(c) (OpaquePointer?, Int32, Int32) -> Int32).self),
               let getvalue = symbol("PQgetvalue", as: (@convention(c) (OpaquePointer?, Int32, Int32) -> UnsafeMutablePointer<CChar>?).self),
               let resultErrorField = symbol("PQresultErrorField", as: (@convention(c) (OpaquePointer?, Int32) -> UnsafeMutablePointer<CChar>?).self) {
                // Kept open for the life of the process: connections may outlive any one store.
                return .success(LibPQ(connectdb: connectdb, status: status, finish: finish, reset: reset, backendPID: backendPID,
                                      errorMessage: errorMessage, execParams: execParams, clear: clear, resultStatus: resultStatus,
                                      ntuples: ntuples, nfields: nfields, getisnull: getisnull, getvalue: getvalue,
                                      resultErrorField: resultErrorField))
            }
            dlclose(handle)
            reasons.append("\(name) lacks \(missing.joined(separator: ", "))")
        }
        return .failure(.refused("the team store needs libpq, PostgreSQL's client library, which could not be loaded "
            + "(Debian: apt install libpq5; macOS: brew install libpq): " + (reasons.first ?? "no library name to try")))
    }
}
