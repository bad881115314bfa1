import ArgumentParser
import FactFormats
import FactModel
import Foundation

/// `factline agree`: agreement between annotators of the same texts.
struct Agree: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Agreement between annotators of the same texts: span F1, Cohen's κ, Krippendorff's α, disagreeing spans.",
        discussion: """
            Sessions (or importable files) are grouped by their text's sha256. Per pair of \
            annotators: strict span F1 and Cohen's κ on token labels (O for no mention). Over all \
            annotators: Krippendorff's α (nominal) on token labels, overall and per label (that \
            label against the rest). Then every span not all annotators share.
            """)

    @Argument(help: "Sessions, folders or importable files.")
    var sessions: [String]

    @Flag(help: "Print JSON instead of text.")
    var json = false

    func run() throws {
        let documents: [GoldDocument]
        do { documents = try Dataset.gold(sessions, format: nil) } catch { throw UserError("\(error)") }
        var groups: [String: [GoldDocument]] = [:], order: [String] = []
        for document in documents {
            if groups[document.article.sha256] == nil { order.append(document.article.sha256) }
            groups[document.article.sha256, default: []].append(document)
        }
        let shared = order.filter { (groups[$0]?.count ?? 0) >= 2 }
        guard !shared.isEmpty else { throw UserError("no text was annotated by two annotators (sessions are paired by their text's sha256)") }
        var pairs: [String: (f1: [Double], kappa: [Double])] = [:]
        var units: [[String?]] = []  // units[coder][token], tokens of every shared text one after the other
        var coders: [String] = []
        var disagreements: [[String: Any]] = []
        for key in shared {
            let group = groups[key]!
            let labels = Agreement.tokenLabels(text: group[0].article.text, language: group[0].article.language, annotations: group.map { $0.mentions.map(\.mention) })
            for document in group where !coders.contains(document.annotator) { coders.append(document.annotator) }
            let width = units.first?.count ?? 0
            for (index, coder) in coders.enumerated() {
                if units.count <= index { units.append([String?](repeating: nil, count: width)) }
                let row = group.firstIndex { $0.annotator == coder }.map { labels[$0].map(Optional.some) } ?? [String?](repeating: nil, count: labels[0].count)
                units[index] += row
            }
            for a in 0..<group.count {
                for b in (a + 1)..<group.count {
                    let name = [group[a].annotator, group[b].annotator].sorted().joined(separator: " / ")
                    pairs[name, default: ([], [])].f1.append(Agreement.spanF1(group[a].mentions.map(\.mention), group[b].mentions.map(\.mention)))
                    pairs[name, default: ([], [])].kappa.append(Agreement.cohensKappa(labels[a], labels[b]))
                }
            }
            var holders: [String: [String]] = [:]
            for document in group {
                for m in document.mentions.map(\.mention) { holders["\(m.start)\t\(m.end)\t\(m.label)\t\(m.text)", default: []].append(document.annotator) }
            }
            for (span, who) in holders.sorted(by: { $0.key.localizedStandardCompare($1.key) == .orderedAscending }) where who.count < group.count {
                let f = span.split(separator: "\t", maxSplits: 3).map(String.init)
                disagreements.append(["article": group[0].article.id, "start": Int(f[0])!, "end": Int(f[1])!, "label": f[2], "text": f[3], "annotators": who])
            }
        }
        let labelSet = Set(units.flatMap { $0.compactMap { $0 } }).subtracting(["O"]).sorted()
        var alphas: [String: Any] = ["overall": Agreement.krippendorffAlpha(units) as Any? ?? NSNull()]
        for label in labelSet {
            alphas[label] = Agreement.krippendorffAlpha(units.map { $0.map { $0.map { $0 == label ? label : "other" } } }) as Any? ?? NSNull()
        }
        let pairRows = pairs.keys.sorted().map { name -> [String: Any] in
            let p = pairs[name]!
            return ["annotators": name, "texts": p.f1.count, "span_f1": p.f1.reduce(0, +) / Double(p.f1.count), "cohen_kappa": p.kappa.reduce(0, +) / Double(p.kappa.count)]
        }
        if json {
            let matrix = units.map { $0.map { $0 as Any? ?? NSNull() } }
            let object: [String: Any] = ["texts": shared.count, "pairs": pairRows, "krippendorff_alpha": alphas, "disagreements": disagreements,
                                         "coders": coders, "token_labels": matrix]
            let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .prettyPrinted])
            FileHandle.standardOutput.write(data + Data("\n".utf8))
            return
        }
        func f(_ value: Any?) -> String { (value as? Double).map { String(format: "%.3f", $0) } ?? "n/a" }
        print("\(shared.count) text(s) annotated by several annotators")
        for row in pairRows { print("\(row["annotators"]!): span F1 \(f(row["span_f1"])) · Cohen's κ \(f(row["cohen_kappa"])) over \(row["texts"]!) text(s)") }
        print("Krippendorff's α (nominal, token labels): overall \(f(alphas["overall"]))" + labelSet.map { " · \($0) \(f(alphas[$0]))" }.joined())
        print("\(disagreements.count) span(s) not shared by every annotator:")
        for d in disagreements { print("  \(d["article"]!) \(d["start"]!)-\(d["end"]!) \(d["label"]!) «\(d["text"]!)» only \((d["annotators"] as! [String]).joined(separator: ", "))") }
    }
}
