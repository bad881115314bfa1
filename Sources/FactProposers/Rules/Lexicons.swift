import FactModel

/// The gazetteers built from the word lists, once per process.
enum Lexicons {
    /// Countries, regions and cities (case-sensitive: place names are capitalised).
    static let places: Gazetteer = {
        var gazetteer = Gazetteer()
        gazetteer.add(Countries.names, label: "LOC", rule: "gazetteer.region", score: 0.9)
        gazetteer.add(Regions.names, label: "LOC", rule: "gazetteer.region", score: 0.9)
        gazetteer.add(Cities.names, label: "LOC", rule: "gazetteer.city", score: 0.9)
        return gazetteer
    }()

    /// Known organisations, events and products (case-sensitive).
    static let named: Gazetteer = {
        var gazetteer = Gazetteer()
        gazetteer.add(Organisations.names, label: "ORG", rule: "org.known", score: 0.92)
        // Above places, so `Tour de France 2016` beats `France`.
        gazetteer.add(EventsAndProducts.events, label: "EVENT", rule: "event.known", score: 0.91)
        gazetteer.add(EventsAndProducts.products, label: "PRODUCT", rule: "product.known", score: 0.7)
        return gazetteer
    }()

    /// Nationality and group words, French and English (matched ignoring case).
    static let demonyms: Gazetteer = {
        var gazetteer = Gazetteer(caseInsensitive: true)
        gazetteer.add(Demonyms.french, label: "NORP", rule: "demonym", score: 0.85)
        gazetteer.add(Demonyms.english, label: "NORP", rule: "demonym", score: 0.85, language: .english)
        return gazetteer
    }()

    /// True when a single token is a known place, organisation or event name.
    static func isKnownName(_ text: String) -> Bool {
        places.contains(text) || named.contains(text)
    }
}
