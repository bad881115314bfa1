import FactModel

/// One decision of a session as a replay sees it: the event and the annotations it changed,
/// before and after.
public struct ReplayStep: Sendable {
    /// The event.
    public var event: Event
    /// The annotations the event changed, as they were before it (absent when it created them).
    public var before: [String: MentionAnnotation]
    /// The same annotations after it.
    public var after: [String: MentionAnnotation]
    /// The annotation the step is about, for showing its sentence.
    public var focus: MentionAnnotation?
    /// Every mention after the step, to draw the sentence as the analyst then saw it.
    public var mentionsAfter: [MentionAnnotation]

    /// Ids of the annotations that changed, in id order.
    public var changedIDs: [String] {
        Set(before.keys).union(after.keys).sorted(by: AnnotationID.areInIncreasingOrder)
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
            let before = state.mentions
            try? state.apply(event, in: session.document, schema: session.schema)
            let changed = Set(before.keys).union(state.mentions.keys).filter { before[$0] != state.mentions[$0] }
            let focusID = event.action.ids.first ?? changed.sorted().first
            steps.append(ReplayStep(
                event: event,
                before: before.filter { changed.contains($0.key) },
                after: state.mentions.filter { changed.contains($0.key) },
                focus: focusID.flatMap { state.mentions[$0] ?? before[$0] },
                mentionsAfter: Array(state.mentions.values)))
        }
        return steps
    }
}
