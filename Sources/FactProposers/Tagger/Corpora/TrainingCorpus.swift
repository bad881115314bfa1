import FactFormats
import FactModel
import FactText
import Foundation

/// Training documents from brat folders and CoNLL files. The files are read by FactFormats'
/// readers, the ones `factline import` and `eval` use (same label map, same checks, same
/// errors); what training adds is one normalisation step, `trainingMentions`, and nested spans
/// flattened to the outermost by `LabeledDocument`.
public enum TrainingCorpus {
    // MARK: Sources

    /// Every `.ann` under a folder (recursively, with its `.txt`), in path order (for WiNER, date
    /// order), as labelled documents whose ids are the text paths relative to the folder.
    public static func brat(folder: String, labels: LabelMap, language: Language) throws(FormatError) -> [LabeledDocument] {
        // Dataset.files joins the folder and each relative path this way; the prefix gives the relative path back.
        let prefix = (folder as NSString).appendingPathComponent("x").dropLast()
        var documents: [LabeledDocument] = []
        for path in try Dataset.files([folder], format: .brat) {
            let imported = try BratReader.read(annPath: path, labels: labels, annotator: nil, flat: false)
            let relative = path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
            documents.append(labeled(imported, id: String(relative.dropLast(4)) + ".txt", language: language))
        }
        return documents
    }

    /// The documents of a CoNLL file (split at `-DOCSTART-`), with ids `FILE#1`, `FILE#2`, ….
    public static func conll(path: String, labels: LabelMap, language: Language) throws(FormatError) -> [LabeledDocument] {
        let name = URL(fileURLWithPath: path).lastPathComponent
        return try RecordReaders.conll(path: path, labels: labels, annotator: nil).enumerated().map { index, imported in
            labeled(imported, id: "\(name)#\(index + 1)", language: language)
        }
    }

    private static func labeled(_ imported: ImportedDocument, id: String, language: Language) -> LabeledDocument {
        let document = TextAnalyzer.analyze(id: id, text: imported.text, language: language)
        return LabeledDocument(document: document, mentions: trainingMentions(imported.mentions, text: imported.text))
    }

    // MARK: Normalisation

    /// The gold mentions a tagger learns from, out of imported ones: spans joined from several
    /// brat fragments are left out (the words between are not part of the name), and a leading
    /// elided article (`l’Irak`, `d’Irak`) or a lower-case English `the ` is left out of a span,
    /// as the annotation guidelines ask (a capitalised `The Hague` is part of the name). Nested
    /// and overlapping spans are kept: `LabeledDocument` keeps the outermost.
    public static func trainingMentions(_ items: [ImportedDocument.MentionItem], text: String) -> [Mention] {
        let scalars = Array(text.unicodeScalars)
        func slice(_ start: Int, _ end: Int) -> String { String(String.UnicodeScalarView(scalars[start..<end])) }
        return items.filter { !$0.joinedFragments }.map { item in
            var start = item.mention.start
            let end = item.mention.end
            if end - start > 2, ["l'", "d'", "l’", "d’"].contains(slice(start, start + 2).lowercased()) {
                start += 2
                while start < end, scalars[start] == " " { start += 1 }
            } else if end - start > 4, slice(start, start + 4) == "the " {
                start += 4
            }
            return Mention(label: item.mention.label, start: start, end: end, text: slice(start, end))
        }
    }
}
