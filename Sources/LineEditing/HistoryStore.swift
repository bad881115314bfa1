internal import CEditLine
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// MARK: - HistoryStore

/// libedit history with an optional file: loaded once, rewritten (via a temporary file and
/// `rename`) after each entered line so a crash loses nothing and never truncates the file.
final class HistoryStore {
    /// The libedit `History *`, handed to `EL_HIST`.
    let handle: OpaquePointer
    private let path: String?

    /// Creates the history (unique consecutive entries, at most `size`) and loads `path`.
    init?(path: String?, size: Int) {
        guard let handle = history_init() else { return nil }
        self.handle = handle
        self.path = path
        _ = cel_history_set_size(handle, Int32(clamping: max(1, size)))
        _ = cel_history_set_unique(handle, 1)
        if let path { _ = cel_history_load(handle, path) }  // a missing file is fine
    }

    deinit { history_end(handle) }

    // MARK: Recording

    /// Adds `line` unless it is blank, then saves the file.
    func record(_ line: String) {
        guard line.contains(where: { !$0.isWhitespace }) else { return }
        _ = cel_history_enter(handle, line)
        save()
    }

    /// Writes all entries to the history file, if any.
    func save() {
        guard let path else { return }
        Self.makeParentDirectories(of: path)
        let temporary = path + ".tmp\(getpid())"
        if cel_history_save(handle, temporary) >= 0, rename(temporary, path) == 0 { return }
        unlink(temporary)
    }

    // MARK: Helpers

    /// `mkdir -p` of the directory holding `path` (mode 0700); errors are ignored.
    private static func makeParentDirectories(of path: String) {
        var components = path.split(separator: "/", omittingEmptySubsequences: false).dropLast()
        guard !components.isEmpty else { return }
        var current = path.hasPrefix("/") ? "" : "."
        if components.first == "" { components = components.dropFirst() }
        for component in components where !component.isEmpty {
            current += "/" + component
            _ = mkdir(current, 0o700)
        }
    }
}
