#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A one-line progress bar on standard error, drawn only when standard error is a terminal (never
/// into a pipe or a log file), at most ten times a second, and erased when done.
public final class ProgressBar {
    private let total: Int
    private let label: String
    private let enabled: Bool
    private var lastDraw = 0.0
    private let started = Date()

    /// A bar for `total` items; `enabled` defaults to "standard error is a terminal and TERM is not dumb".
    public init(total: Int, label: String, enabled: Bool? = nil) {
        self.total = total
        self.label = label
        self.enabled = enabled ?? (isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["TERM"] != "dumb")
    }

    /// Shows that `done` items are finished.
    public func update(_ done: Int) {
        guard enabled, total > 0 else { return }
        let now = Date().timeIntervalSince(started)
        guard now - lastDraw >= 0.1 || done == total else { return }
        lastDraw = now
        let width = 30
        let filled = min(width, done * width / total)
        let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled)
        let line = "\r\(label) \(bar) \(done)/\(total) \(String(format: "%.1f", now)) s\u{1B}[K"
        FileHandle.standardError.write(Data(line.utf8))
    }

    /// Erases the bar.
    public func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
