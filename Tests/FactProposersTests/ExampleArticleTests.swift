import FactModel
import FactProposers
import FactText
import Testing

// MARK: - Quality on the example article

/// The gold mentions of Examples/choe-son-hui-moscou.fr.txt, located by their text.
func exampleGold(_ document: Document) -> Set<GoldMention> {
    var all: [GoldMention] = []
    let people = ["Choe Son-hui", "Kim Jong-un", "Sergueï Lavrov", "Volodymyr Zelensky", "Mark Rutte", "Gaëlle Villeneuve"]
    for name in people { all += gold("PER", name, in: document) }
    all += gold("PER", "Lavrov", in: document, skippingInside: ["Sergueï Lavrov"])
    for place in ["Pyongyang", "Moscou", "Ukraine", "Russie", "Corée du Nord", "Washington", "Kiev", "Koursk"] {
        all += gold("LOC", place, in: document)
    }
    for organisation in ["TASS", "OTAN", "Kremlin", "Afrique Première Tv"] { all += gold("ORG", organisation, in: document) }
    for group in ["nord-coréenne", "nord-coréens", "nord-coréennes", "russe", "ukrainien", "occidental",
                  "occidentaux", "sud-coréens", "sud-coréennes"] {
        all += gold("NORP", group, in: document)
    }
    all += gold("DATE", "1er novembre", in: document) + gold("DATE", "six semaines", in: document)
    all += gold("QUANTITY", "milliers", in: document) + gold("QUANTITY", "12 000", in: document)
    return Set(all)
}

@Test func exampleArticleGoldIsWhatWeThinkItIs() throws {
    let document = try exampleArticle()
    let gold = exampleGold(document)
    #expect(gold.filter { $0.text == "Choe Son-hui" }.count == 4)
    #expect(gold.filter { $0.text == "Lavrov" }.count == 1)
    #expect(gold.filter { $0.text == "russe" }.count == 4)
    #expect(gold.count >= 50)
}

@Test func ruleProposerOnExampleArticle() throws {
    let document = try exampleArticle()
    let proposals = RuleProposer().propose(document)
    let result = score(proposals, against: exampleGold(document))
    print("example: \(proposals.mentions.count) proposals, precision \(result.precision), recall \(result.recall)")
    print("wrong: \(result.wrong)")
    print("missed: \(result.missed)")
    #expect(result.precision >= 0.85, "wrong: \(result.wrong)")
    #expect(result.recall >= 0.85, "missed: \(result.missed)")
    for excluded in ["Affaires étrangères", "Affaires", "La", "Alors", "Selon", "Lors", "Beaucoup", "deuxième", "Cette", "Ce"] {
        #expect(!proposals.mentions.contains { $0.text == excluded }, "\(excluded) proposed")
    }
}
