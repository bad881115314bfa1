/// The sentences the analyst accepted, most recent last, that an online update replays so a
/// later correction does not undo an earlier one (as Prodigy retrains on every accepted
/// example). It keeps at most `capacity` sentences, dropping the oldest, so that the cost of
/// an update stays bounded however long the analyst works.
public struct Rehearsal: Sendable {
    /// One accepted sentence: its features as they were when it was learnt from, and its gold tags.
    public struct Sentence: Sendable {
        /// The sentence's features.
        public var sequence: FeatureSequence
        /// The gold tag of each token.
        public var gold: [Int]
    }

    /// The capacity `train --progressive` uses unless told otherwise: one pass over it costs
    /// about 0.3 s an article on 2 cores.
    public static let defaultCapacity = 1000

    /// The most sentences kept.
    public let capacity: Int
    /// The sentences kept, oldest first.
    public private(set) var sentences: [Sentence] = []

    /// An empty rehearsal of at most `capacity` sentences (0 keeps none).
    public init(capacity: Int) { self.capacity = max(0, capacity) }

    /// Adds sentences, dropping the oldest beyond `capacity`.
    mutating func append(_ new: [Sentence]) {
        guard capacity > 0 else { return }
        sentences.append(contentsOf: new.suffix(capacity))
        if sentences.count > capacity { sentences.removeFirst(sentences.count - capacity) }
    }
}
