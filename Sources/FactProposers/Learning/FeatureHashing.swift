/// 64-bit feature keys: a string hashed once per token, then mixed with a template number, so
/// that extracting a feature costs no string building.
public enum StableHash {
    /// FNV-1a over a string's UTF-8 bytes (stable across runs and platforms, unlike `Hasher`).
    @inline(__always)
    public static func string(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// SplitMix64's finaliser: a well-spread 64-bit value.
    @inline(__always)
    public static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    /// The key of template `template` applied to a value hash; never 0 (0 marks an empty slot).
    @inline(__always)
    public static func key(_ template: UInt64, _ value: UInt64) -> UInt64 {
        let key = mix(value ^ (template &* 0x9e37_79b9_7f4a_7c15))
        return key == 0 ? 1 : key
    }

    /// The key of a template over two value hashes (a conjunction).
    @inline(__always)
    public static func key(_ template: UInt64, _ first: UInt64, _ second: UInt64) -> UInt64 {
        key(template, mix(first) ^ (second &* 0xff51_afd7_ed55_8ccd))
    }
}

/// A small deterministic random generator (SplitMix64), for shuffling training data by seed.
public struct SeededRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// Starts the sequence of a seed.
    public init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        return StableHash.mix(state &- 0x9e37_79b9_7f4a_7c15)
    }
}

extension Array {
    /// Shuffles with a seeded generator in a way that does not depend on the standard library's
    /// shuffle algorithm (Fisher–Yates, drawing with `next() % n`).
    public mutating func seededShuffle(_ generator: inout SeededRandom) {
        guard count > 1 else { return }
        for index in stride(from: count - 1, to: 0, by: -1) {
            let other = Int(generator.next() % UInt64(index + 1))
            if other != index { swapAt(index, other) }
        }
    }
}
