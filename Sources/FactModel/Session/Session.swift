import Foundation

/// The article as a session file stores it: enough to rebuild the `Document` and to refuse a
/// changed article.
public struct ArticleRecord: Hashable, Codable, Sendable {
    /// The article's id.
    public var id: String
    /// Its language.
    public var language: Language
    /// Lower-case hex SHA-256 of the text's UTF-8 bytes.
    public var sha256: String
    /// Where it was read from (a path relative to the working folder, with `#id` for a queue).
    public var source: String
    /// Its metadata.
    public var meta: [String: String]
    /// The text, exactly as read.
    public var text: String

    /// Makes an article record from a document.
    public init(document: Document, source: String) {
        self.id = document.id
        self.language = document.language
        self.sha256 = document.sha256
        self.source = source
        self.meta = document.meta
        self.text = document.text
    }
}

/// Which proposer made a session's proposals, so a replay can re-run the same one or compare.
public struct ProposerRecord: Hashable, Codable, Sendable {
    /// The proposer's name (`rules`).
    public var name: String
    /// Its version.
    public var version: String
    /// Settings it ran with.
    public var settings: [String: String]

    /// Makes a proposer record.
    public init(name: String, version: String, settings: [String: String] = [:]) {
        self.name = name
        self.version = version
        self.settings = settings
    }
}

/// Where a branched session came from: the session it was copied from and the last decision it
/// kept (`replay --to N --branch`), so that the original is never lost and the two can be
/// compared.
public struct SessionParent: Hashable, Codable, Sendable {
    /// The parent session's path, as given when branching.
    public var session: String
    /// The sequence number of the parent's last decision the branch starts from (0: none).
    public var event: Int
    /// The parent session's annotator.
    public var annotator: String

    /// Makes a parent record.
    public init(session: String, event: Int, annotator: String) {
        self.session = session
        self.event = event
        self.annotator = annotator
    }
}

/// Whether the analyst has declared the article done.
public enum SessionStatus: String, Codable, Sendable {
    case inProgress = "in_progress"
    case complete
}

/// One analyst's annotation of one article: the article, the schema and proposals it started
/// from, every decision in order, and the annotations they fold to.
///
/// A session changes only through `record(_:by:at:)`, which validates the decision, appends it
/// to the log and folds it in; `state` is always `fold(events)`.
public struct Session: Sendable {
    /// The format this build writes for a session without re-proposals (every session of
    /// earlier builds): such a session reads, and is written, exactly as before.
    public static let currentFormat = "factline.session/1"
    /// The format of a session whose log holds a `repropose` event: a factline that predates
    /// the event refuses the file as newer ("upgrade factline") instead of as corrupted.
    public static let reproposalFormat = "factline.session/2"
    /// The formats this build reads.
    public static let readableFormats: Set<String> = [currentFormat, reproposalFormat]

    /// The format the session was read in or will be written in.
    public var format: String
    /// The article.
    public let article: ArticleRecord
    /// The label schema in force.
    public let schema: LabelSchema
    /// The proposer that made `proposals`.
    public let proposer: ProposerRecord
    /// What the proposer suggested, numbered.
    public let proposals: ProposalSet
    /// The analyst who owns the session.
    public let annotator: String
    /// The session this one was branched from, if any.
    public var parent: SessionParent?
    /// When the session was created.
    public let created: Date
    /// Every decision, in order.
    public private(set) var events: [Event]
    /// What the events fold to.
    public private(set) var state: SessionState
    /// The document rebuilt from the article record (tokens as the caller's analyzer made them).
    public let document: Document
    /// True right after a successful `record`, until anything else changes the session.
    private var canRollBack = false
    /// True when the log holds a `repropose` event: the file is then `reproposalFormat`.
    public private(set) var hasReproposals = false

    /// The format the session's file is written in.
    public var fileFormat: String { hasReproposals ? Session.reproposalFormat : Session.currentFormat }

    /// Starts a session with no decisions.
    public init(document: Document, source: String, schema: LabelSchema, proposer: ProposerRecord,
                proposals: ProposalSet, annotator: String, created: Date = Date()) {
        self.format = Session.currentFormat
        self.article = ArticleRecord(document: document, source: source)
        self.schema = schema
        self.proposer = proposer
        self.proposals = proposals
        self.annotator = annotator
        self.created = created
        self.events = []
        self.state = SessionState(proposals: proposals)
        self.document = document
    }

    /// Rebuilds a session from its parts by folding its events from nothing.
    ///
    /// Throws `SessionError` when the document's hash differs from the record, or when an event
    /// cannot be applied.
    public init(article: ArticleRecord, document: Document, schema: LabelSchema, proposer: ProposerRecord,
                proposals: ProposalSet, annotator: String, created: Date, events: [Event]) throws(SessionError) {
        guard document.sha256 == article.sha256 else {
            throw .textChanged(expected: article.sha256, found: document.sha256)
        }
        self.format = Session.currentFormat
        self.article = article
        self.schema = schema
        self.proposer = proposer
        self.proposals = proposals
        self.annotator = annotator
        self.created = created
        self.document = document
        self.events = []
        self.events.reserveCapacity(events.count)
        self.state = SessionState(proposals: proposals)
        for event in events {
            do {
                try append(event)
            } catch {
                throw .badEvent(seq: event.seq, reason: error.description)
            }
        }
        canRollBack = false
    }

    /// The session's status, derived from its events.
    public var status: SessionStatus { state.isComplete ? .complete : .inProgress }

    /// The folded annotations.
    public var annotations: Annotations { state.annotations }

    /// Validates a decision, appends it to the log and folds it in; on error nothing changes.
    /// The time is kept to the millisecond, the precision of the session file, so that a session
    /// read back equals the one written.
    @discardableResult
    public mutating func record(_ action: Action, by annotator: String? = nil, at time: Date = Date()) throws(DecisionError) -> Event {
        let event = Event(seq: (events.last?.seq ?? 0) + 1, time: SessionFile.milliseconds(time),
                          annotator: annotator ?? self.annotator, action: schema.canonical(action))
        try append(event)
        return event
    }

    /// Folds in an event read back from a journal: it must carry the next sequence number and
    /// apply as recorded; on error nothing changes.
    public mutating func fold(_ event: Event) throws(DecisionError) {
        try append(event)
        canRollBack = false
    }

    /// Takes back the event `record` just appended (its effect, its place in the log), for a
    /// decision that could not be saved: the session is then as it was before `record`.
    /// Does nothing when the last call was not a successful `record`.
    public mutating func rollBackLastRecord() {
        guard canRollBack else { return }
        canRollBack = false
        state.rollBackLastApply()
        if case .repropose = events.removeLast().action { hasReproposals = events.contains { $0.action.kind == "repropose" } }
    }

    private mutating func append(_ event: Event) throws(DecisionError) {
        canRollBack = false
        let expected = (events.last?.seq ?? 0) + 1
        guard event.seq == expected else { throw .badSequence(expected: expected, got: event.seq) }
        try state.apply(event, in: document, schema: schema)
        events.append(event)
        if case .repropose = event.action { hasReproposals = true }
        canRollBack = true
    }
}
