import FactModel
import FactProposers
import FactText
import Testing

// MARK: - Rule proposer behaviour

/// The (label, text) pairs proposed for a text.
func proposed(_ text: String, _ language: Language = .french) -> [String] {
    let document = TextAnalyzer.analyze(id: "t", text: text, language: language)
    return RuleProposer().propose(document).mentions.map { "\($0.label) \($0.text)" }
}

@Test func englishParagraph() {
    let text = """
    President Joe Biden said on Tuesday that NATO would send 2,500 troops to Poland by November 1, 2024. \
    The Pentagon and the White House denied reports from The Washington Post. Biden met Ukrainian officials \
    in Kyiv at 3 p.m. last week, two years after Russian forces invaded.
    """
    let mentions = proposed(text, .english)
    for expected in ["PER Joe Biden", "DATE Tuesday", "ORG NATO", "QUANTITY 2,500", "LOC Poland", "DATE November 1, 2024",
                     "ORG Pentagon", "ORG White House", "ORG Washington Post", "PER Biden", "NORP Ukrainian", "LOC Kyiv",
                     "TIME 3 p.m.", "DATE last week", "DATE two years", "NORP Russian"] {
        #expect(mentions.contains(expected), "missing \(expected) in \(mentions)")
    }
    #expect(!mentions.contains { $0.hasSuffix(" President Joe Biden") || $0.hasSuffix(" The") })
}

@Test func proposalsAreFlatAndOnTokenBoundaries() throws {
    let document = try exampleArticle()
    let mentions = RuleProposer().propose(document).mentions
    for (index, mention) in mentions.enumerated() {
        #expect(document.text(from: mention.start, to: mention.end) == mention.text)
        #expect(document.tokenRange(of: mention.span) != nil)
        #expect((try? document.validate(mention.span)) != nil)
        #expect(mention.id == "m\(index + 1)")
        #expect(mention.score > 0 && mention.score <= 1)
        if index > 0 { #expect(mentions[index - 1].end <= mention.start) }
    }
}

@Test func determinersAndElisionsAreLeftOut() {
    let mentions = proposed("Selon l’OTAN, le Kremlin a envoyé des milliers de soldats dans la région de Koursk.")
    #expect(mentions == ["ORG OTAN", "ORG Kremlin", "QUANTITY milliers", "LOC Koursk"])
}

@Test func datesTimesAndQuantities() {
    let mentions = proposed("Le 11 mars 2017 à 19 h 15, puis en 2024 et la semaine dernière, 15 % des 3 millions d’euros, à midi, 19h15 et 12\u{202F}000 personnes. C’est la deuxième fois.")
    for expected in ["DATE 11 mars 2017", "TIME 19 h 15", "DATE 2024", "DATE semaine dernière", "QUANTITY 15 %",
                     "QUANTITY 3 millions d’euros", "TIME midi", "TIME 19h15", "QUANTITY 12\u{202F}000"] {
        #expect(mentions.contains(expected), "missing \(expected) in \(mentions)")
    }
    #expect(!mentions.contains { $0.contains("deuxième") })
}

@Test func titlesAndFunctions() {
    let mentions = proposed("Le ministre des Affaires étrangères Jean Dupont a rencontré M. Durand et le président Poutine. Dupont a parlé.")
    #expect(mentions.contains("PER Jean Dupont"))
    #expect(mentions.contains("PER Durand"))
    #expect(mentions.contains("PER Poutine"))
    #expect(mentions.contains("PER Dupont"))
    #expect(!mentions.contains { $0.contains("Affaires") || $0.contains("ministre") })
}

@Test func demonymsAndOrganisationKeywords() {
    let mentions = proposed("Les Russes et les forces ukrainiennes ; le Ministère des Affaires étrangères et la Banque mondiale, COP21 et un Boeing 737.")
    for expected in ["NORP Russes", "NORP ukrainiennes", "ORG Ministère des Affaires étrangères", "ORG Banque mondiale",
                     "EVENT COP21", "PRODUCT Boeing 737"] {
        #expect(mentions.contains(expected), "missing \(expected) in \(mentions)")
    }
}

@Test func emptyAndUntokenizedDocuments() {
    #expect(RuleProposer().propose(Document(id: "e", text: "", language: .french)).mentions.isEmpty)
    let raw = Document(id: "r", text: "Emmanuel Macron est à Paris.", language: .french)
    #expect(RuleProposer().propose(raw).mentions.map(\.text) == ["Emmanuel Macron", "Paris"])
    #expect((RuleProposer().name, RuleProposer().version) == ("rules", "0.1.0"))
}
