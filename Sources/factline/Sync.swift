import ArgumentParser
import FactFormats
import FactShell
import FactStore
import Foundation

/// `factline sync`: sessions between a JSON session folder and the team store.
struct Sync: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Copy sessions between a session folder and the team store, both ways, losslessly.",
        discussion: """
            For each article and annotator on either side: missing on one side, the session is \
            copied there; when one side has the other's events and more, the longer one wins; \
            the same on both sides, nothing is done. Sessions whose events diverge are listed \
            and left alone (exit status 1). A session open in a shell (file lock or the \
            store's lock) is not touched. A session copied to the store and back is the same \
            file byte for byte. To run agree, export or eval on the store's sessions, sync \
            them to a folder first.

            EXAMPLES:
              factline sync Sessions --store postgres://ana@db/newsroom
              factline sync team-export --to-folder --store postgres://ana@db/newsroom
              factline agree team-export

            EXIT STATUS:
              0 when both sides agree afterwards; 1 on an error or a conflict; 64 on a usage error.
            """)

    @Argument(help: "The session folder.", completion: .directory)
    var folder: String

    @Flag(help: "Only copy the folder's sessions to the store.")
    var toStore = false

    @Flag(help: "Only copy the store's sessions to the folder.")
    var toFolder = false

    @Option(help: "The team store (default: $FACTLINE_STORE).")
    var store: String?

    func run() throws {
        if toStore && toFolder { throw ValidationError("--to-store and --to-folder together: give neither for both ways") }
        let team = try TeamStore.required(store, for: "sync")
        defer { team.close() }
        let direction: SessionSync.Direction = toStore ? .toStore : toFolder ? .toFolder : .both
        let report: SessionSync.Report
        do { report = try SessionSync.run(folder: folder, store: team, direction: direction) } catch { throw UserError(error.description) }
        for key in report.toStore { print("to store: \(SafeText.escape(key))") }
        for path in report.toFolder { print("to folder: \(SafeText.escape(path))") }
        print("\(report.toStore.count) session(s) to the store, \(report.toFolder.count) to \(SafeText.escape(folder)), \(report.same) already the same, \(report.conflicts.count) conflict(s)")
        if !report.conflicts.isEmpty {
            for conflict in report.conflicts { FileHandle.standardError.write(Data(("conflict: " + SafeText.escape(conflict) + "\n").utf8)) }
            throw ExitCode(1)
        }
    }
}
