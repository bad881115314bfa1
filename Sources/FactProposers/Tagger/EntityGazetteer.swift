import Foundation

/// Names seen as entities in training data, with their most frequent label: a gazetteer the
/// tagger's features consult. It is built out-of-fold for training (each part of the training
/// data sees only the names of the other parts) so the model does not learn to trust it more
/// than it deserves on new text.
///
/// Names are kept hashed (FNV-1a of the lower-cased tokens joined by a space), which makes the
/// table small in a model file and quick to load.
public struct EntityGazetteer: Sendable {
    /// Name hash → index into `labels`.
    private var entries: [UInt64: UInt8] = [:]
    /// The labels names carry.
    private var labels: [String] = []
    /// Hashes of the first token of every name.
    private var firstTokens: Set<UInt64> = []
    /// The most tokens in a name.
    private var longest = 0

    /// An empty gazetteer.
    public init() {}

    /// The most tokens a name may have: longer spans are descriptions more than names.
    static let longestName = 6

    /// The number of names.
    public var count: Int { entries.count }

    /// Builds one from (lower-cased tokens, label) occurrences, keeping each name's most
    /// frequent label (ties: alphabetical) and only names of at most 6 tokens.
    public init(occurrences: [(tokens: [String], label: String)]) {
        var counts: [[String]: [String: Int]] = [:]
        for occurrence in occurrences where !occurrence.tokens.isEmpty && occurrence.tokens.count <= Self.longestName {
            counts[occurrence.tokens, default: [:]][occurrence.label, default: 0] += 1
        }
        // In a fixed order, so that label numbers (and model bytes) do not depend on hashing.
        for tokens in counts.keys.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
            let byLabel = counts[tokens]!
            let label = byLabel.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }!.key
            add(tokens, label: label)
        }
    }

    private mutating func add(_ tokens: [String], label: String) {
        var index = labels.firstIndex(of: label)
        if index == nil, labels.count < 255 { labels.append(label); index = labels.count - 1 }
        guard let index else { return }
        firstTokens.insert(StableHash.string(tokens[0]))
        entries[Self.hash(tokens)] = UInt8(index)
        longest = max(longest, tokens.count)
    }

    /// Continues a name's hash over a space and one more token.
    @inline(__always)
    static func extend(_ hash: UInt64, _ token: String) -> UInt64 {
        var hash = (hash ^ 32) &* 0x0000_0100_0000_01b3
        for byte in token.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return hash
    }

    /// Adds names in place (an analyst's accepted entities, in the order accepted: a name
    /// seen again takes its latest label). Returns whether any name or label was new.
    @discardableResult
    public mutating func remember(_ names: [(tokens: [String], label: String)]) -> Bool {
        var changed = false
        for name in names where !name.tokens.isEmpty && name.tokens.count <= Self.longestName {
            let before = entries.count, labelBefore = entries[Self.hash(name.tokens)]
            add(name.tokens, label: name.label)
            let after = entries[Self.hash(name.tokens)]
            if entries.count != before || labelBefore != after { changed = true }
        }
        return changed
    }

    /// Removes names (lower-cased tokens); returns whether any was there.
    @discardableResult
    mutating func forget(_ names: [[String]]) -> Bool {
        var changed = false
        for tokens in names where !tokens.isEmpty && entries.removeValue(forKey: Self.hash(tokens)) != nil { changed = true }
        return changed
    }

    /// The hash a name is kept under.
    static func hash(_ tokens: [String]) -> UInt64 {
        var hash = StableHash.string(tokens[0])
        for token in tokens.dropFirst() { hash = extend(hash, token) }
        return hash
    }

    /// This gazetteer with the names of `other` added (theirs win).
    public func merging(_ other: EntityGazetteer) -> EntityGazetteer {
        var result = self
        for hash in other.entries.keys.sorted() {
            let label = other.entries[hash]!
            let name = other.labels[Int(label)]
            var index = result.labels.firstIndex(of: name)
            if index == nil { result.labels.append(name); index = result.labels.count - 1 }
            result.entries[hash] = UInt8(index!)
        }
        result.firstTokens.formUnion(other.firstTokens)
        result.longest = max(longest, other.longest)
        return result
    }

    /// The longest matches over a sentence's lower-cased tokens (`lower`, with their hashes
    /// `lowerHashes`) in `range`: (start, end, label), not overlapping, left to right.
    func matches(_ lower: [String], _ lowerHashes: [UInt64], in range: Range<Int>) -> [(start: Int, end: Int, label: String)] {
        guard !entries.isEmpty else { return [] }
        var found: [(Int, Int, String)] = []
        var hashes: [UInt64] = []
        var index = range.lowerBound
        while index < range.upperBound {
            guard firstTokens.contains(lowerHashes[index]) else { index += 1; continue }
            hashes.removeAll(keepingCapacity: true)
            var hash = lowerHashes[index]
            hashes.append(hash)
            for next in index + 1..<min(range.upperBound, index + longest) {
                hash = Self.extend(hash, lower[next])
                hashes.append(hash)
            }
            var matched = 0
            for length in stride(from: hashes.count, through: 1, by: -1) {
                if let label = entries[hashes[length - 1]] {
                    found.append((index, index + length, labels[Int(label)]))
                    matched = length
                    break
                }
            }
            index += max(matched, 1)
        }
        return found
    }

    // MARK: Bytes

    /// The gazetteer as bytes, the same for the same names: labels, longest, entries sorted
    /// by hash, first-token hashes sorted.
    public var encoded: Data {
        var out = Data()
        func put<T: FixedWidthInteger>(_ value: T) { withUnsafeBytes(of: value.littleEndian) { out.append(contentsOf: $0) } }
        put(UInt8(labels.count))
        for label in labels { put(UInt8(label.utf8.count)); out.append(contentsOf: Array(label.utf8)) }
        put(UInt32(longest))
        put(UInt32(entries.count))
        for hash in entries.keys.sorted() { put(hash); put(entries[hash]!) }
        put(UInt32(firstTokens.count))
        for hash in firstTokens.sorted() { put(hash) }
        return out
    }

    /// Reads `encoded` bytes back; nil when they are cut short.
    public init?(encoded data: Data) {
        guard let (gazetteer, _) = Self.decode(data) else { return nil }
        self = gazetteer
    }

    /// Reads a little-endian integer at `offset` of `raw` and moves past it; nil past the end
    /// (shared by the gazetteer's and the memory's byte formats).
    @inline(__always)
    static func read<T: FixedWidthInteger>(_: T.Type, _ raw: UnsafeRawBufferPointer, _ offset: inout Int) -> T? {
        guard offset + MemoryLayout<T>.size <= raw.count else { return nil }
        defer { offset += MemoryLayout<T>.size }
        return T(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: T.self))
    }

    /// Reads `encoded` bytes from the front of `data`, with the number of bytes they took;
    /// nil when they are cut short. Empty bytes are an empty gazetteer.
    static func decode(_ data: Data) -> (EntityGazetteer, Int)? {
        let data = data.startIndex == 0 ? data : Data(data)
        guard !data.isEmpty else { return (EntityGazetteer(), 0) }
        var result = EntityGazetteer()
        var offset = 0
        let ok = data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Bool in
            func get<T: FixedWidthInteger>(_ type: T.Type) -> T? { EntityGazetteer.read(type, raw, &offset) }
            guard let labelCount = get(UInt8.self) else { return false }
            for _ in 0..<labelCount {
                guard let length = get(UInt8.self), offset + Int(length) <= raw.count else { return false }
                result.labels.append(String(decoding: raw[offset..<offset + Int(length)], as: UTF8.self))
                offset += Int(length)
            }
            guard let longest = get(UInt32.self), let count = get(UInt32.self) else { return false }
            result.longest = Int(longest)
            result.entries.reserveCapacity(Int(count))
            for _ in 0..<count {
                guard let hash = get(UInt64.self), let label = get(UInt8.self), Int(label) < result.labels.count else { return false }
                result.entries[hash] = label
            }
            guard let firstCount = get(UInt32.self) else { return false }
            result.firstTokens.reserveCapacity(Int(firstCount))
            for _ in 0..<firstCount {
                guard let hash = get(UInt64.self) else { return false }
                result.firstTokens.insert(hash)
            }
            return true
        }
        guard ok else { return nil }
        return (result, offset)
    }
}
