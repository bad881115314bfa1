import FactModel
import Foundation

/// The formats `factline import` (and `eval`, `agree`) read.
public enum ImportFormat: String, CaseIterable, Sendable {
    case brat, conll, jsonl, labelstudio, doccano, session
}

/// Reads gold documents from sessions or any importable format.
public enum Dataset {
    /// The input files a list of paths names: folders are walked (`*.ann` for brat, `*.json`
    /// sessions otherwise), files taken as given.
    public static func files(_ paths: [String], format: ImportFormat?) throws(FormatError) -> [String] {
        var result: [String] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { throw .unreadable(path: path, reason: "no such file") }
            guard isFolder.boolValue else { result.append(path); continue }
            let all = (FileManager.default.enumerator(atPath: path)?.allObjects as? [String] ?? []).sorted()
            let wanted = format == .brat || (format == nil && all.contains { $0.hasSuffix(".ann") }) ? ".ann" : ".json"
            result += all.filter { $0.hasSuffix(wanted) && !($0 as NSString).lastPathComponent.hasPrefix(".") }
                .map { (path as NSString).appendingPathComponent($0) }
        }
        return result
    }

    /// The format of a file, from its name and (for `.json`) its first bytes.
    public static func sniff(_ path: String) -> ImportFormat {
        switch (path as NSString).pathExtension.lowercased() {
        case "ann": return .brat
        case "conll", "iob", "bio", "tsv", "txt": return .conll
        case "json":
            if OutputGuard.isSession(path: path) { return .session }
            return .labelstudio
        default: return .jsonl
        }
    }

    /// Imported documents of one file.
    public static func imported(_ path: String, format: ImportFormat, labels: LabelMap, annotator: String?) throws(FormatError) -> [ImportedDocument] {
        switch format {
        case .brat: return [try BratReader.read(annPath: path, labels: labels, annotator: annotator)]
        case .conll: return try RecordReaders.conll(path: path, labels: labels, annotator: annotator)
        case .jsonl, .labelstudio, .doccano: return try RecordReaders.json(path: path, format: format.rawValue, labels: labels, annotator: annotator)
        case .session: return []
        }
    }

    /// Gold documents from paths: sessions read as they are, other formats imported in memory.
    public static func gold(_ paths: [String], format: ImportFormat?, labels: LabelMap = .unchanged) throws(FormatError) -> [GoldDocument] {
        var result: [GoldDocument] = []
        try forEachGold(paths, format: format, labels: labels) { document throws(FormatError) in result.append(document) }
        return result
    }

    /// Streams the gold documents of paths to `body`, in order: files are read on every core a
    /// batch at a time (sessions through GoldReader's fast path), so at most one batch of
    /// documents is held, whatever the number of files.
    public static func forEachGold(_ paths: [String], format: ImportFormat?, labels: LabelMap = .unchanged,
                                   _ body: (GoldDocument) throws(FormatError) -> Void) throws(FormatError) {
        let all = try files(paths, format: format)
        var start = 0
        while start < all.count {
            let batch = Array(all[start..<min(start + 64, all.count)])
            let perFile = try ParallelMap.map(batch) { file throws(FormatError) -> [GoldDocument] in
                let kind = format ?? sniff(file)
                if kind == .session { return [try GoldReader.read(path: file)] }
                var result: [GoldDocument] = []
                for document in try imported(file, format: kind, labels: labels, annotator: nil) {
                    result.append(GoldDocument(session: try ImportSession.session(for: document), path: document.source))
                }
                return result
            }
            for document in perFile.joined() { try body(document) }
            start += batch.count
        }
    }
}
