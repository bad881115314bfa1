/// Feature weights: an open-addressing table from 64-bit feature keys to rows of one weight per
/// tag, plus the running sums that averaging needs while training.
///
/// Rows are created only when an update touches a feature, so features that never took part in
/// a mistake cost nothing.
public struct WeightTable: Sendable {
    /// The number of tags (the width of a row).
    public let width: Int
    private(set) var keys: [UInt64]
    private(set) var slots: [Int32]
    /// The feature key of each row, in creation order.
    private(set) var rowKeys: [UInt64] = []
    /// Row-major weights, `rowKeys.count × width`.
    var weights: [Float] = []
    /// Averaging: the sum over time of each weight, up to `stamps`.
    var totals: [Double] = []
    /// Averaging: the update count at which each weight's total was last brought up to date.
    var stamps: [Int32] = []
    /// Whether averaging sums are kept (true while training from scratch).
    let averaging: Bool

    /// An empty table for rows of `width` tags.
    public init(width: Int, capacity: Int = 1 << 16, averaging: Bool) {
        self.width = width
        self.averaging = averaging
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        slots = [Int32](repeating: -1, count: size)
    }

    /// The number of rows (features with weights).
    public var rowCount: Int { rowKeys.count }

    /// The row of a feature, or nil when it has none.
    @inline(__always)
    public func row(of key: UInt64) -> Int? {
        let mask = keys.count - 1
        var index = Int(truncatingIfNeeded: key) & mask
        while true {
            let found = keys[index]
            if found == key { return Int(slots[index]) }
            if found == 0 { return nil }
            index = (index + 1) & mask
        }
    }

    /// The row of a feature, created (all zero) when missing.
    public mutating func rowCreating(_ key: UInt64) -> Int {
        if let row = row(of: key) { return row }
        if (rowKeys.count + 1) * 2 > keys.count { grow() }
        let row = rowKeys.count
        insert(key, row: row)
        rowKeys.append(key)
        weights.append(contentsOf: repeatElement(0, count: width))
        if averaging {
            totals.append(contentsOf: repeatElement(0, count: width))
            stamps.append(contentsOf: repeatElement(0, count: width))
        }
        return row
    }

    private mutating func insert(_ key: UInt64, row: Int) {
        let mask = keys.count - 1
        var index = Int(truncatingIfNeeded: key) & mask
        while keys[index] != 0 { index = (index + 1) & mask }
        keys[index] = key
        slots[index] = Int32(row)
    }

    private mutating func grow() {
        keys = [UInt64](repeating: 0, count: keys.count * 2)
        slots = [Int32](repeating: -1, count: keys.count)
        for (row, key) in rowKeys.enumerated() { insert(key, row: row) }
    }

    /// Adds `delta` to weight `tag` of `row`, at update count `now` (for averaging).
    @inline(__always)
    mutating func add(_ delta: Float, row: Int, tag: Int, now: Int32) {
        let index = row * width + tag
        if averaging {
            totals[index] += Double(now - stamps[index]) * Double(weights[index])
            stamps[index] = now
        }
        weights[index] += delta
    }

    /// Replaces every weight by its average over `now` updates and stops averaging.
    mutating func average(now: Int32) -> WeightTable {
        var result = WeightTable(width: width, capacity: rowKeys.count, averaging: false)
        guard now > 0 else { return self }
        for (row, key) in rowKeys.enumerated() {
            var values = [Float](repeating: 0, count: width)
            var any = false
            for tag in 0..<width {
                let index = row * width + tag
                let total = totals[index] + Double(now - stamps[index]) * Double(weights[index])
                values[tag] = Float(total / Double(now))
                if values[tag] != 0 { any = true }
            }
            guard any else { continue }
            let newRow = result.rowCreating(key)
            for tag in 0..<width { result.weights[newRow * width + tag] = values[tag] }
        }
        return result
    }

    /// A table of given rows (from a model file), not averaging.
    init(width: Int, rowKeys: [UInt64], weights: [Float]) {
        self.init(width: width, capacity: rowKeys.count, averaging: false)
        for (row, key) in rowKeys.enumerated() { insert(key, row: row) }
        self.rowKeys = rowKeys
        self.weights = weights
    }

    /// A copy that keeps averaging sums from now on, starting from these weights.
    func resumingAveraging() -> WeightTable {
        var result = WeightTable(width: width, capacity: rowKeys.count, averaging: true)
        for (row, key) in rowKeys.enumerated() {
            let newRow = result.rowCreating(key)
            for tag in 0..<width { result.weights[newRow * width + tag] = weights[row * width + tag] }
        }
        return result
    }
}
