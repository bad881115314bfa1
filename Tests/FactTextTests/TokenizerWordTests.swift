import FactModel
import FactText
import Testing

// MARK: - Words

@Test func frenchElisionIsSplit() {
    #expect(tokenTexts("l’OTAN d’une jusqu’à qu’il l'Irak") == ["l’", "OTAN", "d’", "une", "jusqu’", "à", "qu’", "il", "l'", "Irak"])
    #expect(tokenTexts("aujourd’hui et quelqu’un") == ["aujourd’hui", "et", "quelqu’un"])
}

@Test func englishClitics() {
    #expect(tokenTexts("I don't know Trump's plan, Trump’s aide", .english)
        == ["I", "do", "n't", "know", "Trump", "'s", "plan", ",", "Trump", "’s", "aide"])
    #expect(tokenTexts("O'Brien can't", .english) == ["O'Brien", "ca", "n't"])
}

@Test func innerHyphensJoin() {
    #expect(tokenTexts("Choe Son-hui, Kim Jong-un, nord-coréenne au-delà 2015-2016")
        == ["Choe", "Son-hui", ",", "Kim", "Jong-un", ",", "nord-coréenne", "au-delà", "2015", "-", "2016"])
}

@Test func ordinalsAndTimes() {
    let document = analyzed("le 1er novembre, le 2e à 19h15 et COP21")
    #expect(document.tokens.map(\.text) == ["le", "1er", "novembre", ",", "le", "2e", "à", "19", "h", "15", "et", "COP21"])
    #expect(document.tokens[1].kind == .symbol)
    #expect(document.tokens[7].kind == .number)
}

@Test func abbreviationsKeepTheirPeriod() {
    #expect(tokenTexts("M. Dupont, Mme Durand et Dr. No, etc.") == ["M.", "Dupont", ",", "Mme", "Durand", "et", "Dr.", "No", ",", "etc."])
    #expect(tokenTexts("the U.S. at 3 p.m. today...", .english) == ["the", "U.S.", "at", "3", "p.m.", "today", "..."])
}

@Test func punctuationIsSeparate() {
    #expect(tokenTexts("« Oui » (non) “ok”… ?!") == ["«", "Oui", "»", "(", "non", ")", "“", "ok", "”", "…", "?", "!"])
}
