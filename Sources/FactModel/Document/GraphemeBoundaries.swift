/// For each code-point offset of a text and its end, whether a grapheme cluster starts there,
/// one bit an offset: a document keeps it all session long to refuse spans that cut a
/// character, and as `[Bool]` it was a byte a code point (a megabyte of a megabyte article).
public struct GraphemeBoundaries: Sendable, Equatable {
    private var words: [UInt64]
    /// The number of offsets: the text's code points plus one (its end).
    public let count: Int

    /// The boundaries of `text`, whose code-point count is `scalarCount`.
    public init(of text: String, scalarCount: Int) {
        count = scalarCount + 1
        words = [UInt64](repeating: 0, count: (count + 63) / 64)
        var offset = 0
        for character in text {
            guard offset < scalarCount else { break }
            set(offset)
            offset += character.unicodeScalars.count
        }
        set(scalarCount)
    }

    /// The same boundaries given as one flag an offset.
    public init(_ flags: [Bool]) {
        count = flags.count
        words = [UInt64](repeating: 0, count: (count + 63) / 64)
        for (offset, flag) in flags.enumerated() where flag { set(offset) }
    }

    private mutating func set(_ offset: Int) {
        words[offset >> 6] |= 1 << UInt64(offset & 63)
    }

    /// True when a grapheme cluster starts (or the text ends) at code point `offset`; false
    /// outside the text.
    @inline(__always)
    public subscript(offset: Int) -> Bool {
        guard offset >= 0 && offset < count else { return false }
        return words[offset >> 6] & (1 << UInt64(offset & 63)) != 0
    }
}
