/// How spans are written as one tag per token.
public enum TagScheme: String, Sendable, Codable, CaseIterable {
    /// `B-X` begins a span, `I-X` continues it, `O` is outside.
    case bio
    /// `B-X` begins, `I-X` is inside, `L-X` is the last token, `U-X` a one-token span, `O` outside.
    case bilou
}

/// A span over tokens `start..<end` with a label index into a `TagSet`'s labels.
public struct TokenSpan: Hashable, Sendable {
    /// First token.
    public var start: Int
    /// One past the last token.
    public var end: Int
    /// Index into `TagSet.labels`.
    public var label: Int

    /// Makes a token span.
    public init(start: Int, end: Int, label: Int) {
        self.start = start
        self.end = end
        self.label = label
    }
}

/// The tags of a scheme over a list of labels, the transitions between them that make valid
/// spans, and the conversions between spans and tag sequences.
///
/// Tag 0 is always `O`; then, for each label in order, the scheme's prefixes (`B I` or `B I L U`).
public struct TagSet: Sendable, Equatable {
    /// The scheme.
    public let scheme: TagScheme
    /// The span labels (`PER`, `LOC`…), in model order.
    public let labels: [String]
    /// Every tag's name (`O`, `B-PER`, `I-PER`…).
    public let names: [String]
    /// `allowed[from * count + to]`: may tag `to` follow tag `from`?
    public let allowed: [Bool]
    /// May a sentence start with this tag?
    public let allowedFirst: [Bool]
    /// May a sentence end with this tag?
    public let allowedLast: [Bool]
    /// For each tag, the tags that may precede it, in increasing order (what Viterbi visits:
    /// two for `I` and `L`, instead of every tag).
    public let allowedBefore: [[Int]]

    /// The number of tags.
    public var count: Int { names.count }

    private var width: Int { scheme == .bio ? 2 : 4 }

    /// Makes the tag set of a scheme over labels.
    public init(scheme: TagScheme, labels: [String]) {
        self.scheme = scheme
        self.labels = labels
        let prefixes = scheme == .bio ? ["B", "I"] : ["B", "I", "L", "U"]
        let names = ["O"] + labels.flatMap { label in prefixes.map { "\($0)-\(label)" } }
        let n = names.count
        var allowed = [Bool](repeating: false, count: n * n)
        var first = [Bool](repeating: false, count: n), last = [Bool](repeating: false, count: n)
        let width = prefixes.count
        func part(_ tag: Int) -> (prefix: String, label: Int) {
            tag == 0 ? ("O", -1) : (prefixes[(tag - 1) % width], (tag - 1) / width)
        }
        for from in 0..<n {
            let (fp, fl) = part(from)
            // Whether a span is still open after `from`.
            let open = scheme == .bio ? (fp == "B" || fp == "I") : (fp == "B" || fp == "I")
            let mustContinue = scheme == .bilou && open
            first[from] = fp == "O" || fp == "B" || fp == "U"
            last[from] = !mustContinue
            for to in 0..<n {
                let (tp, tl) = part(to)
                let continues = tp == "I" || tp == "L"
                if continues {
                    allowed[from * n + to] = open && fl == tl
                } else {
                    allowed[from * n + to] = !mustContinue
                }
            }
        }
        self.names = names
        self.allowed = allowed
        self.allowedFirst = first
        self.allowedLast = last
        allowedBefore = (0..<n).map { to in (0..<n).filter { allowed[$0 * n + to] } }
    }

    /// The tag index of a prefix (`B`, `I`, `L`, `U`) for label index `label`.
    func tag(_ prefix: Character, _ label: Int) -> Int {
        let offset: Int
        switch prefix {
        case "B": offset = 0
        case "I": offset = 1
        case "L": offset = scheme == .bio ? 1 : 2
        default: offset = scheme == .bio ? 0 : 3
        }
        return 1 + label * width + offset
    }

    /// The label index of a tag, or nil for `O`.
    public func label(ofTag tag: Int) -> Int? { tag == 0 ? nil : (tag - 1) / width }

    /// The tags of `count` tokens holding non-overlapping spans (spans out of range are skipped).
    public func encode(_ spans: [TokenSpan], count: Int) -> [Int] {
        var tags = [Int](repeating: 0, count: count)
        for span in spans where span.start >= 0 && span.end <= count && span.start < span.end
            && span.label >= 0 && span.label < labels.count {
            if span.end - span.start == 1 {
                tags[span.start] = tag("U", span.label)
            } else {
                tags[span.start] = tag("B", span.label)
                for index in span.start + 1..<span.end - 1 { tags[index] = tag("I", span.label) }
                tags[span.end - 1] = tag("L", span.label)
            }
        }
        return tags
    }

    /// The spans a tag sequence holds; an ill-formed sequence is read leniently (a span is
    /// closed by any tag that does not continue it).
    public func decode(_ tags: [Int]) -> [TokenSpan] {
        var spans: [TokenSpan] = []
        var open: (start: Int, label: Int)?
        for (index, tag) in tags.enumerated() {
            let label = self.label(ofTag: tag)
            let prefix: Character = tag == 0 ? "O" : names[tag].first!
            if let current = open, !(label == current.label && (prefix == "I" || prefix == "L")) {
                spans.append(TokenSpan(start: current.start, end: index, label: current.label))
                open = nil
            }
            guard let label else { continue }
            if open == nil { open = (index, label) }
            if prefix == "L" || prefix == "U" {
                spans.append(TokenSpan(start: open!.start, end: index + 1, label: label))
                open = nil
            }
        }
        if let current = open { spans.append(TokenSpan(start: current.start, end: tags.count, label: current.label)) }
        return spans
    }
}
