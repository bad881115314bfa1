// MARK: - Where a claim sits in the text

extension Claim {
    /// The parts that are present, with their roles, in text order.
    public var parts: [(role: ClaimPartRole, part: ClaimPart)] {
        var parts: [(ClaimPartRole, ClaimPart)] = [(.content, content)]
        if let source { parts.append((.source, source)) }
        if let cue { parts.append((.cue, cue)) }
        return parts.sorted { $0.1.start < $1.1.start }
    }

    /// From the start of its first part to the end of its last: where the claim is read.
    public var extent: TextSpan {
        // Computed without building `parts`: the focus and `here` ask it of every claim.
        var start = content.start, end = content.end
        for part in [source, cue] {
            guard let part else { continue }
            start = min(start, part.start)
            end = max(end, part.end)
        }
        return TextSpan(start: start, end: end)
    }

    /// The part in a role.
    public func part(_ role: ClaimPartRole) -> ClaimPart? {
        switch role {
        case .source: return source
        case .cue: return cue
        case .content: return content
        }
    }
}

/// The three spans of a claim.
public enum ClaimPartRole: String, CaseIterable, Sendable {
    case source, cue, content
}
