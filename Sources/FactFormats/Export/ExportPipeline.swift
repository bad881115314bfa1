import FactModel
import Foundation

/// What `factline export` was asked to do.
public struct ExportOptions: Sendable {
    /// The output format.
    public var format: ExportFormat
    /// The output file or folder (nil: standard output); with a split, a folder.
    public var out: String?
    /// Also export sessions not marked done.
    public var includeIncomplete = false
    /// Train/dev/test percentages, or nil for one output.
    public var split: [Int]?
    /// The seed of the split.
    public var seed: UInt64 = 0
    /// Keep every session of a text instead of the first.
    public var keepDuplicates = false

    /// Makes options with the defaults for everything but the format.
    public init(format: ExportFormat, out: String? = nil) {
        self.format = format
        self.out = out
    }
}

/// Several annotators' sessions of one text whose gold annotations differ.
public struct Disagreement: Sendable {
    /// The article id.
    public var article: String
    /// The text's sha256.
    public var sha256: String
    /// The annotators, in the order read.
    public var annotators: [String]
}

/// What an export did.
public struct ExportReport: Sendable {
    /// Documents written, per split name (`all` without a split).
    public var written: [String: Int] = [:]
    /// Gold mentions written.
    public var spans = 0
    /// Gold claims written.
    public var claims = 0
    /// Sessions skipped because they are not done.
    public var incomplete: [String] = []
    /// Sessions skipped because an earlier session had the same text and the same annotations.
    public var duplicates = 0
    /// Texts annotated by several annotators who disagree (only the first session is exported).
    public var disagreements: [Disagreement] = []
}

/// Streams sessions to an export: reads and renders them in parallel batches (every core),
/// writes them in input order, and holds at most one batch in memory.
public enum ExportPipeline {
    /// The split names, in order.
    public static let splitNames = ["train", "dev", "test"]

    /// Runs an export over session paths; `progress` is called with the number of sessions done.
    public static func run(paths: [String], options: ExportOptions, progress: (Int) -> Void = { _ in }) throws(FormatError) -> ExportReport {
        var sinks: [String: ExportSink] = [:]
        var report = ExportReport()
        var seen: [String: (annotator: String, fingerprint: Int, article: String, disagreement: Int?)] = [:]
        func sink(_ name: String) throws(FormatError) -> ExportSink {
            if let existing = sinks[name] { return existing }
            var path = options.out
            if options.split != nil, let out = options.out {
                let ext = options.format.fileExtension
                path = (out as NSString).appendingPathComponent(ext.isEmpty ? name : "\(name).\(ext)")
            }
            let made = try ExportSink(format: options.format, path: path)
            sinks[name] = made
            return made
        }
        if let out = options.out, options.split != nil {
            do { try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true) } catch {
                throw .unwritable(path: out, reason: error.localizedDescription)
            }
        }
        do {
            if options.split == nil { _ = try sink("all") }
            let batchSize = 64
            var done = 0
            var start = 0
            while start < paths.count {
                let batch = Array(paths[start..<min(start + batchSize, paths.count)])
                let items = try ParallelMap.map(batch) { path throws(FormatError) -> GoldDocument in try GoldReader.read(path: path) }
                var accepted: [(GoldDocument, String)] = []
                for gold in items {
                    done += 1
                    guard options.includeIncomplete || gold.status == .complete else {
                        report.incomplete.append(gold.path)
                        continue
                    }
                    let fingerprint = Fingerprint.of(gold)
                    if let first = seen[gold.article.sha256] {
                        if first.fingerprint != fingerprint {
                            if let index = first.disagreement {
                                report.disagreements[index].annotators.append(gold.annotator)
                            } else {
                                report.disagreements.append(Disagreement(article: gold.article.id, sha256: gold.article.sha256,
                                                                         annotators: [first.annotator, gold.annotator]))
                                seen[gold.article.sha256]?.disagreement = report.disagreements.count - 1
                            }
                        } else if !options.keepDuplicates {
                            report.duplicates += 1
                            continue
                        }
                        if !options.keepDuplicates { continue }
                    } else {
                        seen[gold.article.sha256] = (gold.annotator, fingerprint, gold.article.id, nil)
                    }
                    let name = options.split.map { Splitter.split(of: gold.article.sha256, percentages: $0, seed: options.seed) } ?? "all"
                    accepted.append((gold, name))
                }
                var numbers: [Int] = []
                for (_, name) in accepted {
                    report.written[name, default: 0] += 1
                    numbers.append(report.written[name]!)
                }
                let format = options.format
                let rendered = try ParallelMap.map(Array(zip(accepted, numbers))) { pair throws(FormatError) -> (Data, [(name: String, data: Data)]) in
                    do {
                        return (try format.render(pair.0.0, number: pair.1), format.files(pair.0.0))
                    } catch {
                        throw .unwritable(path: pair.0.0.path, reason: "cannot render: \(error)")
                    }
                }
                for ((gold, name), output) in zip(accepted, rendered) {
                    try sink(name).add(output.0, files: output.1)
                    report.spans += gold.mentions.count
                    report.claims += gold.claims.count
                }
                progress(done)
                start += batchSize
            }
            for name in sinks.keys.sorted() { try sinks[name]!.finish() }
        } catch {
            for sink in sinks.values { sink.abandon() }
            throw error
        }
        return report
    }
}

/// A hash of a document's gold annotations, to tell identical sessions of a text from differing ones.
enum Fingerprint {
    static func of(_ gold: GoldDocument) -> Int {
        var hasher = Hasher()
        for annotation in gold.mentions { hasher.combine(annotation.mention) }
        for annotation in gold.claims { hasher.combine(annotation.claim) }
        return hasher.finalize()
    }
}

/// Assigns a text to train, dev or test from a hash of its sha256 and the seed: the same text
/// always lands in the same split (all its sessions together), adding texts never moves others,
/// and the proportions are met on average (not exactly on small sets).
public enum Splitter {
    /// The split name of a text.
    public static func split(of sha256: String, percentages: [Int], seed: UInt64) -> String {
        var hash: UInt64 = 0xcbf29ce484222325 ^ seed &* 0x9E3779B97F4A7C15
        for byte in sha256.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100000001b3
        }
        hash ^= hash >> 33
        hash = hash &* 0xff51afd7ed558ccd
        hash ^= hash >> 33
        let total = percentages.reduce(0, +)
        let point = Int(hash % UInt64(max(total, 1)))
        var cumulative = 0
        for (index, share) in percentages.enumerated() {
            cumulative += share
            if point < cumulative { return ExportPipeline.splitNames[min(index, ExportPipeline.splitNames.count - 1)] }
        }
        return ExportPipeline.splitNames[0]
    }
}
