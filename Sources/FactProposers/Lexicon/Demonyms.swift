/// Nationality, religious and political adjectives and nouns (NORP).
///
/// French forms are generated from masculine singular stems, because each stem has four
/// inflections (`ukrainien`, `ukrainienne`, `ukrainiens`, `ukrainiennes`); matching ignores
/// case, so nouns (`les Russes`) count as well as adjectives (`l’armée russe`).
enum Demonyms {
    /// French masculine singular nationality stems.
    static let frenchStems: [String] = [
        "russe", "ukrainien", "coréen", "nord-coréen", "sud-coréen", "américain", "nord-américain",
        "sud-américain", "latino-américain", "africain", "sud-africain", "nord-africain",
        "européen", "asiatique", "occidental", "oriental", "chinois", "japonais", "français",
        "anglais", "britannique", "allemand", "italien", "espagnol", "portugais", "belge", "suisse",
        "néerlandais", "hollandais", "luxembourgeois", "autrichien", "polonais", "tchèque",
        "slovaque", "hongrois", "roumain", "bulgare", "grec", "turc", "serbe", "croate", "bosniaque",
        "slovène", "albanais", "kosovar", "macédonien", "monténégrin", "moldave", "biélorusse",
        "lituanien", "letton", "estonien", "finlandais", "suédois", "norvégien", "danois",
        "islandais", "irlandais", "écossais", "gallois", "géorgien", "arménien", "azerbaïdjanais",
        "kazakh", "ouzbek", "tchétchène", "syrien", "libanais", "israélien", "palestinien",
        "jordanien", "irakien", "iranien", "saoudien", "yéménite", "qatari", "émirati", "koweïtien",
        "égyptien", "libyen", "tunisien", "algérien", "marocain", "mauritanien", "malien",
        "nigérien", "nigérian", "sénégalais", "ivoirien", "burkinabè", "guinéen", "ghanéen",
        "camerounais", "congolais", "gabonais", "tchadien", "centrafricain", "rwandais",
        "burundais", "ougandais", "kényan", "éthiopien", "érythréen", "somalien", "soudanais",
        "malgache", "angolais", "mozambicain", "zimbabwéen", "indien", "pakistanais", "afghan",
        "bangladais", "népalais", "sri-lankais", "birman", "thaïlandais", "vietnamien", "cambodgien",
        "laotien", "malaisien", "indonésien", "philippin", "taïwanais", "mongol", "tibétain",
        "ouïghour", "australien", "néo-zélandais", "canadien", "québécois", "mexicain", "cubain",
        "haïtien", "brésilien", "argentin", "chilien", "péruvien", "colombien", "vénézuélien",
        "bolivien", "équatorien", "uruguayen", "paraguayen", "kurde", "arabe", "berbère", "perse",
        "slave", "soviétique", "transatlantique", "européiste", "islamiste", "djihadiste",
        "jihadiste", "musulman", "chrétien", "catholique", "protestant", "orthodoxe", "juif",
        "sunnite", "chiite", "bouddhiste", "hindou", "évangélique", "républicain", "démocrate",
        "socialiste", "communiste", "écologiste", "libéral", "conservateur", "travailliste",
        "gaulliste", "centriste", "séparatiste", "prorusse", "pro-russe", "pro-ukrainien",
        "taliban", "houthi",
    ]

    /// Irregular French forms the generator gets wrong.
    static let frenchIrregular: [String] = [
        "turque", "turques", "grecque", "grecques", "juive", "juives", "conservatrice",
        "conservatrices", "suissesse", "suissesses", "talibans", "houthis", "kazakhe", "kazakhes", "ouzbèke", "ouzbèkes",
    ]

    /// Every inflection of a French masculine singular stem.
    static func inflections(of stem: String) -> [String] {
        if stem.hasSuffix("en") { return [stem, stem + "ne", stem + "s", stem + "nes"] }
        if stem.hasSuffix("al") { return [stem, stem + "e", String(stem.dropLast(2)) + "aux", stem + "es"] }
        if stem.hasSuffix("e") || stem.hasSuffix("è") { return [stem, stem + "s"] }
        if stem.hasSuffix("s") { return [stem, stem + "e", stem + "es"] }
        if stem.hasSuffix("c") || stem.hasSuffix("f") || stem.hasSuffix("i") { return [stem, stem + "s"] }
        if stem.hasSuffix("eur") { return [stem, stem + "s"] }
        return [stem, stem + "e", stem + "s", stem + "es"]
    }

    /// Every French form, lower-case.
    static let french: [String] = frenchStems.flatMap(inflections(of:)) + frenchIrregular

    /// English forms (matched ignoring case too; English capitalises them anyway).
    static let english: [String] = [
        "Russian", "Russians", "Ukrainian", "Ukrainians", "North Korean", "North Koreans",
        "South Korean", "South Koreans", "Korean", "Koreans", "American", "Americans", "Western",
        "Westerners", "Eastern", "European", "Europeans", "African", "Africans", "Asian", "Asians",
        "Chinese", "Japanese", "French", "British", "English", "German", "Germans", "Italian",
        "Italians", "Spanish", "Spaniards", "Portuguese", "Belgian", "Belgians", "Swiss", "Dutch",
        "Polish", "Poles", "Czech", "Hungarian", "Romanian", "Bulgarian", "Greek", "Greeks",
        "Turkish", "Turks", "Serbian", "Serbs", "Croatian", "Georgian", "Armenian", "Syrian",
        "Syrians", "Lebanese", "Israeli", "Israelis", "Palestinian", "Palestinians", "Iraqi",
        "Iraqis", "Iranian", "Iranians", "Saudi", "Saudis", "Yemeni", "Egyptian", "Egyptians",
        "Libyan", "Tunisian", "Algerian", "Moroccan", "Malian", "Nigerian", "Senegalese",
        "Ethiopian", "Somali", "Sudanese", "Kenyan", "Indian", "Indians", "Pakistani",
        "Pakistanis", "Afghan", "Afghans", "Bangladeshi", "Burmese", "Thai", "Vietnamese",
        "Filipino", "Indonesian", "Malaysian", "Taiwanese", "Australian", "Australians",
        "Canadian", "Canadians", "Mexican", "Mexicans", "Cuban", "Cubans", "Brazilian",
        "Argentine", "Argentinian", "Chilean", "Colombian", "Venezuelan", "Kurdish", "Kurds",
        "Arab", "Arabs", "Soviet", "Muslim", "Muslims", "Christian", "Christians", "Catholic",
        "Catholics", "Protestant", "Jewish", "Jews", "Sunni", "Shia", "Shiite", "Hindu", "Buddhist",
        "Republican", "Republicans", "Democrat", "Democrats", "Democratic", "Socialist",
        "Communist", "Communists", "Conservative", "Conservatives", "Labour", "Islamist",
        "Islamists", "Jihadist", "Jihadists", "Taliban", "Houthi", "Houthis", "Scottish", "Welsh",
        "Irish", "Swedish", "Norwegian", "Danish", "Finnish", "Austrian",
    ]
}
