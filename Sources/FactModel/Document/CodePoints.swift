/// A text's code points, indexed from 0 as offsets are: two bytes a code point when every one
/// is in the Basic Multilingual Plane (news text nearly always is), four otherwise. A document
/// keeps them all session long; as `[Unicode.Scalar]` they were 4 MB of a megabyte article.
public struct CodePoints: RandomAccessCollection, Sendable, Equatable {
    /// The code points when all fit in 16 bits (else empty).
    private let narrow: [UInt16]
    /// The code points when some do not (else empty).
    private let wide: [Unicode.Scalar]
    private let isNarrow: Bool

    /// The code points of `text`.
    public init(_ text: String) {
        let view = text.unicodeScalars
        if view.allSatisfy({ $0.value <= 0xFFFF }) {
            var narrow: [UInt16] = []
            narrow.reserveCapacity(text.utf8.count)
            for scalar in view { narrow.append(UInt16(truncatingIfNeeded: scalar.value)) }
            self.narrow = narrow.count < narrow.capacity / 2 ? Array(narrow) : narrow
            wide = []
            isNarrow = true
        } else {
            narrow = []
            wide = Array(view)
            isNarrow = false
        }
    }

    /// The given code points.
    public init(_ scalars: [Unicode.Scalar]) {
        if scalars.allSatisfy({ $0.value <= 0xFFFF }) {
            narrow = scalars.map { UInt16(truncatingIfNeeded: $0.value) }
            wide = []
            isNarrow = true
        } else {
            narrow = []
            wide = scalars
            isNarrow = false
        }
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { isNarrow ? narrow.count : wide.count }

    /// The code point at `offset`.
    @inline(__always)
    public subscript(offset: Int) -> Unicode.Scalar {
        // A 16-bit value stored here came from a scalar, so it is never a surrogate.
        isNarrow ? Unicode.Scalar(narrow[offset]).unsafelyUnwrapped : wide[offset]
    }
}
