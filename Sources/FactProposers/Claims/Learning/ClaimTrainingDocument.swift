import FactModel
import FactText

/// One article's claims as training data for the attribution tagger: the tokenized document,
/// its gold claims and the sentences the analyst reviewed. Only reviewed sentences are learnt
/// from, so a rejected proposal there (its tokens left outside every gold claim) teaches the
/// tagger what is not a claim, while the analyst's silence elsewhere teaches nothing.
public struct ClaimTrainingDocument: Sendable {
    /// The document, tokenized.
    public let document: Document
    /// The gold claims: accepted, corrected and added ones.
    public let claims: [Claim]
    /// The reviewed sentences, as indices into `TaggerFeatures.sentenceRanges(document)`; nil
    /// when every sentence was reviewed.
    public let reviewedSentences: Set<Int>?

    /// Wraps a document (tokenized here when it is not yet) with its gold claims.
    public init(document: Document, claims: [Claim], reviewedSentences: Set<Int>? = nil) {
        var document = document
        if document.tokens.isEmpty { TextAnalyzer.analyze(&document) }
        self.document = document
        self.claims = claims
        self.reviewedSentences = reviewedSentences
    }

    /// A session's claim decisions: the accepted (possibly corrected) and added claims are the
    /// gold. A done session with no claim pending counts as reviewed everywhere; otherwise only
    /// the sentences some decided claim touches and no pending claim touches are.
    public init(session: Session) {
        let annotations = session.annotations
        var document = session.document
        if document.tokens.isEmpty { TextAnalyzer.analyze(&document) }
        let sentences = TaggerFeatures.sentenceRanges(document)
        var reviewed: Set<Int>?
        if session.status != .complete || annotations.claims.contains(where: { $0.review.status == .pending }) {
            var decided = Set<Int>(), pending = Set<Int>()
            for annotation in annotations.claims {
                let touched = Self.sentences(touchedBy: annotation.claim, in: document, sentences: sentences)
                if annotation.review.status == .pending { pending.formUnion(touched) } else { decided.formUnion(touched) }
            }
            reviewed = decided.subtracting(pending)
        }
        self.init(document: document, claims: annotations.goldClaims.map(\.claim), reviewedSentences: reviewed)
    }

    /// True when at least one sentence is reviewed (a session with no decided claim gives none).
    public var hasReviewedSentences: Bool { reviewedSentences.map { !$0.isEmpty } ?? true }

    /// The token ranges the tagger learns from.
    var trainingSentences: [Range<Int>] {
        let all = TaggerFeatures.sentenceRanges(document)
        guard let reviewedSentences else { return all }
        return all.indices.filter { reviewedSentences.contains($0) }.map { all[$0] }
    }

    /// The indices of the sentences a claim's source, cue and content touch.
    static func sentences(touchedBy claim: Claim, in document: Document, sentences: [Range<Int>]) -> Set<Int> {
        var touched = Set<Int>()
        for part in [claim.source, claim.cue, claim.content].compactMap({ $0 }) {
            for (index, range) in sentences.enumerated() where !range.isEmpty {
                let start = document.tokens[range.lowerBound].start, end = document.tokens[range.upperBound - 1].end
                if part.start < end && start < part.end { touched.insert(index) }
            }
        }
        return touched
    }
}
