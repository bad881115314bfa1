/// One annotation in one of the state's text-order indexes: where it is, its id and its
/// status, kept in a sorted array so that reading in text order, finding what overlaps a span
/// and walking to the next pending proposal cost a binary search and the entries read, not a
/// sort of every annotation. For a mention the place is its span; for a claim, its extent.
public struct IndexedAnnotation: Sendable, Equatable {
    /// Start offset (code points).
    public let start: Int
    /// End offset, exclusive.
    public let end: Int
    /// The annotation's id.
    public let id: String
    /// The number in its id (`m12` → 12), 0 when it has none.
    public let number: Int
    /// Its review status, kept up to date by every change.
    public internal(set) var status: ReviewStatus

    init(_ annotation: MentionAnnotation) {
        self.init(span: annotation.mention.span, id: annotation.id, status: annotation.review.status)
    }

    init(extentOf annotation: ClaimAnnotation) {
        self.init(span: annotation.claim.extent, id: annotation.id, status: annotation.review.status)
    }

    init(span: TextSpan, id: String, status: ReviewStatus) {
        self.start = span.start
        self.end = span.end
        self.id = id
        self.number = AnnotationID.number(of: id) ?? 0
        self.status = status
    }

    var key: (Int, Int, String) { (start, end, id) }
}

/// A mention's entry in the text-order index.
public typealias IndexedMention = IndexedAnnotation

/// The same for claims, ordered by their content span as the session file orders them.
struct IndexedClaim: Sendable, Equatable {
    let start: Int
    let end: Int
    let id: String

    init(_ annotation: ClaimAnnotation) {
        self.start = annotation.claim.content.start
        self.end = annotation.claim.content.end
        self.id = annotation.id
    }

    var key: (Int, Int, String) { (start, end, id) }
}

/// The first index in a sorted array whose key is not below `key`.
func lowerBound<T>(_ array: [T], _ key: (Int, Int, String), by keyOf: (T) -> (Int, Int, String)) -> Int {
    var low = 0, high = array.count
    while low < high {
        let mid = (low + high) / 2
        if keyOf(array[mid]) < key { low = mid + 1 } else { high = mid }
    }
    return low
}

// MARK: - Reading in text order

extension SessionState {
    /// The text-order index of the mentions (start, end, id), with their statuses.
    public var mentionIndex: [IndexedMention] { mentionOrder }

    /// Every mention in text order, as the session file stores them.
    public var orderedMentions: [MentionAnnotation] { mentionOrder.map { mentions[$0.id]! } }

    /// Every claim in text order of its content, as the session file stores them.
    public var orderedClaims: [ClaimAnnotation] { claimOrder.map { claims[$0.id]! } }

    /// True when `annotations` lists exactly the state's annotations in text order, as a
    /// session file stores them: compared in place, without building the ordered lists.
    public func holds(_ annotations: Annotations) -> Bool {
        guard annotations.mentions.count == mentionOrder.count, annotations.claims.count == claimOrder.count else { return false }
        for (stored, entry) in zip(annotations.mentions, mentionOrder) where stored != mentions[entry.id] { return false }
        for (stored, entry) in zip(annotations.claims, claimOrder) where stored != claims[entry.id] { return false }
        return true
    }

    /// The position in `mentionIndex` of the first mention that may overlap a span starting at
    /// `offset`: no mention is longer than `longestMention`, so none starting earlier reaches it.
    public func firstIndexReaching(_ offset: Int) -> Int {
        let from = offset > Int.min + longestMention ? offset - longestMention : Int.min
        var low = 0, high = mentionOrder.count
        while low < high {
            let mid = (low + high) / 2
            if mentionOrder[mid].start < from { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The index entries of the mentions overlapping a span, in text order.
    public func indexedMentions(overlapping span: TextSpan) -> [IndexedMention] {
        var found: [IndexedMention] = []
        var index = firstIndexReaching(span.start)
        while index < mentionOrder.count, mentionOrder[index].start < span.end {
            let entry = mentionOrder[index]
            if entry.end > span.start && entry.start < span.end { found.append(entry) }
            index += 1
        }
        return found
    }

    /// The mentions overlapping a span, in text order.
    public func mentions(overlapping span: TextSpan) -> [MentionAnnotation] {
        indexedMentions(overlapping: span).map { mentions[$0.id]! }
    }

    /// The claims in text order of their extent (first part to last), with their statuses.
    public var claimExtentIndex: [IndexedAnnotation] { claimExtentOrder }

    /// The claims whose extent overlaps a span, in text order of their content as
    /// `orderedClaims` lists them.
    public func claims(overlapping span: TextSpan) -> [ClaimAnnotation] {
        let from = span.start > Int.min + longestClaimExtent ? span.start - longestClaimExtent : Int.min
        var index = lowerBound(claimExtentOrder, (from, Int.min, ""), by: \.key)
        var found: [ClaimAnnotation] = []
        while index < claimExtentOrder.count, claimExtentOrder[index].start < span.end {
            let entry = claimExtentOrder[index]
            if entry.end > span.start, let claim = claims[entry.id] { found.append(claim) }
            index += 1
        }
        return found.sorted { ($0.claim.content.start, $0.claim.content.end, $0.id) < ($1.claim.content.start, $1.claim.content.end, $1.id) }
    }

    // MARK: - Keeping the index

    /// Builds the indexes and counts from the dictionaries (once, at the start).
    mutating func rebuildIndexes() {
        mentionOrder = mentions.values.map(IndexedMention.init).sorted { $0.key < $1.key }
        claimOrder = claims.values.map(IndexedClaim.init).sorted { $0.key < $1.key }
        claimExtentOrder = claims.values.map(IndexedAnnotation.init(extentOf:)).sorted { $0.key < $1.key }
        longestMention = mentionOrder.reduce(0) { max($0, $1.end - $1.start) }
        longestClaimExtent = claimExtentOrder.reduce(0) { max($0, $1.end - $1.start) }
        tallies = Tallies()
        for annotation in mentions.values { tally(annotation, by: 1) }
        for annotation in claims.values { tally(annotation, by: 1) }
    }

    /// The only way a mention changes: remembers its value before the decision (for undo and
    /// for a rollback), keeps the counts and the text-order index, then stores it.
    mutating func setMention(_ id: String, _ new: MentionAnnotation?) {
        let old = mentions[id]
        if changes.mentions.index(forKey: id) == nil { changes.mentions[id] = .some(old) }
        tally(old, by: -1)
        tally(new, by: 1)
        if old?.mention.span != new?.mention.span || old == nil || new == nil {
            if let old {
                let position = lowerBound(mentionOrder, (old.mention.start, old.mention.end, id), by: \.key)
                if position < mentionOrder.count, mentionOrder[position].id == id { mentionOrder.remove(at: position) }
            }
            if let new {
                let entry = IndexedMention(new)
                mentionOrder.insert(entry, at: lowerBound(mentionOrder, entry.key, by: \.key))
                longestMention = max(longestMention, entry.end - entry.start)
            }
        } else if let new, old?.review.status != new.review.status {
            let position = lowerBound(mentionOrder, (new.mention.start, new.mention.end, id), by: \.key)
            if position < mentionOrder.count, mentionOrder[position].id == id { mentionOrder[position].status = new.review.status }
        }
        mentions[id] = new
    }

    /// The same for a claim.
    mutating func setClaim(_ id: String, _ new: ClaimAnnotation?) {
        let old = claims[id]
        if changes.claims.index(forKey: id) == nil { changes.claims[id] = .some(old) }
        tally(old, by: -1)
        tally(new, by: 1)
        if old?.claim.extent != new?.claim.extent || old == nil || new == nil {
            if let old {
                let position = lowerBound(claimExtentOrder, (old.claim.extent.start, old.claim.extent.end, id), by: \.key)
                if position < claimExtentOrder.count, claimExtentOrder[position].id == id { claimExtentOrder.remove(at: position) }
            }
            if let new {
                let entry = IndexedAnnotation(extentOf: new)
                claimExtentOrder.insert(entry, at: lowerBound(claimExtentOrder, entry.key, by: \.key))
                longestClaimExtent = max(longestClaimExtent, entry.end - entry.start)
            }
        } else if let new, old?.review.status != new.review.status {
            let position = lowerBound(claimExtentOrder, (new.claim.extent.start, new.claim.extent.end, id), by: \.key)
            if position < claimExtentOrder.count, claimExtentOrder[position].id == id { claimExtentOrder[position].status = new.review.status }
        }
        if old?.claim.content != new?.claim.content || old == nil || new == nil {
            if let old {
                let position = lowerBound(claimOrder, (old.claim.content.start, old.claim.content.end, id), by: \.key)
                if position < claimOrder.count, claimOrder[position].id == id { claimOrder.remove(at: position) }
            }
            if let new {
                let entry = IndexedClaim(new)
                claimOrder.insert(entry, at: lowerBound(claimOrder, entry.key, by: \.key))
            }
        }
        claims[id] = new
    }

    /// Sets whether the article is done, remembering the value before the decision.
    mutating func setComplete(_ value: Bool) {
        if changes.isComplete == nil { changes.isComplete = isComplete }
        isComplete = value
    }

    /// Puts back the values a change set remembered (through the setters, so the indexes follow).
    mutating func revert(_ delta: Changes) {
        for (id, value) in delta.mentions { setMention(id, value) }
        for (id, value) in delta.claims { setClaim(id, value) }
        if let complete = delta.isComplete { setComplete(complete) }
    }
}

extension ReviewStatus {
    /// Where the status is counted in `SessionState.counts`.
    var countIndex: Int {
        switch self {
        case .pending: return 0
        case .accepted: return 1
        case .rejected: return 2
        case .deleted: return 3
        }
    }
}
