import FactModel
import FactText

/// Reads CoNLL-style files (one token per line, the tag in the last column, a blank line
/// between sentences, `-DOCSTART-` between documents) with BIO, IOB1 or BILOU tags. The text
/// is rebuilt by joining tokens with spaces and sentences with a line break, then tokenized
/// again by factline; spans are kept in code points over that text.
public enum ConllEntities {
    /// The documents of a CoNLL file's contents.
    public static func documents(_ contents: String, id: String, map: LabelMap, language: Language) -> [LabeledDocument] {
        var documents: [LabeledDocument] = []
        var text = "", offset = 0
        var mentions: [Mention] = []
        var open: (start: Int, end: Int, label: String)?
        var lastLabel: String?
        func close() {
            if let span = open, let label = map.map(span.label) {
                mentions.append(Mention(label: label, start: span.start, end: span.end, text: ""))
            }
            open = nil
        }
        func flush() {
            close()
            guard !text.isEmpty else { return }
            let document = TextAnalyzer.analyze(id: "\(id)#\(documents.count + 1)", text: text, language: language)
            let fixed = mentions.map { Mention(label: $0.label, start: $0.start, end: $0.end, text: document.text(from: $0.start, to: $0.end)) }
            documents.append(LabeledDocument(document: document, mentions: fixed))
            text = ""; offset = 0; mentions = []; lastLabel = nil
        }
        for raw in contents.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("-DOCSTART-") { flush(); continue }
            if line.isEmpty || line.hasPrefix("#") {
                close(); lastLabel = nil
                if !text.isEmpty, !text.hasSuffix("\n") { text += "\n"; offset += 1 }
                continue
            }
            let columns = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard columns.count >= 2 else { continue }
            let token = String(columns[0]), tag = String(columns[columns.count - 1])
            if !text.isEmpty, !text.hasSuffix("\n") { text += " "; offset += 1 }
            let start = offset
            text += token
            offset += token.unicodeScalars.count
            let prefix = tag.first ?? "O", label = tag.count > 2 ? String(tag.dropFirst(2)) : nil
            if prefix == "O" || label == nil { close(); lastLabel = nil; continue }
            let continues = (prefix == "I" || prefix == "L" || prefix == "E") && open != nil && lastLabel == label
            if continues { open!.end = offset } else { close(); open = (start, offset, label!) }
            if prefix == "L" || prefix == "U" || prefix == "S" || prefix == "E" { close() }
            lastLabel = label
        }
        flush()
        return documents
    }
}
