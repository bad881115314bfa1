import FactModel
import Foundation

/// Effort and quality figures over many sessions, per annotator and per label (`factline
/// stats`): how often proposals are accepted as they are, what corrections they need, what the
/// analysts add, how long articles and decisions take, and what is left flagged.
public struct SessionStats: Sendable, Encodable {
    /// Counts for one annotator and one label (claims count under the label `claim`).
    public struct Tally: Sendable, Encodable, Equatable {
        /// Proposals accepted without change.
        public var acceptedAsProposed = 0
        /// Proposals accepted after a new label only.
        public var relabelled = 0
        /// Proposals accepted after new boundaries only.
        public var resized = 0
        /// Proposals given both a new label and new boundaries (for claims: any field changed).
        public var relabelledAndResized = 0
        /// Proposals rejected (or accepted, then deleted).
        public var rejected = 0
        /// Proposals nobody decided.
        public var pending = 0
        /// Annotations the analyst added.
        public var added = 0
        /// Annotations still flagged for review.
        public var flagged = 0

        /// Proposals decided one way or another.
        public var decided: Int { acceptedAsProposed + relabelled + resized + relabelledAndResized + rejected }
        /// Nothing counted yet.
        public init() {}

        /// Share of decided proposals accepted as they were; nil when none was decided.
        public var acceptanceRate: Double? { decided == 0 ? nil : Double(acceptedAsProposed) / Double(decided) }

        mutating func add(_ other: Tally) {
            acceptedAsProposed += other.acceptedAsProposed; relabelled += other.relabelled; resized += other.resized
            relabelledAndResized += other.relabelledAndResized; rejected += other.rejected; pending += other.pending
            added += other.added; flagged += other.flagged
        }
    }

    /// Time figures for one annotator.
    public struct Effort: Sendable, Encodable, Equatable {
        /// Sessions (articles).
        public var articles = 0
        /// Articles marked done.
        public var done = 0
        /// Decisions in force (undone ones left out).
        public var decisions = 0
        /// Seconds spent, counting only gaps between events up to the idle threshold.
        public var activeSeconds: Double = 0
        /// No articles yet.
        public init() {}

        /// Seconds per article.
        public var secondsPerArticle: Double { articles == 0 ? 0 : activeSeconds / Double(articles) }
        /// Seconds per decision.
        public var secondsPerDecision: Double { decisions == 0 ? 0 : activeSeconds / Double(decisions) }
    }

    /// One point of the acceptance curve: a day and the proposals decided in sessions last changed that day.
    public struct Day: Sendable, Encodable, Equatable {
        /// `2026-11-25`.
        public var day: String
        /// Proposals decided.
        public var decided: Int
        /// Of which accepted as proposed.
        public var acceptedAsProposed: Int
    }

    /// `tallies[annotator][label]`.
    public private(set) var tallies: [String: [String: Tally]] = [:]
    /// `effort[annotator]`.
    public private(set) var effort: [String: Effort] = [:]
    /// The acceptance rate by day, oldest first.
    public private(set) var days: [Day] = []
    /// Gaps between events longer than this many seconds are idle time, left out.
    public let idleThreshold: Double

    /// Figures over sessions.
    public init(sessions: [Session], idleThreshold: Double = 300) {
        self.idleThreshold = idleThreshold
        var byDay: [String: Day] = [:]
        for session in sessions {
            let annotator = session.annotator
            var labels: [String: Tally] = [:]
            for annotation in session.annotations.mentions {
                labels[annotation.mention.label, default: Tally()].add(Self.tally(annotation))
            }
            for annotation in session.annotations.claims {
                labels["claim", default: Tally()].add(Self.tally(annotation))
            }
            for (label, tally) in labels { tallies[annotator, default: [:]][label, default: Tally()].add(tally) }
            var time = effort[annotator, default: Effort()]
            time.articles += 1
            if session.status == .complete { time.done += 1 }
            let undo = UndoHistory(events: session.events)
            time.decisions += session.events.filter { undo.inForce.contains($0.seq) && $0.action.kind != "undo" && $0.action.kind != "redo" }.count
            var previous = session.created
            for event in session.events {
                let gap = event.time.timeIntervalSince(previous)
                if gap > 0 && gap <= idleThreshold { time.activeSeconds += gap }
                previous = event.time
            }
            effort[annotator] = time
            let day = String(ISO8601DateFormatter.string(from: session.events.last?.time ?? session.created, timeZone: TimeZone(identifier: "UTC")!,
                                                         formatOptions: [.withFullDate]))
            let total = labels.values.reduce(into: Tally()) { $0.add($1) }
            var point = byDay[day, default: Day(day: day, decided: 0, acceptedAsProposed: 0)]
            point.decided += total.decided
            point.acceptedAsProposed += total.acceptedAsProposed
            byDay[day] = point
        }
        days = byDay.values.sorted { $0.day < $1.day }
    }

    private static func tally(_ annotation: MentionAnnotation) -> Tally {
        let proposed = annotation.proposed ?? annotation.mention
        return tally(annotation.review, relabelled: proposed.label != annotation.mention.label, resized: proposed.span != annotation.mention.span)
    }

    /// A corrected claim counts under "both": any of its fields may have changed.
    private static func tally(_ annotation: ClaimAnnotation) -> Tally {
        tally(annotation.review, relabelled: annotation.isCorrected, resized: annotation.isCorrected)
    }

    private static func tally(_ review: Review, relabelled: Bool, resized: Bool) -> Tally {
        var tally = Tally()
        if review.flagged { tally.flagged = 1 }
        guard review.origin == .proposed else {
            if review.status == .accepted { tally.added = 1 }
            return tally
        }
        switch review.status {
        case .pending: tally.pending = 1
        case .rejected, .deleted: tally.rejected = 1
        case .accepted:
            switch (relabelled, resized) {
            case (false, false): tally.acceptedAsProposed = 1
            case (true, false): tally.relabelled = 1
            case (false, true): tally.resized = 1
            case (true, true): tally.relabelledAndResized = 1
            }
        }
        return tally
    }

    /// Every label's tally for one annotator summed, and every annotator's for one label.
    public func total(annotator: String? = nil, label: String? = nil) -> Tally {
        var sum = Tally()
        for (who, labels) in tallies where annotator == nil || who == annotator {
            for (name, tally) in labels where label == nil || name == label { sum.add(tally) }
        }
        return sum
    }
}
