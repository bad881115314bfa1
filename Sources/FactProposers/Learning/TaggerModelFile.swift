import Foundation

/// A trained perceptron with its descriptive header, and its compact binary file format.
///
/// Layout (little-endian): the 8 bytes `FLTAGGR2`; a `UInt32` length and that many bytes of
/// UTF-8 JSON header (`scheme`, `labels`, and free string `info`: name, version, features,
/// training sources, seed…), padded with spaces to a multiple of 8 bytes; the weights as
/// `PackedWeights` lays them out, read in place; then a `UInt32` length and that many opaque
/// `extra` bytes. Weights that quantise to 0 are left out.
///
/// `FLTAGGR1` files (rows of key, entry count, (tag, weight) entries, loaded into a dense
/// table) are still read.
public struct TaggerModelFile: Sendable {
    /// The model.
    public var perceptron: StructuredPerceptron
    /// Free descriptive fields, written in the header (`name`, `version`, `features`, `trained`…).
    public var info: [String: String]
    /// Opaque bytes the model's user stores with it (the entity tagger's gazetteer).
    public var extra: Data

    /// Wraps a model with its description.
    public init(perceptron: StructuredPerceptron, info: [String: String], extra: Data = Data()) {
        self.perceptron = perceptron
        self.info = info
        self.extra = extra
    }

    /// Errors reading a model file.
    public enum ReadError: Error, CustomStringConvertible {
        /// The bytes are not a factline tagger model, or are cut short.
        case notAModel(String)

        /// One line for the user.
        public var description: String {
            switch self { case .notAModel(let why): return "not a factline tagger model: \(why)" }
        }
    }

    static let magic = Array("FLTAGGR2".utf8)
    static let firstMagic = Array("FLTAGGR1".utf8)

    private struct Header: Codable {
        var scheme: String
        var labels: [String]
        var info: [String: String]
    }

    // MARK: Writing

    /// The file's bytes. The same model always gives the same bytes.
    public func encoded() throws -> Data {
        let tags = perceptron.tags
        var out = Data(Self.magic)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let header = try encoder.encode(Header(scheme: tags.scheme.rawValue, labels: tags.labels, info: info))
        var padded = header
        while (12 + padded.count) % 8 != 0 { padded.append(UInt8(ascii: " ")) }
        append(UInt32(padded.count), to: &out)
        out.append(padded)
        out.append(perceptron.packed?.section ?? PackedWeights.encode(perceptron.table))
        append(UInt32(extra.count), to: &out)
        out.append(extra)
        return out
    }

    /// Writes the file atomically.
    public func write(to path: String) throws {
        try encoded().write(to: URL(fileURLWithPath: path), options: .atomic)
    }

    private func append<T: FixedWidthInteger>(_ value: T, to data: inout Data) {
        withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) }
    }

    // MARK: Reading

    /// Reads a model from its bytes (`FLTAGGR2`, weights read in place, or `FLTAGGR1`).
    public static func decode(_ data: Data) throws -> TaggerModelFile {
        let data = data.startIndex == 0 ? data : Data(data)
        var reader = ByteReader(data)
        let magic = Array(try reader.bytes(8))
        guard magic == Self.magic || magic == Self.firstMagic else { throw ReadError.notAModel("wrong magic bytes") }
        let headerData = try reader.bytes(Int(try reader.read(UInt32.self)))
        guard let header = try? JSONDecoder().decode(Header.self, from: Data(headerData)),
              let scheme = TagScheme(rawValue: header.scheme), !header.labels.isEmpty, header.labels.count <= 60
        else { throw ReadError.notAModel("unreadable header") }
        let tags = TagSet(scheme: scheme, labels: header.labels)
        let perceptron: StructuredPerceptron
        if magic == Self.magic {
            guard let packed = PackedWeights(bytes: data, offset: reader.offset, width: tags.count) else {
                throw ReadError.notAModel("malformed weights")
            }
            reader.offset = packed.end
            perceptron = StructuredPerceptron(tags: tags, packed: packed)
        } else {
            perceptron = StructuredPerceptron(tags: tags, table: try firstVersionWeights(&reader, width: tags.count))
        }
        let extra = Data(try reader.bytes(Int(try reader.read(UInt32.self))))
        return TaggerModelFile(perceptron: perceptron, info: header.info, extra: extra)
    }

    /// The weights of an `FLTAGGR1` file, into a dense table.
    private static func firstVersionWeights(_ reader: inout ByteReader, width: Int) throws -> WeightTable {
        let scale = Float(bitPattern: try reader.read(UInt32.self))
        let rowCount = Int(try reader.read(UInt32.self))
        guard rowCount <= reader.remaining / 9 else { throw ReadError.notAModel("cut short at byte \(reader.offset)") }
        var keys: [UInt64] = [], weights = [Float](repeating: 0, count: rowCount * width)
        keys.reserveCapacity(rowCount)
        for row in 0..<rowCount {
            keys.append(try reader.read(UInt64.self))
            for _ in 0..<Int(try reader.read(UInt8.self)) {
                let tag = Int(try reader.read(UInt8.self))
                guard tag < width else { throw ReadError.notAModel("tag \(tag) out of range") }
                weights[row * width + tag] = Float(Int16(bitPattern: try reader.read(UInt16.self))) * scale
            }
        }
        return WeightTable(width: width, rowKeys: keys, weights: weights)
    }

    /// Reads a model file.
    public static func read(path: String) throws -> TaggerModelFile {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe) } catch {
            throw ReadError.notAModel("cannot read \(path)")
        }
        return try decode(data)
    }
}

/// Reads little-endian values from the front of some bytes, throwing when they run out.
struct ByteReader {
    private let data: Data
    /// Where the next read starts.
    var offset = 0

    init(_ data: Data) { self.data = data }

    /// The bytes left.
    var remaining: Int { data.count - offset }

    /// The next `count` bytes.
    mutating func bytes(_ count: Int) throws -> Data.SubSequence {
        guard count >= 0, count <= remaining else { throw TaggerModelFile.ReadError.notAModel("cut short at byte \(offset)") }
        defer { offset += count }
        return data[offset..<offset + count]
    }

    /// The next integer.
    mutating func read<T: FixedWidthInteger>(_: T.Type) throws -> T {
        let size = MemoryLayout<T>.size
        guard size <= remaining else { throw TaggerModelFile.ReadError.notAModel("cut short at byte \(offset)") }
        defer { offset += size }
        return T(littleEndian: data.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: T.self) })
    }
}
