import Foundation

/// A problem reading a tagger model file.
public struct ModelFileError: Error, CustomStringConvertible, Sendable {
    /// What is wrong.
    public let description: String
}

/// The tagger's model formats. factline ships the binary one (`FLCLAIM1`, below), read with a
/// few bulk copies; the text one, which parsing the shipped model took 260 M instructions
/// (most of an English article's first prompt), is still read and written for inspection.
///
/// The text format: a `factline-claim-tagger 1` line, `#` comment lines
/// (provenance and credit), `scale S`, a `transitions` line of 56 integers (and a
/// `transitions2` line for a model with a stacked second pass, a `transitions3` line for its
/// cue layer), then one line per
/// feature: its hash in hex and `tag:weight` pairs for its non-zero weights. Weights are
/// integers to multiply by `S`. A model with word clusters has a `word-clusters` line after the
/// transitions: the clusters' bytes (`WordClusters.encoded`) in hex.
enum ModelFile {
    /// The first line.
    static let magic = "factline-claim-tagger 1"

    /// The text of a model; weights are quantized to multiples of `scale`.
    static func text(of model: PerceptronWeights, clusters: WordClusters, scale: Float, comments: [String]) -> String {
        var out = magic + "\n"
        for comment in comments { out += "# \(comment)\n" }
        out += "scale \(scale)\n"
        out += "transitions " + model.transitions.map { String(Int(($0 / scale).rounded())) }.joined(separator: " ") + "\n"
        if let stacked = model.stackedTransitions {
            out += "transitions2 " + stacked.map { String(Int(($0 / scale).rounded())) }.joined(separator: " ") + "\n"
        }
        if let cue = model.cueTransitions {
            out += "transitions3 " + cue.map { String(Int(($0 / scale).rounded())) }.joined(separator: " ") + "\n"
        }
        if clusters.count > 0 { out += "word-clusters " + clusters.encoded.map { String(format: "%02x", $0) }.joined() + "\n" }
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

    /// Reads a model's bytes, binary or text (told apart by their first bytes).
    static func parse(_ data: Data) throws -> (PerceptronWeights, WordClusters) {
        data.starts(with: binaryMagic) ? try decodeBinary(data) : try parseText(data)
    }

    /// Parses a text model (a hand-written scanner).
    static func parseText(_ data: Data) throws -> (PerceptronWeights, WordClusters) {
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
        var scale: Float = 1, transitions: [Float] = [], stackedTransitions: [Float]?, cueTransitions: [Float]?
        var keys: [UInt64] = [], weights: [Float] = [], clusters = WordClusters()
        keys.reserveCapacity(bytes.count / 24)
        weights.reserveCapacity(bytes.count / 24 * 7)
        while let current = line() {
            guard let head = current.first, head != 35 else { continue }
            // Feature lines start with a hex digit; `s`, `t` and `w` start the header lines.
            guard head == 115 || head == 116 || head == 119 else {
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
            } else if text.hasPrefix("transitions3 ") {
                cueTransitions = text.dropFirst(13).split(separator: " ").map { Float(Int($0) ?? 0) * scale }
            } else if text.hasPrefix("word-clusters ") {
                clusters = try decodeClusters(hex: text.dropFirst(14))
            } else {
                throw ModelFileError(description: "unknown line: \(text.prefix(20))")
            }
        }
        guard transitions.count == 56 else { throw ModelFileError(description: "model without 56 transition weights") }
        guard stackedTransitions.map({ $0.count == 56 }) ?? true else { throw ModelFileError(description: "stacked pass without 56 transition weights") }
        guard cueTransitions.map({ $0.count == 56 && stackedTransitions != nil }) ?? true else {
            throw ModelFileError(description: "cue layer without 56 transition weights or without a stacked pass")
        }
        guard zip(keys, keys.dropFirst()).allSatisfy({ $0 < $1 }) else { throw ModelFileError(description: "feature keys out of order") }
        return (PerceptronWeights(keys: keys, weights: weights, transitions: transitions, stackedTransitions: stackedTransitions,
                                  cueTransitions: cueTransitions), clusters)
    }

    /// Word clusters from their bytes in hex, all of them used.
    private static func decodeClusters(hex: Substring) throws -> WordClusters {
        let digits = Array(hex.utf8)
        var bytes = Data(capacity: digits.count / 2)
        func value(_ digit: UInt8) -> UInt8? { digit >= 48 && digit <= 57 ? digit - 48 : digit >= 97 && digit <= 102 ? digit - 87 : nil }
        var index = 0
        while index + 1 < digits.count, let high = value(digits[index]), let low = value(digits[index + 1]) {
            bytes.append(high << 4 | low)
            index += 2
        }
        guard index == digits.count, let (clusters, used) = WordClusters.decode(bytes), used == bytes.count else {
            throw ModelFileError(description: "bad word clusters")
        }
        return clusters
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

// MARK: - Binary format

/// The binary format, little-endian: the magic `FLCLAIM1`; a UInt32 byte count and the comment
/// lines (UTF-8, one per line); the scale (Float32); the width in bytes (1, 2 or 4) of each
/// quantized weight; the number of transition tables (1: one pass, 2: a stacked second pass,
/// 3: and a cue layer, see `CueLayer`) and 56 Int32 transition weights per table; a
/// UInt32 feature count N; N feature hashes (UInt64, ascending); then N × 7 weights, signed
/// integers of that width; then, for a model with word clusters only, `CLU1` and the clusters'
/// bytes (`WordClusters.encoded`). Weights are integers to multiply by the scale, as in the text format,
/// and features whose weights all round to zero are left out, so both formats read back alike.
/// Any other trailing bytes are refused (readers older than the clusters refuse any).
extension ModelFile {
    /// The first eight bytes of a binary model.
    static let binaryMagic = Array("FLCLAIM1".utf8)
    /// The mark before the word clusters.
    static let clustersMark = Array("CLU1".utf8)

    /// The bytes of a binary model; weights are quantized to multiples of `scale`.
    static func binary(of model: PerceptronWeights, clusters: WordClusters, scale: Float, comments: [String]) -> Data {
        let quantized = model.weights.map { Int(($0 / scale).rounded()) }
        let kept = model.keys.indices.filter { row in (0..<7).contains { quantized[row * 7 + $0] != 0 } }
        let largest = kept.lazy.flatMap { row in (0..<7).lazy.map { abs(quantized[row * 7 + $0]) } }.max() ?? 0
        let width = largest <= Int(Int8.max) ? 1 : largest <= Int(Int16.max) ? 2 : 4
        var out = Data(binaryMagic)
        func append<T: FixedWidthInteger>(_ value: T) { withUnsafeBytes(of: value.littleEndian) { out.append(contentsOf: $0) } }
        let commentBytes = Array(comments.joined(separator: "\n").utf8)
        append(UInt32(commentBytes.count))
        out.append(contentsOf: commentBytes)
        append(scale.bitPattern)
        append(UInt8(width))
        precondition(model.cueTransitions == nil || model.stackedTransitions != nil, "a cue layer is written after a stacked pass")
        let passes = [model.transitions] + (model.stackedTransitions.map { [$0] } ?? []) + (model.cueTransitions.map { [$0] } ?? [])
        append(UInt8(passes.count))
        for transitions in passes { for weight in transitions { append(Int32((weight / scale).rounded())) } }
        append(UInt32(kept.count))
        for row in kept { append(model.keys[row]) }
        for row in kept {
            for tag in 0..<7 {
                let value = quantized[row * 7 + tag]
                switch width {
                case 1: append(Int8(clamping: value))
                case 2: append(Int16(clamping: value))
                default: append(Int32(clamping: value))
                }
            }
        }
        if clusters.count > 0 { out.append(contentsOf: clustersMark); out.append(clusters.encoded) }
        return out
    }

    /// Reads a binary model, checking every count against the bytes there are.
    static func decodeBinary(_ data: Data) throws -> (PerceptronWeights, WordClusters) {
        let data = data.startIndex == 0 ? data : Data(data)
        var reader = ByteReader(data)
        func fail(_ reason: String) -> ModelFileError { ModelFileError(description: "not a claim tagger model: \(reason)") }
        do {
            _ = try reader.bytes(binaryMagic.count)
            _ = try reader.bytes(Int(try reader.read(UInt32.self)))
            let scale = Float(bitPattern: try reader.read(UInt32.self))
            let width = Int(try reader.read(UInt8.self))
            let passes = Int(try reader.read(UInt8.self))
            guard scale.isFinite, scale > 0 else { throw fail("bad scale") }
            guard [1, 2, 4].contains(width) else { throw fail("bad weight width \(width)") }
            guard (1...3).contains(passes) else { throw fail("\(passes) transition tables") }
            var transitions: [[Float]] = []
            for _ in 0..<passes {
                transitions.append(try (0..<56).map { _ in Float(Int32(bitPattern: try reader.read(UInt32.self))) * scale })
            }
            let count = Int(try reader.read(UInt32.self))
            let tableBytes = count * (8 + 7 * width)
            guard reader.remaining >= tableBytes else { throw fail("\(count) features in \(reader.remaining) bytes") }
            let keysStart = reader.offset, weightsStart = keysStart + count * 8
            let clusters = try trailingClusters(data.dropFirst(keysStart + tableBytes), fail)
            let keys = data.withUnsafeBytes { raw in
                [UInt64](unsafeUninitializedCapacity: count) { buffer, initialized in
                    for row in 0..<count {
                        buffer[row] = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: keysStart + row * 8, as: UInt64.self))
                    }
                    initialized = count
                }
            }
            let weights: [Float]
            switch width {
            case 1: weights = dequantized(data, Int8.self, from: weightsStart, count: count * 7, scale: scale)
            case 2: weights = dequantized(data, Int16.self, from: weightsStart, count: count * 7, scale: scale)
            default: weights = dequantized(data, Int32.self, from: weightsStart, count: count * 7, scale: scale)
            }
            guard zip(keys, keys.dropFirst()).allSatisfy({ $0 < $1 }) else { throw fail("feature keys out of order") }
            return (PerceptronWeights(keys: keys, weights: weights, transitions: transitions[0],
                                      stackedTransitions: passes >= 2 ? transitions[1] : nil,
                                      cueTransitions: passes == 3 ? transitions[2] : nil), clusters)
        } catch let error as ModelFileError {
            throw error
        } catch {
            throw fail("cut short")
        }
    }

    /// The word clusters in the bytes after the weights: none when there are no bytes, else
    /// `CLU1` and clusters that take every remaining byte.
    private static func trailingClusters(_ rest: Data, _ fail: (String) -> ModelFileError) throws -> WordClusters {
        guard !rest.isEmpty else { return WordClusters() }
        guard rest.starts(with: clustersMark), let (clusters, used) = WordClusters.decode(Data(rest.dropFirst(clustersMark.count))),
              used == rest.count - clustersMark.count else { throw fail("\(rest.count) unknown bytes after the weights") }
        return clusters
    }

    /// `count` little-endian integers of type `T` from `offset`, times `scale`.
    private static func dequantized<T: FixedWidthInteger>(_ data: Data, _: T.Type, from offset: Int, count: Int,
                                                          scale: Float) -> [Float] {
        data.withUnsafeBytes { raw in
            [Float](unsafeUninitializedCapacity: count) { buffer, initialized in
                let size = MemoryLayout<T>.size
                for index in 0..<count {
                    buffer[index] = Float(T(littleEndian: raw.loadUnaligned(fromByteOffset: offset + index * size, as: T.self))) * scale
                }
                initialized = count
            }
        }
    }
}
