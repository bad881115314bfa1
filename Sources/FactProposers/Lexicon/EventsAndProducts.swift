/// Named events and products, and the brands whose model names make products
/// (`Boeing 737`, `iPhone 15`).
enum EventsAndProducts {
    /// Named events.
    static let events: [String] = [
        "Jeux olympiques", "Jeux Olympiques", "JO", "Jeux paralympiques", "Coupe du monde",
        "Mondial", "Euro", "Tour de France", "Roland-Garros", "Wimbledon", "Ligue des champions",
        "Champions League", "Super Bowl", "World Cup", "Olympic Games", "Olympics",
        "Première Guerre mondiale", "Seconde Guerre mondiale", "Deuxième Guerre mondiale",
        "Grande Guerre", "World War I", "World War II", "guerre froide", "Guerre froide",
        "Cold War", "Printemps arabe", "Arab Spring", "Brexit", "Shoah", "Holocauste",
        "Holocaust", "Festival de Cannes", "Davos", "Forum de Davos", "Forum économique mondial",
        "Mai 68", "Révolution française", "Libération", "Noël", "Christmas", "Ramadan",
        "Pâques", "Easter", "Thanksgiving", "Hanoukka", "Aïd", "Aïd el-Kebir", "Nouvel An",
        "Saint-Valentin", "Toussaint", "Euro 2016", "Euro 2024", "Eurovision", "Grand Prix",
        "Six Nations", "Vendée Globe", "Paris-Roubaix", "Dakar",
    ]

    /// Event names followed by a number or year (`COP21`, `COP 28`, `G20`).
    static let numberedEventPrefixes: Set<String> = ["COP", "Euro", "Mondial", "Coupe", "JO"]

    /// Brands that name products when followed by a model (`Boeing 737`, `Peugeot 307`).
    static let brands: Set<String> = [
        "Boeing", "Airbus", "Peugeot", "Renault", "Citroën", "Tesla", "Toyota", "Volkswagen",
        "Ford", "BMW", "Mercedes", "Audi", "Fiat", "Dacia", "iPhone", "iPad", "Galaxy", "Pixel",
        "Windows", "Android", "macOS", "iOS", "PlayStation", "Xbox", "Switch", "Rafale",
        "Mirage", "Soukhoï", "Sukhoi", "Mig", "MiG", "Tupolev", "Iliouchine", "Antonov",
        "Kalachnikov", "Patriot", "HIMARS", "Leopard", "Abrams", "Bradley", "Javelin", "Iskander",
        "Kinjal", "Tomahawk", "Concorde", "Falcon", "Ariane", "Soyouz", "Soyuz", "Model",
    ]

    /// Products named without a model.
    static let products: [String] = [
        "iPhone", "iPad", "Windows", "Android", "PlayStation", "Xbox", "ChatGPT", "Concorde",
        "Rafale", "Kalachnikov", "HIMARS", "Starlink", "Linux", "Firefox", "Chrome",
    ]
}
