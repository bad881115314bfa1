import FactModel
import Foundation

/// Where a session of an article by an annotator lives: `FOLDER/<article>.<annotator>.json`,
/// with the queue's name in front for an article of a JSONL queue.
///
/// Each part is the text itself when it is already a slug (lower-case ASCII letters, digits, `-`
/// and `.`), so `choe-son-hui-moscou.fr.ana.json` keeps its name. Any other text becomes its
/// slug followed by `_` and 8 hex digits of the SHA-256 of the exact text (`Élan` →
/// `elan_0dce8e03`), so two ids that slug alike (`Élan`, `elan`) never share a session file:
/// a slug never contains `_`, so a hashed part never equals a plain one.
///
/// Sessions named before this rule (slug only) still resume: when the new name does not exist
/// and the old one holds a session of the same article id and annotator, the old name is used.
/// A plain name whose file belongs to another article (an old collision) gets the hash too.
public enum SessionNaming {
    /// The session path for an article and annotator inside a folder.
    public static func path(for article: Article, annotator: String, folder: String) -> String {
        let preferred = join(article: article, annotator: annotator, folder: folder, name: part)
        let legacy = join(article: article, annotator: annotator, folder: folder) { text, _ in slug(text) }
        let owner = SessionOwner(id: article.id, annotator: annotator)
        if preferred == legacy {
            // A plain name taken by another article's session (named before hashes existed).
            if let found = SessionOwner.read(path: preferred), found != owner {
                return join(article: article, annotator: annotator, folder: folder) { text, isID in
                    isID ? hashed(text) : part(text, isID)
                }
            }
            return preferred
        }
        if !FileManager.default.fileExists(atPath: preferred), SessionOwner.read(path: legacy) == owner {
            return legacy
        }
        return preferred
    }

    /// Builds `FOLDER/[<queue>-]<id>.<annotator>.json` with `name` turning each text into a part
    /// (its second argument is true for the article id).
    private static func join(article: Article, annotator: String, folder: String,
                             name: (String, Bool) -> String) -> String {
        var stem = name(article.id, true)
        if article.isInQueue {
            stem = name(ArticleReader.fileStem(article.path), false) + "-" + stem
        }
        return URL(fileURLWithPath: folder).appendingPathComponent("\(stem).\(name(annotator, false)).json").relativePath(from: folder)
    }

    /// The text itself when it is a slug, else its slug and a short hash of the exact text.
    static func part(_ text: String, _ isID: Bool = false) -> String {
        let plain = slug(text)
        return plain == text ? plain : hashed(text)
    }

    /// The slug of a text, `_` and the first 8 hex digits of the SHA-256 of its UTF-8 bytes.
    static func hashed(_ text: String) -> String {
        slug(text) + "_" + Document.hash(text).prefix(8)
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

/// Whose session a file holds: its article id and annotator, read without verifying the session.
struct SessionOwner: Equatable {
    var id: String
    var annotator: String

    /// The two members that say whose a session is: `annotator` is a string, `article` an
    /// object with an `id`; read as one type that takes either.
    private struct Member: Decodable {
        var text: String

        private struct ArticleID: Decodable { var id: String }

        init(from decoder: any Decoder) throws {
            if let article = try? ArticleID(from: decoder) { text = article.id } else { text = try decoder.singleValueContainer().decode(String.self) }
        }
    }

    init(id: String, annotator: String) {
        self.id = id
        self.annotator = annotator
    }

    /// The owner of the session file at `path`, or nil when there is none or it cannot be read.
    static func read(path: String) -> SessionOwner? {
        guard FileManager.default.fileExists(atPath: path),
              let data = try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped),
              // Only the two members are decoded: a whole-document parse of a large session
              // cost a quarter of resuming it, and four times the file in memory.
              let members = SessionFile.members(["article", "annotator"], as: Member.self, in: data) else { return nil }
        return SessionOwner(id: members[0].text, annotator: members[1].text)
    }
}

extension URL {
    /// The path, kept relative when the folder was given relative.
    fileprivate func relativePath(from folder: String) -> String {
        folder.hasPrefix("/") ? path : (folder as NSString).appendingPathComponent(lastPathComponent)
    }
}
