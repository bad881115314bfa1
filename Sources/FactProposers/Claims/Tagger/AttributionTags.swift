import FactModel

/// The tag of one token in the attribution tagger's BIO scheme over PolNeAR's three roles.
public enum AttributionTag: Int, CaseIterable, Sendable {
    /// Outside any attribution.
    case outside = 0
    /// First token of a source.
    case beginSource
    /// Later token of a source.
    case insideSource
    /// First token of a cue.
    case beginCue
    /// Later token of a cue.
    case insideCue
    /// First token of a content.
    case beginContent
    /// Later token of a content.
    case insideContent

    /// The number of tags.
    static let count = 7

    /// The tag's name in the model file (`O`, `B-SRC`, `I-CUE`…).
    public var name: String {
        ["O", "B-SRC", "I-SRC", "B-CUE", "I-CUE", "B-CONT", "I-CONT"][rawValue]
    }

    /// The role the tag marks, nil for `O`.
    public var role: ClaimRole? {
        switch self {
        case .outside: return nil
        case .beginSource, .insideSource: return .source
        case .beginCue, .insideCue: return .cue
        case .beginContent, .insideContent: return .content
        }
    }

    /// True for `B-…` tags.
    var isBegin: Bool { self == .beginSource || self == .beginCue || self == .beginContent }

    /// The `B-` tag of a role.
    static func begin(_ role: ClaimRole) -> AttributionTag {
        switch role {
        case .source: return .beginSource
        case .cue: return .beginCue
        case .content: return .beginContent
        }
    }

    /// The `I-` tag of a role.
    static func inside(_ role: ClaimRole) -> AttributionTag { AttributionTag(rawValue: begin(role).rawValue + 1)! }

    /// Whether `next` may follow `previous` (nil at a sequence start): an `I-` tag only continues its role.
    static func allowed(_ previous: AttributionTag?, _ next: AttributionTag) -> Bool {
        guard next.rawValue % 2 == 0, next != .outside else { return true }
        guard let previous else { return false }
        return previous.role == next.role
    }
}

/// A role span found by the tagger: tokens `start..<end` of the document.
public struct TaggedSpan: Hashable, Sendable {
    /// The role.
    public var role: ClaimRole
    /// First token.
    public var start: Int
    /// One past the last token.
    public var end: Int
    /// The tagger's mean per-token margin over the best other tag (higher is surer).
    public var confidence: Double
}

/// Conversions between claims and token tags.
enum AttributionTagging {
    /// The gold tags of a document's tokens from its claims (code-point spans): a token takes the
    /// role of the first span covering its start, cue before source before content; a `B-` tag
    /// starts each span and each sentence. Roles not in `roles` are left outside.
    static func tags(for claims: [Claim], in document: Document, roles: Set<ClaimRole> = Set(ClaimRole.allCases)) -> [AttributionTag] {
        var role = [ClaimRole?](repeating: nil, count: document.tokens.count)
        var spanID = [Int](repeating: -1, count: document.tokens.count)
        var id = 0
        for order in [ClaimRole.cue, .source, .content] where roles.contains(order) {
            for claim in claims {
                let part: ClaimPart? = order == .cue ? claim.cue : order == .source ? claim.source : claim.content
                guard let part else { continue }
                id += 1
                guard var token = document.tokens.index(containing: part.start) ?? firstToken(after: part.start, document) else { continue }
                while token < document.tokens.count, document.tokens[token].start < part.end {
                    if role[token] == nil { role[token] = order; spanID[token] = id }
                    token += 1
                }
            }
        }
        var tags = [AttributionTag](repeating: .outside, count: document.tokens.count)
        for range in TaggerFeatures.sentenceRanges(document) {
            for index in range {
                guard let r = role[index] else { continue }
                let continues = index > range.lowerBound && spanID[index - 1] == spanID[index]
                tags[index] = continues ? .inside(r) : .begin(r)
            }
        }
        return tags
    }

    /// The index of the first token starting at or after `offset`.
    static func firstToken(after offset: Int, _ document: Document) -> Int? {
        document.tokens.firstIndex { $0.start >= offset }
    }

    /// The role spans of a tag sequence (token indices), with per-token margins averaged.
    static func spans(_ tags: [AttributionTag], margins: [Double]) -> [TaggedSpan] {
        var spans: [TaggedSpan] = []
        var index = 0
        while index < tags.count {
            guard let role = tags[index].role else { index += 1; continue }
            var end = index + 1
            while end < tags.count, tags[end] == .inside(role) { end += 1 }
            let confidence = margins[index..<end].reduce(0, +) / Double(end - index)
            spans.append(TaggedSpan(role: role, start: index, end: end, confidence: confidence))
            index = end
        }
        return spans
    }
}
