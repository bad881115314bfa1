import ArgumentParser
import FactFormats
import FactModel
import Foundation

/// `factline agree`: agreement between annotators of the same texts.
struct Agree: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Agreement between annotators of the same texts: span F1, Cohen's κ, Krippendorff's α, claims per role, disagreements.",
        discussion: """
            Sessions (or importable files) are grouped by their text's sha256. Per pair of \
            annotators: strict span F1 and Cohen's κ on token labels (O for no mention). Over all \
            annotators: Krippendorff's α (nominal) on token labels, overall and per label (that \
            label against the rest). Then every span not all annotators share. Claims, per pair: \
            F1 of each role's spans (source, cue, content), exact and by overlap, and stance \
            agreement on claims paired by their content; then every claim (same spans and \
            stance) not all annotators share.
            """)

    @Argument(help: "Sessions, folders or importable files.")
    var sessions: [String]

    @Flag(help: "Print JSON instead of text.")
    var json = false

    func run() throws {
        let documents: [GoldDocument]
        do { documents = try Dataset.gold(sessions, format: nil) } catch { throw UserError("\(error)") }
        let report = AgreementReport(documents: documents)
        guard report.texts > 0 else { throw UserError("no text was annotated by two annotators (sessions are paired by their text's sha256)") }
        if json {
            let data = try JSONSerialization.data(withJSONObject: report.json(), options: [.sortedKeys, .prettyPrinted])
            FileHandle.standardOutput.write(data + Data("\n".utf8))
        } else {
            print(report.table(), terminator: "")
        }
    }
}
