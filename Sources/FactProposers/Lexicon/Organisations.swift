/// Organisations news mentions by name, and the words that make a capitalised sequence an
/// organisation (`Ministère des Armées`, `Parti socialiste`, `Université de Lyon`).
enum Organisations {
    /// Known organisations, institutions and media, French and English names.
    static let names: [String] = [
        // Institutions used as actors.
        "Kremlin", "Maison Blanche", "Maison-Blanche", "White House", "Pentagone", "Pentagon",
        "Élysée", "Elysée", "Matignon", "Quai d’Orsay", "Bercy", "Downing Street", "Capitole",
        "Capitol", "Congrès", "Congress", "Sénat", "Senate", "Assemblée nationale", "Bundestag",
        "Douma", "Knesset", "Vatican", "Saint-Siège", "Conseil constitutionnel", "Conseil d’État",
        "Cour de cassation", "Cour suprême", "Supreme Court", "Parlement européen",
        "European Parliament", "Commission européenne", "European Commission", "Conseil européen",
        "Conseil de sécurité", "Security Council", "Maison Bleue", "Département d’État",
        "State Department", "Foreign Office", "Scotland Yard", "Interpol", "Europol",
        "Frontex", "CIA", "FBI", "NSA", "KGB", "FSB", "GRU", "SBU", "DGSE", "DGSI", "Mossad",
        // International organisations.
        "OTAN", "NATO", "ONU", "UN", "Nations unies", "Nations Unies", "United Nations",
        "Union européenne", "European Union", "UE", "EU", "Union africaine", "African Union",
        "UNESCO", "Unesco", "UNICEF", "Unicef", "OMS", "WHO", "FMI", "IMF", "Banque mondiale",
        "World Bank", "OMC", "WTO", "OCDE", "OECD", "OPEP", "OPEC", "AIEA", "IAEA", "HCR",
        "UNHCR", "CPI", "ICC", "Cour pénale internationale", "International Criminal Court",
        "Croix-Rouge", "Red Cross", "Médecins sans frontières", "MSF", "Amnesty International",
        "Human Rights Watch", "Greenpeace", "OSCE", "G7", "G20", "BRICS", "ASEAN", "Ligue arabe",
        "Arab League", "CEDEAO", "ECOWAS", "Banque centrale européenne", "BCE", "ECB", "Fed",
        "Réserve fédérale", "Federal Reserve", "FIFA", "UEFA", "CIO", "IOC", "Hamas", "Hezbollah",
        "Daech", "Daesh", "État islamique", "Islamic State", "Al-Qaïda", "Al-Qaeda", "al-Qaïda",
        "Wagner", "Boko Haram", "Talibans", "Shebab", "Chabab",
        // Media and agencies.
        "TASS", "RIA Novosti", "Interfax", "Sputnik", "RT", "AFP", "Reuters", "Associated Press",
        "AP", "Bloomberg", "BBC", "CNN", "Fox News", "Al Jazeera", "Al-Jazeera", "France 24",
        "France Télévisions", "France 2", "France 3", "France Inter", "France Info", "Franceinfo",
        "RFI", "TF1", "Le Monde", "Le Figaro", "Libération", "Les Échos", "Le Parisien",
        "L’Express", "Le Point", "Mediapart", "Ouest-France", "New York Times", "Washington Post",
        "Wall Street Journal", "The Guardian", "Guardian", "Financial Times", "The Times",
        "Der Spiegel", "Yonhap", "KCNA", "Xinhua", "Kyodo", "Wikinews", "Wikipédia", "Wikipedia",
        "Jeune Afrique", "Radio-Canada", "RTBF", "RTS", "Euronews", "Arte",
        // Companies.
        "Airbus", "Boeing", "Renault", "Peugeot", "Citroën", "Stellantis", "TotalEnergies",
        "Michelin", "Danone", "L’Oréal", "LVMH", "Sanofi", "Orange", "SNCF", "RATP", "EDF",
        "Engie", "Areva", "Thales", "Dassault", "Safran", "BNP Paribas", "Société générale",
        "Crédit agricole", "AXA", "Carrefour", "Google", "Alphabet", "Apple", "Microsoft",
        "Amazon", "Facebook", "Meta", "Twitter", "Tesla", "SpaceX", "Netflix", "Samsung",
        "Huawei", "Gazprom", "Rosneft", "Volkswagen", "Siemens", "Toyota", "Sony", "Nintendo",
        "Uber", "IBM", "Intel", "Nvidia", "OpenAI", "Nokia", "Ericsson", "Shell", "BP", "Exxon",
        "ExxonMobil", "Chevron", "Pfizer", "Moderna", "AstraZeneca", "Bayer", "Nestlé",
    ]

    /// Words that head an organisation name when capitalised and followed by more of it.
    static let keywords: Set<String> = [
        "Ministère", "Parti", "Banque", "Université", "Agence", "Office", "Institut", "Comité",
        "Commission", "Conseil", "Cour", "Tribunal", "Fédération", "Confédération", "Association",
        "Fondation", "Société", "Compagnie", "Groupe", "Syndicat", "Union", "Ligue", "Front",
        "Mouvement", "Rassemblement", "Armée", "Forces", "Direction", "Haut-Commissariat",
        "Organisation", "Centre", "Observatoire", "Académie", "École", "Lycée", "Collège", "Musée",
        "Hôpital", "Club", "Assemblée", "Parlement", "Gouvernement", "Service", "Police",
        "Gendarmerie", "Ministry", "Party", "Bank", "University", "Agency", "Institute",
        "Committee", "Council", "Court", "Federation", "Association", "Foundation", "Company",
        "Corporation", "Group", "League", "Department", "Army", "Organization", "Organisation",
        "Museum", "Hospital", "College", "School", "Airlines", "Airways",
    ]

    /// Words that end a medium's or company's name (`Afrique Première Tv`, `Fox News`).
    static let suffixes: Set<String> = [
        "Tv", "TV", "Télé", "Radio", "FM", "Info", "Infos", "News", "Times", "Post", "Press",
        "Presse", "Journal", "Magazine", "Hebdo", "Matin", "Soir", "Inc.", "Ltd", "Ltd.", "SA",
        "Group", "Corp.", "Airlines", "Motors", "Holding", "Media", "Médias",
    ]

    /// Upper-case words that are not organisations although they look like acronyms.
    static let notAcronyms: Set<String> = [
        "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "XIII", "XIV", "XV", "XVI",
        "XVII", "XVIII", "XIX", "XX", "XXI", "OK", "AM", "PM", "TV", "GMT", "UTC", "CET", "HT",
        "TTC", "PS", "NB", "CV", "PDF", "USA", "US", "UK", "RDC", "UAE", "EAU", "A", "I", "KO",
        "LE", "LA", "LES", "DE", "DU", "DES", "ET", "THE", "OF", "AND", "IN", "ON", "TO",
    ]
}
