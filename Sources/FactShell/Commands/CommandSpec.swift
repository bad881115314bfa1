/// What TAB offers for a command's arguments.
public enum ArgumentCompletion: Sendable {
    /// Nothing.
    case none
    /// Pending proposal ids, `all` and `here` (for accept and reject).
    case pendingIDs
    /// Any annotation id.
    case ids
    /// An id, then a label (for `label`).
    case idThenLabel
    /// A label, then text (for `add`).
    case label
    /// An id, then a side (for grow and shrink).
    case idThenSide
    /// Fixed words.
    case words([String])
    /// Command names (for help).
    case commands
    /// A claim id or `add`, then a field, then its values (for `claim`).
    case claimFields
}

/// One shell command: its names, its help and what it does.
public struct CommandSpec: Sendable {
    /// The command's name.
    public let name: String
    /// Short forms (`a` for accept).
    public let aliases: [String]
    /// The usage line.
    public let usage: String
    /// One line for the command list.
    public let summary: String
    /// A paragraph for `help COMMAND`.
    public let details: String
    /// What TAB completes after the command.
    public let completion: ArgumentCompletion
    /// True when the command takes a trailing `!` (`add!`) to go past its safety checks.
    public let isForcible: Bool
    /// Runs the command.
    let run: @Sendable (AnnotationShell, CommandWords) throws(ShellError) -> ShellOutcome

    init(_ name: String, aliases: [String] = [], usage: String, summary: String, details: String = "",
         completion: ArgumentCompletion = .none, isForcible: Bool = false,
         run: @escaping @Sendable (AnnotationShell, CommandWords) throws(ShellError) -> ShellOutcome) {
        self.name = name
        self.aliases = aliases
        self.usage = usage
        self.summary = summary
        self.details = details
        self.completion = completion
        self.isForcible = isForcible
        self.run = run
    }
}

/// Every command of the shell, in the order `help` lists them.
public enum CommandCatalog {
    /// All commands.
    public static let all: [CommandSpec] = ReviewCommands.all + CorrectionCommands.all + ClaimCommands.all + ViewCommands.all + SessionCommands.all + QueueCommands.all

    /// The command with a name or alias.
    public static func spec(named name: String) -> CommandSpec? {
        all.first { $0.name == name || $0.aliases.contains(name) }
    }

    /// Every name and alias, for completion.
    public static var names: [String] { all.flatMap { [$0.name] + $0.aliases }.filter { $0.count > 1 } }

    /// The command name nearest to a mistyped one, when one is close enough to suggest.
    public static func closest(to word: String) -> String? {
        let candidates = all.map(\.name).map { ($0, editDistance($0, word)) }.filter { $0.1 <= 2 }
        return candidates.min { $0.1 < $1.1 }?.0
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
