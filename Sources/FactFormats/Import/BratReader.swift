import FactModel
import Foundation

/// Reads brat standoff (`.ann` beside its `.txt`, or PolNeAR's `attributions/NAME_ANNOTATOR.ann`
/// with `text/NAME.txt`): `T` lines become mentions, `Attribution` events claims (PolNeAR's
/// shape), `#` AnnotatorNotes notes, `A Flagged` flags and `A Stance|Certainty|Quoted` claim
/// fields. Nothing is dropped silently: spans are trimmed of edge whitespace and discontinuous
/// fragments joined (the original offsets kept in a `brat-offsets` note), and lines factline
/// cannot model (nested mentions, other events and attributes, mentions the label map drops)
/// are kept verbatim in the article's `brat.unmapped` meta, which the brat export writes back.
public enum BratReader {
    private struct TextBound { var id: String; var label: String; var fragments: [(Int, Int)]; var line: String }

    /// Reads one `.ann` file and its text. `flat: false` keeps nested and crossing mentions, in
    /// file order, for callers that flatten on their own (training keeps the longest of them).
    public static func read(annPath: String, labels: LabelMap, annotator: String?, flat: Bool = true) throws(FormatError) -> ImportedDocument {
        let (textPath, suffix) = textPath(for: annPath)
        let text = try ArticleReader.decodeUTF8(try ArticleReader.readBytes(path: textPath), path: textPath)
        let ann = try ArticleReader.decodeUTF8(try ArticleReader.readBytes(path: annPath), path: annPath)
        let stem = URL(fileURLWithPath: textPath).deletingPathExtension().lastPathComponent
        var imported = ImportedDocument(id: stem, text: text, annotator: annotator ?? suffix ?? "import", source: annPath, format: "brat")
        let spans = ImportSpans(text: text)
        var bounds: [String: TextBound] = [:], order: [String] = []
        var events: [(id: String, arguments: [(String, String)], line: String)] = []
        var notes: [String: [String]] = [:], flagged = Set<String>(), attributes: [String: [(String, String?)]] = [:]
        var unmapped: [String] = []
        for (number, raw) in ann.split(separator: "\n", omittingEmptySubsequences: true).enumerated() {
            let line = String(raw.hasSuffix("\r") ? raw.dropLast() : raw)
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard let kind = fields.first?.first, fields.count >= 2 else {
                throw .badJSON(path: annPath, line: number + 1, reason: "not a brat line (ID<TAB>fields)")
            }
            let header = fields[1].split(separator: " ").map(String.init)
            switch kind {
            case "T":
                let places = fields[1].drop { $0 != " " }.dropFirst()
                let fragments = places.split(separator: ";").map { $0.split(separator: " ").compactMap { Int($0) } }
                guard !header.isEmpty, fragments.allSatisfy({ $0.count == 2 && $0[0] <= $0[1] }) else {
                    throw .badJSON(path: annPath, line: number + 1, reason: "bad text-bound offsets '\(places)'")
                }
                bounds[fields[0]] = TextBound(id: fields[0], label: header[0], fragments: fragments.map { ($0[0], $0[1]) }, line: line)
                order.append(fields[0])
            case "E":
                events.append((fields[0], header.compactMap { argument in
                    let pair = argument.split(separator: ":", maxSplits: 1).map(String.init)
                    return pair.count == 2 ? (pair[0], pair[1]) : nil
                }, line))
            case "#" where header.first == "AnnotatorNotes" && header.count >= 2 && fields.count >= 3:
                notes[header[1], default: []].append(fields[2])
            case "A" where header.first == "Flagged" && header.count == 2:
                flagged.insert(header[1])
            case "A" where ["Stance", "Certainty", "Quoted"].contains(header.first ?? "") && header.count >= 2:
                attributes[header[1], default: []].append((header[0], header.count > 2 ? header[2] : nil))
            default:
                unmapped.append(line)
            }
        }
        var referenced = Set<String>()
        for event in events { for (_, target) in event.arguments { referenced.insert(target) } }
        let roleLabels: Set<String> = ["Source", "Cue", "Content", "Attribution", "Attribution-no-source"]
        // Claims.
        for event in events {
            var roles: [String: String] = [:]
            for (role, target) in event.arguments { roles[role] = roles[role] == nil ? target : "\u{0}" }
            let kind = event.arguments.first?.0 ?? ""
            let known = Set(event.arguments.map(\.0)).isSubset(of: ["Attribution", "Attribution-no-source", "Source", "Cue", "Content"])
            var claimNotes = notes[event.id] ?? []
            func part(_ role: String) -> ClaimPart?? {
                guard let target = roles[role] else { return .some(nil) }
                guard let bound = bounds[target], let (span, original) = spans.normalize(bound.fragments) else { return nil }
                if let original { claimNotes.append(BratWriter.offsetsNote + role.lowercased() + " " + original) }
                return .some(ClaimPart(start: span.start, end: span.end, text: spans.text(span)))
            }
            guard kind.hasPrefix("Attribution"), known, let contentPart = part("Content"), let content = contentPart,
                  let source = part("Source"), let cue = part("Cue"), let trigger = bounds[roles[kind] ?? ""] else {
                unmapped.append(event.line)
                for (_, target) in event.arguments { if let bound = bounds[target] { unmapped.append(bound.line) } }
                continue
            }
            let anchor = cue.map { [($0.start, $0.end)] } ?? [(content.start, content.end)]
            if trigger.fragments.map({ [$0.0, $0.1] }) != anchor.map({ [$0.0, $0.1] }) {
                claimNotes.append(BratWriter.offsetsNote + "trigger " + trigger.fragments.map { "\($0.0) \($0.1)" }.joined(separator: ";"))
            }
            if (source == nil) != (kind == "Attribution-no-source") { claimNotes.append(BratWriter.kindNote + kind) }
            var claim = Claim(source: source, cue: cue, content: content)
            for (name, value) in attributes[event.id] ?? [] {
                switch name {
                case "Stance": claim.stance = value.flatMap(Stance.init(rawValue:)) ?? claim.stance
                case "Certainty": claim.certainty = value.flatMap(Certainty.init(rawValue:)) ?? claim.certainty
                default: claim.quoted = true
                }
            }
            imported.claims.append(.init(claim: claim, notes: claimNotes, flagged: flagged.contains(event.id)))
        }
        // Mentions: text-bound annotations no event uses, made flat.
        var candidates: [ImportedDocument.MentionItem] = [], lines: [String: String] = [:]
        for id in order where !referenced.contains(id) {
            let bound = bounds[id]!
            guard !roleLabels.contains(bound.label), let (span, original) = spans.normalize(bound.fragments) else {
                unmapped.append(bound.line)
                continue
            }
            let text = spans.text(span)
            guard let label = labels.map(bound.label, text: text) else {
                unmapped.append(bound.line)
                imported.dropped += 1
                continue
            }
            var item = ImportedDocument.MentionItem(mention: Mention(label: label, start: span.start, end: span.end, text: text))
            item.notes = notes[id] ?? []
            if let original { item.notes.append(BratWriter.offsetsNote + original) }
            item.flagged = flagged.contains(id)
            item.joinedFragments = bound.fragments.count > 1
            lines["\(span.start) \(span.end) \(item.mention.label)"] = bound.line
            candidates.append(item)
        }
        let (kept, leftOut) = flat ? ImportSession.flatten(candidates) { $0.mention.span } : (candidates, [])
        imported.mentions = kept
        for item in leftOut { unmapped.append(lines["\(item.mention.start) \(item.mention.end) \(item.mention.label)"]!) }
        imported.leftOut = leftOut.count
        var seen = Set<String>()
        unmapped = unmapped.filter { seen.insert($0).inserted }
        if !unmapped.isEmpty { imported.meta[BratWriter.unmappedKey] = unmapped.joined(separator: "\n") }
        return imported
    }

    /// The text of an `.ann`: `NAME.txt` beside it, else PolNeAR's `../text/NAME.txt` for
    /// `NAME_ANNOTATOR.ann` (the annotator is returned too).
    static func textPath(for annPath: String) -> (String, String?) {
        let url = URL(fileURLWithPath: annPath).deletingPathExtension()
        let beside = url.appendingPathExtension("txt").path
        if FileManager.default.fileExists(atPath: beside) { return (beside, nil) }
        let stem = url.lastPathComponent
        if let underscore = stem.lastIndex(of: "_") {
            let name = String(stem[..<underscore]), annotator = String(stem[stem.index(after: underscore)...])
            let polnear = url.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("text/\(name).txt").path
            if FileManager.default.fileExists(atPath: polnear) { return (polnear, annotator) }
        }
        return (beside, nil)
    }
}

/// Makes imported offsets valid factline spans: inside the text, on character boundaries,
/// without edge whitespace; fragments are joined from the first start to the last end.
struct ImportSpans {
    let scalars: [Unicode.Scalar]
    let boundaries: [Bool]

    init(text: String) {
        scalars = Array(text.unicodeScalars)
        boundaries = Document.graphemeBoundaries(of: text, scalarCount: scalars.count)
    }

    /// The span and, when it differs from the fragments, the original offsets as `S E;S E`.
    func normalize(_ fragments: [(Int, Int)]) -> (TextSpan, String?)? {
        guard let first = fragments.first, let last = fragments.last else { return nil }
        var start = first.0, end = last.1
        guard start >= 0, end <= scalars.count, start < end else { return nil }
        while start < end && scalars[start].properties.isWhitespace { start += 1 }
        while end > start && scalars[end - 1].properties.isWhitespace { end -= 1 }
        guard start < end, boundaries[start], boundaries[end] else { return nil }
        let changed = fragments.count > 1 || start != first.0 || end != last.1
        return (TextSpan(start: start, end: end), changed ? fragments.map { "\($0.0) \($0.1)" }.joined(separator: ";") : nil)
    }

    /// The text of a span.
    func text(_ span: TextSpan) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[span.start..<span.end])
        return String(view)
    }
}
