import Foundation

/// A problem reading a tagger model file.
public struct ModelFileError: Error, CustomStringConvertible, Sendable {
    /// What is wrong.
    public let description: String
}

/// The tagger's text model format: a `factline-claim-tagger 1` line, `#` comment lines
/// (provenance and credit), `scale S`, a `transitions` line of 56 integers (and a
/// `transitions2` line for a model with a stacked second pass), then one line per
/// feature: its hash in hex and `tag:weight` pairs for its non-zero weights. Weights are
/// integers to multiply by `S`.
enum ModelFile {
    /// The first line.
    static let magic = "factline-claim-tagger 1"

    /// The text of a model; weights are quantized to multiples of `scale`.
    static func text(of model: PerceptronWeights, scale: Float, comments: [String]) -> String {
        var out = magic + "\n"
        for comment in comments { out += "# \(comment)\n" }
        out += "scale \(scale)\n"
        out += "transitions " + model.transitions.map { String(Int(($0 / scale).rounded())) }.joined(separator: " ") + "\n"
        if let stacked = model.stackedTransitions {
            out += "transitions2 " + stacked.map { String(Int(($0 / scale).rounded())) }.joined(separator: " ") + "\n"
        }
        for (index, key) in model.keys.enumerated() {
            var line = String(key, radix: 16)
            var any = false
            for tag in 0..<AttributionTag.count {
                let q = Int((model.weights[index * 7 + tag] / scale).rounded())
                if q != 0 { line += " \(tag):\(q)"; any = true }
            }
            if any { out += line + "\n" }
        }
        return out
    }

    /// Parses a model's bytes (a hand-written scanner: a few MB load in milliseconds).
    static func parse(_ data: Data) throws -> PerceptronWeights {
        let bytes = [UInt8](data)
        var position = 0
        func line() -> ArraySlice<UInt8>? {
            guard position < bytes.count else { return nil }
            let start = position
            while position < bytes.count, bytes[position] != 10 { position += 1 }
            defer { position += 1 }
            return bytes[start..<position]
        }
        guard let first = line(), String(decoding: first, as: UTF8.self) == magic else {
            throw ModelFileError(description: "not a factline claim tagger model")
        }
        var scale: Float = 1, transitions: [Float] = [], stackedTransitions: [Float]?
        var keys: [UInt64] = [], weights: [Float] = []
        keys.reserveCapacity(bytes.count / 24)
        weights.reserveCapacity(bytes.count / 24 * 7)
        while let current = line() {
            guard let head = current.first, head != 35 else { continue }
            // Feature lines start with a hex digit; `s` and `t` start the two header lines.
            guard head == 115 || head == 116 else {
                try parseFeature(current, scale: scale, keys: &keys, weights: &weights)
                continue
            }
            let text = String(decoding: current, as: UTF8.self)
            if text.hasPrefix("scale ") {
                scale = Float(text.dropFirst(6)) ?? 1
            } else if text.hasPrefix("transitions ") {
                transitions = text.dropFirst(12).split(separator: " ").map { Float(Int($0) ?? 0) * scale }
            } else if text.hasPrefix("transitions2 ") {
                stackedTransitions = text.dropFirst(13).split(separator: " ").map { Float(Int($0) ?? 0) * scale }
            }
        }
        guard transitions.count == 56 else { throw ModelFileError(description: "model without 56 transition weights") }
        guard stackedTransitions.map({ $0.count == 56 }) ?? true else { throw ModelFileError(description: "stacked pass without 56 transition weights") }
        guard zip(keys, keys.dropFirst()).allSatisfy({ $0 < $1 }) else { throw ModelFileError(description: "feature keys out of order") }
        return PerceptronWeights(keys: keys, weights: weights, transitions: transitions, stackedTransitions: stackedTransitions)
    }

    /// Reads `hex tag:q tag:q…` into the key and weight arrays.
    private static func parseFeature(_ line: ArraySlice<UInt8>, scale: Float, keys: inout [UInt64], weights: inout [Float]) throws {
        var index = line.startIndex, key: UInt64 = 0
        while index < line.endIndex, line[index] != 32 {
            let byte = line[index]
            let digit: UInt64 = byte >= 97 ? UInt64(byte - 87) : UInt64(byte &- 48)
            guard digit < 16 else { throw ModelFileError(description: "bad feature key") }
            key = key << 4 | digit
            index += 1
        }
        keys.append(key)
        let base = weights.count
        weights.append(contentsOf: repeatElement(0, count: 7))
        while index < line.endIndex {
            index += 1  // the space
            guard index + 2 < line.endIndex else { throw ModelFileError(description: "bad weight") }
            let tag = Int(line[index] &- 48)
            guard tag >= 0, tag < 7, line[index + 1] == 58 else { throw ModelFileError(description: "bad tag") }
            index += 2
            var negative = false, value = 0
            if line[index] == 45 { negative = true; index += 1 }
            while index < line.endIndex, line[index] != 32 { value = value * 10 + Int(line[index] &- 48); index += 1 }
            weights[base + tag] = Float(negative ? -value : value) * scale
        }
    }
}
