import FactModel
import FactText
import Foundation

/// A document read from another tool's format, before it becomes a session.
public struct ImportedDocument: Sendable {
    /// An imported mention, with what the source said about it.
    public struct MentionItem: Sendable {
        /// The mention.
        public var mention: Mention
        /// Notes (including `brat-offsets` when the original offsets differ).
        public var notes: [String] = []
        /// Flagged in the source.
        public var flagged = false
        /// brat: the span joins several fragments (training leaves these out).
        public var joinedFragments = false
    }

    /// An imported claim.
    public struct ClaimItem: Sendable {
        /// The claim.
        public var claim: Claim
        /// Notes.
        public var notes: [String] = []
        /// Flagged in the source.
        public var flagged = false
    }

    /// The article id.
    public var id: String
    /// The text, exactly as read.
    public var text: String
    /// Who annotated it.
    public var annotator: String
    /// The file it came from.
    public var source: String
    /// The format it came from.
    public var format: String
    /// Mentions.
    public var mentions: [MentionItem] = []
    /// Claims.
    public var claims: [ClaimItem] = []
    /// Article metadata (brat lines that could not be modelled go under `brat.unmapped`).
    public var meta: [String: String] = [:]
    /// Annotations left out (nested or crossing spans, spans inside a character), for the report.
    public var leftOut = 0
    /// Mentions whose label the label map drops, for the report.
    public var dropped = 0

    /// Makes an empty imported document.
    public init(id: String, text: String, annotator: String, source: String, format: String) {
        self.id = id
        self.text = text
        self.annotator = annotator
        self.source = source
        self.format = format
    }
}

// MARK: - Turning an imported document into a session

/// Builds sessions from imported documents: an `import` proposer whose proposals (the imported
/// mentions and claims) are all accepted, notes and flags recorded as events, the session complete.
public enum ImportSession {
    /// The session of an imported document. Mentions that overlap an earlier (longer) one are left
    /// out (mentions are flat) and counted in `leftOut`.
    public static func session(for imported: ImportedDocument, created: Date = Date()) throws(FormatError) -> Session {
        let language = imported.meta["lang"].flatMap(Language.init(rawValue:))
        let document = TextAnalyzer.analyze(id: imported.id, text: imported.text, language: language, meta: imported.meta)
        // Imported labels keep their exact spelling; news labels that none of them names are added.
        var schema = LabelSchema.news
        let used = Set(imported.mentions.map(\.mention.label)).sorted()
        if !used.allSatisfy({ schema.mentionLabelNames.contains($0) }) {
            schema.name = "news+imported"
            schema.mentionLabels = used.map { LabelDefinition(name: $0, description: "imported from \(imported.format)", color: LabelSchema.news.mentionLabel(named: $0)?.color ?? 250) }
                + LabelSchema.news.mentionLabels.filter { news in !used.contains { $0.caseInsensitiveCompare(news.name) == .orderedSame } }
        }
        var proposals = ProposalSet()
        for (index, item) in imported.mentions.enumerated() {
            let label = schema.mentionLabel(named: item.mention.label)!.name
            proposals.mentions.append(MentionProposal(id: "i\(index)", label: label, start: item.mention.start, end: item.mention.end,
                                                      text: item.mention.text, score: 1, rule: "import.\(imported.format)"))
        }
        for (index, item) in imported.claims.enumerated() {
            proposals.claims.append(ClaimProposal(id: "j\(index)", claim: item.claim, score: 1, rule: "import.\(imported.format)"))
        }
        let numbered = proposals.numbered()
        let proposer = ProposerRecord(name: "import", version: "1", settings: ["format": imported.format, "source": imported.source])
        var session = Session(document: document, source: imported.source, schema: schema, proposer: proposer,
                              proposals: numbered, annotator: imported.annotator, created: created)
        // numbered() sorts by position; find each item's new id by its old one.
        let mentionIDs = idMap(old: proposals.mentions.map(\.id), sortedOld: proposals.mentions.sorted { ($0.start, $0.end, $0.label) < ($1.start, $1.end, $1.label) }.map(\.id), prefix: "m")
        let claimIDs = idMap(old: proposals.claims.map(\.id), sortedOld: proposals.claims.sorted {
            ($0.claim.content.start, $0.claim.content.end, $0.id) < ($1.claim.content.start, $1.claim.content.end, $1.id)
        }.map(\.id), prefix: "c")
        do {
            let ids = numbered.mentions.map(\.id) + numbered.claims.map(\.id)
            if !ids.isEmpty { try session.record(.accept(ids: ids), at: created) }
            for (index, item) in imported.mentions.enumerated() { try review(item.notes, item.flagged, id: mentionIDs[index], in: &session, at: created) }
            for (index, item) in imported.claims.enumerated() { try review(item.notes, item.flagged, id: claimIDs[index], in: &session, at: created) }
            try session.record(.complete, at: created)
        } catch {
            throw .session(path: imported.source, reason: "cannot import: \(error)")
        }
        return session
    }

    private static func review(_ notes: [String], _ flagged: Bool, id: String, in session: inout Session, at time: Date) throws(DecisionError) {
        for note in notes { try session.record(.note(id: id, text: note), at: time) }
        if flagged { try session.record(.flag(id: id, flagged: true), at: time) }
    }

    private static func idMap(old: [String], sortedOld: [String], prefix: String) -> [String] {
        var position: [String: Int] = [:]
        for (index, id) in sortedOld.enumerated() { position[id] = index + 1 }
        return old.map { "\(prefix)\(position[$0]!)" }
    }

    /// Makes mentions flat: keeps the longest of overlapping mentions (the outermost of nested
    /// ones), in text order; returns the kept ones and the left-out ones.
    public static func flatten<T>(_ items: [T], span: (T) -> TextSpan) -> (kept: [T], leftOut: [T]) {
        let order = items.indices.sorted { (span(items[$0]).start, -span(items[$0]).length, $0) < (span(items[$1]).start, -span(items[$1]).length, $1) }
        var kept: [Int] = [], leftOut: [T] = []
        var lastEnd = Int.min
        for index in order {
            let s = span(items[index])
            if s.start >= lastEnd {
                kept.append(index)
                lastEnd = s.end
            } else {
                leftOut.append(items[index])
            }
        }
        return (kept.sorted().map { items[$0] }, leftOut)
    }
}
