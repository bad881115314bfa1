import Foundation

// MARK: - Decoding a part at a time

extension SessionFile {
    /// How many array elements (events, proposals, annotations) are decoded in one call: enough
    /// to make the decoder's per-call cost vanish, few enough that its index stays small.
    static let elementsPerPart = 1024

    /// Decodes a session file a member at a time, and its long arrays a slice of elements at a
    /// time, so that memory holds the bytes and what they decode to but never the decoder's
    /// index of the whole document (54 MB for a 12 MB session). Nil when the document is not the
    /// plain shape a session file has (a key with an escape, a duplicate or missing member, a
    /// value that does not decode): the caller then decodes it whole, which says what is wrong.
    static func decodeInParts(_ data: Data) -> SessionFile? {
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> SessionFile? in
            let parts = JSONParts(bytes: buffer)
            // 512: the deepest nesting Foundation's JSON parser reads.
            guard parts.nestsAtMost(512), let members = parts.topLevelMembers() else { return nil }
            var ranges: [String: Range<Int>] = [:]
            for (key, value) in members {
                guard ranges.updateValue(value, forKey: key) == nil else { return nil }
            }
            let decoder = SessionFile.decoder()
            /// The bytes of `range` between brackets: a JSON array of what the range holds.
            func bracketed(_ range: Range<Int>) -> Data {
                var slice = Data([UInt8(ascii: "[")])
                slice.append(contentsOf: buffer[range])
                slice.append(UInt8(ascii: "]"))
                return slice
            }
            /// Whether the values of members no field reads are JSON: the whole decoder reads
            /// them (and refuses the document when they are not), the scanner only matched their brackets.
            func othersAreJSON(_ members: [(key: String, value: Range<Int>)], known: Set<String>) -> Bool {
                members.allSatisfy { member in
                    guard !known.contains(member.key) else { return true }
                    return (try? decoder.decode([AnyJSON].self, from: bracketed(member.value))) != nil
                }
            }
            guard othersAreJSON(members, known: SessionFile.memberKeys) else { return nil }
            func value<T: Decodable>(_ key: String, as type: T.Type = T.self) -> T? {
                guard let range = ranges[key] else { return nil }
                return try? decoder.decode(T.self, from: Data(buffer[range]))
            }
            func array<T: Decodable>(_ range: Range<Int>?, of type: T.Type = T.self) -> [T]? {
                guard let range, let elements = parts.elements(at: range.lowerBound) else { return nil }
                var result: [T] = []
                result.reserveCapacity(elements.count)
                var first = 0
                while first < elements.count {
                    let last = min(first + elementsPerPart, elements.count) - 1
                    let slice = bracketed(elements[first].lowerBound..<elements[last].upperBound)
                    guard let decoded = try? decoder.decode([T].self, from: slice) else { return nil }
                    result += decoded
                    first = last + 1
                }
                return result
            }
            /// The `mentions` and `claims` members of `proposals` or `annotations`.
            func pair(_ key: String) -> (mentions: Range<Int>?, claims: Range<Int>?)? {
                guard let range = ranges[key], let (members, _) = parts.members(at: range.lowerBound) else { return nil }
                let keys = members.map(\.key)
                guard Set(keys).count == keys.count, othersAreJSON(members, known: ["mentions", "claims"]) else { return nil }
                return (members.first { $0.key == "mentions" }?.value, members.first { $0.key == "claims" }?.value)
            }
            guard let format: String = value("format"), let status: SessionStatus = value("status"),
                  let annotator: String = value("annotator"), let created: Date = value("created"),
                  let updated: Date = value("updated"), let article: ArticleRecord = value("article"),
                  let schema: LabelSchema = value("schema"), let proposer: ProposerRecord = value("proposer"),
                  let proposalRanges = pair("proposals"), let annotationRanges = pair("annotations"),
                  let proposedMentions: [MentionProposal] = array(proposalRanges.mentions),
                  let proposedClaims: [ClaimProposal] = array(proposalRanges.claims),
                  let mentions: [MentionAnnotation] = array(annotationRanges.mentions),
                  let claims: [ClaimAnnotation] = array(annotationRanges.claims),
                  let events: [Event] = array(ranges["events"])
            else { return nil }
            var parent: SessionParent?
            if ranges["parent"] != nil {
                guard let decoded: SessionParent? = value("parent") else { return nil }
                parent = decoded
            }
            return SessionFile(format: format, status: status, annotator: annotator, created: created, updated: updated,
                               article: article, schema: schema, proposer: proposer,
                               proposals: ProposalSet(mentions: proposedMentions, claims: proposedClaims),
                               events: events, annotations: Annotations(mentions: mentions, claims: claims), parent: parent)
        }
    }
}

extension SessionFile {
    /// The top-level members a session file's fields read.
    static let memberKeys: Set<String> = ["format", "status", "annotator", "created", "updated", "article", "schema",
                                          "proposer", "proposals", "events", "annotations", "parent"]
}

/// Any JSON value, read and thrown away: decoding it makes the decoder check its syntax.
private struct AnyJSON: Decodable {
    init(from decoder: any Decoder) throws {}
}

// MARK: - One member

extension SessionFile {
    /// Decodes the top-level members `keys` of a session file's bytes, each as `T`, without
    /// decoding the others (an owner check wants the annotator, not 18,000 annotations); nil
    /// when the bytes are not a JSON object or a member is absent or does not decode.
    public static func members<T: Decodable>(_ keys: [String], as type: T.Type, in data: Data) -> [T]? {
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> [T]? in
            guard let members = JSONParts(bytes: buffer).topLevelMembers() else { return nil }
            let decoder = SessionFile.decoder()
            var values: [T] = []
            for key in keys {
                guard let range = members.first(where: { $0.key == key })?.value,
                      let value = try? decoder.decode(T.self, from: Data(buffer[range])) else { return nil }
                values.append(value)
            }
            return values
        }
    }
}

// MARK: - Member by member

extension SessionFile {
    /// Makes a file form from its members (what the part-by-part decoder read).
    init(format: String, status: SessionStatus, annotator: String, created: Date, updated: Date, article: ArticleRecord,
         schema: LabelSchema, proposer: ProposerRecord, proposals: ProposalSet, events: [Event], annotations: Annotations,
         parent: SessionParent?) {
        self.format = format
        self.status = status
        self.annotator = annotator
        self.created = created
        self.updated = updated
        self.article = article
        self.schema = schema
        self.proposer = proposer
        self.proposals = proposals
        self.events = events
        self.annotations = annotations
        self.parent = parent
    }
}

// MARK: - Encoding a part at a time

extension SessionFile {
    /// Writes the file as `encoded()` does, byte for byte, but a member and a slice of elements
    /// at a time into `write`, so that the encoder never holds the whole document (its tree and
    /// its output were several times the file). Returns the number of bytes written.
    @discardableResult
    public func encode(into write: (Data) throws -> Void) throws -> Int {
        try encode(annotations: AnnotationSlices(annotations), into: write)
    }

    /// Where `encode` takes the annotations from, a slice of elements at a time: a file's own
    /// arrays, or a session state's maps in text order (so that saving a session never builds
    /// the list of every annotation: 3 MB of a megabyte article's peak).
    struct AnnotationSlices {
        let mentionCount: Int
        let claimCount: Int
        let mentions: (Range<Int>) -> [MentionAnnotation]
        let claims: (Range<Int>) -> [ClaimAnnotation]

        init(_ annotations: Annotations) {
            mentionCount = annotations.mentions.count
            claimCount = annotations.claims.count
            mentions = { Array(annotations.mentions[$0]) }
            claims = { Array(annotations.claims[$0]) }
        }

        init(_ state: SessionState) {
            mentionCount = state.mentionOrder.count
            claimCount = state.claimOrder.count
            mentions = { state.mentionOrder[$0].map { state.mentions[$0.id]! } }
            claims = { state.claimOrder[$0].map { state.claims[$0.id]! } }
        }
    }

    /// `encode(into:)` with the annotations taken from `annotations` rather than from the file.
    func encode(annotations: AnnotationSlices, into write: (Data) throws -> Void) throws -> Int {
        let encoder = SessionFile.encoder(pretty: true)
        var pending = Data()
        var total = 0
        func emit(_ text: String) throws { try emit(Data(text.utf8)) }
        func emit(_ bytes: Data) throws {
            pending += bytes
            if pending.count >= 1 << 20 { try flush() }
        }
        func flush() throws {
            guard !pending.isEmpty else { return }
            total += pending.count
            try write(pending)
            pending = Data()
        }
        /// A member whose value is encoded whole, at the first level of indentation.
        func member<T: Encodable>(_ key: String, _ value: T, last: Bool = false) throws {
            try emit("  \"\(key)\" : ")
            try emit(SessionFile.indented(try encoder.encode(value), by: 2))
            try emit(last ? "\n" : ",\n")
        }
        /// An array member at `level` (1: of the file, 2: of `proposals` or `annotations`).
        func arrayMember<T: Encodable>(_ key: String, _ elements: [T], level: Int, last: Bool) throws {
            try arrayMember(key, count: elements.count, { Array(elements[$0]) }, level: level, last: last)
        }
        /// The same, with the elements taken a slice at a time from `slice`.
        func arrayMember<T: Encodable>(_ key: String, count: Int, _ slice: (Range<Int>) -> [T], level: Int, last: Bool) throws {
            let indent = String(repeating: "  ", count: level)
            try emit(indent + "\"\(key)\" : [\n")
            if count == 0 {
                try emit("\n")
            } else {
                var first = 0
                while first < count {
                    let end = min(first + SessionFile.elementsPerPart, count)
                    // `[\n  a,\n  b\n]`: the elements without the brackets, indented one level more.
                    let encoded = try encoder.encode(slice(first..<end))
                    let inner = encoded.dropFirst(2).dropLast(2)
                    try emit(String(repeating: "  ", count: level))
                    try emit(SessionFile.indented(Data(inner), by: 2 * level))
                    try emit(end < count ? ",\n" : "\n")
                    first = end
                }
            }
            try emit(indent + (last ? "]\n" : "],\n"))
        }
        /// `proposals` and `annotations`: an object of two arrays, claims then mentions.
        func layers<C: Encodable, M: Encodable>(_ key: String, claims: [C], mentions: [M]) throws {
            try emit("  \"\(key)\" : {\n")
            try arrayMember("claims", claims, level: 2, last: false)
            try arrayMember("mentions", mentions, level: 2, last: true)
            try emit("  },\n")
        }
        try emit("{\n")
        try emit("  \"annotations\" : {\n")
        try arrayMember("claims", count: annotations.claimCount, annotations.claims, level: 2, last: false)
        try arrayMember("mentions", count: annotations.mentionCount, annotations.mentions, level: 2, last: true)
        try emit("  },\n")
        try member("annotator", annotator)
        try member("article", article)
        try member("created", created)
        try arrayMember("events", events, level: 1, last: false)
        try member("format", format)
        if let parent { try member("parent", parent) }
        try layers("proposals", claims: proposals.claims, mentions: proposals.mentions)
        try member("proposer", proposer)
        try member("schema", schema)
        try member("status", status)
        try member("updated", updated, last: true)
        try emit("}")
        try flush()
        return total
    }

    /// Pretty-printed JSON moved right by `spaces` on every line but the first, blank lines
    /// (an empty container's) left blank as the encoder writes them. A newline inside a string
    /// is written `\n`, so every newline byte is the encoder's own.
    static func indented(_ json: Data, by spaces: Int) -> Data {
        json.withUnsafeBytes { (source: UnsafeRawBufferPointer) -> Data in
            var result = [UInt8]()
            result.reserveCapacity(source.count + source.count / 4)
            let pad = [UInt8](repeating: UInt8(ascii: " "), count: spaces)
            var start = 0
            // A line at a time: its bytes up to and with its newline, then the pad before the
            // next line unless that line is blank.
            while start < source.count {
                var end = start
                while end < source.count && source[end] != 0x0A { end += 1 }
                if end < source.count { end += 1 }
                result.append(contentsOf: UnsafeRawBufferPointer(rebasing: source[start..<end]))
                if end < source.count && source[end - 1] == 0x0A && source[end] != 0x0A { result += pad }
                start = end
            }
            return Data(result)
        }
    }
}

extension Session {
    /// Writes the session's file as `SessionFile(self).encode(into:)` does, byte for byte, but
    /// takes the annotations from the state a slice at a time instead of listing them all
    /// first. Returns the number of bytes written.
    @discardableResult
    public func encodeFile(into write: (Data) throws -> Void) throws -> Int {
        try SessionFile(self, annotations: Annotations(mentions: [], claims: []))
            .encode(annotations: SessionFile.AnnotationSlices(state), into: write)
    }
}
