/// Maps a corpus's entity labels onto factline's (`Location` → `LOC`); labels it does not name
/// are dropped, unless `keepOthers` is set.
public struct LabelMap: Sendable, Equatable {
    /// Source label → factline label.
    public var table: [String: String]
    /// Keep labels that are not in the table, as they are.
    public var keepOthers: Bool
    /// The label of a `LOC` mention whose words are a nationality (`German`, `South African`),
    /// or nil to keep it `LOC`: corpora such as Re-DocRED tag demonyms as locations, which our
    /// guidelines call NORP.
    public var demonyms: String?

    /// Makes a map.
    public init(_ table: [String: String], keepOthers: Bool = false, demonyms: String? = nil) {
        self.table = table
        self.keepOthers = keepOthers
        self.demonyms = demonyms
    }

    /// WiNER's labels (Person, Organization, Location, Date, Hour, Event, Product), as in
    /// `Tests/bench/bench.py`.
    public static let winer = LabelMap(["Person": "PER", "Organization": "ORG", "Location": "LOC", "Date": "DATE",
                                        "Hour": "TIME", "Event": "EVENT", "Product": "PRODUCT"])

    /// Re-DocRED's labels: Location is LOC, or NORP when the mention is a demonym; Number is
    /// QUANTITY (its spans keep their units, `8 km`, `$ 200 million`, as our QUANTITY does);
    /// Misc is dropped, since it mixes works, events, products and languages that our labels
    /// split differently.
    public static let redocred = LabelMap(["Person": "PER", "Organization": "ORG", "Location": "LOC", "Date": "DATE",
                                           "Number": "QUANTITY"], demonyms: "NORP")

    /// CoNLL-style labels (PER, ORG, LOC, MISC and spaCy's GPE → LOC), others kept.
    public static let identity = LabelMap(["GPE": "LOC"], keepOthers: true)

    /// Reads `From=TO,From2=TO2`; a leading `+` keeps unnamed labels (`+GPE=LOC`). The names
    /// `winer`, `redocred` and `identity` give the built-in maps.
    public init?(parsing text: String) {
        if text == "winer" { self = .winer; return }
        if text == "redocred" { self = .redocred; return }
        if text == "identity" { self = .identity; return }
        var body = Substring(text), keep = false
        if body.hasPrefix("+") { keep = true; body = body.dropFirst() }
        var table: [String: String] = [:]
        for pair in body.split(separator: ",") {
            let parts = pair.split(separator: "=", maxSplits: 1)
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return nil }
            table[String(parts[0])] = String(parts[1])
        }
        self.init(table, keepOthers: keep)
    }

    /// The factline label of a source label, or nil to drop it.
    public func map(_ label: String) -> String? { table[label] ?? (keepOthers ? label : nil) }

    /// The factline label of a source mention: as `map(_:)`, then `demonyms` for a `LOC` whose
    /// text is a nationality.
    public func map(_ label: String, text: String) -> String? {
        guard let mapped = map(label) else { return nil }
        guard mapped == "LOC", let demonyms, Self.isDemonym(text) else { return mapped }
        return demonyms
    }

    /// Whether a place mention's text names a nationality rather than a place: its last word is
    /// in the demonym lexicon (`South African`) or ends as English demonyms do (`-ian`, `-ese`,
    /// `-ish`: `Peruvian`, `Nepalese`, `Flemish`). Words such as `Indian Ocean` end in a place word
    /// and stay places.
    static func isDemonym(_ text: String) -> Bool {
        guard let last = text.split(separator: " ").last.map(String.init), last.first?.isUppercase == true else { return false }
        if englishDemonyms.contains(last.lowercased()) { return true }
        return ["ian", "ians", "ese", "ish"].contains { last.hasSuffix($0) } && !last.hasSuffix("Parish")
    }

    private static let englishDemonyms = Set(Demonyms.english.map { $0.lowercased() })
}
