import ArgumentParser
import FactFormats
import FactModel
import FactProposers
import FactShell
import Foundation

extension ImportFormat: ExpressibleByArgument {}

/// What `--label-map` accepts: the same for import, eval and train (LabelMap.read).
let labelMapSyntax = "Label map: winer, redocred (demonym locations → NORP, Misc dropped), identity (GPE → LOC), "
    + "From=TO,… (a leading + keeps the labels it does not name, else they are dropped), or a file: "
    + "JSON {\"From\":\"TO\"} or 'FROM TO' lines (other labels kept)."

/// `factline import`: turn gold data from other tools into sessions.
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Import brat, CoNLL, JSONL, Label Studio or doccano files as complete sessions.",
        discussion: """
            Each document becomes a session whose proposer is 'import' (format and source file in \
            its settings) with every imported annotation accepted, notes and flags as events, and \
            the status complete; replay, export, eval and agree treat it like any other. Mentions \
            are made flat (the outermost of nested spans is kept). brat: PolNeAR Attribution \
            events become claims; what cannot be modelled is kept verbatim and written back by \
            export --format brat. --label-map maps labels as train and eval map them; a \
            mention whose label it drops (redocred's Misc, a label a From=TO,… map without + \
            does not name) is left out and counted, and in brat kept verbatim like the rest. \
            Folders are walked for *.ann (brat) or the format's files.
            """)

    @Argument(help: "Files or folders to import.")
    var files: [String]

    @Option(help: "The format: \(ImportFormat.allCases.filter { $0 != .session }.map(\.rawValue).joined(separator: ", ")) (default: from the file name).")
    var format: ImportFormat?

    @Option(help: "\(labelMapSyntax) Default: labels as they are.")
    var labelMap: String?

    @Option(help: "The folder for the sessions.")
    var sessions: String = "Sessions"

    @Option(help: "The annotator (default: from the file, e.g. PolNeAR's _XXXX, else 'import').")
    var annotator: String?

    func run() throws {
        let labels: LabelMap
        do { labels = try labelMap.map(LabelMap.read) ?? .unchanged } catch { throw UserError("\(error)") }
        let inputs: [String]
        do { inputs = try Dataset.files(files, format: format) } catch { throw UserError("\(error)") }
        guard !inputs.isEmpty else { throw UserError("no files to import in \(files.joined(separator: " "))") }
        do { try FileManager.default.createDirectory(atPath: sessions, withIntermediateDirectories: true) } catch {
            throw UserError("\(sessions): cannot create: \(error.localizedDescription)")
        }
        let bar = ProgressBar(total: inputs.count, label: "import")
        var written = 0, mentions = 0, claims = 0, leftOut = 0, dropped = 0
        var names = Set<String>()
        for (index, file) in inputs.enumerated() {
            let kind = format ?? Dataset.sniff(file)
            guard kind != .session else { throw UserError("\(file): already a factline session") }
            do {
                for document in try Dataset.imported(file, format: kind, labels: labels, annotator: annotator) {
                    let session = try ImportSession.session(for: document)
                    var name = "\(SessionNaming.slug(document.id)).\(SessionNaming.slug(document.annotator))"
                    var counter = 2
                    while !names.insert(name).inserted { name = "\(SessionNaming.slug(document.id))-\(counter).\(SessionNaming.slug(document.annotator))"; counter += 1 }
                    let path = (sessions as NSString).appendingPathComponent(name + ".json")
                    if FileManager.default.fileExists(atPath: path) { throw FormatError.wouldOverwrite(path: path, reason: "a session is already there") }
                    let data: Data
                    do { data = try SessionFile(session).encoded() } catch { throw FormatError.unwritable(path: path, reason: "\(error)") }
                    try AtomicFile.write(data, to: path)
                    written += 1
                    mentions += document.mentions.count
                    claims += document.claims.count
                    leftOut += document.leftOut
                    dropped += document.dropped
                }
            } catch { bar.finish(); throw UserError("\(error)") }
            bar.update(index + 1)
        }
        bar.finish()
        var line = "imported \(written) session(s) into \(sessions): \(mentions) mentions, \(claims) claims"
        if leftOut > 0 { line += "; \(leftOut) nested or crossing span(s) kept outside the flat mentions" }
        if dropped > 0 { line += "; \(dropped) mention(s) whose label the label map drops left out" }
        FileHandle.standardError.write(Data((SafeText.escape(line) + "\n").utf8))
    }
}
