import FactModel
import Foundation

/// The analyst's own copy of the tagger, saved beside the sessions and updated from their
/// decisions, so that the next article (or the rest of this one) is proposed better.
///
/// Use: `let model = AnalystModel(sessionsFolder: "Sessions")`, propose with
/// `AnalystProposer(model: model)`, call `model.learn(from: session)` when an article is done
/// (only fully decided sentences are learnt from), then `try model.save()`.
/// `factline train Sessions --from Sessions/.factline/analyst.fr.flm` retrains from it in batch.
public final class AnalystModel: @unchecked Sendable {
    /// How the model learns from each article (the same as `factline train --progressive`
    /// without replay, which cost about 0.3 s an article for a gain within noise).
    public let learning: EntityTagger.Learning

    /// Where the model is saved.
    public let path: String
    private let lock = NSLock()
    /// The tagger, read on first use (a resumed session, which proposes nothing, never reads
    /// it); `.some(nil)` once reading found no model.
    private var current: EntityTagger??
    private let fallback: @Sendable () -> EntityTagger?

    /// The analyst model's file for a sessions folder: `<sessions>/.factline/analyst.<lang>.flm`.
    public static func path(sessionsFolder: String, language: Language = .french) -> String {
        URL(fileURLWithPath: sessionsFolder).appendingPathComponent(".factline")
            .appendingPathComponent("analyst.\(language.rawValue).flm").path
    }

    /// The analyst model of a sessions folder: its saved file when there is one (and it reads),
    /// else a copy of the shipped French model, saved to `path` on `save()`.
    public convenience init(sessionsFolder: String) {
        self.init(path: Self.path(sessionsFolder: sessionsFolder)) { ShippedModels.french }
    }

    /// A model kept at `path`, starting from `fallback()` when no file is there yet.
    public init(path: String, learning: EntityTagger.Learning = EntityTagger.Learning(), fallback: @escaping @Sendable () -> EntityTagger?) {
        self.path = path
        self.fallback = fallback
        self.learning = learning
    }

    /// Wraps a tagger that will be saved at `path`.
    public convenience init(tagger: EntityTagger, path: String) {
        self.init(path: path) { nil }
        current = .some(tagger)
    }

    /// The tagger as it stands, or nil when there is neither a saved nor a shipped model.
    public var tagger: EntityTagger? {
        lock.withLock { loaded() }
    }

    private func loaded() -> EntityTagger? {
        if let current { return current }
        let tagger = (try? EntityTagger.read(path: path)) ?? fallback()
        current = .some(tagger)
        return tagger
    }

    /// Learns from a session's decisions (see `LabeledDocument(session:)`); returns the number
    /// of sentences that changed the weights. Only French sessions teach the French model.
    @discardableResult
    public func learn(from session: Session) -> Int {
        guard session.document.language == .french else { return 0 }
        return learn(LabeledDocument(session: session))
    }

    /// Learns from a document with gold mentions (every sentence, unless `reviewedSentences`).
    @discardableResult
    public func learn(_ example: LabeledDocument) -> Int {
        lock.withLock {
            guard var tagger = loaded() else { return 0 }
            let changed = tagger.update(with: example, learning: learning)
            current = .some(tagger)
            return changed
        }
    }

    /// Writes the model to `path` (creating its folder), atomically; nothing without a model.
    public func save() throws {
        guard let tagger = self.tagger else { return }
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try tagger.write(to: path)
    }
}

/// The news proposer over the analyst's model as it stands at each call: after the model
/// learns, the next article is proposed by the updated model, and its version names the
/// number of updates (`fr-news 1+u12+rules …`), which the session records.
public struct AnalystProposer: Proposer {
    /// The analyst's model.
    public let model: AnalystModel

    /// Proposes with `model`.
    public init(model: AnalystModel) { self.model = model }

    private var current: NewsProposer { NewsProposer(analystModel: model.tagger) }

    /// The news proposer's name.
    public var name: String { current.name }
    /// The news proposer's version with the analyst model's (`fr-news 1+u3+rules …`).
    public var version: String { current.version }

    /// The news proposer's proposals with the model as it stands.
    public func propose(_ document: Document) -> ProposalSet { current.propose(document) }
}
