import FactModel

/// Writes brat standoff: the text as `.txt` and an `.ann` with a `T` line per mention, the
/// PolNeAR shape for claims (`T` lines `Source`, `Cue`, `Content` and an `Attribution` trigger
/// over the cue, joined by `E… Attribution:T… Source:T… Cue:T… Content:T…`; a claim without a
/// source uses `Attribution-no-source`), `A` lines for a flag and for a stance or certainty other
/// than the default, and `#` AnnotatorNotes for notes.
///
/// What an import could not model is written back as it came: lines kept verbatim in the
/// article's `brat.unmapped` meta (nested spans, unmodelled events) and original offsets kept in
/// `brat-offsets` notes (discontinuous fragments, edge whitespace), so a brat folder imported
/// and exported again holds the same annotations.
public enum BratWriter {
    /// The meta key holding brat lines an import kept verbatim.
    public static let unmappedKey = "brat.unmapped"
    /// The note prefix keeping a span's original brat offsets (`brat-offsets [ROLE ]S E;S E`).
    public static let offsetsNote = "brat-offsets "
    /// The note prefix keeping an attribution's event type when it is not the one its source implies.
    public static let kindNote = "brat-event "

    /// The `.ann` text of a gold document.
    public static func ann(for gold: GoldDocument) -> String {
        let scalars = Array(gold.article.text.unicodeScalars)
        let unmapped = gold.article.meta[unmappedKey].map { $0.split(separator: "\n").map(String.init) } ?? []
        var next: [Character: Int] = [:]
        for line in unmapped {
            guard let first = line.first, let number = Int(line.dropFirst().prefix { $0.isNumber }) else { continue }
            next[first] = max(next[first] ?? 0, number)
        }
        func id(_ kind: Character) -> String {
            let number = (next[kind] ?? 0) + 1
            next[kind] = number
            return "\(kind)\(number)"
        }
        var lines: [String] = []
        func text(_ offsets: [(Int, Int)]) -> String {
            offsets.map { start, end in
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[max(0, min(start, scalars.count))..<max(0, min(end, scalars.count))])
                return String(view)
            }.joined(separator: " ")
        }
        var claimParts: [String: String] = [:]
        // Kept lines' text-bound annotations can be shared with modelled claims (a trigger two events use).
        for line in unmapped where line.hasPrefix("T") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            if fields.count >= 2 { claimParts[String(fields[1])] = String(fields[0]) }
        }
        func textBound(_ label: String, _ offsets: [(Int, Int)], shared: Bool = false) -> String {
            let places = offsets.map { "\($0.0) \($0.1)" }.joined(separator: ";")
            // A claim part several claims share (one source of two attributions) is one T line.
            if shared, let existing = claimParts["\(label) \(places)"] { return existing }
            let tid = id("T")
            if shared { claimParts["\(label) \(places)"] = tid }
            lines.append("\(tid)\t\(label) \(places)\t\(clean(text(offsets)))")
            return tid
        }
        func notes(_ review: Review, of target: String, role: String?) {
            for note in review.notes where !note.hasPrefix(offsetsNote) && !note.hasPrefix(kindNote) {
                lines.append("\(id("#"))\tAnnotatorNotes \(target)\t\(clean(note))")
            }
            if review.flagged { lines.append("\(id("A"))\tFlagged \(target)") }
        }
        for annotation in gold.mentions {
            let mention = annotation.mention
            let offsets = original(annotation.review.notes, role: nil) ?? [(mention.start, mention.end)]
            notes(annotation.review, of: textBound(mention.label, offsets), role: nil)
        }
        for annotation in gold.claims {
            let claim = annotation.claim, notesList = annotation.review.notes
            func part(_ role: String, _ part: ClaimPart?) -> String? {
                guard let part else { return nil }
                return textBound(role, original(notesList, role: role.lowercased()) ?? [(part.start, part.end)], shared: true)
            }
            let source = part("Source", claim.source), cue = part("Cue", claim.cue)
            let content = part("Content", claim.content)!
            let anchor = original(notesList, role: "trigger")
                ?? claim.cue.map { [($0.start, $0.end)] } ?? [(claim.content.start, claim.content.end)]
            let kind = notesList.first { $0.hasPrefix(kindNote) }.map { String($0.dropFirst(kindNote.count)) }
                ?? (source == nil ? "Attribution-no-source" : "Attribution")
            let trigger = textBound(kind, anchor, shared: true)
            let event = id("E")
            var arguments = ["\(kind):\(trigger)"]
            if let source { arguments.append("Source:\(source)") }
            if let cue { arguments.append("Cue:\(cue)") }
            arguments.append("Content:\(content)")
            lines.append("\(event)\t" + arguments.joined(separator: " "))
            if claim.stance != .asserts { lines.append("\(id("A"))\tStance \(event) \(claim.stance.rawValue)") }
            if claim.certainty != .certain { lines.append("\(id("A"))\tCertainty \(event) \(claim.certainty.rawValue)") }
            if claim.quoted { lines.append("\(id("A"))\tQuoted \(event)") }
            notes(annotation.review, of: event, role: nil)
        }
        return (unmapped + lines).map { $0 + "\n" }.joined()
    }

    /// The offsets a `brat-offsets` note keeps for a role (nil: the mention itself).
    static func original(_ notes: [String], role: String?) -> [(Int, Int)]? {
        for note in notes where note.hasPrefix(offsetsNote) {
            var rest = Substring(note.dropFirst(offsetsNote.count))
            if let role {
                guard rest.hasPrefix(role + " ") else { continue }
                rest = rest.dropFirst(role.count + 1)
            } else if rest.first?.isLetter == true {
                continue
            }
            let pairs = rest.split(separator: ";").map { $0.split(separator: " ").compactMap { Int($0) } }
            guard !pairs.isEmpty, pairs.allSatisfy({ $0.count == 2 }) else { continue }
            return pairs.map { ($0[0], $0[1]) }
        }
        return nil
    }

    /// Text on one brat line: line breaks and tabs become spaces, as brat shows them.
    static func clean(_ text: String) -> String {
        String(text.unicodeScalars.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : Character($0) })
    }
}
