import FactModel

// MARK: - Focus and display

extension AnnotationShell {
    /// Mentions in text order.
    var orderedMentions: [MentionAnnotation] { session.state.orderedMentions }

    /// Claims in text order of their content.
    var orderedClaims: [ClaimAnnotation] { session.state.orderedClaims }

    /// Where an annotation sits: a mention's span, or a claim's extent from its first part to its last.
    func extent(of id: String) -> TextSpan? {
        session.state.mentions[id]?.mention.span ?? session.state.claims[id]?.claim.extent
    }

    /// The reading key of an annotation.
    func readingKey(of id: String) -> ReadingKey? {
        guard let span = extent(of: id) else { return nil }
        return ReadingKey(start: span.start, layer: session.state.claims[id] != nil ? 1 : 0, end: span.end, number: AnnotationID.number(of: id) ?? 0)
    }

    /// Puts the focus on the first pending proposal, if any.
    func focusFirstPending() {
        focus = firstPending(after: nil)
    }

    /// The next (or previous) pending proposal after `id` in reading order, wrapping around.
    func pending(after id: String?, backwards: Bool = false) -> String? {
        guard let id, let key = readingKey(of: id) else { return backwards ? lastPending(before: nil) : firstPending(after: nil) }
        if backwards {
            return lastPending(before: key) ?? lastPending(before: nil)
        }
        return firstPending(after: key) ?? firstPending(after: nil)
    }

    /// The first pending mention or claim after a reading key (from the start with none). Walks
    /// the text-order indexes from the key, so it costs the entries passed, not a sort of all.
    func firstPending(after key: ReadingKey?) -> String? {
        let mention = firstPending(in: session.state.mentionIndex, layer: 0, after: key)
        let claim = firstPending(in: session.state.claimExtentIndex, layer: 1, after: key)
        guard let mention, let claim else { return (mention ?? claim)?.id }
        return (claim.key < mention.key ? claim : mention).id
    }

    /// The last pending mention or claim before a reading key (from the end with none).
    func lastPending(before key: ReadingKey?) -> String? {
        let mention = lastPending(in: session.state.mentionIndex, layer: 0, before: key)
        let claim = lastPending(in: session.state.claimExtentIndex, layer: 1, before: key)
        guard let mention, let claim else { return (mention ?? claim)?.id }
        return (mention.key < claim.key ? claim : mention).id
    }

    /// The first pending entry of one layer's index after a key: from the first entry starting
    /// at or after the key's start, up to the first pending one and the others starting with it.
    private func firstPending(in index: [IndexedAnnotation], layer: Int, after key: ReadingKey?) -> (id: String, key: ReadingKey)? {
        var best: (id: String, key: ReadingKey)?
        var position = 0
        if let key {
            var high = index.count
            while position < high {
                let mid = (position + high) / 2
                if index[mid].start < key.start { position = mid + 1 } else { high = mid }
            }
        }
        while position < index.count {
            let entry = index[position]
            position += 1
            if let best, entry.start > best.key.start { break }
            guard entry.status == .pending else { continue }
            let candidate = ReadingKey(start: entry.start, layer: layer, end: entry.end, number: entry.number)
            if let key, !(key < candidate) { continue }
            if best == nil || candidate < best!.key { best = (entry.id, candidate) }
        }
        return best
    }

    /// The last pending entry of one layer's index before a key.
    private func lastPending(in index: [IndexedAnnotation], layer: Int, before key: ReadingKey?) -> (id: String, key: ReadingKey)? {
        var best: (id: String, key: ReadingKey)?
        var position = index.count - 1
        if let key {
            // Past every entry starting at or before the key's start.
            var low = 0, high = index.count
            while low < high {
                let mid = (low + high) / 2
                if index[mid].start <= key.start { low = mid + 1 } else { high = mid }
            }
            position = low - 1
        }
        while position >= 0 {
            let entry = index[position]
            position -= 1
            if let best, entry.start < best.key.start { break }
            guard entry.status == .pending else { continue }
            let candidate = ReadingKey(start: entry.start, layer: layer, end: entry.end, number: entry.number)
            if let key, !(candidate < key) { continue }
            if best == nil || best!.key < candidate { best = (entry.id, candidate) }
        }
        return best
    }

    /// Moves the focus on after a decision about the focused proposal.
    func advanceFocus(after decided: [String]) {
        guard let focus, decided.contains(focus) || session.state.review(of: focus)?.status != .pending else { return }
        self.focus = pending(after: focus)
    }

    /// The sentence index of an annotation (where it starts).
    func sentenceIndex(of id: String) -> Int? {
        guard let span = extent(of: id) else { return nil }
        return session.document.sentenceIndex(containing: span.start)
    }

    /// Shows one sentence with its annotations.
    func showSentence(_ index: Int) {
        let document = session.document
        guard document.sentences.indices.contains(index) else { return }
        let sentence = document.sentences[index]
        let header = renderer.style.dim("[\(index + 1)/\(document.sentences.count)]")
        let mentions = session.state.mentions(overlapping: sentence.span)
        output.line(header + " " + renderer.render(sentence.span, of: document, mentions: mentions, focus: focus))
        shownSentence = index
        if let focus, sentence.span.overlaps(session.state.mentions[focus]?.mention.span ?? TextSpan(start: 0, end: 0)) {
            drawnFocus = focus
        }
    }

    /// Shows the focused proposal, with its sentence when that is not the one last shown.
    func showFocus(forceSentence: Bool = false) {
        // What the model re-proposed after the decision is said before the next sentence is
        // drawn, so it reads as part of the decision's confirmation.
        flushLearningNotes()
        if let focus, session.state.claims[focus] != nil {
            showClaim(focus)
            return
        }
        guard let focus, let annotation = session.state.mentions[focus] else {
            if session.status == .complete {
                output.line(renderer.style.success("article done") + " · " + renderer.progress(session.state))
            } else {
                output.line("no pending proposals left · " + renderer.progress(session.state) + " · add what was missed, then type done")
            }
            return
        }
        if let index = sentenceIndex(of: focus), forceSentence || index != shownSentence || focus != drawnFocus {
            showSentence(index)
        }
        output.line("  → " + renderer.describe(annotation))
    }

    /// Shows a claim in the sentences it spans, its parts marked, and its description.
    func showClaim(_ id: String) {
        guard let annotation = session.state.claims[id] else { return }
        let document = session.document
        let extent = annotation.claim.extent
        guard let first = document.sentenceIndex(containing: extent.start),
              let last = document.sentenceIndex(containing: max(extent.start, extent.end - 1)) else { return }
        // A claim over several sentences (a long quotation) is drawn a sentence a line.
        for index in first...last {
            let span = document.sentences[index].span
            output.line(renderer.style.dim("[\(index + 1)/\(document.sentences.count)]") + " " + renderer.render(span, of: document, claim: annotation))
        }
        output.line("  → " + renderer.describe(annotation))
        shownSentence = first
        drawnFocus = id
    }

    // MARK: - Resolving ids

    /// Normalises an id as typed (`M3` → `m3`).
    func normalizedID(_ word: String) -> String { word.lowercased() }

    /// True when a word looks like an annotation id.
    func looksLikeID(_ word: String) -> Bool { AnnotationID.isValid(word) }

    /// Expands ids, ranges (`m3-m7`) and `all` (every pending proposal); with no words, the focus.
    func resolveIDs(_ words: [String], command: String) throws(ShellError) -> [String] {
        hereSentence = nil
        if words.isEmpty {
            guard let focus else {
                let pendingLeft = session.state.statusCounts[.pending, default: 0] > 0
                throw ShellError(pendingLeft ? "nothing in focus: give an id, e.g. \(command) m3, or type next"
                                             : "no pending proposals left: give an id, e.g. \(command) m3, or type done")
            }
            return [focus]
        }
        var ids: [String] = []
        for word in words {
            let lower = word.lowercased()
            if lower == "all" {
                ids += session.state.mentionIndex.filter { $0.status == .pending }.map(\.id)
                ids += orderedClaims.filter { $0.review.status == .pending }.map(\.id)
            } else if lower == "here" {
                guard let index = currentSentence else { throw ShellError("no sentence shown yet: type show") }
                let span = session.document.sentences[index].span
                ids += session.state.indexedMentions(overlapping: span).filter { $0.status == .pending }.map(\.id)
                ids += session.state.claims(overlapping: span).filter { $0.review.status == .pending }.map(\.id)
                hereSentence = index
            } else if let dash = lower.firstIndex(of: "-"), looksLikeID(String(lower[..<dash])),
                      looksLikeID(String(lower[lower.index(after: dash)...])) {
                // Expanded over the ids that exist, never over the numbers in between, so that
                // m1-m9223372036854775807 costs what the session holds.
                let low = String(lower[..<dash]), high = String(lower[lower.index(after: dash)...])
                guard low.first == high.first, let from = AnnotationID.number(of: low), let to = AnnotationID.number(of: high) else {
                    throw ShellError("a range joins two ids of one kind, e.g. m3-m7")
                }
                guard from <= to else { throw ShellError("the range \(SafeText.escape(word)) runs backwards") }
                let existing = low.first == "c" ? Array(session.state.claims.keys) : Array(session.state.mentions.keys)
                ids += existing.filter { AnnotationID.number(of: $0).map { (from...to).contains($0) } ?? false }
                    .sorted(by: AnnotationID.areInIncreasingOrder)
            } else if looksLikeID(lower) {
                guard session.state.review(of: lower) != nil else { throw ShellError("no annotation has the id '\(SafeText.escape(word))'") }
                ids.append(lower)
            } else {
                throw ShellError("'\(SafeText.escape(word))' is not an id (ids look like m3; also: all, here, m3-m7)")
            }
        }
        var seen = Set<String>()
        return ids.filter { seen.insert($0).inserted }
    }

    /// The single id of a command that takes one (or the focus when none is given).
    func singleID(_ words: [String], command: String) throws(ShellError) -> String {
        let ids = try resolveIDs(words, command: command)
        guard ids.count == 1 else { throw ShellError("\(command) takes one id") }
        return ids[0]
    }

    /// The mention with an id, or an error naming it.
    func mention(_ id: String) throws(ShellError) -> MentionAnnotation {
        guard let annotation = session.state.mentions[id] else {
            throw ShellError(session.state.claims[id] != nil ? "\(id) is a claim, not an entity mention" : "no mention has the id '\(id)'")
        }
        return annotation
    }
}

/// Reading order of annotations: where they start, mentions before claims, then where they end.
struct ReadingKey: Comparable {
    var start: Int
    var layer: Int
    var end: Int
    var number: Int

    static func < (lhs: ReadingKey, rhs: ReadingKey) -> Bool {
        (lhs.start, lhs.layer, lhs.end, lhs.number) < (rhs.start, rhs.layer, rhs.end, rhs.number)
    }
}
