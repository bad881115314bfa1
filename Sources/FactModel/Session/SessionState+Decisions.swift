// MARK: - The effect of each decision

extension SessionState {
    /// Applies one decision that is not an undo or redo; on error the caller restores the state.
    mutating func perform(_ action: Action, in document: Document, schema: LabelSchema) throws(DecisionError) {
        if isComplete {
            switch action {
            case .reopen, .note, .unnote, .flag: break
            default: throw .articleComplete
            }
        }
        switch action {
        case let .accept(ids):
            for id in ids { try accept(id) }
        case let .reject(ids):
            for id in ids { try reject(id) }
        case let .relabel(id, label):
            guard var annotation = mentions[id] else { throw unknown(id) }
            let canonical = try canonicalLabel(label, schema: schema)
            guard annotation.mention.label != canonical || annotation.review.status != .accepted else {
                throw .sameLabel(id: id, label: canonical)
            }
            rememberProposal(&annotation)
            annotation.mention.label = canonical
            annotation.review.status = .accepted
            try checkNoAcceptedOverlap(annotation.mention.span, except: id)
            setMention(id, annotation)
        case let .resize(id, start, end):
            guard var annotation = mentions[id] else { throw unknown(id) }
            let span = TextSpan(start: start, end: end)
            do { try document.validate(span) } catch { throw .invalidSpan(error) }
            guard span != annotation.mention.span || annotation.review.status != .accepted else { throw .sameSpan(id: id) }
            try checkNoAcceptedOverlap(span, except: id)
            rememberProposal(&annotation)
            annotation.mention = Mention(label: annotation.mention.label, span: span, in: document)
            annotation.review.status = .accepted
            setMention(id, annotation)
            supersedePending(overlapping: span, except: id)
        case let .add(id, label, start, end):
            guard mentions[id] == nil, claims[id] == nil else { throw .idInUse(id) }
            let canonical = try canonicalLabel(label, schema: schema)
            let span = TextSpan(start: start, end: end)
            do { try document.validate(span) } catch { throw .invalidSpan(error) }
            try checkNoAcceptedOverlap(span, except: id)
            setMention(id, MentionAnnotation(
                id: id, mention: Mention(label: canonical, span: span, in: document),
                review: Review(status: .accepted, origin: .added)))
            supersedePending(overlapping: span, except: id)
        case let .addClaim(id, claim):
            guard mentions[id] == nil, claims[id] == nil else { throw .idInUse(id) }
            try validate(claim, id: id, in: document, schema: schema)
            setClaim(id, ClaimAnnotation(id: id, claim: claim, review: Review(status: .accepted, origin: .added)))
        case let .editClaim(id, _, claim):
            guard var annotation = claims[id] else { throw mentions[id] != nil ? .invalidClaim(id: id, reason: "it is a mention") : .unknownID(id) }
            try validate(claim, id: id, in: document, schema: schema)
            guard claim != annotation.claim || annotation.review.status != .accepted else { throw .sameClaim(id: id) }
            if annotation.review.origin == .proposed && annotation.proposed == nil { annotation.proposed = annotation.claim }
            annotation.claim = claim
            annotation.review.status = .accepted
            setClaim(id, annotation)
        case let .delete(id):
            try updateReview(id) { review throws(DecisionError) in
                guard review.status == .accepted else {
                    if review.status == .deleted { throw .alreadyInStatus(id: id, status: .deleted) }
                    throw .notAllowed(id: id, status: review.status, action: "delete",
                                      hint: review.status == .pending ? "reject it instead" : "nothing to delete")
                }
                review.status = .deleted
            }
        case let .note(id, text):
            guard !text.allSatisfy(\.isWhitespace) else { throw .emptyNote }
            try updateReview(id) { review throws(DecisionError) in review.notes.append(text) }
        case let .unnote(id, note):
            try updateReview(id) { review throws(DecisionError) in
                guard review.notes.indices.contains(note - 1) else { throw .noSuchNote(id: id, note: note, count: review.notes.count) }
                review.notes.remove(at: note - 1)
            }
        case let .flag(id, flagged):
            try updateReview(id) { review throws(DecisionError) in review.flagged = flagged }
        case .complete:
            setComplete(true)
        case .reopen:
            guard isComplete else { throw .articleNotComplete }
            setComplete(false)
        case .undo, .redo, .repropose:
            preconditionFailure("undo, redo and re-proposals are handled by apply(_:in:schema:)")
        }
    }

    // MARK: - Helpers

    private func unknown(_ id: String) -> DecisionError {
        claims[id] != nil ? .notAMention(id) : .unknownID(id)
    }

    private mutating func accept(_ id: String) throws(DecisionError) {
        if let annotation = mentions[id], annotation.review.status != .accepted {
            try checkNoAcceptedOverlap(annotation.mention.span, except: id)
        }
        try updateReview(id) { review throws(DecisionError) in
            guard review.status != .accepted else { throw .alreadyInStatus(id: id, status: .accepted) }
            review.status = .accepted
        }
    }

    private mutating func reject(_ id: String) throws(DecisionError) {
        try updateReview(id) { review throws(DecisionError) in
            guard review.origin == .proposed else {
                throw .notAllowed(id: id, status: review.status, action: "reject",
                                  hint: "it was added by hand: delete it instead")
            }
            guard review.status != .rejected else { throw .alreadyInStatus(id: id, status: .rejected) }
            review.status = .rejected
        }
    }

    private mutating func updateReview(_ id: String, _ change: (inout Review) throws(DecisionError) -> Void) throws(DecisionError) {
        if var annotation = mentions[id] {
            try change(&annotation.review)
            setMention(id, annotation)
        } else if var annotation = claims[id] {
            try change(&annotation.review)
            setClaim(id, annotation)
        } else {
            throw .unknownID(id)
        }
    }

    private func canonicalLabel(_ label: String, schema: LabelSchema) throws(DecisionError) -> String {
        guard let definition = schema.mentionLabel(named: label) else {
            throw .unknownLabel(label, known: schema.mentionLabelNames)
        }
        return definition.name
    }

    /// Mentions are flat: an accepted mention may not overlap another accepted one. Looks only
    /// at the mentions near the span, through the text-order index.
    private func checkNoAcceptedOverlap(_ span: TextSpan, except id: String) throws(DecisionError) {
        let clash = indexedMentions(overlapping: span).first { $0.id != id && $0.status == .accepted }
        if let clash, let annotation = mentions[clash.id] {
            throw .overlaps(id: clash.id, label: annotation.mention.label, text: annotation.mention.text)
        }
    }

    /// A mention the analyst drew over pending proposals replaces them: they become rejected.
    private mutating func supersedePending(overlapping span: TextSpan, except id: String) {
        for entry in indexedMentions(overlapping: span) where entry.id != id && entry.status == .pending {
            guard var other = mentions[entry.id] else { continue }
            other.review.status = .rejected
            setMention(entry.id, other)
        }
    }

    /// Keeps what the proposer said the first time a proposal is corrected.
    private func rememberProposal(_ annotation: inout MentionAnnotation) {
        if annotation.review.origin == .proposed && annotation.proposed == nil {
            annotation.proposed = annotation.mention
        }
    }
}
