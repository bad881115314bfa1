import FactModel
import Foundation

/// Word clusters computed from the unlabelled text of the training documents: words that
/// stand in the same company (`allemand`, `britannique`; `ville`, `commune`) share a cluster,
/// so what the tagger learns about one carries to the others. Each word of the training text
/// seen at least twice gets a cluster at three granularities (16, 64 and 256 clusters),
/// the tagger's features for a token and its two neighbours (see `EntityFeatures`).
///
/// How: each word is a vector of the counts of the 600 most frequent words just before and just
/// after it (square roots, unit length), and spherical k-means (cosine similarity, seeded
/// k-means++ start, a fixed number of rounds) groups the vectors at each granularity: the
/// "k-means over context vectors" of the word-cluster NER literature, which Brown clustering
/// would also serve. Deterministic for a seed. Chosen on the reverse direction (trained on
/// WiNER 2017, tested on 2016, mean of seeds 1–3), PER/ORG/LOC strict F1: 0.840 → 0.847 static,
/// 0.859 → 0.861 progressive; the token's own cluster alone gained nothing, words seen once
/// (min count 1) lost, 1,000 context words gained less (0.844).
///
/// Kept by the lower-case word's hash (as `TokenHashes.lower`), with the three cluster
/// numbers packed in one `UInt32`: 12 bytes a word in the model file, read into a dictionary.
public struct WordClusters: Sendable {
    /// Lower-case word hash → cluster numbers, one byte per granularity (finest in the low byte).
    private var table: [UInt64: UInt32] = [:]

    /// The numbers of clusters, coarsest first.
    static let granularities = [16, 64, 256]
    /// The context words: the most frequent ones.
    static let contextWords = 600
    /// The fewest occurrences a word needs to be clustered.
    static let minimumCount = 2
    /// Rounds of k-means at each granularity: 40, where WiNER's clusters stop moving (15 gave
    /// 0.843 static on the reverse direction, 40 and 80 both 0.847).
    static let rounds = 40

    /// No clusters.
    public init() {}

    /// The number of clustered words.
    public var count: Int { table.count }

    /// The cluster numbers of a word (by lower-case hash), coarsest first; nil when unclustered.
    func clusters(of lowerHash: UInt64) -> UInt32? { table[lowerHash] }

    /// The cluster number of packed `clusters` at granularity `level` (0: coarsest).
    static func cluster(_ clusters: UInt32, level: Int) -> UInt32 { (clusters >> (8 * UInt32(level))) & 0xff }

    // MARK: Building

    /// Clusters the words of `documents`' text (every token, labelled or not), at
    /// `granularities` (at most 256 clusters each; tests choose fewer).
    public init(documents: [Document], seed: UInt64) {
        self.init(documents: documents, seed: seed, granularities: Self.granularities)
    }

    init(documents: [Document], seed: UInt64, granularities: [Int]) {
        var counts: [UInt64: Int] = [:]
        var streams: [[UInt64]] = []
        for document in documents {
            guard let document = document.tokenizedForProposing else { continue }
            let stream = TokenView(document).lower.map(StableHash.string)
            for word in stream { counts[word, default: 0] += 1 }
            streams.append(stream)
        }
        // By count, then hash: a fixed order whatever the dictionary's.
        let ranked = counts.filter { $0.value >= Self.minimumCount }.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
        guard let finest = granularities.max(), finest <= 256, ranked.count > finest else { return }
        let index = Dictionary(uniqueKeysWithValues: ranked.enumerated().map { ($1, $0) })
        let contexts = Dictionary(uniqueKeysWithValues: ranked.prefix(Self.contextWords).enumerated().map { ($1, $0) })
        var vectors = [[Int: Float]](repeating: [:], count: ranked.count)
        for stream in streams {
            for (position, word) in stream.enumerated() {
                guard let row = index[word] else { continue }
                if position > 0, let column = contexts[stream[position - 1]] { vectors[row][column, default: 0] += 1 }
                if position + 1 < stream.count, let column = contexts[stream[position + 1]] { vectors[row][Self.contextWords + column, default: 0] += 1 }
            }
        }
        let rows = vectors.map { SparseVector($0) }
        var packed = [UInt32](repeating: 0, count: ranked.count)
        var random = SeededRandom(seed: seed)
        for (level, k) in granularities.prefix(4).enumerated() {
            let assignment = SphericalKMeans(rows: rows, dimensions: 2 * Self.contextWords).clusters(k, rounds: Self.rounds, random: &random)
            for (row, cluster) in assignment.enumerated() { packed[row] |= UInt32(cluster) << (8 * UInt32(level)) }
        }
        for (row, word) in ranked.enumerated() { table[word] = packed[row] }
    }

    // MARK: Bytes

    /// The clusters as bytes, the same for the same clusters: a count, then (hash, clusters)
    /// pairs sorted by hash.
    public var encoded: Data {
        var out = Data()
        out.reserveCapacity(4 + 12 * table.count)
        func put<T: FixedWidthInteger>(_ value: T) { withUnsafeBytes(of: value.littleEndian) { out.append(contentsOf: $0) } }
        put(UInt32(table.count))
        for hash in table.keys.sorted() { put(hash); put(table[hash]!) }
        return out
    }

    /// Reads `encoded` bytes from the front of `data`, with the number of bytes they took; nil
    /// when they are cut short.
    static func decode(_ data: Data) -> (WordClusters, Int)? {
        let data = data.startIndex == 0 ? data : Data(data)
        var result = WordClusters()
        var offset = 0
        let ok = data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Bool in
            guard let count = EntityGazetteer.read(UInt32.self, raw, &offset), Int(count) <= raw.count / 12 else { return false }
            result.table.reserveCapacity(Int(count))
            for _ in 0..<count {
                guard let hash = EntityGazetteer.read(UInt64.self, raw, &offset),
                      let clusters = EntityGazetteer.read(UInt32.self, raw, &offset) else { return false }
                result.table[hash] = clusters
            }
            return true
        }
        return ok ? (result, offset) : nil
    }
}

/// A sparse vector of unit length: its non-zero coordinates and their values.
struct SparseVector {
    let indices: [Int]
    let values: [Float]

    /// The counts' square roots, scaled to unit length, in index order.
    init(_ counts: [Int: Float]) {
        let sorted = counts.sorted { $0.key < $1.key }
        let roots = sorted.map { $0.value.squareRoot() }
        let norm = max(roots.reduce(0) { $0 + $1 * $1 }.squareRoot(), 1e-9)
        indices = sorted.map(\.key)
        values = roots.map { $0 / norm }
    }

    /// The dot product with row `row` of a dense row-major matrix of `width` columns.
    func dot(_ matrix: [Float], row: Int, width: Int) -> Float {
        var sum: Float = 0
        let base = row * width
        for (i, index) in indices.enumerated() { sum += values[i] * matrix[base + index] }
        return sum
    }
}

/// Spherical k-means: clusters of unit vectors by cosine similarity, each centre the unit-length
/// mean of its members.
struct SphericalKMeans {
    let rows: [SparseVector]
    let dimensions: Int

    /// Each row's cluster (0..<k) after `rounds` rounds from a k-means++ start drawn with `random`.
    func clusters(_ k: Int, rounds: Int, random: inout SeededRandom) -> [Int] {
        var centres = [Float](repeating: 0, count: k * dimensions)
        // k-means++: each new centre drawn with probability growing with its distance to the nearest one.
        var nearest = [Float](repeating: .infinity, count: rows.count)
        var chosen = Int(random.next() % UInt64(rows.count))
        for centre in 0..<k {
            for (i, index) in rows[chosen].indices.enumerated() { centres[centre * dimensions + index] = rows[chosen].values[i] }
            var total: Float = 0
            for (row, vector) in rows.enumerated() {
                nearest[row] = min(nearest[row], max(0, 2 - 2 * vector.dot(centres, row: centre, width: dimensions)))
                total += nearest[row]
            }
            var target = Float(Double(random.next() % 1_000_000) / 1_000_000) * total
            chosen = rows.count - 1
            for (row, distance) in nearest.enumerated() {
                target -= distance
                if target <= 0 && distance > 0 { chosen = row; break }
            }
        }
        var assignment = [Int](repeating: -1, count: rows.count)
        for _ in 0..<rounds {
            var moved = false
            for (row, vector) in rows.enumerated() {
                var best = 0, bestScore = -Float.infinity
                for centre in 0..<k {
                    let score = vector.dot(centres, row: centre, width: dimensions)
                    if score > bestScore { best = centre; bestScore = score }
                }
                if assignment[row] != best { assignment[row] = best; moved = true }
            }
            // Settled: the centres would not move again, so further rounds change nothing.
            guard moved else { break }
            var sums = [Float](repeating: 0, count: k * dimensions)
            for (row, vector) in rows.enumerated() {
                for (i, index) in vector.indices.enumerated() { sums[assignment[row] * dimensions + index] += vector.values[i] }
            }
            for centre in 0..<k {
                let range = centre * dimensions..<(centre + 1) * dimensions
                let norm = sums[range].reduce(0) { $0 + $1 * $1 }.squareRoot()
                // An emptied cluster keeps its centre.
                guard norm > 0 else { continue }
                for i in range { centres[i] = sums[i] / norm }
            }
        }
        return assignment
    }
}
