import FactModel
import FactText
import Foundation

/// Reads entity annotations in brat standoff (`T1<TAB>Location 59 67<TAB>Istanbul`) as
/// labelled documents: offsets are code points, end exclusive; discontinuous spans are skipped;
/// nested spans are flattened to the outermost; a leading elided article (`l’Irak`, `d’Irak`)
/// or a lower-case English `the ` is left out, as the annotation guidelines ask.
public enum BratEntities {
    /// The mentions of one `.ann` file over its text.
    public static func mentions(ann: String, text: String, map: LabelMap) -> [Mention] {
        let scalars = Array(text.unicodeScalars)
        var result: [Mention] = []
        for line in ann.split(separator: "\n") where line.hasPrefix("T") {
            let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
            guard fields.count >= 2, !fields[1].contains(";") else { continue }
            let header = fields[1].split(separator: " ")
            guard header.count == 3, map.map(String(header[0])) != nil,
                  var start = Int(header[1]), let end = Int(header[2]), start < end, end <= scalars.count else { continue }
            if end - start > 2, ["l'", "d'", "l’", "d’"].contains(String(String.UnicodeScalarView(scalars[start..<start + 2])).lowercased()) {
                start += 2
                while start < end, scalars[start] == " " { start += 1 }
            } else if end - start > 4, String(String.UnicodeScalarView(scalars[start..<start + 4])) == "the " {
                // English `the United States` → `United States`; a capitalised `The Hague` is part of the name.
                start += 4
            }
            let text = String(String.UnicodeScalarView(scalars[start..<end]))
            guard let label = map.map(String(header[0]), text: text) else { continue }
            result.append(Mention(label: label, start: start, end: end, text: text))
        }
        return result
    }

    /// Every `.txt` with a `.ann` beside it under a folder (recursively), in path order (for
    /// WiNER, date order), as labelled documents whose ids are paths relative to the folder.
    public static func read(folder: String, map: LabelMap, language: Language) throws -> [LabeledDocument] {
        let root = URL(fileURLWithPath: folder)
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else {
            throw CorpusError("cannot read the folder \(folder)")
        }
        var paths: [String] = []
        while let path = enumerator.nextObject() as? String {
            if path.hasSuffix(".txt") { paths.append(path) }
        }
        paths.sort()
        var documents: [LabeledDocument] = []
        for path in paths {
            let ann = root.appendingPathComponent(String(path.dropLast(4)) + ".ann")
            guard FileManager.default.fileExists(atPath: ann.path) else { continue }
            let text = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
            let annotations = try String(contentsOf: ann, encoding: .utf8)
            let document = TextAnalyzer.analyze(id: path, text: text, language: language)
            documents.append(LabeledDocument(document: document, mentions: mentions(ann: annotations, text: text, map: map)))
        }
        return documents
    }
}

/// A training corpus that cannot be read; the message is one line for the user.
public struct CorpusError: Error, CustomStringConvertible {
    /// The message.
    public var description: String
    /// Makes an error.
    public init(_ description: String) { self.description = description }
}
