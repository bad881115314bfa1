import ArgumentParser
import FactFormats
import FactModel
import FactShell
import Foundation

/// `factline export`: write sessions as a gold dataset.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export sessions as a gold dataset.",
        discussion: """
            jsonl: spaCy/Prodigy JSONL, one record per session: text, tokens with code-point \
            offsets, spans with inclusive token_start/token_end (with the analyst's notes and \
            flag), claims, the article's own meta unchanged, and factline's provenance under \
            'factline'. Only accepted (including corrected and added) mentions are spans. Sessions \
            not marked done are skipped unless --include-incomplete is given. A folder stands for \
            its *.json sessions. --out never overwrites an input or any factline session.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case jsonl
    }

    @Argument(help: "Session files or folders of them.")
    var sessions: [String]

    @Option(help: "The format: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: Format = .jsonl

    @Option(help: "Write to this file (atomically) instead of standard output; never over an input or a session.")
    var out: String?

    @Flag(help: "Also export sessions not marked done.")
    var includeIncomplete = false

    func run() throws {
        var lines: [String] = []
        var skipped: [String] = []
        var spanCount = 0
        let paths = try sessionPaths()
        if let out {
            do { try OutputGuard.check(output: out, inputs: sessions + paths) } catch { throw UserError("\(error)") }
        }
        for path in paths {
            let session: Session
            do { session = try SessionLoader.load(path: path) } catch { throw UserError("\(error)") }
            guard includeIncomplete || session.status == .complete else {
                skipped.append(path)
                continue
            }
            lines.append(try ProdigyJSONL.line(for: session, sessionPath: path))
            spanCount += session.annotations.goldMentions.count
        }
        let text = lines.map { $0 + "\n" }.joined()
        if let out {
            do { try AtomicFile.write(Data(text.utf8), to: out) } catch { throw UserError("\(error)") }
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
        var report = "exported \(lines.count) session(s), \(spanCount) spans" + (out.map { " to \($0)" } ?? "")
        if !skipped.isEmpty {
            report += "; skipped \(skipped.count) not done (\(skipped.prefix(3).joined(separator: ", "))\(skipped.count > 3 ? ", …" : "")): --include-incomplete exports them"
        }
        FileHandle.standardError.write(Data((SafeText.escape(report) + "\n").utf8))
        if lines.isEmpty { throw ExitCode(2) }
    }

    private func sessionPaths() throws -> [String] {
        var paths: [String] = []
        for path in sessions {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                throw UserError("\(path): no such file")
            }
            if isFolder.boolValue {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
                paths += names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted().map { (path as NSString).appendingPathComponent($0) }
            } else {
                paths.append(path)
            }
        }
        return paths
    }
}
