/// Deterministic 64-bit feature hashes (FNV-1a for strings, a SplitMix finaliser to combine),
/// stable across runs and platforms unlike Swift's seeded `Hasher`, so a model file's keys
/// mean the same thing everywhere.
enum FeatureHash {
    /// FNV-1a over the UTF-8 bytes of a string.
    static func of(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// Combines two hashes (order matters).
    @inline(__always)
    static func mix(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var z = a &+ 0x9e37_79b9_7f4a_7c15 &+ (b &* 0xbf58_476d_1ce4_e5b9)
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    /// A template's hash combined with a value's.
    @inline(__always)
    static func feature(_ template: UInt64, _ value: UInt64) -> UInt64 { mix(template, value) }

    /// A template's hash combined with two values'.
    @inline(__always)
    static func feature(_ template: UInt64, _ a: UInt64, _ b: UInt64) -> UInt64 { mix(mix(template, a), b) }
}

/// A small deterministic random generator (SplitMix64) for shuffling training data by seed.
struct SeededGenerator: RandomNumberGenerator {
    /// The state.
    private var state: UInt64

    /// Starts from a seed.
    init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        return FeatureHash.mix(state, 0)
    }
}
