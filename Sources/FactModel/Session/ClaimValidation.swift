// MARK: - Checking a claim the analyst made or corrected

extension SessionState {
    /// A claim is valid when each part is a valid span whose text is the document's, a source's
    /// mention link names a mention, and each relation names another claim with a relation the
    /// schema knows, at most once.
    func validate(_ claim: Claim, id: String, in document: Document, schema: LabelSchema) throws(DecisionError) {
        for (role, part) in [("source", claim.source), ("cue", claim.cue), ("content", claim.content as ClaimPart?)] {
            guard let part else { continue }
            do { try document.validate(part.span) } catch { throw .invalidClaim(id: id, reason: "its \(role) \(error.description)") }
            guard document.text(of: part.span) == part.text else {
                throw .invalidClaim(id: id, reason: "its \(role) text does not match offsets \(part.start)-\(part.end)")
            }
            if let link = part.mention, mentions[link] == nil {
                throw .invalidClaim(id: id, reason: "its \(role) links to \(link), which is not a mention")
            }
        }
        var seen = Set<ClaimRelation>()
        for relation in claim.relations {
            guard schema.claimRelations.contains(relation.type) else {
                throw .invalidClaim(id: id, reason: "unknown relation '\(relation.type)' (relations: \(schema.claimRelations.joined(separator: " ")))")
            }
            guard relation.target != id else { throw .invalidClaim(id: id, reason: "a claim cannot \(relation.type) itself") }
            guard claims[relation.target] != nil else { throw .invalidClaim(id: id, reason: "\(relation.target) is not a claim") }
            guard seen.insert(relation).inserted else { throw .invalidClaim(id: id, reason: "\(relation.type) \(relation.target) is given twice") }
        }
    }
}
