import FactModel

/// Organisations from acronyms, organisation keywords and context words.
enum OrgRules {
    /// Lower-case words introducing an organisation's name (`l’agence TASS`).
    static let contextWords: Set<String> = [
        "agence", "journal", "quotidien", "hebdomadaire", "magazine", "chaîne", "radio",
        "télévision", "site", "société", "groupe", "entreprise", "compagnie", "constructeur",
        "firme", "banque", "parti", "club", "équipe", "syndicat", "association", "organisation",
        "ong", "mouvement", "agency", "newspaper", "daily", "broadcaster", "company", "firm",
        "group", "party", "network", "outlet", "channel",
    ]

    /// Words skipped between a context word and the name (`agence de presse russe TASS`).
    static let contextFillers: Set<String> = ["de", "d’", "presse", "news", "state", "d’état", "publique", "public", "officielle", "official"]

    /// Lower-case words that continue an organisation name after its keyword
    /// (`Parti socialiste`, `Union européenne`, `Banque mondiale`).
    static let nameAdjectives: Set<String> = [
        "national", "nationale", "nationaux", "nationales", "international", "internationale",
        "mondial", "mondiale", "européen", "européenne", "fédéral", "fédérale", "socialiste",
        "communiste", "républicain", "démocrate", "populaire", "général", "générale", "unies",
        "islamique", "arabe", "africaine", "centrale", "supérieur", "supérieure", "étrangères",
        "constitutionnel", "suprême", "olympique", "libre", "vert", "verts", "écologiste",
    ]

    /// Lower-case words allowed inside an organisation name before a capitalised word.
    static let connectors: Set<String> = ["de", "des", "du", "la", "l’", "d’", "et", "pour", "of", "the", "for", "and", "on"]

    /// Adds ORG candidates.
    static func collect(_ view: TokenView, into candidates: inout CandidateList) {
        for index in 0..<view.count {
            let text = view.texts[index]
            // Acronyms: `OTAN`, `TASS`, `NATO`.
            if view.allCaps[index], text.unicodeScalars.count <= 8, !Organisations.notAcronyms.contains(text),
               !Lexicons.places.contains(text) {
                candidates.add(index, index + 1, "ORG", 0.75, "org.acronym")
            }
            // Keywords: `Ministère des Affaires étrangères`, `Parti socialiste`.
            if view.capitalised[index] && Organisations.keywords.contains(text) {
                let end = keywordNameEnd(from: index, view)
                if end > index + 1 { candidates.add(index, end, "ORG", 0.87, "org.keyword") }
            }
            // Context: `agence de presse russe TASS`, `le quotidien Le Monde`.
            if contextWords.contains(view.lower[index]) && !view.capitalised[index] {
                var next = index + 1
                while next < view.count, view.joined(next - 1), next - index <= 4,
                      contextFillers.contains(view.lower[next]) || Lexicons.demonyms.contains(view.lower[next]) {
                    next += 1
                }
                guard next < view.count, view.joined(next - 1), view.isNameLike(next),
                      !Lexicons.places.contains(view.texts[next]) else { continue }
                let end = NameRules.nameEnd(from: next, view)
                candidates.add(next, end, "ORG", 0.85, "org.context")
            }
        }
    }

    /// The end of an organisation name headed by the keyword at `start`.
    static func keywordNameEnd(from start: Int, _ view: TokenView) -> Int {
        var end = start + 1
        var sawName = false
        while end < view.count && view.joined(end - 1) {
            let lower = view.lower[end]
            if view.capitalised[end] && view.document.tokens[end].kind != .punctuation && view.texts[end].count >= 2 {
                end += 1
                sawName = true
            } else if nameAdjectives.contains(lower) || (Lexicons.demonyms.contains(lower) && !sawName) {
                end += 1
                sawName = true
            } else if connectors.contains(lower), end + 1 < view.count, view.joined(end),
                      view.capitalised[end + 1] && !Organisations.keywords.contains(view.texts[end + 1])
                        || lower != "et" && lower != "and" && connectors.contains(view.lower[end + 1])
                        && end + 2 < view.count && view.joined(end + 1) && view.capitalised[end + 2] {
                end += 1
            } else {
                break
            }
        }
        // Do not end on a connector.
        while end > start + 1 && connectors.contains(view.lower[end - 1]) { end -= 1 }
        return sawName ? end : start + 1
    }
}
