import FactModel

// MARK: - Reading offsets and occurrences

extension AnnotationShell {
    /// `@12-25` (or `@12` and `25` as two words is not accepted: the `@` form is one word).
    func parseOffsets(_ word: String) throws(ShellError) -> TextSpan {
        let body = word.dropFirst()
        guard let dash = body.firstIndex(of: "-") else {
            throw ShellError("offsets are written @START-END, e.g. @12-25 (code points, end exclusive)")
        }
        return try parseOffsets(String(body[..<dash]), String(body[body.index(after: dash)...]))
    }

    /// Two offsets as typed; numbers that are not offsets of this text get a message, not a trap.
    func parseOffsets(_ startWord: String, _ endWord: String) throws(ShellError) -> TextSpan {
        let length = session.document.length
        func offset(_ word: String) throws(ShellError) -> Int {
            guard word.count <= 20, let value = Int(word) else {
                throw ShellError("'\(SafeText.escape(String(word.prefix(24))))' is not an offset: offsets are code points from 0 to \(length)")
            }
            return value
        }
        let span = TextSpan(start: try offset(startWord), end: try offset(endWord))
        do { try session.document.validate(span) } catch { throw ShellError(error.description) }
        return span
    }

    /// `#2` → 2, bounded.
    func parseOccurrence(_ word: String) throws(ShellError) -> Int {
        guard word.count <= 9, let number = Int(word), number >= 1 else {
            throw ShellError("#N picks an occurrence: #1 is the first in the article")
        }
        return number
    }

    /// The sentence `here`, `add` and `show` refer to: the one holding the ▶, else the one last shown.
    var currentSentence: Int? { focus.flatMap(sentenceIndex(of:)) ?? shownSentence }

    /// Refuses a span that cuts a word, unless forced.
    func checkSpan(_ span: TextSpan, forced: Bool, command: String) throws(ShellError) {
        let document = session.document
        guard !forced, document.cutsWord(span) else { return }
        let cut = document.isWordBoundary(span.start) ? span.end : span.start
        throw ShellError("\(span.start)-\(span.end) «\(SafeText.escape(document.text(of: span)))» cuts the word «\(SafeText.escape(document.word(around: cut)))»: type \(command)! to take exactly that")
    }

    // MARK: - Finding text

    /// Finds a text in the article as an analyst types it (see `Document.find`), whole words
    /// only unless forced, preferring the occurrence in the sentence in focus.
    func locate(_ text: String, occurrence: Int?, forced: Bool, preferring preferred: TextSpan? = nil) throws(ShellError) -> TextSpan {
        let document = session.document
        let shown = SafeText.escape(String(text.prefix(80)))
        let everywhere = document.find(text)
        let found = forced ? everywhere : everywhere.filter { !document.cutsWord($0) }
        guard !found.isEmpty else {
            if let inside = everywhere.first {
                throw ShellError("«\(shown)» occurs only inside words (as in «\(SafeText.escape(document.word(around: inside.start)))»): type add! to take it anyway")
            }
            throw ShellError("«\(shown)» is not in the article (case, apostrophes, quotes and spacing are ignored; accents are not); for offsets write @START-END")
        }
        if let occurrence {
            guard occurrence <= found.count else {
                throw ShellError("«\(shown)» occurs \(found.count) time(s): #N is #1 to #\(found.count)")
            }
            return found[occurrence - 1]
        }
        if found.count == 1 { return found[0] }
        if let region = preferred ?? currentSentence.map({ document.sentences[$0].span }) {
            let inRegion = found.filter { region.overlaps($0) }
            if inRegion.count == 1 { return inRegion[0] }
        }
        let sentences = found.prefix(12).compactMap { document.sentenceIndex(containing: $0.start).map { String($0 + 1) } }
        throw ShellError("«\(shown)» occurs \(found.count) times (sentences \(sentences.joined(separator: ", "))\(found.count > 12 ? "…" : "")): add #1 to #\(found.count)")
    }

    // MARK: - Adding

    /// Adds a mention; when the proposer already proposed that exact span, decides about the
    /// proposal instead, so that its provenance is kept. An add strictly inside a pending
    /// proposal is most likely a slip for a resize, so it is refused unless forced.
    func addMention(label: String, span: TextSpan, forced: Bool) throws(ShellError) {
        // Both lookups are among the mentions overlapping the span, found by the text-order index.
        let mentions = session.state.mentions(overlapping: span)
        if let proposal = mentions.first(where: {
            $0.review.origin == .proposed && $0.mention.span == span && $0.review.status != .accepted
        }) {
            if proposal.mention.label == label {
                try decide(.accept(ids: [proposal.id]))
                reportDecision("accepted (already proposed)", ids: [proposal.id])
            } else {
                try decide(.relabel(id: proposal.id, label: label))
                reportDecision("relabelled (already proposed)", ids: [proposal.id])
            }
            return
        }
        if !forced, let outer = mentions.first(where: {
            $0.review.status == .pending && $0.mention.start <= span.start && span.end <= $0.mention.end
        }) {
            throw ShellError("«\(SafeText.escape(session.document.text(of: span)))» lies inside pending \(summaryOf(outer.id)): shrink or resize \(outer.id) to correct it, or type add! to add it and reject \(outer.id)")
        }
        guard let id = session.state.nextMentionID else { throw ShellError("no mention id is left in this session") }
        try decide(.add(id: id, label: label, start: span.start, end: span.end))
        reportDecision("added", ids: [id])
    }
}
