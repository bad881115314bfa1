/// Maps a corpus's entity labels onto factline's (`Location` → `LOC`); labels it does not name
/// are dropped, unless `keepOthers` is set.
public struct LabelMap: Sendable, Equatable {
    /// Source label → factline label.
    public var table: [String: String]
    /// Keep labels that are not in the table, as they are.
    public var keepOthers: Bool

    /// Makes a map.
    public init(_ table: [String: String], keepOthers: Bool = false) {
        self.table = table
        self.keepOthers = keepOthers
    }

    /// WiNER's labels (Person, Organization, Location, Date, Hour, Event, Product), as in
    /// `Tests/bench/bench.py`.
    public static let winer = LabelMap(["Person": "PER", "Organization": "ORG", "Location": "LOC", "Date": "DATE",
                                        "Hour": "TIME", "Event": "EVENT", "Product": "PRODUCT"])

    /// CoNLL-style labels (PER, ORG, LOC, MISC and spaCy's GPE → LOC), others kept.
    public static let identity = LabelMap(["GPE": "LOC"], keepOthers: true)

    /// Reads `From=TO,From2=TO2`; a leading `+` keeps unnamed labels (`+GPE=LOC`). The names
    /// `winer` and `identity` give the built-in maps.
    public init?(parsing text: String) {
        if text == "winer" { self = .winer; return }
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
}
