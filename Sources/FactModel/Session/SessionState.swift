/// What a session's events fold to at one point in its log: the annotations, whether the article
/// is done, and the undo and redo stacks.
///
/// The only way to change it is `apply(_:in:schema:)`, which validates a decision against the
/// document and the schema and either applies it whole or throws and changes nothing.
public struct SessionState: Sendable {
    /// Mentions by id.
    public internal(set) var mentions: [String: MentionAnnotation]
    /// Claims by id.
    public internal(set) var claims: [String: ClaimAnnotation]
    /// True once the analyst declared the article done (and did not reopen it).
    public internal(set) var isComplete: Bool

    struct Snapshot: Sendable {
        var mentions: [String: MentionAnnotation]
        var claims: [String: ClaimAnnotation]
        var isComplete: Bool
    }

    /// An applied decision that `undo` can revert: the event that applied it and the state before.
    private struct Undoable: Sendable {
        var seq: Int
        var action: Action
        var before: Snapshot
    }

    /// A reverted decision that `redo` can re-apply: the undo event that reverted it.
    private struct Redoable: Sendable {
        var undoSeq: Int
        var action: Action
    }

    /// The highest mention number ever used, proposals and adds, undone ones included: an id,
    /// once in the log, never names a second span.
    private var highestMentionNumber: Int = 0
    /// The same for claims.
    private var highestClaimNumber: Int = 0

    private var undoStack: [Undoable] = []
    private var redoStack: [Redoable] = []

    /// The state before any decision: every proposal pending.
    public init(proposals: ProposalSet) {
        var mentions: [String: MentionAnnotation] = [:]
        for proposal in proposals.mentions {
            mentions[proposal.id] = MentionAnnotation(
                id: proposal.id, mention: proposal.mention,
                review: Review(status: .pending, origin: .proposed, score: proposal.score, rule: proposal.rule))
        }
        var claims: [String: ClaimAnnotation] = [:]
        for proposal in proposals.claims {
            claims[proposal.id] = ClaimAnnotation(
                id: proposal.id, claim: proposal.claim,
                review: Review(status: .pending, origin: .proposed, score: proposal.score, rule: proposal.rule))
        }
        self.mentions = mentions
        self.claims = claims
        self.isComplete = false
        self.highestMentionNumber = mentions.keys.compactMap(AnnotationID.number(of:)).max() ?? 0
        self.highestClaimNumber = claims.keys.compactMap(AnnotationID.number(of:)).max() ?? 0
    }

    // MARK: - Reading

    /// The annotations in text order, as saved in the session file.
    public var annotations: Annotations {
        Annotations(
            mentions: mentions.values.sorted { ($0.mention.start, $0.mention.end, $0.id) < ($1.mention.start, $1.mention.end, $1.id) },
            claims: claims.values.sorted {
                ($0.claim.content.start, $0.claim.content.end, $0.id) < ($1.claim.content.start, $1.claim.content.end, $1.id)
            })
    }

    /// The sequence number of the event an `undo` would revert now, if any.
    public var undoTarget: Int? { undoStack.last?.seq }

    /// The sequence number of the undo event a `redo` would revert now, if any.
    public var redoTarget: Int? { redoStack.last?.undoSeq }

    /// The action the next `undo` would revert.
    public var undoableAction: Action? { undoStack.last?.action }

    /// The action the next `redo` would re-apply.
    public var redoableAction: Action? { redoStack.last?.action }

    /// A fresh id for a mention the analyst adds: one past the highest `m` number the session
    /// ever used, so an undone add does not free its id. Nil when the numbers ran out (a
    /// hostile session holding `m9223372036854775807`).
    public var nextMentionID: String? {
        highestMentionNumber < Int.max ? "m\(highestMentionNumber + 1)" : nil
    }

    /// A fresh id for a claim the analyst adds (`c12`), never one used before in the session.
    public var nextClaimID: String? {
        highestClaimNumber < Int.max ? "c\(highestClaimNumber + 1)" : nil
    }

    /// The review of any annotation, mention or claim.
    public func review(of id: String) -> Review? { mentions[id]?.review ?? claims[id]?.review }

    /// Counts of annotations by review status, over both layers.
    public var statusCounts: [ReviewStatus: Int] {
        var counts: [ReviewStatus: Int] = [:]
        for review in mentions.values.map(\.review) + claims.values.map(\.review) {
            counts[review.status, default: 0] += 1
        }
        return counts
    }

    // MARK: - Applying

    /// Applies one event, or throws and leaves the state as it was.
    public mutating func apply(_ event: Event, in document: Document, schema: LabelSchema) throws(DecisionError) {
        let before = Snapshot(mentions: mentions, claims: claims, isComplete: isComplete)
        switch event.action {
        case let .undo(target):
            guard let last = undoStack.last else { throw .nothingToUndo }
            guard last.seq == target else { throw .undoOutOfOrder(expected: last.seq, got: target) }
            undoStack.removeLast()
            restore(last.before)
            redoStack.append(Redoable(undoSeq: event.seq, action: last.action))
        case let .redo(target):
            guard let last = redoStack.last else { throw .nothingToRedo }
            guard last.undoSeq == target else { throw .redoOutOfOrder(expected: last.undoSeq, got: target) }
            do {
                try perform(last.action, in: document, schema: schema)
            } catch {
                restore(before)
                throw error
            }
            redoStack.removeLast()
            undoStack.append(Undoable(seq: event.seq, action: last.action, before: before))
        default:
            do {
                try perform(event.action, in: document, schema: schema)
            } catch {
                restore(before)
                throw error
            }
            undoStack.append(Undoable(seq: event.seq, action: event.action, before: before))
            redoStack.removeAll()
        }
        if case let .add(id, _, _, _) = event.action, let number = AnnotationID.number(of: id) {
            highestMentionNumber = max(highestMentionNumber, number)
        }
        if case let .addClaim(id, _) = event.action, let number = AnnotationID.number(of: id) {
            highestClaimNumber = max(highestClaimNumber, number)
        }
    }

    mutating func restore(_ snapshot: Snapshot) {
        mentions = snapshot.mentions
        claims = snapshot.claims
        isComplete = snapshot.isComplete
    }
}
