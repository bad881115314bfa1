import FactModel
import Foundation

/// The analyst's own claim taggers, one per language, kept beside the sessions
/// (`SESSIONS/.factline/claims.<lang>.flc`) and retrained from the done sessions at each `done`,
/// so the next article's claims are proposed with what the analyst accepted, corrected and
/// added. A model file given on its own (`factline propose --claim-model M.flc`) serves the
/// language it was trained in and is never written.
public final class AnalystClaimModel: @unchecked Sendable {
    /// A loaded tagger with its version.
    public struct Loaded: Sendable {
        /// The tagger.
        public let tagger: ClaimTagger
        /// Its version (`u3.1a2b3c4d`).
        public let version: String
    }

    /// The sessions folder the models learn from, nil for a single given file.
    public let sessionsFolder: String?
    /// True for one model serving every language (a given file or tagger).
    private let single: Bool
    private let lock = NSLock()
    /// Per language: `.some(nil)` once looked for and not found.
    private var cache: [Language: Loaded?] = [:]

    /// The models of a sessions folder (read when first needed).
    public init(sessionsFolder: String) {
        self.sessionsFolder = sessionsFolder
        single = false
    }

    /// A single model file, used for the language it was trained in (every language for a
    /// model that does not say, such as the shipped English tagger's file).
    public init(file: String) throws {
        sessionsFolder = nil
        single = true
        let data = try Data(contentsOf: URL(fileURLWithPath: file))
        let tagger = try ClaimTagger(modelData: data)
        let header = AnalystClaimTraining.header(ofModel: data)
        let loaded = Loaded(tagger: tagger, version: header?.version ?? "file.\(String(AnalystClaimTraining.digest(data), radix: 16))")
        for language in Language.allCases { cache[language] = header.map { $0.language == language } ?? true ? .some(loaded) : .some(nil) }
    }

    /// A tagger in memory (just trained, for measuring), used for every language.
    public init(tagger: ClaimTagger, version: String) {
        sessionsFolder = nil
        single = true
        for language in Language.allCases { cache[language] = .some(Loaded(tagger: tagger, version: version)) }
    }

    /// The model file of a sessions folder for a language: `<sessions>/.factline/claims.<lang>.flc`.
    public static func path(sessionsFolder: String, language: Language) -> String {
        URL(fileURLWithPath: sessionsFolder).appendingPathComponent(".factline")
            .appendingPathComponent("claims.\(language.rawValue).flc").path
    }

    /// The tagger for a language, read on first use; nil when there is none (or it cannot be read).
    public func model(for language: Language) -> Loaded? {
        lock.withLock {
            if let cached = cache[language] { return cached }
            var loaded: Loaded?
            if let sessionsFolder, let data = try? Data(contentsOf: URL(fileURLWithPath: Self.path(sessionsFolder: sessionsFolder, language: language))),
               let tagger = try? ClaimTagger(modelData: data) {
                loaded = Loaded(tagger: tagger, version: AnalystClaimTraining.version(ofModel: data) ?? "?")
            }
            cache[language] = .some(loaded)
            return loaded
        }
    }

    /// The versions of the models there are, for the proposer's version: `fr u3.1a2b3c4d`, or
    /// the version alone for a single file.
    public var versions: [String] {
        if single { return Language.allCases.lazy.compactMap { self.model(for: $0)?.version }.first.map { [$0] } ?? [] }
        return Language.allCases.compactMap { language in model(for: language).map { "\(language.rawValue) \($0.version)" } }
    }

    // MARK: - Learning

    /// What a retraining did, for the line the shell shows.
    public struct Retraining: Sendable {
        /// The language retrained.
        public let language: Language
        /// The new version, nil when no done session had a claim to learn from.
        public let version: String?
        /// Articles and sentences learnt from.
        public let articles: Int, sentences: Int
        /// Where the model was written.
        public let path: String
        /// Wall-clock seconds, reading the sessions included.
        public let seconds: Double
    }

    /// Retrains the tagger of `current`'s language from scratch on every done session of the
    /// folder in that language (`current` standing for its saved copy, which may be older), in
    /// file-name order, writes it and uses it from now on. `sessions` reads the folder's
    /// sessions (FactFormats' loader, injected since this module does not read files' formats).
    public func retrain(after current: Session, sessions: () -> [Session],
                        options: AnalystClaimTraining.Options = AnalystClaimTraining.Options()) throws -> Retraining? {
        guard let sessionsFolder else { return nil }
        let started = Date()
        let language = current.document.language
        var done = sessions().filter { $0.document.language == language && $0.status == .complete }
        done.removeAll { $0.article.id == current.article.id && $0.annotator == current.annotator }
        if current.status == .complete { done.append(current) }
        let outcome = AnalystClaimTraining.train(done.map(ClaimTrainingDocument.init(session:)), options: options)
        let path = Self.path(sessionsFolder: sessionsFolder, language: language)
        guard let outcome else {
            return Retraining(language: language, version: nil, articles: 0, sentences: 0, path: path, seconds: Date().timeIntervalSince(started))
        }
        let data = AnalystClaimTraining.modelData(outcome, language: language, options: options)
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        let version = AnalystClaimTraining.version(ofModel: data) ?? "?"
        // What the file holds (weights rounded), so this run proposes as a later one reading it will.
        let tagger = try ClaimTagger(modelData: data)
        lock.withLock { cache[language] = .some(Loaded(tagger: tagger, version: version)) }
        return Retraining(language: language, version: version, articles: outcome.articles, sentences: outcome.sentences,
                          path: path, seconds: Date().timeIntervalSince(started))
    }
}
