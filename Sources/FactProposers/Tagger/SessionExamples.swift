import FactModel

extension LabeledDocument {
    /// A session's decisions as training data: the accepted (possibly corrected) and added
    /// mentions are the gold. A done session with nothing pending counts as reviewed
    /// everywhere; otherwise only the sentences where some mention was decided and none is
    /// still pending are, since elsewhere the analyst's silence says nothing.
    public init(session: Session) {
        let annotations = session.annotations
        let document = session.document
        var reviewed: Set<Int>?
        // `done!` can leave proposals pending: their sentences are not reviewed either.
        if session.status != .complete || annotations.mentions.contains(where: { $0.review.status == .pending }) {
            var decided = Set<Int>(), pending = Set<Int>()
            for mention in annotations.mentions {
                guard let sentence = document.sentenceIndex(containing: mention.mention.start) else { continue }
                if mention.review.status == .pending { pending.insert(sentence) } else { decided.insert(sentence) }
            }
            reviewed = decided.subtracting(pending)
        }
        self.init(document: document, mentions: annotations.goldMentions.map(\.mention), reviewedSentences: reviewed)
    }
}
