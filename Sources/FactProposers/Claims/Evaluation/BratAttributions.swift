import FactModel
import Foundation

/// Reads PolNeAR's brat standoff attributions (`T… Source|Cue|Content START END;START END`,
/// `E… Attribution:T… Source:T… Cue:T… Content:T…`) as claims. A discontinuous span is read
/// from its first start to its last end; offsets are code points, end exclusive.
public enum BratAttributions {
    /// The claims of one `.ann` file's text, against the article `text`.
    public static func claims(ann: String, text: String) -> [Claim] {
        let scalars = Array(text.unicodeScalars)
        var spans: [String: ClaimPart] = [:]
        var events: [[String: String]] = []
        for line in ann.split(separator: "\n", omittingEmptySubsequences: true) {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 2 else { continue }
            let id = String(fields[0])
            if id.hasPrefix("T") {
                let header = fields[1].split(separator: " ", maxSplits: 1)
                guard header.count == 2 else { continue }
                let offsets = header[1].split(whereSeparator: { $0 == " " || $0 == ";" }).compactMap { Int($0) }
                guard let start = offsets.first, let end = offsets.last, start < end, end <= scalars.count else { continue }
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[start..<end])
                spans[id] = ClaimPart(start: start, end: end, text: String(view))
            } else if id.hasPrefix("E") {
                var roles: [String: String] = [:]
                for argument in fields[1].split(separator: " ") {
                    let pair = argument.split(separator: ":", maxSplits: 1)
                    if pair.count == 2 { roles[String(pair[0])] = String(pair[1]) }
                }
                events.append(roles)
            }
        }
        return events.compactMap { roles in
            guard let contentID = roles["Content"], let content = spans[contentID] else { return nil }
            return Claim(source: roles["Source"].flatMap { spans[$0] }, cue: roles["Cue"].flatMap { spans[$0] }, content: content)
        }
    }

    /// One `(text, annotation)` pair per text of a PolNeAR split folder (`…/dev`): the
    /// annotation file of the first annotator in name order; with `everyAnnotator`, one pair per
    /// annotation file (a text a second annotator also did comes twice, first annotator first),
    /// which is more training data.
    public static func split(at folder: URL, everyAnnotator: Bool = false) throws -> [(id: String, text: String, ann: String)] {
        let files = FileManager.default
        let annotations = try files.contentsOfDirectory(atPath: folder.appendingPathComponent("attributions").path)
            .filter { $0.hasSuffix(".ann") }.sorted()
        var seen = Set<String>()
        var result: [(String, String, String)] = []
        for name in annotations {
            let base = String(name.dropLast(4))
            guard let underscore = base.lastIndex(of: "_") else { continue }
            let textName = String(base[..<underscore])
            guard seen.insert(textName).inserted || everyAnnotator else { continue }
            let text = try String(contentsOf: folder.appendingPathComponent("text/\(textName).txt"), encoding: .utf8)
            let ann = try String(contentsOf: folder.appendingPathComponent("attributions/\(name)"), encoding: .utf8)
            result.append((textName, text, ann))
        }
        return result
    }
}
