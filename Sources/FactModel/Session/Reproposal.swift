/// What the model proposed again after learning from a sentence the analyst finished (the
/// `repropose` event): the pending proposals it withdrew and the new ones it made, with fresh
/// ids. It is not the analyst's decision: undo never targets it, and undoing the decision that
/// caused it leaves it in place (the model had already learnt; the new proposals are still
/// only proposals).
public struct Reproposal: Hashable, Codable, Sendable {
    /// The model that proposed again: the analyst model's name and version and the sentences
    /// learnt in this article (`fr-news 2+u3+s5`).
    public var model: String
    /// The sentence learnt from (0-based index into the document's sentences).
    public var sentence: Int
    /// The pending, untouched proposals withdrawn: they leave the session's annotations.
    public var withdrawn: [String]
    /// The new proposals, pending, with fresh ids (higher than any the session used).
    public var mentions: [MentionProposal]

    /// Makes a re-proposal.
    public init(model: String, sentence: Int, withdrawn: [String], mentions: [MentionProposal]) {
        self.model = model
        self.sentence = sentence
        self.withdrawn = withdrawn
        self.mentions = mentions
    }
}

// MARK: - Folding

extension SessionState {
    /// Applies a re-proposal: each withdrawn id must name a pending proposal the analyst never
    /// touched (not corrected, flagged or noted), each new proposal a fresh id, a span of the
    /// document with its text, and a label of the schema. Does not touch the undo and redo
    /// stacks: it is not a decision.
    mutating func performReproposal(_ reproposal: Reproposal, in document: Document, schema: LabelSchema) throws(DecisionError) {
        guard !isComplete else { throw .articleComplete }
        for id in reproposal.withdrawn {
            guard let annotation = mentions[id] else { throw claims[id] != nil ? .notAMention(id) : .unknownID(id) }
            let review = annotation.review
            guard review.status == .pending, review.origin == .proposed, !review.flagged, review.notes.isEmpty, annotation.proposed == nil else {
                throw .notAllowed(id: id, status: review.status, action: "withdraw", hint: "only an untouched pending proposal is withdrawn")
            }
            setMention(id, nil)
        }
        for proposal in reproposal.mentions {
            guard let number = AnnotationID.number(of: proposal.id), proposal.id.first == "m", number > highestMentionNumber else {
                throw .idInUse(proposal.id)
            }
            guard let label = schema.mentionLabel(named: proposal.label)?.name else {
                throw .unknownLabel(proposal.label, known: schema.mentionLabelNames)
            }
            do { try document.validate(proposal.span) } catch { throw .invalidSpan(error) }
            let mention = Mention(label: label, span: proposal.span, in: document)
            guard mention.text == proposal.text else {
                throw .invalidProposal(id: proposal.id, reason: "its text «\(proposal.text)» is not the text at \(proposal.start)-\(proposal.end) «\(mention.text)»")
            }
            guard proposal.score.isFinite else { throw .invalidProposal(id: proposal.id, reason: "its score is not a number") }
            setMention(proposal.id, MentionAnnotation(id: proposal.id, mention: mention,
                                                      review: Review(status: .pending, origin: .proposed, score: proposal.score, rule: proposal.rule)))
            highestMentionNumber = number
        }
    }
}
