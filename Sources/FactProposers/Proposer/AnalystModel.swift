import FactModel
import Foundation

/// The analyst's own copy of the tagger, saved beside the sessions and updated from their
/// decisions, so that the next article (or the rest of this one) is proposed better.
///
/// Use: `let model = AnalystModel.load(sessionsFolder: "Sessions")`, propose with
/// `model.proposer`, call `model.learn(from: session)` when an article is done (or after each
/// decision: only fully decided sentences are learnt from), then `try model.save()`.
/// `factline train Sessions --from Sessions/.factline/analyst.fr.flm` retrains from it in batch.
public final class AnalystModel: @unchecked Sendable {
    /// Where the model is saved.
    public let path: String
    private let lock = NSLock()
    private var current: EntityTagger

    /// The analyst model's file for a sessions folder: `<sessions>/.factline/analyst.<lang>.flm`.
    public static func path(sessionsFolder: String, language: Language = .french) -> String {
        URL(fileURLWithPath: sessionsFolder).appendingPathComponent(".factline")
            .appendingPathComponent("analyst.\(language.rawValue).flm").path
    }

    /// The analyst's saved model when there is one (and it reads), else a copy of the shipped
    /// model, which will be saved to `path` on `save()`; nil when neither exists (English today).
    public static func load(sessionsFolder: String, language: Language = .french) -> AnalystModel? {
        let path = path(sessionsFolder: sessionsFolder, language: language)
        if let tagger = try? EntityTagger.read(path: path) { return AnalystModel(tagger: tagger, path: path) }
        guard language == .french, let shipped = ShippedModels.french else { return nil }
        return AnalystModel(tagger: shipped, path: path)
    }

    /// Wraps a tagger that will be saved at `path`.
    public init(tagger: EntityTagger, path: String) {
        current = tagger
        self.path = path
    }

    /// The tagger as it stands.
    public var tagger: EntityTagger { lock.withLock { current } }

    /// The default proposer (model + rules + claims) over the analyst's model; its version
    /// names the number of updates (`fr-news 1+u12+rules …`), which the session records.
    public var proposer: DefaultProposer { DefaultProposer(analystModel: tagger) }

    /// Learns from a session's decisions (see `LabeledDocument(session:)`); returns the number
    /// of sentences that changed the model.
    @discardableResult
    public func learn(from session: Session) -> Int { learn(LabeledDocument(session: session)) }

    /// Learns from a document with gold mentions (every sentence, unless `reviewedSentences`).
    @discardableResult
    public func learn(_ example: LabeledDocument) -> Int {
        lock.withLock { current.update(with: example) }
    }

    /// Writes the model to `path` (creating its folder), atomically.
    public func save() throws {
        let tagger = self.tagger
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try tagger.write(to: path)
    }
}
