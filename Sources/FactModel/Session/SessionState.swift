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

    /// What a decision changed: the value each touched mention and claim had before it (nil
    /// for one it created) and, when it changed, whether the article was done. Undo puts these
    /// back, so a decision costs memory in proportion to what it touched, not to the session.
    public struct Changes: Sendable {
        /// Mentions before the decision, by id (nil: the decision created it).
        public internal(set) var mentions: [String: MentionAnnotation?] = [:]
        /// Claims before the decision, by id.
        public internal(set) var claims: [String: ClaimAnnotation?] = [:]
        /// `isComplete` before the decision, when the decision changed it.
        public internal(set) var isComplete: Bool?
    }

    /// An applied decision that `undo` can revert: the event that applied it and what it changed.
    private struct Undoable: Sendable {
        var seq: Int
        var action: Action
        var before: Changes
    }

    /// A reverted decision that `redo` can re-apply: the undo event that reverted it.
    private struct Redoable: Sendable {
        var undoSeq: Int
        var action: Action
    }

    /// How to take back the last applied event when it could not be saved.
    private enum Rollback: Sendable {
        case decision(oldRedo: [Redoable])
        case undo(Undoable)
        case redo(Redoable)
        /// A re-proposal, which the stacks never held.
        case reproposal
    }

    /// The highest mention number ever used, proposals and adds, undone ones included: an id,
    /// once in the log, never names a second span.
    var highestMentionNumber: Int = 0
    /// The same for claims.
    private var highestClaimNumber: Int = 0

    private var undoStack: [Undoable] = []
    private var redoStack: [Redoable] = []

    /// The mentions in text order with their statuses (see `SessionState+Index`).
    var mentionOrder: [IndexedMention] = []
    /// The claims in text order of their content.
    var claimOrder: [IndexedClaim] = []
    /// The claims in text order of their extent, with their statuses.
    var claimExtentOrder: [IndexedAnnotation] = []
    /// The longest mention's length in code points (never lowered), to find overlaps by start.
    var longestMention = 0
    /// The longest claim extent's length, the same for claims.
    var longestClaimExtent = 0
    /// Counts kept up to date by every change (see `SessionState+Tallies`).
    var tallies = Tallies()
    /// What the event being applied has changed so far; after `apply`, what the last event changed.
    var changes = Changes()
    private var rollback: Rollback?
    private var highestBefore: (mention: Int, claim: Int) = (0, 0)

    /// The state before any decision: every proposal pending.
    public init(proposals: ProposalSet) {
        var mentions: [String: MentionAnnotation] = [:]
        mentions.reserveCapacity(proposals.mentions.count)
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
        rebuildIndexes()
    }

    // MARK: - Reading

    /// The annotations in text order, as saved in the session file.
    public var annotations: Annotations {
        Annotations(mentions: orderedMentions, claims: orderedClaims)
    }

    /// What the last applied event changed: each touched annotation's value before it.
    public var lastChanges: Changes { changes }

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

    /// Counts of annotations by review status, over both layers (statuses with none are absent).
    public var statusCounts: [ReviewStatus: Int] {
        var result: [ReviewStatus: Int] = [:]
        for status in ReviewStatus.allCases where tallies.statuses[status.countIndex] > 0 { result[status] = tallies.statuses[status.countIndex] }
        return result
    }

    // MARK: - Applying

    /// Applies one event, or throws and leaves the state as it was. Costs what the event
    /// touches: the state keeps the previous values of those annotations only.
    public mutating func apply(_ event: Event, in document: Document, schema: LabelSchema) throws(DecisionError) {
        changes = Changes()
        highestBefore = (highestMentionNumber, highestClaimNumber)
        switch event.action {
        case let .undo(target):
            guard let last = undoStack.last else { throw .nothingToUndo }
            guard last.seq == target else { throw .undoOutOfOrder(expected: last.seq, got: target) }
            undoStack.removeLast()
            revert(last.before)
            redoStack.append(Redoable(undoSeq: event.seq, action: last.action))
            rollback = .undo(last)
        case let .redo(target):
            guard let last = redoStack.last else { throw .nothingToRedo }
            guard last.undoSeq == target else { throw .redoOutOfOrder(expected: last.undoSeq, got: target) }
            do {
                try perform(last.action, in: document, schema: schema)
            } catch {
                discardChanges()
                throw error
            }
            redoStack.removeLast()
            undoStack.append(Undoable(seq: event.seq, action: last.action, before: changes))
            rollback = .redo(last)
        case let .repropose(reproposal):
            do {
                try performReproposal(reproposal, in: document, schema: schema)
            } catch {
                discardChanges()
                highestMentionNumber = highestBefore.mention
                throw error
            }
            rollback = .reproposal
        default:
            do {
                try perform(event.action, in: document, schema: schema)
            } catch {
                discardChanges()
                throw error
            }
            undoStack.append(Undoable(seq: event.seq, action: event.action, before: changes))
            rollback = .decision(oldRedo: redoStack)
            redoStack = []
        }
        if case let .add(id, _, _, _) = event.action, let number = AnnotationID.number(of: id) {
            highestMentionNumber = max(highestMentionNumber, number)
        }
        if case let .addClaim(id, _) = event.action, let number = AnnotationID.number(of: id) {
            highestClaimNumber = max(highestClaimNumber, number)
        }
    }

    /// Takes back the event `apply` applied last, as if it had never been applied: for a
    /// decision that could not be saved. Does nothing when there is none to take back.
    public mutating func rollBackLastApply() {
        guard let rollback else { return }
        self.rollback = nil
        let applied = changes
        switch rollback {
        case let .decision(oldRedo):
            undoStack.removeLast()
            redoStack = oldRedo
        case let .undo(undone):
            redoStack.removeLast()
            undoStack.append(undone)
        case let .redo(redone):
            undoStack.removeLast()
            redoStack.append(redone)
        case .reproposal:
            break
        }
        changes = Changes()
        revert(applied)
        changes = Changes()
        (highestMentionNumber, highestClaimNumber) = highestBefore
    }

    /// Undoes the partial changes of a decision that failed half-way.
    private mutating func discardChanges() {
        let partial = changes
        changes = Changes()
        revert(partial)
        changes = Changes()
    }
}
