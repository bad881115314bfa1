import Foundation

/// Where one export (or one split of it) goes: a stream file, standard output, a folder of brat
/// files, or the Python DocBin writer.
final class ExportSink {
    private let format: ExportFormat
    private var stream: StreamFile?
    private var docBin: SpacyDocBin?
    private let folder: String?
    private var count = 0

    /// Opens the destination; `path` nil means standard output (not for brat or spacy).
    init(format: ExportFormat, path: String?) throws(FormatError) {
        self.format = format
        switch format {
        case .brat:
            guard let path else { throw .unwritable(path: "standard output", reason: "brat writes a folder: give --out FOLDER") }
            do { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) } catch {
                throw .unwritable(path: path, reason: error.localizedDescription)
            }
            folder = path
        case .spacy:
            guard let path else { throw .unwritable(path: "standard output", reason: "a .spacy file is binary: give --out FILE.spacy") }
            docBin = try SpacyDocBin(path: path)
            folder = nil
        default:
            stream = try StreamFile(path: path)
            folder = nil
            if format == .labelstudio { try stream?.write("[\n") }
        }
    }

    /// Adds one rendered document.
    func add(_ data: Data, files: [(name: String, data: Data)]) throws(FormatError) {
        defer { count += 1 }
        if let folder {
            for file in files {
                let path = (folder as NSString).appendingPathComponent(file.name)
                if FileManager.default.fileExists(atPath: path), OutputGuard.isSession(path: path) {
                    throw .wouldOverwrite(path: path, reason: "it is a factline session")
                }
                try AtomicFile.write(file.data, to: path)
            }
        } else if let docBin {
            try docBin.write(data)
        } else if let stream {
            if format == .labelstudio {
                if count > 0 { try stream.write(",\n") }
                try stream.write(data.prefix(data.count - 1))
            } else {
                try stream.write(data)
            }
        }
    }

    /// Completes the destination.
    func finish() throws(FormatError) {
        if format == .labelstudio { try stream?.write("\n]\n") }
        try stream?.finish()
        try docBin?.finish()
    }

    /// Drops an unfinished file.
    func abandon() { stream?.abandon() }
}
