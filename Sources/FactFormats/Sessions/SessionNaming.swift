import Foundation

/// Where a session of an article by an annotator lives: `FOLDER/<article>.<annotator>.json`,
/// with the queue's name in front for an article of a JSONL queue.
public enum SessionNaming {
    /// The session path for an article and annotator inside a folder.
    public static func path(for article: Article, annotator: String, folder: String) -> String {
        var name = slug(article.id)
        if article.isInQueue {
            name = slug(ArticleReader.fileStem(article.path)) + "-" + name
        }
        return URL(fileURLWithPath: folder).appendingPathComponent("\(name).\(slug(annotator)).json").relativePath(from: folder)
    }

    /// Lower-case ASCII letters, digits, `-` and `.`; anything else becomes `-`.
    public static func slug(_ text: String) -> String {
        var result = ""
        for scalar in text.lowercased().unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "." {
                result.unicodeScalars.append(scalar)
            } else if let base = foldedASCII(scalar) {
                result += base
            } else if !result.hasSuffix("-") {
                result += "-"
            }
        }
        let trimmed = result.trimmingCharacters(in: CharacterSet(charactersIn: "-."))
        return trimmed.isEmpty ? "article" : String(trimmed.prefix(80))
    }

    /// `é` → `e`: keeps French names readable in file names.
    private static func foldedASCII(_ scalar: Unicode.Scalar) -> String? {
        let folded = String(scalar).folding(options: [.diacriticInsensitive], locale: nil)
        guard folded.unicodeScalars.allSatisfy({ $0.isASCII && $0.properties.isAlphabetic }), !folded.isEmpty else { return nil }
        return folded
    }
}

extension URL {
    /// The path, kept relative when the folder was given relative.
    fileprivate func relativePath(from folder: String) -> String {
        folder.hasPrefix("/") ? path : (folder as NSString).appendingPathComponent(lastPathComponent)
    }
}
