import Foundation

/// A trained perceptron with its descriptive header, and its compact binary file format.
///
/// Layout (little-endian): the 8 bytes `FLTAGGR1`; a `UInt32` length and that many bytes of
/// UTF-8 JSON header (`scheme`, `labels`, and free string `info`: name, version, features,
/// training sources, seed…); a `Float32` scale; a `UInt32` row count; then per row a `UInt64`
/// feature key, a `UInt8` entry count and per entry a `UInt8` tag and an `Int16` weight
/// (weight = value × scale); then a `UInt32` length and that many opaque `extra` bytes.
/// Weights that quantise to 0 are left out.
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

    static let magic = Array("FLTAGGR1".utf8)

    private struct Header: Codable {
        var scheme: String
        var labels: [String]
        var info: [String: String]
    }

    // MARK: Writing

    /// The file's bytes. The same model always gives the same bytes.
    public func encoded() throws -> Data {
        let tags = perceptron.tags, table = perceptron.table, width = tags.count
        var out = Data(Self.magic)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let header = try encoder.encode(Header(scheme: tags.scheme.rawValue, labels: tags.labels, info: info))
        append(UInt32(header.count), to: &out)
        out.append(header)
        var largest: Float = 0
        for weight in table.weights { largest = max(largest, abs(weight)) }
        let scale: Float = largest > 0 ? largest / 32767 : 1
        append(scale.bitPattern, to: &out)
        var rows = Data()
        var rowCount: UInt32 = 0
        // Rows in key order, so the bytes do not depend on the order features were met.
        let order = table.rowKeys.indices.sorted { table.rowKeys[$0] < table.rowKeys[$1] }
        for row in order {
            var entries: [(UInt8, Int16)] = []
            for tag in 0..<width {
                let q = (table.weights[row * width + tag] / scale).rounded()
                if q != 0 { entries.append((UInt8(tag), Int16(max(-32767, min(32767, q))))) }
            }
            guard !entries.isEmpty else { continue }
            rowCount += 1
            append(table.rowKeys[row], to: &rows)
            rows.append(UInt8(entries.count))
            for (tag, value) in entries {
                rows.append(tag)
                append(UInt16(bitPattern: value), to: &rows)
            }
        }
        append(rowCount, to: &out)
        out.append(rows)
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

    /// Reads a model from its bytes.
    public static func decode(_ data: Data) throws -> TaggerModelFile {
        try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> TaggerModelFile in
            var offset = 0
            func need(_ count: Int) throws {
                guard offset + count <= raw.count else { throw ReadError.notAModel("cut short at byte \(offset)") }
            }
            func read<T: FixedWidthInteger>(_: T.Type) throws -> T {
                try need(MemoryLayout<T>.size)
                let value = raw.loadUnaligned(fromByteOffset: offset, as: T.self)
                offset += MemoryLayout<T>.size
                return T(littleEndian: value)
            }
            try need(8)
            guard Array(raw[0..<8]) == magic else { throw ReadError.notAModel("wrong magic bytes") }
            offset = 8
            let headerLength = Int(try read(UInt32.self))
            try need(headerLength)
            let headerData = Data(raw[offset..<offset + headerLength])
            offset += headerLength
            guard let header = try? JSONDecoder().decode(Header.self, from: headerData),
                  let scheme = TagScheme(rawValue: header.scheme)
            else { throw ReadError.notAModel("unreadable header") }
            let tags = TagSet(scheme: scheme, labels: header.labels)
            let scale = Float(bitPattern: try read(UInt32.self))
            let rowCount = Int(try read(UInt32.self))
            let width = tags.count
            var keys: [UInt64] = [], weights = [Float](repeating: 0, count: rowCount * width)
            keys.reserveCapacity(rowCount)
            for row in 0..<rowCount {
                try need(9)
                keys.append(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
                let entries = Int(raw[offset + 8])
                offset += 9
                try need(entries * 3)
                for entry in 0..<entries {
                    let at = offset + entry * 3
                    let tag = Int(raw[at])
                    guard tag < width else { throw ReadError.notAModel("tag \(tag) out of range") }
                    let q = Int16(bitPattern: UInt16(littleEndian: raw.loadUnaligned(fromByteOffset: at + 1, as: UInt16.self)))
                    weights[row * width + tag] = Float(q) * scale
                }
                offset += entries * 3
            }
            let extraLength = Int(try read(UInt32.self))
            try need(extraLength)
            let extra = Data(raw[offset..<offset + extraLength])
            let table = WeightTable(width: width, rowKeys: keys, weights: weights)
            return TaggerModelFile(perceptron: StructuredPerceptron(tags: tags, table: table), info: header.info, extra: extra)
        }
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
