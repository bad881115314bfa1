import FactModel
import Testing

// MARK: - Parsing `--label-map`

/// The built-in names, and `From=TO,…` with and without the leading `+`.
@Test func labelMapsParseTheBuiltInNamesAndPairs() throws {
    let words: Set<String> = ["german"]
    #expect(LabelMap(parsing: "winer", demonymWords: words) == .winer)
    #expect(LabelMap(parsing: "identity", demonymWords: words) == .identity)
    #expect(LabelMap(parsing: "redocred", demonymWords: words) == .redocred(demonymWords: words))
    let pairs = try #require(LabelMap(parsing: "PERS=PER,LIEU=LOC", demonymWords: words))
    #expect(pairs.map("PERS") == "PER" && pairs.map("LIEU") == "LOC" && pairs.map("ORGA") == nil)
    let keeping = try #require(LabelMap(parsing: "+GPE=LOC", demonymWords: words))
    #expect(keeping.map("GPE") == "LOC" && keeping.map("ORGA") == "ORGA")
    #expect(LabelMap(parsing: "PERS", demonymWords: words) == nil)
    #expect(LabelMap(parsing: "PERS=,LIEU=LOC", demonymWords: words) == nil)
}

/// Which labels each built-in map keeps: WiNER's and Re-DocRED's drop the others, identity and
/// unchanged keep them.
@Test func builtInMapsKeepOrDropOtherLabels() {
    #expect(LabelMap.winer.map("Location") == "LOC" && LabelMap.winer.map("Misc") == nil)
    #expect(LabelMap.identity.map("GPE") == "LOC" && LabelMap.identity.map("MISC") == "MISC")
    #expect(LabelMap.unchanged.map("Location") == "Location")
    let redocred = LabelMap.redocred(demonymWords: [])
    #expect(redocred.map("Number") == "QUANTITY" && redocred.map("Misc") == nil)
}

// MARK: - Demonyms

/// A place whose last word is a demonym (from the injected words or by its English ending)
/// becomes NORP under the Re-DocRED map; other places, and other maps, keep LOC.
@Test func theDemonymRuleRelabelsNationalities() {
    let map = LabelMap.redocred(demonymWords: ["german", "african"])
    #expect(map.map("Location", text: "German") == "NORP")
    #expect(map.map("Location", text: "South African") == "NORP")
    #expect(map.map("Location", text: "Peruvian") == "NORP")
    #expect(map.map("Location", text: "Indian Ocean") == "LOC")
    #expect(map.map("Location", text: "Orleans Parish") == "LOC")
    #expect(map.map("Location", text: "german") == "LOC")
    #expect(map.map("Person", text: "German") == "PER")
    #expect(LabelMap.winer.map("Location", text: "German") == "LOC")
}
