// MARK: - Label map

/// Maps a corpus's entity labels onto factline's (`Location` → `LOC`), the one meaning of
/// `--label-map` for `factline import`, `eval` and `train`: a table, whether labels the table
/// does not name are kept as they are or dropped, and an optional demonym rule (a place whose
/// words are a nationality gets another label). Reading it from a file is FactFormats'
/// `LabelMap.read(_:demonymWords:)`.
public struct LabelMap: Sendable, Equatable {
    /// Source label → factline label.
    public var table: [String: String]
    /// Keep labels that are not in the table, as they are (else they are dropped).
    public var keepOthers: Bool
    /// Relabels `LOC` mentions that name a nationality; nil keeps them `LOC`.
    public var demonyms: DemonymRule?

    /// Makes a map.
    public init(_ table: [String: String], keepOthers: Bool, demonyms: DemonymRule? = nil) {
        self.table = table
        self.keepOthers = keepOthers
        self.demonyms = demonyms
    }

    // MARK: Built-in maps

    /// Every label as it is: what import and eval use without `--label-map`.
    public static let unchanged = LabelMap([:], keepOthers: true)

    /// WiNER's labels (Person, Organization, Location, Date, Hour, Event, Product), as in
    /// `Tests/bench/bench.py`; other labels are dropped.
    public static let winer = LabelMap(["Person": "PER", "Organization": "ORG", "Location": "LOC", "Date": "DATE",
                                        "Hour": "TIME", "Event": "EVENT", "Product": "PRODUCT"], keepOthers: false)

    /// CoNLL-style labels (PER, ORG, LOC, MISC and spaCy's GPE → LOC), others kept.
    public static let identity = LabelMap(["GPE": "LOC"], keepOthers: true)

    /// Re-DocRED's labels: Location is LOC, or NORP when the mention is a demonym (one of
    /// `demonymWords`, lower-cased, or an English demonym ending); Number is QUANTITY (its spans
    /// keep their units, `8 km`, `$ 200 million`, as our QUANTITY does); Misc is dropped, since it
    /// mixes works, events, products and languages that our labels split differently.
    /// FactProposers' `LabelMap.redocred` passes its English demonym lexicon.
    public static func redocred(demonymWords: Set<String>) -> LabelMap {
        LabelMap(["Person": "PER", "Organization": "ORG", "Location": "LOC", "Date": "DATE", "Number": "QUANTITY"],
                 keepOthers: false, demonyms: DemonymRule(label: "NORP", words: demonymWords))
    }

    // MARK: Parsing

    /// Reads a map given on the command line: the names `winer`, `redocred` (with
    /// `demonymWords`) and `identity`, or `From=TO,From2=TO2` where a leading `+` keeps the
    /// labels it does not name (`+GPE=LOC`); nil when it is none of these. Files are read by
    /// FactFormats' `LabelMap.read`.
    public init?(parsing text: String, demonymWords: Set<String>) {
        switch text {
        case "winer": self = .winer
        case "redocred": self = .redocred(demonymWords: demonymWords)
        case "identity": self = .identity
        default:
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
    }

    // MARK: Mapping

    /// The factline label of a source label, or nil to drop it.
    public func map(_ label: String) -> String? { table[label] ?? (keepOthers ? label : nil) }

    /// The factline label of a source mention: as `map(_:)`, then the demonym rule for a `LOC`
    /// whose text names a nationality.
    public func map(_ label: String, text: String) -> String? {
        guard let mapped = map(label) else { return nil }
        guard mapped == "LOC", let demonyms, demonyms.matches(text) else { return mapped }
        return demonyms.label
    }
}

// MARK: - Demonyms

/// Which place mentions name a nationality rather than a place, and the label they get (Re-DocRED
/// tags `German` as a Location; our guidelines call it NORP). The words are injected because the
/// lexicon lives with the proposers.
public struct DemonymRule: Sendable, Equatable {
    /// The label a demonym place gets (`NORP`).
    public var label: String
    /// Demonyms, lower-cased (`german`, `african`).
    public var words: Set<String>

    /// Makes a rule.
    public init(label: String, words: Set<String>) {
        self.label = label
        self.words = words
    }

    /// Whether a place mention's text names a nationality: its last word is capitalised and in
    /// `words` (`South African`) or ends as English demonyms do (`-ian`, `-ese`, `-ish`:
    /// `Peruvian`, `Nepalese`, `Flemish`). Words such as `Indian Ocean` end in a place word and
    /// stay places.
    public func matches(_ text: String) -> Bool {
        guard let last = text.split(separator: " ").last.map(String.init), last.first?.isUppercase == true else { return false }
        if words.contains(last.lowercased()) { return true }
        return ["ian", "ians", "ese", "ish"].contains { last.hasSuffix($0) } && !last.hasSuffix("Parish")
    }
}
