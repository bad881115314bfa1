import Foundation

/// A proposer's score as the listings print it, `0.92`: exactly what `String(format: "%.2f")`
/// prints, without Foundation's formatter.
///
/// `String(format:)` runs CoreFoundation's format parser for every annotation shown, the first
/// use of which maps its code into the process at start (the greeting shows a proposal). Scores
/// are in 0…1; the digits are computed from the double's exact binary value and rounded half
/// to even, as the C library's `printf` does, and anything unusual (negative, not finite,
/// huge) still goes through `String(format:)`.
enum ScoreText {
    /// Two decimals, as `String(format: "%.2f", value)`.
    static func twoDecimals(_ value: Double) -> String {
        guard value.isFinite, value.sign == .plus, value < 1e15 else { return String(format: "%.2f", value) }
        // value = significand × 2^exponent exactly, with an integer significand below 2^53.
        let significand: UInt64, exponent: Int
        if value.exponentBitPattern == 0 {
            significand = value.significandBitPattern
            exponent = -1074
        } else {
            significand = value.significandBitPattern | (1 << 52)
            exponent = Int(value.exponentBitPattern) - 1075
        }
        let hundredfold = significand * 100   // below 2^60
        var cents: UInt64
        if exponent >= 0 {
            cents = hundredfold << UInt64(exponent)   // value < 1e15, so this stays below 1e17
        } else if -exponent >= 63 {
            cents = 0   // below 2^60 / 2^63: under half a cent, never a tie
        } else {
            let shift = UInt64(-exponent)
            cents = hundredfold >> shift
            let rest = hundredfold & ((1 << shift) - 1), half: UInt64 = 1 << (shift - 1)
            if rest > half || (rest == half && cents & 1 == 1) { cents += 1 }
        }
        let fraction = cents % 100
        return "\(cents / 100)." + (fraction < 10 ? "0" : "") + "\(fraction)"
    }
}
