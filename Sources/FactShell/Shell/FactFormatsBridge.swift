import FactFormats
import FactModel
import Foundation

/// Small questions the shell asks of session files without opening (and locking) them.
enum FactFormatsBridge {
    /// Where an article's session lives under the shell's options.
    static func sessionPath(for article: Article, options: ShellOptions) -> String {
        SessionNaming.path(for: article, annotator: options.annotator, folder: options.sessionsFolder)
    }

    /// The status a session file records, or nil when there is none or it cannot be read.
    static func status(ofSessionAt path: String) -> SessionStatus? {
        SessionLoader.status(path: path)
    }
}
