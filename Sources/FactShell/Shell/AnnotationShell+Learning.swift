import FactModel
import FactProposers
import Foundation

// MARK: - Learning within the article

/// The in-memory copy of the analyst model for the open article, and what it last said.
struct ArticleLearning {
    /// The copy, made from the analyst model when the first sentence is finished (nil: no
    /// model, another language, or learning is off).
    var learner: WithinArticleLearner?
    /// True once `learner` was asked for, so a missing model is asked for once an article.
    var started = false
    /// The lines to show after the command's own confirmation.
    var notes: [String] = []

    /// Finished sentences one decision teaches at most; a decision that finishes more (accept
    /// all) teaches none of them here.
    static let sentencesPerDecision = 4
    /// Sentences proposed again after a finished one, at most.
    static let windowSentences = 20
    /// Tokens proposed again after a finished one, about (the window stops after the sentence
    /// that passes it): with the sentence count, what bounds the cost of a decision.
    static let windowWords = 1_000
}

extension AnnotationShell {
    /// After a decision is saved: each sentence it finished (a mention decided there and none
    /// left pending) teaches the article's copy of the analyst model, and the next sentences
    /// (a bounded window) are proposed again; where the model now proposes otherwise than
    /// before learning, its untouched pending proposals are withdrawn and the new ones added,
    /// as one `repropose` event, saved like a decision. A sentence is learnt when it is
    /// finished rather than when the analyst moves past it, because the shell cannot tell a
    /// sentence skipped from one read: only decisions say that a sentence was reviewed.
    func learnFromFinishedSentences(after action: Action) {
        switch action {
        case .accept, .reject, .relabel, .resize, .add, .delete: break
        default: return
        }
        guard session.status != .complete, session.document.language == .french else { return }
        let state = session.state
        var sentences = Set<Int>()
        for id in action.ids + sideEffects.map(\.after.id) {
            guard let mention = state.mentions[id], let sentence = session.document.sentenceIndex(containing: mention.mention.start) else { continue }
            sentences.insert(sentence)
        }
        let finished = sentences.sorted().filter(isFinished)
        // A bulk decision (accept all) is learnt from at done, as before: learning from every
        // sentence it finishes would make its cost a multiple of the article's.
        guard finished.count <= ArticleLearning.sentencesPerDecision else { return }
        for sentence in finished {
            // Taken out while it learns, so its weights are not copied for the change.
            guard articleLearner() != nil, var learner = articleLearning.learner.take() else { return }
            let gold = session.state.mentions(overlapping: session.document.sentences[sentence].span)
                .filter { $0.review.status == .accepted }.map(\.mention)
            let change = learner.learnAndLookAhead(sentence: sentence, of: session.document, gold: gold,
                                                   windowSentences: ArticleLearning.windowSentences, windowWords: ArticleLearning.windowWords)
            articleLearning.learner = learner
            guard let change, let reproposal = reproposal(from: change, model: learner.version, sentence: sentence) else { continue }
            record(reproposal)
        }
    }

    /// The article's copy of the analyst model, made on first use; none when the session's
    /// proposals did not come from that model (an imported, reviewed or rules-only session),
    /// whose proposals the model has no business replacing.
    private func articleLearner() -> WithinArticleLearner? {
        if !articleLearning.started {
            articleLearning.started = true
            if let tagger = options.learnWithinArticle?(), session.proposer.version.contains("\(tagger.name) ") {
                articleLearning.learner = WithinArticleLearner(tagger: tagger)
            }
        }
        return articleLearning.learner
    }

    /// True when some mention of the sentence was decided and none is left pending.
    private func isFinished(_ sentence: Int) -> Bool {
        let entries = session.state.indexedMentions(overlapping: session.document.sentences[sentence].span)
        return entries.contains { $0.status != .pending } && !entries.contains { $0.status == .pending }
    }

    /// The event for what learning changed ahead: the untouched pending proposals the model
    /// no longer makes (same span and label) are withdrawn; what it now proposes is added where
    /// no annotation left in the session overlaps it, with fresh ids. Nil when nothing changes.
    private func reproposal(from change: WithinArticleLearner.Change, model: String, sentence: Int) -> Reproposal? {
        let state = session.state
        let document = session.document
        guard let first = document.sentences[change.window].first?.start, let last = document.sentences[change.window].last?.end else { return nil }
        let dropped = Set(change.dropped.map { "\($0.start) \($0.end) \($0.label)" })
        let window = state.mentions(overlapping: TextSpan(start: first, end: last))
        let withdrawn = window.filter { annotation in
            let review = annotation.review
            return review.status == .pending && review.origin == .proposed && !review.flagged && review.notes.isEmpty && annotation.proposed == nil
                && dropped.contains("\(annotation.mention.start) \(annotation.mention.end) \(annotation.mention.label)")
        }.map(\.id)
        var kept = window.filter { !withdrawn.contains($0.id) }.map(\.mention.span)
        var number = state.nextMentionID.flatMap(AnnotationID.number(of:)) ?? 1
        var mentions: [MentionProposal] = []
        for proposal in change.found {
            let span = TextSpan(start: proposal.start, end: proposal.end)
            guard session.schema.mentionLabel(named: proposal.label) != nil, !kept.contains(where: { $0.overlaps(span) }) else { continue }
            mentions.append(MentionProposal(id: "m\(number)", label: proposal.label, start: proposal.start, end: proposal.end,
                                            text: proposal.text, score: proposal.score, rule: proposal.rule))
            kept.append(span)
            number += 1
        }
        guard !withdrawn.isEmpty || !mentions.isEmpty else { return nil }
        return Reproposal(model: model, sentence: sentence, withdrawn: withdrawn, mentions: mentions)
    }

    /// Records and saves a re-proposal; one that cannot be saved is dropped with a note (the
    /// decision that caused it is saved already).
    private func record(_ reproposal: Reproposal) {
        let before = session.state
        let first = !session.hasReproposals
        let event: Event
        do { event = try session.record(.repropose(reproposal)) } catch {
            articleLearning.notes.append(renderer.style.error("note: ") + "the model's re-proposal was refused: " + SafeText.escape(error.description))
            return
        }
        // The first re-proposal writes the whole session, whose file format then says that
        // the log holds one (a factline without the event refuses it as newer, not corrupted);
        // later ones are one journal line each, like any decision.
        do { if first { try store.save(session) } else { try store.append(event, of: session) } } catch {
            session.rollBackLastRecord()
            articleLearning.notes.append(renderer.style.error("note: ") + "the model's re-proposal was not saved, so it was dropped: " + SafeText.escape(error.description))
            return
        }
        if let focus, session.state.mentions[focus] == nil, session.state.claims[focus] == nil { self.focus = firstPending(after: nil) }
        articleLearning.notes.append(renderer.style.dim(Self.describe(reproposal, before: before)))
    }

    /// `learnt from sentence 4: re-proposed 2 mentions ahead (m12 → m31 ORG «Les Républicains»)`.
    static func describe(_ reproposal: Reproposal, before: SessionState) -> String {
        var parts: [String] = []
        var added = reproposal.mentions
        for id in reproposal.withdrawn {
            let old = before.mentions[id]?.mention
            if let old, let index = added.firstIndex(where: { $0.span.overlaps(old.span) }) {
                let new = added.remove(at: index)
                parts.append("\(id) → \(new.id) \(new.label) «\(SafeText.escape(new.text))»")
            } else {
                parts.append("−\(id)" + (old.map { " \($0.label) «\(SafeText.escape($0.text))»" } ?? ""))
            }
        }
        parts += added.map { "+\($0.id) \($0.label) «\(SafeText.escape($0.text))»" }
        let count = reproposal.withdrawn.count + added.count
        let listed = parts.count > 4 ? parts.prefix(4).joined(separator: ", ") + ", …" : parts.joined(separator: ", ")
        return "learnt from sentence \(reproposal.sentence + 1): re-proposed \(count) mention\(count == 1 ? "" : "s") ahead (\(listed))"
    }

    /// Prints the lines learning left, after the command's own output.
    func flushLearningNotes() {
        for note in articleLearning.notes { output.line(note) }
        articleLearning.notes = []
    }
}
