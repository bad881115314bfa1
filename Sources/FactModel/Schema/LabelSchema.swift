/// One label of a layer: its name, what it means and how the shell colours it.
public struct LabelDefinition: Hashable, Codable, Sendable {
    /// The label as written in sessions and exports (`PER`).
    public var name: String
    /// One line for `help labels`.
    public var description: String
    /// An ANSI 256-colour index for highlighting.
    public var color: Int

    /// Makes a label definition.
    public init(name: String, description: String, color: Int) {
        self.name = name
        self.description = description
        self.color = color
    }
}

/// The label set in force for a session. Kept as a value (saved in every session, loadable from
/// JSON) so that a project can change labels without touching code.
public struct LabelSchema: Hashable, Codable, Sendable {
    /// A short name (`news`).
    public var name: String
    /// Bumped whenever labels change meaning.
    public var version: Int
    /// Labels of the mention layer.
    public var mentionLabels: [LabelDefinition]
    /// Values a claim's stance may take.
    public var stances: [String]
    /// Values a claim's certainty may take.
    public var certainties: [String]
    /// Types of links between claims.
    public var claimRelations: [String]

    enum CodingKeys: String, CodingKey {
        case name, version
        case mentionLabels = "mention_labels"
        case stances, certainties
        case claimRelations = "claim_relations"
    }

    /// Makes a schema.
    public init(name: String, version: Int, mentionLabels: [LabelDefinition], stances: [String],
                certainties: [String], claimRelations: [String]) {
        self.name = name
        self.version = version
        self.mentionLabels = mentionLabels
        self.stances = stances
        self.certainties = certainties
        self.claimRelations = claimRelations
    }

    /// The label names of the mention layer, in schema order.
    public var mentionLabelNames: [String] { mentionLabels.map(\.name) }

    /// The definition of a mention label, matched without regard to case.
    public func mentionLabel(named name: String) -> LabelDefinition? {
        mentionLabels.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }
    }
}

extension LabelSchema {
    /// The proposals whose labels this schema has, with the labels spelled as the schema spells
    /// them: a project that drops or renames labels never sees proposals it cannot accept.
    public func restricting(_ proposals: ProposalSet) -> ProposalSet {
        ProposalSet(
            mentions: proposals.mentions.compactMap { proposal in
                guard let definition = mentionLabel(named: proposal.label) else { return nil }
                var kept = proposal
                kept.label = definition.name
                return kept
            },
            claims: proposals.claims)
    }
}

extension LabelSchema {
    /// The default schema of annotation-guidelines.md: nine mention labels and the claim fields.
    public static let news = LabelSchema(
        name: "news",
        version: 1,
        mentionLabels: [
            LabelDefinition(name: "PER", description: "a named person, without title or function", color: 39),
            LabelDefinition(name: "ORG", description: "a named organisation, agency, company, medium or institution", color: 208),
            LabelDefinition(name: "LOC", description: "a named place: country, city, region, capital for its government", color: 76),
            LabelDefinition(name: "NORP", description: "a nationality, religious or political group", color: 170),
            LabelDefinition(name: "DATE", description: "an absolute or relative date or period", color: 226),
            LabelDefinition(name: "TIME", description: "a time of day", color: 45),
            LabelDefinition(name: "QUANTITY", description: "a number or amount, with its unit", color: 144),
            LabelDefinition(name: "EVENT", description: "a named event", color: 197),
            LabelDefinition(name: "PRODUCT", description: "a named object, model or software", color: 141),
        ],
        stances: Stance.allCases.map(\.rawValue),
        certainties: Certainty.allCases.map(\.rawValue),
        claimRelations: ["disputes", "supports"])
}

extension LabelSchema {
    /// The action with its labels spelled as the schema spells them (`org` → `ORG`), so the log
    /// holds one spelling per label whatever the analyst typed. Unknown labels are left as typed,
    /// for the fold to refuse.
    public func canonical(_ action: Action) -> Action {
        switch action {
        case let .relabel(id, label):
            return .relabel(id: id, label: mentionLabel(named: label)?.name ?? label)
        case let .add(id, label, start, end):
            return .add(id: id, label: mentionLabel(named: label)?.name ?? label, start: start, end: end)
        default:
            return action
        }
    }
}
