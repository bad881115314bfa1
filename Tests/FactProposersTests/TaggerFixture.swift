import FactModel
import FactProposers
import FactText

/// A small synthetic French corpus for the tagger's tests: sentences built from templates over
/// lists of names, with their gold spans.
enum TaggerFixture {
    static let people = ["Marie Dubois", "Jean Martin", "Sophie Leroy", "Ahmed Benali", "Lucie Moreau", "Paul Girard"]
    static let places = ["Lyon", "Marseille", "Toulouse", "Nantes", "Bordeaux", "Lille"]
    static let orgs = ["Greenpeace", "Renault", "Interpol", "Airbus", "Danone", "Michelin"]
    static let months = ["janvier", "mars", "mai", "juillet", "octobre", "décembre"]

    /// `count` documents of three sentences each.
    static func documents(_ count: Int = 24) -> [LabeledDocument] {
        (0..<count).map { i in
            var text = "", mentions: [Mention] = []
            func add(_ piece: String, _ label: String? = nil) {
                let start = text.unicodeScalars.count
                text += piece
                if let label { mentions.append(Mention(label: label, start: start, end: text.unicodeScalars.count, text: piece)) }
            }
            let person = people[i % people.count], place = places[(i / 2) % places.count]
            let org = orgs[(i / 3) % orgs.count], month = months[(i * 5) % months.count]
            add(person, "PER"); add(" a rencontré les dirigeants de "); add(org, "ORG"); add(" à "); add(place, "LOC"); add(". ")
            add("Le "); add("\(i % 28 + 1) \(month) 2016", "DATE"); add(", "); add(org, "ORG"); add(" a annoncé un accord. ")
            add("Selon "); add(person, "PER"); add(", la ville de "); add(place, "LOC"); add(" en profitera.")
            let document = TextAnalyzer.analyze(id: "fixture-\(i)", text: text, language: .french)
            return LabeledDocument(document: document, mentions: mentions)
        }
    }

    /// A tagger trained on the fixture.
    static func tagger(seed: UInt64 = 7, epochs: Int = 5) -> EntityTagger {
        var options = EntityTrainer.Options(labels: ["PER", "ORG", "LOC", "DATE"])
        options.epochs = epochs
        options.seed = seed
        options.info = ["name": "fixture", "version": "1"]
        return EntityTrainer.train(documents(), options: options)
    }
}
