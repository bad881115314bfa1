import FactModel

/// A possible mention over tokens `start..<end`, before overlaps are resolved.
struct Candidate {
    /// First token.
    var start: Int
    /// One past the last token.
    var end: Int
    /// The label (`PER`).
    var label: String
    /// The rule's confidence, 0…1; resolution keeps higher scores first.
    var score: Double
    /// The rule that made it (`gazetteer.city`).
    var rule: String

    /// The number of tokens covered.
    var length: Int { end - start }
}

/// Candidates collected by the rules of one document.
struct CandidateList {
    private(set) var items: [Candidate] = []

    /// Adds a candidate over tokens `start..<end`; empty ranges are ignored.
    mutating func add(_ start: Int, _ end: Int, _ label: String, _ score: Double, _ rule: String) {
        guard end > start else { return }
        items.append(Candidate(start: start, end: end, label: label, score: score, rule: rule))
    }

    /// Adds every candidate of another list.
    mutating func append(contentsOf other: CandidateList) { items.append(contentsOf: other.items) }
}

// MARK: - Resolution

extension CandidateList {
    /// Keeps a set of non-overlapping candidates: higher scores first, then longer spans, then
    /// earlier ones; the result is in text order.
    func resolved(tokenCount: Int) -> [Candidate] {
        let ordered = items.sorted {
            if $0.score != $1.score { return $0.score > $1.score }
            if $0.length != $1.length { return $0.length > $1.length }
            return $0.start < $1.start
        }
        var taken = [Bool](repeating: false, count: tokenCount)
        var kept: [Candidate] = []
        for candidate in ordered where !(candidate.start..<candidate.end).contains(where: { taken[$0] }) {
            for index in candidate.start..<candidate.end { taken[index] = true }
            kept.append(candidate)
        }
        return kept.sorted { $0.start < $1.start }
    }
}
