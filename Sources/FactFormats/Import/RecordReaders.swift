import FactModel
import Foundation

/// Reads CoNLL (IOB2, IOB1, BIOES or BILOU, last column the tag), factline/Prodigy JSONL,
/// Label Studio JSON and doccano JSONL into imported documents.
public enum RecordReaders {
    /// CoNLL: documents split at `-DOCSTART-` (or one per file); the text is rebuilt with one
    /// space between tokens and a line break between sentences, and offsets refer to it. A blank
    /// line or a comment (`#` first, without a tag last: `# sent_id = 3`) ends a sentence.
    public static func conll(path: String, labels: LabelMap, annotator: String?) throws(FormatError) -> [ImportedDocument] {
        let text = try ArticleReader.decodeUTF8(try ArticleReader.readBytes(path: path), path: path)
        let stem = ArticleReader.fileStem(path)
        var documents: [ImportedDocument] = []
        var current = ""
        var scalarCount = 0
        var spans: [(label: String, start: Int, end: Int)] = []
        var open: (label: String, start: Int)?
        var sentenceHasTokens = false
        var tokenEnd = 0
        func close() {
            if let entity = open { spans.append((entity.label, entity.start, tokenEnd)) }
            open = nil
        }
        func flush() {
            close()
            let body = current.hasSuffix("\n") ? String(current.dropLast()) : current
            if !body.isEmpty {
                var document = ImportedDocument(id: "\(stem)-\(documents.count + 1)", text: body, annotator: annotator ?? "import", source: path, format: "conll")
                let scalars = Array(body.unicodeScalars)
                for span in spans {
                    let words = String(String.UnicodeScalarView(scalars[span.start..<span.end]))
                    guard let label = labels.map(span.label, text: words) else { document.dropped += 1; continue }
                    document.mentions.append(.init(mention: Mention(label: label, start: span.start, end: span.end, text: words)))
                }
                documents.append(document)
            }
            current = ""; scalarCount = 0; spans = []; sentenceHasTokens = false
        }
        for (number, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            let fields = line.split(whereSeparator: { $0 == "\t" || $0 == " " })
            if fields.first == "-DOCSTART-" { flush(); continue }
            if fields.isEmpty || (line.hasPrefix("#") && !(fields.count >= 2 && isTag(fields[fields.count - 1]))) {
                close()
                if sentenceHasTokens { current += "\n"; scalarCount += 1 }
                sentenceHasTokens = false
                continue
            }
            guard fields.count >= 2 else { throw .badJSON(path: path, line: number + 1, reason: "expected 'token<TAB>tag'") }
            let token = String(fields[0]), tag = fields[fields.count - 1]
            if sentenceHasTokens { current += " "; scalarCount += 1 }
            let start = scalarCount
            current += token
            scalarCount += token.unicodeScalars.count
            sentenceHasTokens = true
            if tag == "O" { close(); tokenEnd = scalarCount; continue }
            guard isTag(tag), let prefix = tag.first else {
                throw .badJSON(path: path, line: number + 1, reason: "bad tag '\(tag)' (expected O, B-X or I-X)")
            }
            let label = String(tag.dropFirst(2))
            if "BSU".contains(prefix) || open?.label != label { close(); open = (label, start) }
            tokenEnd = scalarCount
            if "ESLU".contains(prefix) { close() }
        }
        flush()
        return documents
    }

    /// Whether a CoNLL column is a tag: `O`, or `B-X`, `I-X`, `E-X`, `S-X`, `L-X`, `U-X`.
    private static func isTag(_ column: Substring) -> Bool {
        column == "O" || (column.count > 2 && column.dropFirst().first == "-" && "BIESLU".contains(column.first!))
    }

    /// JSON records: one per line (`.jsonl`) or a JSON list (Label Studio).
    static func objects(path: String) throws(FormatError) -> [[String: Any]] {
        let data = try ArticleReader.readBytes(path: path)
        let text = try ArticleReader.decodeUTF8(data, path: path)
        if text.trimmingCharacters(in: .whitespacesAndNewlines).hasPrefix("[") {
            guard let list = try? JSONSerialization.jsonObject(with: data) as? [[String: Any]] else {
                throw .badJSON(path: path, line: nil, reason: "expected a JSON list of objects")
            }
            return list
        }
        var result: [[String: Any]] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                throw .badJSON(path: path, line: number + 1, reason: "not a JSON object")
            }
            result.append(object)
        }
        return result
    }

    /// factline/Prodigy JSONL (`spans`, `claims`), doccano (`label` or `entities`/`relations`)
    /// or Label Studio (`data.text`, `annotations[0].result`).
    public static func json(path: String, format: String, labels: LabelMap, annotator: String?) throws(FormatError) -> [ImportedDocument] {
        var documents: [ImportedDocument] = []
        for (index, object) in try objects(path: path).enumerated() {
            let data = object["data"] as? [String: Any]
            guard let text = (object["text"] ?? data?["text"]) as? String else {
                throw .badJSON(path: path, line: index + 1, reason: "record \(index + 1) has no text")
            }
            let provenance = object["factline"] as? [String: Any]
            let id = (provenance?["article_id"] ?? object["id"]).map { "\($0)" } ?? "\(ArticleReader.fileStem(path))-\(index + 1)"
            let who = annotator ?? (object["_annotator_id"] as? String) ?? (provenance?["annotator"] as? String) ?? "import"
            var document = ImportedDocument(id: id, text: text, annotator: who, source: "\(path)#\(index + 1)", format: format)
            if let lang = provenance?["lang"] as? String { document.meta["lang"] = lang }
            let spans = ImportSpans(text: text)
            var raw: [(String, Int, Int)] = []
            var claims: [Claim] = []
            if let list = object["spans"] as? [[String: Any]] {
                raw = list.compactMap { span in (span["label"] as? String).flatMap { l in (span["start"] as? Int).flatMap { s in (span["end"] as? Int).map { (l, s, $0) } } } }
                claims = ((object["claims"] as? [[String: Any]]) ?? []).compactMap { claim(from: $0, spans: spans) }
            } else if let list = object["label"] as? [[Any]] {
                raw = list.compactMap { item in item.count == 3 ? (item[0] as? Int).flatMap { s in (item[1] as? Int).flatMap { e in (item[2] as? String).map { ($0, s, e) } } } : nil }
            } else if let entities = object["entities"] as? [[String: Any]] {
                raw = entities.compactMap { e in (e["label"] as? String).flatMap { l in (e["start_offset"] as? Int).flatMap { s in (e["end_offset"] as? Int).map { (l, s, $0) } } } }
            } else if let annotations = object["annotations"] as? [[String: Any]], let results = annotations.first?["result"] as? [[String: Any]] {
                for result in results where result["type"] as? String == "labels" && result["from_name"] as? String != "claim" {
                    guard let value = result["value"] as? [String: Any], let s = value["start"] as? Int, let e = value["end"] as? Int,
                          let label = (value["labels"] as? [String])?.first else { continue }
                    raw.append((label, s, e))
                }
            }
            var items: [ImportedDocument.MentionItem] = []
            for (label, start, end) in raw {
                guard let (span, _) = spans.normalize([(start, end)]) else { document.leftOut += 1; continue }
                let text = spans.text(span)
                guard let mapped = labels.map(label, text: text) else { document.dropped += 1; continue }
                items.append(.init(mention: Mention(label: mapped, start: span.start, end: span.end, text: text)))
            }
            let (kept, leftOut) = ImportSession.flatten(items) { $0.mention.span }
            document.mentions = kept
            document.leftOut += leftOut.count
            document.claims = claims.map { .init(claim: $0) }
            documents.append(document)
        }
        return documents
    }

    private static func claim(from object: [String: Any], spans: ImportSpans) -> Claim? {
        func part(_ key: String) -> ClaimPart? {
            guard let p = object[key] as? [String: Any], let s = p["start"] as? Int, let e = p["end"] as? Int,
                  let (span, _) = spans.normalize([(s, e)]) else { return nil }
            return ClaimPart(start: span.start, end: span.end, text: spans.text(span))
        }
        guard let content = part("content") else { return nil }
        var claim = Claim(source: part("source"), cue: part("cue"), content: content)
        claim.stance = (object["stance"] as? String).flatMap(Stance.init(rawValue:)) ?? .asserts
        claim.certainty = (object["certainty"] as? String).flatMap(Certainty.init(rawValue:)) ?? .certain
        claim.quoted = object["quoted"] as? Bool ?? false
        return claim
    }
}
