import FactModel

// MARK: - Carrying claims over to a changed article

extension Rebase {
    /// Plans the claims: each accepted old claim whose parts are all found again (each nearest
    /// to where it was) is accepted when the proposer proposes it exactly, corrected into a
    /// proposal with the same content otherwise, or added. Source links follow the carried
    /// mentions; a link to a claim that was not carried is dropped and said.
    mutating func carryClaims(from old: Session, onto session: Session) {
        let document = session.document
        let mentionIDs = Dictionary(carried, uniquingKeysWith: { first, _ in first })
        var claimIDs: [String: String] = [:]
        var nextNumber = session.state.nextClaimID.flatMap(AnnotationID.number(of:)) ?? 1
        var planned: [(id: String, claim: Claim, isNew: Bool, old: ClaimAnnotation)] = []
        for annotation in old.annotations.claims where annotation.review.status == .accepted {
            func moved(_ part: ClaimPart?) -> ClaimPart?? {
                guard let part else { return .some(nil) }
                let found = document.occurrences(of: part.text)
                guard let span = found.min(by: { abs($0.start - part.start) < abs($1.start - part.start) }) else { return nil }
                return ClaimPart(start: span.start, end: span.end, text: part.text, mention: part.mention.flatMap { mentionIDs[$0] })
            }
            guard let content = moved(annotation.claim.content) ?? nil, let source = moved(annotation.claim.source), let cue = moved(annotation.claim.cue) else {
                losses.append(Loss(annotation, reason: "a part of it is no longer in the article"))
                continue
            }
            var claim = annotation.claim
            claim.content = content
            claim.source = source
            claim.cue = cue
            claim.relations = []
            if let proposal = session.state.claims.values.first(where: { $0.claim.content.span == content.span }) {
                claimIDs[annotation.id] = proposal.id
                planned.append((proposal.id, claim, false, annotation))
            } else {
                let id = "c\(nextNumber)"
                nextNumber += 1
                claimIDs[annotation.id] = id
                planned.append((id, claim, true, annotation))
            }
        }
        // Added claims first, without links, so that every link's target exists when it is made.
        for entry in planned where entry.isNew {
            var bare = entry.claim
            bare.relations = []
            actions.append(.addClaim(id: entry.id, claim: bare))
        }
        var accepted: [String] = []
        for var entry in planned {
            entry.claim.relations = entry.old.claim.relations.compactMap { relation in
                guard let target = claimIDs[relation.target] else {
                    losses.append(Loss(entry.old, reason: "its link \(relation.type) \(relation.target) points to a claim that was not carried"))
                    return nil
                }
                return ClaimRelation(type: relation.type, target: target)
            }
            if entry.isNew {
                if !entry.claim.relations.isEmpty { actions.append(.editClaim(id: entry.id, field: "relations", claim: entry.claim)) }
            } else if session.state.claims[entry.id]?.claim == entry.claim {
                accepted.append(entry.id)
            } else {
                actions.append(.editClaim(id: entry.id, field: "rebase", claim: entry.claim))
            }
            for note in entry.old.review.notes { actions.append(.note(id: entry.id, text: note)) }
            if entry.old.review.flagged { actions.append(.flag(id: entry.id, flagged: true)) }
            carried.append((entry.old.id, entry.id))
        }
        if !accepted.isEmpty { actions.append(.accept(ids: accepted)) }
    }
}
