import ArgumentParser
import FactModel

/// `--lang fr|en|auto`, shared by the commands that read articles.
enum LanguageOption: String, ExpressibleByArgument, CaseIterable {
    case fr, en, auto

    /// The language to force, or nil to take the article's own (`meta.lang`) or guess it.
    var language: Language? { Language(rawValue: rawValue) }
}
