import Foundation

/// Country and region names in French and English.
///
/// Taken from Foundation's locale data (`Locale.Region.isoRegions`, which on Linux comes from
/// ICU), so the list follows ICU's spelling (`Corée du Nord`, `États-Unis`, `Royaume-Uni`);
/// a short shipped list backs it up if a platform returns nothing.
enum Countries {
    /// Every country and region name known to Foundation, in French and English, plus the
    /// shipped fallback and common short or older forms.
    static let names: [String] = {
        var names: [String] = []
        let locales = [Locale(identifier: "fr"), Locale(identifier: "en")]
        for region in Locale.Region.isoRegions {
            for locale in locales {
                guard let name = locale.localizedString(forRegionCode: region.identifier),
                      !name.contains("("), !name.contains(","), name != region.identifier
                else { continue }
                names.append(name)
            }
        }
        return names.filter { !excluded.contains($0) } + fallback + variants
    }()

    /// Region names that are more often something else in news text.
    static let excluded: Set<String> = [
        "Maurice", "Jersey", "Guernesey", "Man", "Bonaire", "Chad", "Jordan", "Georgia", "Niue",
        "Sainte-Hélène", "Aruba", "Monde", "world", "World", "Monaco",
    ]

    /// A minimal list used whatever Foundation returns: the countries this project's news
    /// mentions most.
    static let fallback: [String] = [
        "France", "Russie", "Ukraine", "Corée du Nord", "Corée du Sud", "États-Unis", "Royaume-Uni",
        "Chine", "Allemagne", "Italie", "Espagne", "Japon", "Inde", "Iran", "Irak", "Israël",
        "Syrie", "Turquie", "Belgique", "Suisse", "Canada", "Mexique", "Brésil", "Algérie",
        "Maroc", "Tunisie", "Égypte", "Libye", "Mali", "Niger", "Sénégal", "Liban", "Pologne",
        "Russia", "North Korea", "South Korea", "United States", "United Kingdom", "China",
        "Germany", "Italy", "Spain", "Japan", "India", "Iraq", "Israel", "Syria", "Turkey",
        "Belgium", "Switzerland", "Mexico", "Brazil", "Algeria", "Morocco", "Egypt", "Poland",
    ]

    /// Short, older or unofficial names ICU does not list.
    static let variants: [String] = [
        "USA", "U.S.", "US", "UK", "Grande-Bretagne", "Angleterre", "Écosse", "Pays de Galles",
        "Irlande du Nord", "Birmanie", "Tchétchénie", "Crimée", "Donbass", "Palestine",
        "Cisjordanie", "Gaza", "bande de Gaza", "Kosovo", "Taïwan", "Tibet", "Sibérie",
        "Moyen-Orient", "Proche-Orient", "Maghreb", "Sahel", "Balkans", "Caucase", "Kurdistan",
        "Europe", "Afrique", "Asie", "Amérique", "Océanie", "Antarctique", "Amérique latine",
        "Amérique du Sud", "Amérique du Nord", "Europe de l’Est", "Afrique du Nord", "Scandinavie",
        "République démocratique du Congo", "RDC", "Congo", "République tchèque", "Tchéquie",
        "Côte d'Ivoire", "Côte d’Ivoire", "Britain", "Great Britain", "England", "Scotland",
        "Wales", "Northern Ireland", "Burma", "Chechnya", "Crimea", "West Bank", "Gaza Strip",
        "Middle East", "Europe", "Africa", "Asia", "Latin America", "South America",
        "North America", "Siberia", "Ivory Coast", "Czech Republic", "Ukraine", "Kyiv",
    ]
}
