import FactModel
import FactText
import Testing

// MARK: - Offsets are code points

@Test func offsetsAfterAccentsAndApostrophes() {
    let document = analyzed("Été : l’OTAN « répond ».")
    expectOffsetsHold(document)
    #expect(document.tokens.map(\.text) == ["Été", ":", "l’", "OTAN", "«", "répond", "»", "."])
    let otan = document.tokens[3]
    #expect(otan.start == 8 && otan.end == 12)
    #expect(document.tokens[4].start == 13)
}

@Test func thinSpaceThousandsStayTwoTokens() {
    let document = analyzed("jusqu’à 12\u{202F}000 soldats, 3,5 % et 1.5 et 2,500")
    expectOffsetsHold(document)
    let texts = document.tokens.map(\.text)
    #expect(texts == ["jusqu’", "à", "12", "000", "soldats", ",", "3,5", "%", "et", "1.5", "et", "2,500"])
    #expect(document.tokens[2].spaceAfter)
    #expect(document.tokens[2].kind == .number)
    #expect(document.tokens[3].start == 11)
}

@Test func crlfCountsAsTwoCodePoints() {
    let document = analyzed("a\r\nb")
    expectOffsetsHold(document)
    #expect(document.tokens.map(\.start) == [0, 3])
    #expect(document.tokens[0].spaceAfter)
    #expect(document.sentences.count == 2)
}

@Test func combiningMarkStaysInItsWord() {
    let document = analyzed("caf\u{65}\u{301} noir")
    expectOffsetsHold(document)
    #expect(document.tokens.count == 2)
    #expect(document.tokens[0].end == 5)
    #expect(document.tokens[1].start == 6)
}

@Test func emojiAreSingleSymbolTokens() {
    let family = "👨\u{200D}👩\u{200D}👧"
    let document = analyzed("Bravo 👍🏽 et \(family) ! 🇫🇷")
    expectOffsetsHold(document)
    let symbols = document.tokens.filter { $0.kind == .symbol }
    #expect(symbols.map(\.text) == ["👍🏽", family, "🇫🇷"])
    #expect(symbols[0].end - symbols[0].start == 2)
    #expect(symbols[1].end - symbols[1].start == 5)
}

@Test func noBreakSpacesSeparate() {
    let document = analyzed("Il a dit\u{A0}: «\u{A0}oui\u{A0}»\u{2009}!")
    expectOffsetsHold(document)
    #expect(document.tokens.map(\.text) == ["Il", "a", "dit", ":", "«", "oui", "»", "!"])
}
