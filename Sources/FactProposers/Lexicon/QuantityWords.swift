/// Words of quantities: magnitudes, units and approximate-number nouns. Lower-case.
enum QuantityWords {
    /// Magnitudes that follow a number (`3 millions`, `2 billion`).
    static let magnitudes: Set<String> = [
        "mille", "million", "millions", "milliard", "milliards", "billion", "billions", "trillion",
        "thousand", "thousands", "hundred", "hundreds", "m", "md", "mds", "bn", "k",
    ]

    /// Units that follow a number, possibly after `de`/`d’` (`15 %`, `3 millions d’euros`).
    static let units: Set<String> = [
        "%", "pour", "percent", "per", "€", "$", "£", "¥", "euro", "euros", "dollar", "dollars",
        "livre", "livres", "pound", "pounds", "franc", "francs", "yen", "yuan", "yuans", "rouble",
        "roubles", "roupie", "roupies", "hryvnia", "hryvnias", "km", "kilomètre", "kilomètres",
        "kilometre", "kilometres", "kilometer", "kilometers", "m", "mètre", "mètres", "metre",
        "metres", "meter", "meters", "cm", "mm", "km²", "m²", "hectare", "hectares", "ha", "kg",
        "kilo", "kilos", "kilogramme", "kilogrammes", "g", "gramme", "grammes", "tonne", "tonnes",
        "ton", "tons", "t", "l", "litre", "litres", "liter", "liters", "barils", "barrels", "mw",
        "gw", "kw", "kwh", "mwh", "twh", "degré", "degrés", "degrees", "°", "°c", "km/h", "mph",
        "mile", "miles", "pieds", "feet", "foot", "habitants", "points", "voix", "votes", "sièges",
        "seats",
    ]

    /// Units that carry the `pour cent` / `per cent` second word.
    static let percentSecond: Set<String> = ["cent"]

    /// Nouns of approximate numbers, a QUANTITY on their own (`des milliers` → `milliers`).
    static let approximateNouns: Set<String> = [
        "milliers", "centaines", "dizaines", "douzaines", "millions", "milliards", "vingtaine",
        "trentaine", "quarantaine", "cinquantaine", "centaine", "dizaine", "douzaine", "millier",
        "thousands", "hundreds", "dozens", "millions", "billions", "scores",
    ]

    /// Ordinal-looking number tokens never taken as quantities (`1er`, `2e`, `3rd`).
    static func isOrdinal(_ lower: String) -> Bool {
        for suffix in ["er", "re", "e", "ème", "eme", "nd", "rd", "th", "st", "ᵉ", "ʳᵉ", "ᵉʳ"] where lower.hasSuffix(suffix) {
            let head = lower.dropLast(suffix.count)
            if !head.isEmpty && head.allSatisfy(\.isNumber) { return true }
        }
        return false
    }
}
