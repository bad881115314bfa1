import ArgumentParser
import FactStore
import Foundation

/// Opening the team store named by `--store` or `FACTLINE_STORE`.
enum TeamStore {
    /// The store, or nil when neither names one.
    static func open(_ option: String?) throws -> PostgresStore? {
        guard let url = option ?? ProcessInfo.processInfo.environment["FACTLINE_STORE"], !url.isEmpty else { return nil }
        do { return try PostgresStore(url: url) } catch { throw UserError(error.description) }
    }

    /// The store, or a usage error naming the command.
    static func required(_ option: String?, for command: String) throws -> PostgresStore {
        guard let store = try open(option) else { throw ValidationError("\(command) needs --store postgres://USER@HOST/DB (or FACTLINE_STORE)") }
        return store
    }
}

/// Says one line on stderr and ends with a chosen exit status that is not a failure of
/// factline (3: the queue has no article left).
func exitNotice(_ message: String, code: Int32) -> ExitCode {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    return ExitCode(code)
}
