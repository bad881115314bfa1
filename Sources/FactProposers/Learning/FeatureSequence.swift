/// The feature keys of each token of one sentence, stored flat: token `i` has the keys
/// `keys[offsets[i]..<offsets[i + 1]]`.
public struct FeatureSequence: Sendable {
    /// Every key, token after token.
    public private(set) var keys: [UInt64] = []
    /// Where each token's keys start; one more entry than there are tokens.
    public private(set) var offsets: [Int] = [0]

    /// An empty sequence.
    public init() {}

    /// The number of tokens.
    public var count: Int { offsets.count - 1 }

    /// Appends a token with its feature keys.
    public mutating func append<Keys: Sequence<UInt64>>(token keys: Keys) {
        self.keys.append(contentsOf: keys)
        offsets.append(self.keys.count)
    }

    /// Adds one key to the last token.
    public mutating func addToLast(_ key: UInt64) {
        keys.append(key)
        offsets[offsets.count - 1] = keys.count
    }

    /// The keys of token `index`.
    public func keys(of index: Int) -> ArraySlice<UInt64> { keys[offsets[index]..<offsets[index + 1]] }
}
