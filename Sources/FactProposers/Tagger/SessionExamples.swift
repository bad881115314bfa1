import FactModel

extension LabeledDocument {
    /// A session's decisions as training data: the accepted (possibly corrected) and added
    /// mentions are the gold. A done session counts as reviewed everywhere; one in progress
    /// only in the sentences where some mention was decided and none is still pending, since
    /// elsewhere the analyst's silence says nothing.
    public init(session: Session) {
        let annotations = session.annotations
        let document = session.document
        var reviewed: Set<Int>?
        if session.status != .complete {
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
