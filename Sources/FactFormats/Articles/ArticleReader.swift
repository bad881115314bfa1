import Foundation

/// Reads articles from `.txt`/`.md` files, JSON files (`{"id","text","meta"}`) and JSONL queues
/// (one such object a line), refusing binary, non-UTF-8 and oversized input with a clear error.
public enum ArticleReader {
    /// The largest input file read, in bytes.
    public static let sizeLimit = 64 * 1_048_576

    /// Reads every article of a file, in file order.
    public static func read(path: String) throws(FormatError) -> [Article] {
        try articles(from: try readBytes(path: path), path: path)
    }

    /// The articles of a file's bytes, read as the file's extension says: `.jsonl`/`.ndjson` a
    /// queue, `.json` one article object, anything else plain text.
    public static func articles(from data: Data, path: String) throws(FormatError) -> [Article] {
        let text = try decodeUTF8(data, path: path)
        let lower = path.lowercased()
        if lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") {
            return try readQueue(text, path: path)
        }
        if lower.hasSuffix(".json") {
            var article = try parseArticle(Data(text.utf8), path: path, line: nil, isInQueue: false)
            article.source = path
            return [article]
        }
        guard !text.unicodeScalars.allSatisfy(\.properties.isWhitespace) else { throw .emptyArticle(path: path, line: nil) }
        return [Article(id: fileStem(path), text: text, source: path, path: path)]
    }

    /// The file's name without folders and without its last extension.
    public static func fileStem(_ path: String) -> String {
        let name = URL(fileURLWithPath: path).lastPathComponent
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }

    // MARK: - Bytes and UTF-8

    /// Reads a whole file, refusing missing, oversized and binary files, and anything that is not
    /// a regular file (a folder, a FIFO, a device, a socket) with a message that says what it is.
    /// Never blocks: a FIFO is refused before it is opened, and the file is opened non-blocking
    /// and checked again, so one swapped in between is refused too.
    public static func readBytes(path: String, limit: Int = sizeLimit) throws(FormatError) -> Data {
        try FileBytes.read(path: path, limit: limit)
    }

    /// Decodes UTF-8 strictly, naming the first bad byte. UTF-16 and UTF-32 (told by their
    /// byte-order mark, or by the NUL bytes of ASCII text in them) are named as such; other NUL
    /// bytes mark a binary file.
    public static func decodeUTF8(_ data: Data, path: String) throws(FormatError) -> String {
        if let encoding = TextEncodingSniffer.wideEncoding(of: data) { throw .otherEncoding(path: path, encoding: encoding) }
        if data.contains(0) { throw .binary(path: path) }
        if let text = String(validating: data, as: UTF8.self) { return text }
        throw .invalidUTF8(path: path, byteOffset: firstInvalidUTF8Offset(data))
    }

    static func firstInvalidUTF8Offset(_ data: Data) -> Int {
        var iterator = data.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case let .valid(encoded): offset += encoded.count
            case .emptyInput: return offset
            case .error: return offset
            }
        }
    }

    // MARK: - JSON

    private static func readQueue(_ text: String, path: String) throws(FormatError) -> [Article] {
        var articles: [Article] = []
        var seen: Set<String> = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard !line.allSatisfy(\.isWhitespace) else { continue }
            var article = try parseArticle(Data(line.utf8), path: path, line: index + 1, isInQueue: true)
            if article.id.isEmpty { article.id = "line\(index + 1)" }
            guard seen.insert(article.id).inserted else { throw .duplicateID(path: path, id: article.id) }
            article.source = "\(path)#\(article.id)"
            articles.append(article)
        }
        guard !articles.isEmpty else { throw .emptyArticle(path: path, line: nil) }
        return articles
    }

    private static func parseArticle(_ data: Data, path: String, line: Int?, isInQueue: Bool) throws(FormatError) -> Article {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            throw .badJSON(path: path, line: line, reason: JSONDiagnostics.explain(data, inLine: line != nil))
        }
        guard let fields = object as? [String: Any] else {
            throw .badJSON(path: path, line: line, reason: "expected an object with \"text\"")
        }
        guard let text = fields["text"] as? String else {
            throw .badJSON(path: path, line: line, reason: "missing \"text\" string")
        }
        guard !text.unicodeScalars.allSatisfy(\.properties.isWhitespace) else { throw .emptyArticle(path: path, line: line) }
        let id: String
        switch fields["id"] {
        case let string as String: id = string
        case let number as NSNumber: id = number.stringValue
        default: id = isInQueue ? "" : fileStem(path)
        }
        var meta: [String: String] = [:]
        if let given = fields["meta"] as? [String: Any] {
            for (key, value) in given { meta[key] = stringValue(value) }
        }
        for key in ["lang", "language", "title", "url", "date"] where meta[key] == nil {
            if let value = fields[key] { meta[key] = stringValue(value) }
        }
        return Article(id: id, text: text, meta: meta, source: path, path: path, isInQueue: isInQueue)
    }

    private static func stringValue(_ value: Any) -> String {
        switch value {
        case let string as String: return string
        case let number as NSNumber: return number.stringValue
        default:
            if let data = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed]) {
                return String(decoding: data, as: UTF8.self)
            }
            return "\(value)"
        }
    }
}
