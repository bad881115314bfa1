@testable import FactProposers
import FactModel
import FactText
import Testing

// MARK: - Gazetteer names

/// Every shipped name, with the language its gazetteer tokenizes it in.
private let shippedNames: [(name: String, language: Language)] = {
    let french = Countries.names + Regions.names + Cities.names + Organisations.names + EventsAndProducts.events
        + EventsAndProducts.products + Demonyms.french
    return french.map { ($0, Language.french) } + Demonyms.english.map { ($0, Language.english) }
}()

/// Start-up splits plain names on their spaces instead of tokenizing them; that must give the
/// tokens a document gets, or a shipped name would silently stop matching.
@Test func gazetteerNamesSplitAsTheTokenizerDoes() {
    var plain = 0
    for (name, language) in shippedNames {
        let expected = Tokenizer.tokenize(name, language: language).map { $0.text.replacingOccurrences(of: "'", with: "’") }
        #expect(Gazetteer.tokens(of: name, language: language) == expected, "\(name)")
        if !name.contains(where: { !$0.isLetter && $0 != " " }) { plain += 1 }
    }
    // Most names take the fast path, so the comparison above covers it.
    #expect(plain > shippedNames.count / 2)
}

/// Names that are not plain words still go through the tokenizer: elision, hyphens, periods.
@Test func gazetteerTokenizesNamesWithPunctuation() {
    #expect(Gazetteer.tokens(of: "Côte d'Ivoire", language: .french) == ["Côte", "d’", "Ivoire"])
    #expect(Gazetteer.tokens(of: "U.S.", language: .english) == ["U.S."])
    #expect(Gazetteer.tokens(of: "Corée du Nord", language: .french) == ["Corée", "du", "Nord"])
    #expect(Gazetteer.tokens(of: "Clermont-Ferrand", language: .french) == ["Clermont-Ferrand"])
}
