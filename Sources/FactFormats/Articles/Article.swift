import FactModel

/// An article as read from an input file, before tokenisation.
public struct Article: Hashable, Sendable {
    /// Its id: the JSON `id`, or the file name without its extension.
    public var id: String
    /// The text exactly as read.
    public var text: String
    /// Metadata from JSON input (`title`, `url`, `lang`…), values as strings.
    public var meta: [String: String]
    /// Where it came from: the path, with `#id` for an article of a JSONL queue.
    public var source: String
    /// The file it came from.
    public var path: String
    /// True when it was read from a JSONL queue of several articles.
    public var isInQueue: Bool

    /// The language to tokenize in: `forced` when given, else the article's `meta.lang` (or
    /// `meta.language`) when it names one factline knows, else nil (guess from the text).
    public func language(overriding forced: Language?) -> Language? {
        forced ?? (meta["lang"] ?? meta["language"]).flatMap { Language(rawValue: $0.lowercased()) }
    }

    /// Makes an article.
    public init(id: String, text: String, meta: [String: String] = [:], source: String, path: String, isInQueue: Bool = false) {
        self.id = id
        self.text = text
        self.meta = meta
        self.source = source
        self.path = path
        self.isInQueue = isInQueue
    }
}
