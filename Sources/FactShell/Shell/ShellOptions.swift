import FactModel
import FactProposers
import FactStore

/// How `factline annotate` was asked to run.
public struct ShellOptions: Sendable {
    /// Who is annotating; it names the session file and every event.
    public var annotator: String
    /// Where sessions are saved.
    public var sessionsFolder: String
    /// An explicit session path (single article only).
    public var sessionPath: String?
    /// The article language, or nil to take it from the article's `meta.lang` or guess it.
    public var language: Language?
    /// The label schema for new sessions.
    public var schema: LabelSchema
    /// A session of an earlier version of the article, whose decisions a new session takes over.
    public var rebaseFrom: String?
    /// The team store sessions are kept in instead of the session folder (nil: the folder).
    public var backend: (any SessionBackend)?
    /// Called with the session when an article is marked done, before the next one opens:
    /// the CLI's analyst model and claim tagger learn from it there. Returns the lines to show (one per line break), or nil.
    public var articleDone: (@Sendable (Session) -> String?)?
    /// The analyst model as it stands, for the open article's in-memory copy that learns from
    /// each finished sentence and proposes the next ones again (nil: no learning within the
    /// article, as with `--no-learning`). Asked once an article, when a sentence is first finished.
    public var learnWithinArticle: (@Sendable () -> EntityTagger?)?

    /// Makes options.
    public init(annotator: String, sessionsFolder: String = "Sessions", sessionPath: String? = nil,
                language: Language? = nil, schema: LabelSchema = .news, rebaseFrom: String? = nil,
                backend: (any SessionBackend)? = nil) {
        self.annotator = annotator
        self.sessionsFolder = sessionsFolder
        self.sessionPath = sessionPath
        self.language = language
        self.schema = schema
        self.rebaseFrom = rebaseFrom
        self.backend = backend
    }
}
