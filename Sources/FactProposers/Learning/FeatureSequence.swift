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

    /// The keys an online update may change, token after token (empty: every key), with
    /// `learnableOffsets` like `offsets`. A trained model's generic features (shapes, affixes,
    /// flags) carry what the whole corpus taught, so corrections go to the word-specific ones.
    public private(set) var learnable: [UInt64] = []
    /// Where each token's learnable keys start, when there are any.
    public private(set) var learnableOffsets: [Int] = [0]

    /// Records the learnable keys of the next token (call once per token, in order).
    public mutating func appendLearnable<Keys: Sequence<UInt64>>(token keys: Keys) {
        learnable.append(contentsOf: keys)
        learnableOffsets.append(learnable.count)
    }

    /// The keys an update may change at token `index`: its learnable keys when they were
    /// recorded, else all its keys.
    public func learnableKeys(of index: Int) -> ArraySlice<UInt64> {
        learnableOffsets.count == offsets.count ? learnable[learnableOffsets[index]..<learnableOffsets[index + 1]] : keys(of: index)
    }

    /// The keys of token `index`.
    public func keys(of index: Int) -> ArraySlice<UInt64> { keys[offsets[index]..<offsets[index + 1]] }
}
