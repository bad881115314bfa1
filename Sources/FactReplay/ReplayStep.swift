import FactModel

/// One decision of a session as a replay sees it: the event and the annotations it changed,
/// before and after. Only what changed is kept, so the steps of a long session cost memory in
/// proportion to its decisions, not to decisions × annotations.
public struct ReplayStep: Sendable {
    /// The event.
    public var event: Event
    /// The mentions the event changed, as they were before it (absent when it created them).
    public var before: [String: MentionAnnotation]
    /// The same mentions after it (absent when it removed them).
    public var after: [String: MentionAnnotation]
    /// The claims the event changed, before.
    public var claimsBefore: [String: ClaimAnnotation]
    /// The same claims, after.
    public var claimsAfter: [String: ClaimAnnotation]
    /// The annotation the step is about, for showing its sentence.
    public var focusID: String?

    /// Ids of the annotations that changed, mentions then claims, in id order.
    public var changedIDs: [String] {
        (Set(before.keys).union(after.keys).union(claimsBefore.keys).union(claimsAfter.keys)).sorted(by: AnnotationID.areInIncreasingOrder)
    }

    /// True when the step corrected or added something (not a plain accept, reject, note, flag
    /// or undo): what `c` jumps to.
    public var isCorrection: Bool {
        switch event.action {
        case .relabel, .resize, .add, .delete, .addClaim, .editClaim: return true
        default: return false
        }
    }
}

/// Folds a session's events one at a time from nothing, recording what each changed.
public enum Replay {
    /// The steps of a session, in order. The session must already be verified (see
    /// `SessionLoader`), so every event applies.
    public static func steps(of session: Session) -> [ReplayStep] {
        var state = SessionState(proposals: session.proposals)
        var steps: [ReplayStep] = []
        for event in session.events {
            let before = state
            try? state.apply(event, in: session.document, schema: session.schema)
            let changed = changedKeys(before.mentions, state.mentions)
            let changedClaims = changedKeys(before.claims, state.claims)
            steps.append(ReplayStep(
                event: event,
                before: before.mentions.filter { changed.contains($0.key) },
                after: state.mentions.filter { changed.contains($0.key) },
                claimsBefore: before.claims.filter { changedClaims.contains($0.key) },
                claimsAfter: state.claims.filter { changedClaims.contains($0.key) },
                focusID: event.action.ids.first ?? (changed.union(changedClaims)).sorted(by: AnnotationID.areInIncreasingOrder).first))
        }
        return steps
    }

    /// The keys whose values differ. Every key is compared, because a decision that supersedes
    /// overlapping proposals changes annotations it does not name; both states share storage
    /// for everything the decision left alone, so this is one pass of cheap comparisons.
    private static func changedKeys<Value: Equatable>(_ before: [String: Value], _ after: [String: Value]) -> Set<String> {
        Set(before.keys).union(after.keys).filter { before[$0] != after[$0] }
    }
}

/// A position in a session's replay that moves forward and back by applying each step's
/// changes, so any step's state is drawn without folding the log again.
public struct ReplayCursor: Sendable {
    /// The steps walked.
    public let steps: [ReplayStep]
    /// How many steps are applied: 0 is the proposals as they came.
    public private(set) var position = 0
    /// The mentions at this position.
    public private(set) var mentions: [String: MentionAnnotation]
    /// The claims at this position.
    public private(set) var claims: [String: ClaimAnnotation]

    /// A cursor before the first decision.
    public init(session: Session, steps: [ReplayStep]) {
        self.steps = steps
        let start = SessionState(proposals: session.proposals)
        mentions = start.mentions
        claims = start.claims
    }

    /// Moves to `target` (0…steps.count), one step at a time.
    public mutating func move(to target: Int) {
        let target = min(max(0, target), steps.count)
        while position < target {
            let step = steps[position]
            for id in Set(step.before.keys).union(step.after.keys) { mentions[id] = step.after[id] }
            for id in Set(step.claimsBefore.keys).union(step.claimsAfter.keys) { claims[id] = step.claimsAfter[id] }
            position += 1
        }
        while position > target {
            position -= 1
            let step = steps[position]
            for id in Set(step.before.keys).union(step.after.keys) { mentions[id] = step.before[id] }
            for id in Set(step.claimsBefore.keys).union(step.claimsAfter.keys) { claims[id] = step.claimsBefore[id] }
        }
    }
}
