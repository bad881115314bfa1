import Foundation

/// The analyst's memory of names: every entity string accepted in an earlier article, how often
/// it was accepted under each label, and how often it was seen (capitalised) and left unmarked.
///
/// The tallies are what make the memory safe to propose from: a string a careless gold marked
/// once (WiNER 2016 marks a lone `d'` as a place) but that the analyst then leaves unmarked in
/// every later article (`D'après …`) stops being proposed, and a name accepted as ORG five
/// times and as LOC once is proposed as ORG.
public struct NameMemory: Sendable {
    /// The names, each with the label it was accepted under most often (ties: the latest).
    public private(set) var names = EntityGazetteer()
    /// Per name (its `EntityGazetteer.hash`): times accepted per label, times left unmarked.
    private var tallies: [UInt64: Tally] = [:]

    /// How often one name was accepted under each label and left unmarked.
    struct Tally: Sendable, Equatable {
        var accepted: [String: UInt32] = [:]
        var unmarked: UInt32 = 0
        var total: UInt32 { accepted.values.reduce(0, +) }
    }

    /// An empty memory.
    public init() {}

    /// A memory of names without tallies (a model file written before tallies were kept):
    /// each name counts as accepted once under its label.
    init(names: EntityGazetteer) { self.names = names }

    /// The number of names.
    public var count: Int { names.count }

    /// Whether the remembered name with this hash is worth proposing: accepted more often than
    /// it was seen and left unmarked.
    func isProposed(_ hash: UInt64) -> Bool {
        guard let tally = tallies[hash] else { return true }
        return tally.total > tally.unmarked
    }

    /// Learns from one reviewed document: `accepted` names in text order (a name seen again
    /// under another label takes it when that label is now at least as frequent), and the
    /// remembered names found in the document's text where the analyst marked nothing.
    /// Returns whether any name, label or tally changed.
    @discardableResult
    mutating func learn(accepted: [(tokens: [String], label: String)], unmarked: [[String]]) -> Bool {
        var changed = false
        for tokens in unmarked where !tokens.isEmpty {
            tallies[EntityGazetteer.hash(tokens), default: Tally()].unmarked += 1
            changed = true
        }
        var chosen: [(tokens: [String], label: String)] = []
        for name in accepted where !name.tokens.isEmpty && name.tokens.count <= EntityGazetteer.longestName {
            let hash = EntityGazetteer.hash(name.tokens)
            var tally = tallies[hash] ?? Tally()
            tally.accepted[name.label, default: 0] += 1
            tallies[hash] = tally
            changed = true
            let mine = tally.accepted[name.label]!
            let label = tally.accepted.contains { $0.key != name.label && $0.value > mine } ? majority(tally) : name.label
            chosen.append((name.tokens, label))
        }
        if names.remember(chosen) { changed = true }
        return changed
    }

    /// Of `names`, those no longer worth proposing (see `isProposed`).
    func dropped(_ names: [[String]]) -> [[String]] {
        names.filter { !isProposed(EntityGazetteer.hash($0)) }
    }

    private func majority(_ tally: Tally) -> String {
        tally.accepted.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }!.key
    }

    // MARK: Bytes

    /// The tallies as bytes, the same for the same tallies: count, then per name sorted by
    /// hash: hash, unmarked, number of labels, then each label (length, UTF-8) and count.
    var encodedTallies: Data {
        var out = Data()
        func put<T: FixedWidthInteger>(_ value: T) { withUnsafeBytes(of: value.littleEndian) { out.append(contentsOf: $0) } }
        put(UInt32(tallies.count))
        for hash in tallies.keys.sorted() {
            let tally = tallies[hash]!
            put(hash); put(tally.unmarked); put(UInt8(min(tally.accepted.count, 255)))
            for label in tally.accepted.keys.sorted().prefix(255) {
                let bytes = Array(label.utf8.prefix(255))
                put(UInt8(bytes.count)); out.append(contentsOf: bytes); put(tally.accepted[label]!)
            }
        }
        return out
    }

    /// The memory of `names` with tallies read from `encodedTallies` bytes; nil when they are
    /// cut short or damaged.
    init?(names: EntityGazetteer, tallies data: Data) {
        let data = data.startIndex == 0 ? data : Data(data)
        var tallies: [UInt64: Tally] = [:]
        var offset = 0
        let ok = data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Bool in
            func get<T: FixedWidthInteger>(_ type: T.Type) -> T? { EntityGazetteer.read(type, raw, &offset) }
            guard let count = get(UInt32.self), Int(count) <= raw.count else { return false }
            for _ in 0..<count {
                guard let hash = get(UInt64.self), let unmarked = get(UInt32.self), let labels = get(UInt8.self) else { return false }
                var tally = Tally(unmarked: unmarked)
                for _ in 0..<labels {
                    guard let length = get(UInt8.self), offset + Int(length) <= raw.count else { return false }
                    let label = String(decoding: raw[offset..<offset + Int(length)], as: UTF8.self)
                    offset += Int(length)
                    guard let times = get(UInt32.self) else { return false }
                    tally.accepted[label] = times
                }
                tallies[hash] = tally
            }
            return true
        }
        guard ok else { return nil }
        self.names = names
        self.tallies = tallies
    }
}
