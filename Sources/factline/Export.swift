import ArgumentParser
import FactFormats
import FactModel
import FactShell
import Foundation

extension ExportFormat: ExpressibleByArgument {}

/// `factline export`: write sessions as a gold dataset, streaming.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export sessions as a gold dataset (jsonl, conll, brat, labelstudio, doccano, spacy).",
        discussion: """
            jsonl: spaCy/Prodigy JSONL (text, tokens, spans with inclusive token_end, claims, notes, \
            flags, meta). conll: IOB2, -DOCSTART- between documents, blank lines between sentences. \
            brat: a folder of .txt + .ann (T lines, PolNeAR-shaped Attribution E lines, # notes). \
            labelstudio: a JSON list of tasks, decisions as annotations, proposals as predictions. \
            doccano: JSONL with label, entities and relations. spacy: a .spacy DocBin, written by \
            spaCy in $FACTLINE_PYTHON (default .venv/bin/python, then python3). Only accepted \
            mentions and claims are exported; sessions not marked done are skipped unless \
            --include-incomplete. Sessions of the same text are exported once (the first); \
            annotators who disagree are reported. A folder stands for its *.json sessions. \
            --out never overwrites an input or a factline session.
            """)

    @Argument(help: "Session files or folders of them.")
    var sessions: [String]

    @Option(help: "The format: \(ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: ExportFormat = .jsonl

    @Option(help: "Write to this file (a folder for brat or --split) instead of standard output.")
    var out: String?

    @Flag(help: "Also export sessions not marked done.")
    var includeIncomplete = false

    @Option(help: "Split into train/dev/test by document, e.g. 80/10/10 (needs --out FOLDER).")
    var split: String?

    @Option(help: "The seed of --split.")
    var seed: UInt64 = 0

    @Flag(help: "Export every session of a text, not only the first.")
    var keepDuplicates = false

    func run() throws {
        var options = ExportOptions(format: format, out: out)
        options.includeIncomplete = includeIncomplete
        options.seed = seed
        options.keepDuplicates = keepDuplicates
        if let split {
            let parts = split.split(separator: "/").map { Int($0) }
            guard parts.count >= 2, parts.count <= 3, parts.allSatisfy({ ($0 ?? -1) >= 0 }), parts.reduce(0, { $0 + ($1 ?? 0) }) > 0 else {
                throw UserError("--split \(split): expected percentages like 80/10/10")
            }
            guard out != nil else { throw UserError("--split writes train/dev/test files: give --out FOLDER") }
            options.split = parts.map { $0! }
        }
        let paths: [String]
        do { paths = try GoldReader.sessionPaths(sessions) } catch { throw UserError("\(error)") }
        if let out {
            do {
                try OutputGuard.check(output: out, inputs: sessions + paths)
                if format.writesFolder || options.split != nil {
                    for path in paths where URL(fileURLWithPath: path).standardizedFileURL.path.hasPrefix(URL(fileURLWithPath: out).standardizedFileURL.path + "/") {
                        throw FormatError.wouldOverwrite(path: out, reason: "it holds the input \(path)")
                    }
                }
            } catch { throw UserError("\(error)") }
        }
        // Export reads snapshots; what their journals hold beyond them is said, never skipped silently.
        for path in paths {
            for note in SessionLoader.journalNotes(path: path) {
                FileHandle.standardError.write(Data(("note: " + SafeText.escape(note) + "\n").utf8))
            }
        }
        let bar = ProgressBar(total: paths.count, label: "export")
        let report: ExportReport
        do { report = try ExportPipeline.run(paths: paths, options: options, progress: bar.update) } catch {
            bar.finish()
            throw UserError("\(error)")
        }
        bar.finish()
        let total = report.written.values.reduce(0, +)
        var line = "exported \(total) document(s), \(report.spans) spans, \(report.claims) claims" + (out.map { " to \($0)" } ?? "")
        if options.split != nil {
            line += " (" + ExportPipeline.splitNames.map { "\($0) \(report.written[$0] ?? 0)" }.joined(separator: ", ") + ")"
        }
        if !report.incomplete.isEmpty {
            let shown = report.incomplete.prefix(3).joined(separator: ", ")
            line += "; skipped \(report.incomplete.count) not done (\(shown)\(report.incomplete.count > 3 ? ", …" : "")): --include-incomplete exports them"
        }
        if report.duplicates > 0 { line += "; \(report.duplicates) duplicate session(s) of an exported text skipped" }
        FileHandle.standardError.write(Data((SafeText.escape(line) + "\n").utf8))
        for disagreement in report.disagreements {
            let message = "disagreement: \(disagreement.article) (sha256 \(disagreement.sha256.prefix(12))…) annotated differently by \(disagreement.annotators.joined(separator: ", "))\(keepDuplicates ? "" : "; only \(disagreement.annotators[0])'s exported") (factline agree compares them)"
            FileHandle.standardError.write(Data((SafeText.escape(message) + "\n").utf8))
        }
        if total == 0 { throw ExitCode(2) }
    }
}
