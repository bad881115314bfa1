import Foundation
import Testing
@testable import FactShell

// Scores are printed without Foundation's formatter (see `ScoreText`); `String(format: "%.2f")`
// is the oracle, on ties, near-ties and random doubles.

@Test func scoresPrintAsPrintfPrintsThem() {
    var values: [Double] = [0, 1, 0.5, 0.125, 0.375, 0.625, 0.875, 0.005, 0.015, 0.025, 0.045, 0.995, 0.994999, 0.285, 0.92,
                            1e-300, 5e-324, .ulpOfOne, 12.345, 99.995, 1e14, 123_456_789.125]
    for cents in 0...10_000 {
        let base = Double(cents) / 10_000
        values += [base, base.nextUp, base.nextDown]
    }
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<20_000 { values.append(Double.random(in: 0...1, using: &generator)) }
    // The fallback: what the fast path does not take still prints as printf does.
    values += [-0.0, -0.5, .infinity, .nan, 1e20]
    for value in values {
        #expect(ScoreText.twoDecimals(value) == String(format: "%.2f", value), "\(value)")
        if ScoreText.twoDecimals(value) != String(format: "%.2f", value) { return }
    }
}
