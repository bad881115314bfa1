import FactModel

/// Second-pass rules that use what the first pass found: the same surface form gets the same
/// label throughout a document, and a person's surname alone refers back to them.
enum ConsistencyRules {
    /// Labels whose surface forms are propagated (dates and numbers are not names).
    static let propagated: Set<String> = ["PER", "ORG", "LOC", "NORP", "EVENT", "PRODUCT"]

    /// Candidates for other occurrences of strongly found names and for lone surnames.
    static func collect(_ view: TokenView, accepted: [Candidate]) -> CandidateList {
        var strong: [[String]: Candidate] = [:]
        var surnames: [String: Int] = [:]
        for candidate in accepted where propagated.contains(candidate.label) {
            let key = Array(view.texts[candidate.start..<candidate.end])
            if candidate.score >= 0.8 && strong[key] == nil { strong[key] = candidate }
            // `Sergueï Lavrov` → `Lavrov` later on.
            if candidate.label == "PER" && candidate.length >= 2 && candidate.score >= 0.6 {
                let surname = view.texts[candidate.end - 1]
                if surname.count >= 3 && !FirstNames.names.contains(surname) && surnames[surname] == nil
                    && !Lexicons.isKnownName(surname) {
                    surnames[surname] = candidate.start
                }
            }
        }
        var byFirst: [String: [[String]]] = [:]
        for key in strong.keys { byFirst[key[0], default: []].append(key) }
        var extra = CandidateList()
        for index in 0..<view.count {
            let text = view.texts[index]
            if let keys = byFirst[text] {
                for key in keys where index + key.count <= view.count
                    && Array(view.texts[index..<index + key.count]) == key
                    && (index..<index + key.count - 1).allSatisfy({ view.joined($0) }) {
                    let source = strong[key]!
                    guard source.start != index else { continue }
                    extra.add(index, index + key.count, source.label, 0.82, "consistency")
                }
            }
            // Headlines often name a person by surname before the text gives the full name.
            // Only a lone surname: `Gwen Jorgensen` elsewhere is a full name, found by other rules.
            let lone = !(index > 0 && view.joined(index - 1) && view.isNameLike(index - 1))
                && !(index + 1 < view.count && view.joined(index) && view.isNameLike(index + 1))
            if let first = surnames[text], index != first, lone, view.capitalised[index] {
                extra.add(index, index + 1, "PER", 0.8, "coreference.surname")
            }
        }
        return extra
    }
}
