import Foundation

/// One entry of a session's event log: a decision with its sequence number, time and annotator.
/// The log is append-only; the annotations are what it folds to.
public struct Event: Hashable, Sendable {
    /// 1, 2, 3… in the order the decisions were made.
    public var seq: Int
    /// When the decision was made (saved with millisecond precision).
    public var time: Date
    /// Who made it.
    public var annotator: String
    /// What was decided.
    public var action: Action

    /// Makes an event.
    public init(seq: Int, time: Date, annotator: String, action: Action) {
        self.seq = seq
        self.time = time
        self.annotator = annotator
        self.action = action
    }
}

// MARK: - JSON: the action's fields sit beside seq, time and annotator

extension Event: Codable {
    private enum CodingKeys: String, CodingKey { case seq, time, annotator }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        seq = try container.decode(Int.self, forKey: .seq)
        time = try container.decode(Date.self, forKey: .time)
        annotator = try container.decode(String.self, forKey: .annotator)
        action = try Action(from: decoder)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(seq, forKey: .seq)
        try container.encode(time, forKey: .time)
        try container.encode(annotator, forKey: .annotator)
        try action.encode(to: encoder)
    }
}
