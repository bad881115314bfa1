import FactModel
import FactText
import Foundation

/// The proposer factline should use by default: the shipped model of the document's language
/// (French news, English Wikipedia) combined with the rules (`CombinedProposer`, rules filling
/// the labels the model lacks) and the claim rules; exactly `RuleClaimProposer`'s proposals
/// when no model can be found for the language.
///
/// Its `version` names the models' versions, so a session records which model proposed.
public struct DefaultProposer: Proposer {
    private let analyst: EntityTagger?

    /// The French proposer, built when first needed: a resumed session, which proposes
    /// nothing, never reads the model.
    private var french: CombinedProposer? { (analyst ?? ShippedModels.french).map { CombinedProposer(tagger: $0) } }
    /// The English proposer, read when first needed as the French one is.
    private var english: CombinedProposer? { ShippedModels.english.map { CombinedProposer(tagger: $0) } }

    /// The default proposer with the shipped models (each loaded on first use, once per
    /// process), or an analyst's own model for French when one is given.
    public init(analystModel: EntityTagger? = nil) {
        analyst = analystModel
    }

    /// `model+rules+claims` when a French model is available, else `rules+claims`.
    public var name: String { french?.name ?? RuleClaimProposer().name }
    /// The French model's and the rules' versions, then the English model's
    /// (`fr-news 1+rules 0.1.0+claims 0.1.0+en-wiki 1`): one proposer serves both languages,
    /// so its version names every model it may run.
    /// The English part is read from the model's header, so a French session does not load it.
    public var version: String {
        let base = french?.version ?? RuleClaimProposer().version
        guard let english = ShippedModels.englishVersion else { return base }
        return base + "+" + english
    }

    /// The proposer for a document's language, or nil for the rules alone.
    private func combined(for language: Language) -> CombinedProposer? {
        switch language {
        case .french: french
        case .english: english
        }
    }

    /// Proposals for a document: the combined proposer of its language, else the rules.
    public func propose(_ document: Document) -> ProposalSet {
        if let combined = combined(for: document.language) { return combined.propose(document) }
        return RuleClaimProposer().propose(document)
    }

    /// The mentions alone, in text order, for a tokenized document: what `propose` finds,
    /// without the claims, for callers that propose claims their own way (`NewsProposer`).
    public func mentions(in document: Document) -> [MentionProposal] {
        if let combined = combined(for: document.language) {
            return CombinedProposer(tagger: combined.tagger, fill: combined.fill, claims: false).combinedMentions(document)
        }
        return RuleProposer().propose(document).mentions
    }
}

/// The models shipped as FactProposers resources, found through `FACTLINE_MODEL_FR`,
/// `FACTLINE_MODEL_EN` or `ShippedResource`, and loaded once.
public enum ShippedModels {
    /// The French news model (`fr-news.flm`, trained on WiNER 2016 + 2017), or nil when it
    /// cannot be found or read.
    public static let french: EntityTagger? = {
        guard let path = path(of: "fr-news.flm", environment: "FACTLINE_MODEL_FR") else { return nil }
        return try? EntityTagger.read(path: path)
    }()

    /// The English model (`en-wiki.flm`, trained on Re-DocRED's Wikipedia lead sections), or
    /// nil when it cannot be found or read.
    public static let english: EntityTagger? = {
        guard let path = path(of: "en-wiki.flm", environment: "FACTLINE_MODEL_EN") else { return nil }
        return try? EntityTagger.read(path: path)
    }()

    /// The English model's name and version (`en-wiki 1`) from its file's header, without
    /// loading it; nil when there is no English model file.
    public static let englishVersion: String? = path(of: "en-wiki.flm", environment: "FACTLINE_MODEL_EN").flatMap(EntityTagger.nameAndVersion)

    /// Where a shipped model file is: `$ENVIRONMENT` when set, else where `ShippedResource`
    /// finds it (beside the executable, or in the source tree it was built from).
    public static func path(of file: String, environment: String) -> String? {
        if let path = ProcessInfo.processInfo.environment[environment], !path.isEmpty {
            return FileManager.default.fileExists(atPath: path) ? path : nil
        }
        return ShippedResource.url(named: file)?.path
    }
}

/// What the shell and `factline propose` run by default: the default proposer's mentions (the
/// language's model with the rules, or the rules) and claims from the claim rules combined, for
/// English, with the learned attribution tagger. Its version names every part, so a session
/// records exactly what proposed.
public struct NewsProposer: Proposer {
    private let mentions: DefaultProposer
    private let claims: HybridClaimProposer

    /// The news proposer with the shipped models (each read on first use).
    public init(analystModel: EntityTagger? = nil) {
        mentions = DefaultProposer(analystModel: analystModel)
        claims = HybridClaimProposer()
    }

    /// `model+rules+claims+tagger`, or `rules+claims+tagger` without a French model.
    public var name: String { mentions.name + "+tagger" }
    /// The mention proposer's versions, then the claim tagger's.
    public var version: String { mentions.version + "+tagger \(HybridClaimProposer.taggerVersion)" }

    /// Mentions and claims for a document, numbered.
    public func propose(_ document: Document) -> ProposalSet {
        guard let document = document.tokenizedForProposing else { return ProposalSet() }
        // Mentions only: the claims come from the claim proposer once, not from the default
        // proposer too (which would run the claim rules a second time, then drop them).
        let found = ProposalSet(mentions: mentions.mentions(in: document)).numbered().mentions
        return ProposalSet(mentions: found, claims: claims.claims(in: document, mentions: found)).numbered()
    }
}
