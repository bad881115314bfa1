// MARK: - Abbreviations

/// Abbreviations whose period belongs to the token, so the sentence splitter does not end a
/// sentence after them. Case-sensitive: `M.` is *Monsieur*, while a sentence may end in `m.`.
enum Abbreviations {
    /// Abbreviations (without their period) that keep their period in both languages.
    static let withPeriod: Set<String> = [
        // French titles and common abbreviations.
        "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Me", "Mgr", "Dr", "Pr", "St", "Ste",
        "etc", "cf", "av", "bd", "chap", "pp", "janv", "févr", "fév", "avr", "juil", "oct", "nov", "déc",
        "Gal", "Gén", "Cdt", "Lt", "Col", "Cne", "Sgt",
        // English titles and common abbreviations.
        "Mr", "Mrs", "Ms", "Prof", "Gen", "Gov", "Sen", "Rep", "Rev", "Jr", "Sr", "Capt", "Col",
        "Sgt", "Lt", "Maj", "Cmdr", "Adm", "Inc", "Ltd", "Co", "Corp", "Bros", "vs", "approx",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thurs", "Fri", "Sat", "Sun", "No", "Nos", "Mt",
        "Ave", "Blvd", "Dept", "Univ", "fig",
    ]

    /// Abbreviations that often end a sentence too (`… et les sciences, etc. Le lendemain`):
    /// the splitter may split after them when the next token is capitalised.
    static let mayEndSentence: Set<String> = [
        "etc.", "Inc.", "Ltd.", "Co.", "Corp.", "Jr.", "Sr.", "Bros.", "a.m.", "p.m.", "A.M.", "P.M.",
    ]

    /// Capitalised words that continue a sentence after a time (`10 a.m. EST`, `9 p.m. Monday`,
    /// `5 p.m. Eastern`), so the splitter does not end a sentence before them.
    static let continuesAfterTime: Set<String> = [
        // Time zones.
        "ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT", "AKST", "AKDT",
        "HST", "GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST", "WET", "WEST", "MSK", "IST", "JST",
        "KST", "HKT", "SGT", "AEST", "AEDT", "Z", "Eastern", "Pacific", "Central", "Mountain",
        // Weekdays and months (AP style: `at 10 a.m. Monday`, `5 p.m. March 3`).
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ]
}
