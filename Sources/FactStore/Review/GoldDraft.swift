import FactFormats
import FactModel
import Foundation

/// The start of an adjudication: the analysts' versions of one article side by side, and a
/// gold session whose proposals are the union of what they accepted (each proposal's rule
/// says who had it: `review:ana+bob`), so the adjudicator accepts, rejects or corrects each
/// item with the shell's usual commands, every choice an event.
public struct GoldDraft {
    /// The analysts' sessions, by annotator.
    public let versions: [Session]
    /// Mention keys (`start end label`) → who accepted them.
    public let mentionHolders: [MentionKey: [String]]
    /// Claims (links stripped) → who accepted them.
    public let claimHolders: [Claim: [String]]

    /// A mention as the analysts are compared on: span, label and text.
    public struct MentionKey: Hashable, Sendable {
        /// First code point.
        public var start: Int
        /// One past the last.
        public var end: Int
        /// Label.
        public var label: String
        /// Covered text.
        public var text: String
    }

    /// Gathers the analysts' accepted mentions and claims.
    public init(versions: [Session]) {
        self.versions = versions
        var mentions: [MentionKey: [String]] = [:], claims: [Claim: [String]] = [:]
        for session in versions {
            for m in session.annotations.goldMentions.map(\.mention) {
                mentions[MentionKey(start: m.start, end: m.end, label: m.label, text: m.text), default: []].append(session.annotator)
            }
            for c in session.annotations.goldClaims { claims[GoldDraft.unlinked(c.claim), default: []].append(session.annotator) }
        }
        mentionHolders = mentions
        claimHolders = claims
    }

    /// A claim without its links to mention and claim ids, which differ between sessions.
    static func unlinked(_ claim: Claim) -> Claim {
        var claim = claim
        claim.source?.mention = nil
        claim.cue?.mention = nil
        claim.content.mention = nil
        claim.relations = []
        return claim
    }

    /// The union as numbered proposals; the score is the share of analysts who had the item.
    public var proposals: ProposalSet {
        let total = Double(max(versions.count, 1))
        let mentions = mentionHolders.map { key, who in
            MentionProposal(label: key.label, start: key.start, end: key.end, text: key.text, score: Double(who.count) / total,
                            rule: "review:" + who.sorted().joined(separator: "+"))
        }
        let claims = claimHolders.map { claim, who in
            ClaimProposal(claim: claim, score: Double(who.count) / total, rule: "review:" + who.sorted().joined(separator: "+"))
        }
        return ProposalSet(mentions: mentions, claims: claims).numbered()
    }

    /// A new gold session of the article: the union as proposals, then (as events) the items
    /// every analyst shares accepted, or with `pick` that analyst's items accepted and the
    /// others rejected.
    public func goldSession(annotator: String, pick: String?, acceptShared: Bool) throws(StoreError) -> Session {
        guard let first = versions.first else { throw .refused("no analyst's session to review") }
        let names = versions.map(\.annotator)
        if let pick, !names.contains(pick) { throw .refused("--pick \(pick): no session of that analyst; there are \(names.joined(separator: ", "))") }
        var session = Session(document: first.document, source: first.article.source, schema: first.schema,
                              proposer: ProposerRecord(name: "review", version: "1", settings: ["annotators": names.joined(separator: ",")]),
                              proposals: proposals, annotator: annotator)
        var accept: [String] = [], reject: [String] = []
        func decide(_ id: String, _ rule: String) {
            let who = rule.dropFirst("review:".count).split(separator: "+").map(String.init)
            if let pick { (who.contains(pick) ? { accept.append(id) } : { reject.append(id) })() } else if acceptShared && who.count == names.count { accept.append(id) }
        }
        for p in session.proposals.mentions { decide(p.id, p.rule) }
        for p in session.proposals.claims { decide(p.id, p.rule) }
        if !reject.isEmpty { _ = try? session.record(.reject(ids: reject)) }
        for id in accept { _ = try? session.record(.accept(ids: [id])) }
        return session
    }

    /// Who annotated what, sentence by sentence: each mention and claim any analyst accepted,
    /// with the analysts who have it (`all` when everyone does).
    public func listing() -> [String] {
        guard let document = versions.first?.document else { return [] }
        let everyone = versions.count
        var lines: [String] = []
        func who(_ names: [String]) -> String { names.count == everyone ? "all" : names.sorted().joined(separator: ", ") }
        for (number, sentence) in document.sentences.enumerated() {
            let mentions = mentionHolders.filter { $0.key.start >= sentence.start && $0.key.start < sentence.end }
                .sorted { ($0.key.start, $0.key.end, $0.key.label) < ($1.key.start, $1.key.end, $1.key.label) }
            let claims = claimHolders.filter { $0.key.content.start >= sentence.start && $0.key.content.start < sentence.end }
                .sorted { ($0.key.content.start, $0.key.content.end) < ($1.key.content.start, $1.key.content.end) }
            guard !mentions.isEmpty || !claims.isEmpty else { continue }
            lines.append("sentence \(number + 1):")
            for (key, names) in mentions {
                let mark = names.count == everyone ? " " : "≠"
                lines.append("  \(mark) \(key.label) \(key.start)-\(key.end) «\(key.text)» · \(who(names))")
            }
            for (claim, names) in claims {
                let mark = names.count == everyone ? " " : "≠"
                let source = claim.source.map { "«\($0.text)»" } ?? "-"
                let cue = claim.cue.map { "«\($0.text)»" } ?? "-"
                lines.append("  \(mark) claim \(claim.factBankCode) source \(source) cue \(cue) content «\(claim.content.text)» · \(who(names))")
            }
        }
        return lines
    }

    /// True when the analysts did not all accept the same mentions and claims.
    public var disagrees: Bool {
        mentionHolders.values.contains { $0.count < versions.count } || claimHolders.values.contains { $0.count < versions.count }
    }
}
