#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Whether and how to colour output: ANSI 256-colour escapes on a terminal, nothing when
/// `NO_COLOR` is set, `TERM` is `dumb` or standard output is not a terminal.
public struct TerminalStyle: Sendable {
    /// True when escapes are written.
    public let isEnabled: Bool

    /// A style with colour on or off.
    public init(enabled: Bool) { isEnabled = enabled }

    /// The style standard output calls for.
    public static func forStandardOutput() -> TerminalStyle {
        let environment = ProcessInfo.processInfo.environment
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return TerminalStyle(enabled: false) }
        if environment["TERM"] == "dumb" { return TerminalStyle(enabled: false) }
        return TerminalStyle(enabled: isatty(STDOUT_FILENO) == 1)
    }

    /// Plain text, for files and pipes.
    public static let plain = TerminalStyle(enabled: false)

    // MARK: - Escapes

    private func wrap(_ text: String, _ codes: String) -> String {
        isEnabled ? "\u{1B}[\(codes)m\(text)\u{1B}[0m" : text
    }

    /// Bold text.
    public func bold(_ text: String) -> String { wrap(text, "1") }
    /// Dim text, for ids, scores and hints.
    public func dim(_ text: String) -> String { wrap(text, "2") }
    /// Red text, for errors.
    public func error(_ text: String) -> String { wrap(text, "31") }
    /// Green text, for confirmations.
    public func success(_ text: String) -> String { wrap(text, "32") }
    /// Text in a 256-colour foreground.
    public func foreground(_ text: String, color: Int) -> String { wrap(text, "38;5;\(color)") }
    /// Text on a 256-colour background, in black: how accepted annotations are shown.
    public func highlight(_ text: String, color: Int) -> String { wrap(text, "48;5;\(color);38;5;16") }
    /// Underlined text in a 256-colour foreground: how pending proposals are shown.
    public func underline(_ text: String, color: Int) -> String { wrap(text, "4;38;5;\(color)") }
    /// Light text on a dark grey background: how a claim's content is shown.
    public func shaded(_ text: String) -> String { wrap(text, "48;5;238;38;5;255") }
    /// Struck-through dim text: how rejected proposals are shown.
    public func struck(_ text: String) -> String { wrap(text, "2;9") }
}
