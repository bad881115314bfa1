import FactModel
import Foundation

// MARK: - Reading `--label-map`

extension LabelMap {
    /// Reads `--label-map` as import, eval and train take it: a built-in name (`winer`,
    /// `redocred`, `identity`), a file (a JSON object `{"From": "TO"}` or lines `FROM TO`, `#`
    /// comments; labels it does not name are kept as they are), or `From=TO,…` (a leading `+`
    /// keeps the labels it does not name). A file wins over `From=TO` when both could be meant.
    /// `demonymWords` are the lower-cased demonyms `redocred` relabels as NORP.
    public static func read(_ argument: String, demonymWords: Set<String>) throws(FormatError) -> LabelMap {
        if ["winer", "redocred", "identity"].contains(argument) || !FileManager.default.fileExists(atPath: argument) {
            if let map = LabelMap(parsing: argument, demonymWords: demonymWords) { return map }
            throw .unreadable(path: argument, reason: "no such file, and not a label map (winer, redocred, identity or From=TO,…)")
        }
        let data = try ArticleReader.readBytes(path: argument)
        let text = try ArticleReader.decodeUTF8(data, path: argument)
        if text.trimmingCharacters(in: .whitespacesAndNewlines).hasPrefix("{") {
            guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: String] else {
                throw .badJSON(path: argument, line: nil, reason: "a label map is a JSON object of strings {\"From\": \"TO\"}")
            }
            return LabelMap(object, keepOthers: true)
        }
        var map: [String: String] = [:]
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            if fields.isEmpty || fields[0].hasPrefix("#") { continue }
            guard fields.count == 2 else { throw .badJSON(path: argument, line: number + 1, reason: "expected 'FROM TO'") }
            map[String(fields[0])] = String(fields[1])
        }
        return LabelMap(map, keepOthers: true)
    }
}
