import Foundation

/// A model file's weights read in place: the file holds an open-addressing table of feature
/// keys laid out exactly as it is probed, so loading a model costs a validation pass over
/// its bytes and no hashing, no allocation per feature and no dense weight matrix (the dense
/// matrix of the French model is 8 MB of fresh pages, most of the first prompt's model cost).
///
/// Section layout (little-endian, after the header): `UInt32` slot count (a power of two),
/// `UInt32` entry count, `Float32` scale, `UInt32` 0; the slot keys, `UInt64` each (0: empty);
/// the slot starts, `UInt32` × (slots + 1): slot `s` owns entries `starts[s]..<starts[s + 1]`;
/// the entry weights, `Int16` each (weight = value × scale); the entry tags, `UInt8` each.
struct PackedWeights: @unchecked Sendable {
    /// The bytes the section lives in (the whole model file, memory-mapped when it can be).
    private let bytes: Data
    /// The number of tags.
    let width: Int
    private let scale: Float
    private let slotCount: Int
    private let entryCount: Int
    private let keysAt: Int, startsAt: Int, weightsAt: Int, tagsAt: Int
    /// Where the section ends in `bytes`.
    let end: Int

    /// Reads (and checks) a section starting at `offset`; nil when it is malformed.
    init?(bytes: Data, offset: Int, width: Int) {
        self.bytes = bytes
        self.width = width
        guard let fields = Self.fields(bytes, offset) else { return nil }
        (slotCount, entryCount, scale) = fields
        keysAt = offset + 16
        startsAt = keysAt + slotCount * 8
        weightsAt = startsAt + (slotCount + 1) * 4
        tagsAt = weightsAt + entryCount * 2
        end = tagsAt + entryCount
        guard end <= bytes.count, isConsistent() else { return nil }
    }

    private static func fields(_ bytes: Data, _ offset: Int) -> (Int, Int, Float)? {
        guard offset >= 0, offset + 16 <= bytes.count else { return nil }
        return bytes.withUnsafeBytes { raw in
            let slots = Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt32.self)))
            let entries = Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)))
            let scale = Float(bitPattern: UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: offset + 8, as: UInt32.self)))
            guard slots > 0, slots & (slots - 1) == 0, slots <= 1 << 28, entries <= 1 << 30, scale.isFinite else { return nil }
            return (slots, entries, scale)
        }
    }

    /// What probing relies on: an empty slot (or probing a missing key would never end).
    /// Entry ranges and tags are checked as they are read, which costs less than a pass over
    /// every entry at load.
    private func isConsistent() -> Bool {
        bytes.withUnsafeBytes { raw in
            for slot in 0..<slotCount where key(slot, raw) == 0 { return true }
            return false
        }
    }

    @inline(__always)
    private func key(_ slot: Int, _ raw: UnsafeRawBufferPointer) -> UInt64 {
        UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: keysAt + slot * 8, as: UInt64.self))
    }

    @inline(__always)
    private func start(_ slot: Int, _ raw: UnsafeRawBufferPointer) -> Int {
        Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: startsAt + slot * 4, as: UInt32.self)))
    }

    @inline(__always)
    private func slot(of key: UInt64, _ raw: UnsafeRawBufferPointer) -> Int? {
        let mask = slotCount - 1
        var index = Int(truncatingIfNeeded: key) & mask
        while true {
            let found = self.key(index, raw)
            if found == key { return index }
            if found == 0 { return nil }
            index = (index + 1) & mask
        }
    }

    /// Adds feature `key`'s weights to `out[0..<width]`; false when the feature has none.
    @inline(__always)
    private func add(_ key: UInt64, _ raw: UnsafeRawBufferPointer, into out: UnsafeMutablePointer<Float>) -> Bool {
        guard let slot = slot(of: key, raw) else { return false }
        let first = start(slot, raw), end = min(start(slot + 1, raw), entryCount)
        guard first < end else { return true }
        for entry in first..<end {
            let weight = Int16(littleEndian: raw.loadUnaligned(fromByteOffset: weightsAt + entry * 2, as: Int16.self))
            let tag = Int(raw[tagsAt + entry])
            if tag < width { out[tag] += Float(weight) * scale }
        }
        return true
    }

    // MARK: Reading weights

    /// Each token's score for each tag, `[token * width + tag]`.
    func emissions(_ sequence: FeatureSequence) -> [Float] {
        var scores = [Float](repeating: 0, count: sequence.count * width)
        bytes.withUnsafeBytes { raw in
            scores.withUnsafeMutableBufferPointer { out in
                for token in 0..<sequence.count {
                    let row = out.baseAddress! + token * width
                    for key in sequence.keys(of: token) { _ = add(key, raw, into: row) }
                }
            }
        }
        return scores
    }

    /// One feature's weights, or nil when it has none.
    func row(of key: UInt64) -> [Float]? {
        var values = [Float](repeating: 0, count: width)
        let found = bytes.withUnsafeBytes { raw in values.withUnsafeMutableBufferPointer { add(key, raw, into: $0.baseAddress!) } }
        return found ? values : nil
    }

    /// The same weights in a dense table, for learning.
    func unpacked() -> WeightTable {
        var table = WeightTable(width: width, capacity: slotCount / 2, averaging: false)
        bytes.withUnsafeBytes { raw in
            for slot in 0..<slotCount {
                let key = self.key(slot, raw)
                guard key != 0 else { continue }
                let row = table.rowCreating(key)
                table.weights.withUnsafeMutableBufferPointer { _ = add(key, raw, into: $0.baseAddress! + row * width) }
            }
        }
        return table
    }

    /// The section's own bytes, to write the model again unchanged.
    var section: Data { bytes.subdata(in: (keysAt - 16)..<end) }

    // MARK: Writing

    /// The section for a dense table: weights quantised to `Int16` against the largest
    /// (those that round to 0 are left out, and so are rows left empty), keys placed in
    /// increasing order so the same weights always give the same bytes.
    static func encode(_ table: WeightTable) -> Data {
        let width = table.width
        var largest: Float = 0
        for weight in table.weights { largest = max(largest, abs(weight)) }
        let scale: Float = largest > 0 ? largest / 32767 : 1
        var rows: [(key: UInt64, entries: [(tag: UInt8, weight: Int16)])] = []
        for row in table.rowKeys.indices.sorted(by: { table.rowKeys[$0] < table.rowKeys[$1] }) {
            var entries: [(UInt8, Int16)] = []
            for tag in 0..<width {
                let q = (table.weights[row * width + tag] / scale).rounded()
                if q != 0 { entries.append((UInt8(tag), Int16(max(-32767, min(32767, q))))) }
            }
            if !entries.isEmpty { rows.append((table.rowKeys[row], entries)) }
        }
        // At most three quarters full: probes stay short, and there is always an empty slot.
        var slotCount = 16
        while slotCount * 3 < rows.count * 4 + 4 { slotCount <<= 1 }
        var slots = [Int](repeating: -1, count: slotCount), keys = [UInt64](repeating: 0, count: slotCount)
        for (index, row) in rows.enumerated() {
            var slot = Int(truncatingIfNeeded: row.key) & (slotCount - 1)
            while keys[slot] != 0 { slot = (slot + 1) & (slotCount - 1) }
            keys[slot] = row.key
            slots[slot] = index
        }
        var starts: [UInt32] = [0], weights: [Int16] = [], tags: [UInt8] = []
        for slot in 0..<slotCount {
            if slots[slot] >= 0 {
                for entry in rows[slots[slot]].entries { weights.append(entry.weight); tags.append(entry.tag) }
            }
            starts.append(UInt32(weights.count))
        }
        var out = Data()
        func put<T: FixedWidthInteger>(_ value: T) { withUnsafeBytes(of: value.littleEndian) { out.append(contentsOf: $0) } }
        put(UInt32(slotCount)); put(UInt32(weights.count)); put(scale.bitPattern); put(UInt32(0))
        out.reserveCapacity(16 + slotCount * 12 + weights.count * 3 + 4)
        for key in keys { put(key) }
        for start in starts { put(start) }
        for weight in weights { put(UInt16(bitPattern: weight)) }
        out.append(contentsOf: tags)
        return out
    }
}
