import FactShell
import Foundation
import LineEditing

/// Runs an opened shell on the terminal (libedit) or on piped commands, until quit or the end
/// of input: what `annotate` and `replay --branch` share.
enum ShellRunner {
    /// Reads commands until the analyst leaves; a script whose decisions were dropped fails.
    static func run(_ shell: AnnotationShell, history: String?) throws {
        let environment = ProcessInfo.processInfo.environment
        let historyFile = history ?? environment["FACTLINE_HISTORY"] ?? (environment["HOME"].map { $0 + "/.factline_history" })
        let reader = LineEditor.make(LineEditorConfiguration(
            programName: "factline", prompt: shell.prompt, historyFile: historyFile, completion: shell.completionSource))
        defer { reader.close() }
        ShellLoop.run(shell, reader: reader)
        // A script must not succeed when some of its decisions were not saved.
        if isatty(STDIN_FILENO) == 0 && shell.droppedDecisions > 0 {
            throw UserError("\(shell.droppedDecisions) decision(s) of this run were dropped because they could not be saved")
        }
    }
}
