import FactModel
import FactText
import Foundation
import Testing

// MARK: - Sentences

@Test func abbreviationDoesNotSplit() {
    let document = analyzed("M. Dupont a dit. Il part.")
    #expect(document.sentences.count == 2)
    #expect(document.text(of: document.sentences[0].span) == "M. Dupont a dit.")
    #expect(analyzed("Selon J. Dupont, rien.").sentences.count == 1)
}

@Test func closingQuoteStaysWithItsSentence() {
    let document = analyzed("Il a dit « non. » Puis il est parti ! 12 personnes ?")
    #expect(document.sentences.map { document.text(of: $0.span) } == ["Il a dit « non. »", "Puis il est parti !", "12 personnes ?"])
}

@Test func noSplitBeforeLowercase() {
    #expect(analyzed("Il a vu 3.5 fois... puis rien.").sentences.count == 1)
}

@Test func exampleArticleSentences() throws {
    let text = try String(contentsOf: examplesFolder.appendingPathComponent("choe-son-hui-moscou.fr.txt"), encoding: .utf8)
    let document = TextAnalyzer.analyze(id: "choe", text: text)
    #expect(document.language == .french)
    expectOffsetsHold(document)
    let starts = document.sentences.map { document.text(from: $0.start, to: min($0.end, $0.start + 20)) }
    #expect(starts.first == "La ministre nord-cor")
    #expect(starts.contains("Alors que la Russie "))
    #expect(starts.contains("Lors d’une visite of"))
    #expect(starts.contains("Selon l’agence de pr"))
    #expect(starts.contains("Le Kremlin a égaleme"))
    #expect(starts.last == "Par : Gaëlle Villene")
    // Sentences tile the tokens in order, and every line break ends one.
    var next = 0
    for sentence in document.sentences {
        #expect(sentence.tokens.lowerBound == next)
        #expect(sentence.start == document.tokens[sentence.tokens.lowerBound].start)
        #expect(sentence.end == document.tokens[sentence.tokens.upperBound - 1].end)
        #expect(!document.text(of: sentence.span).contains("\n"))
        next = sentence.tokens.upperBound
    }
    #expect(next == document.tokens.count)
    #expect(document.sentences.count == 19)
}

// MARK: - Language

@Test func guessesLanguage() {
    #expect(LanguageGuesser.guess("La ministre a déclaré que le pays se tiendrait aux côtés de la Russie.") == .french)
    #expect(LanguageGuesser.guess("The minister said that the country would stand with Russia in the war.") == .english)
}

// MARK: - Corpus

@Test(.enabled(if: winerAvailable, "WiNER 2016 is not at ../shared/data/winer-fr/2016; skipped"))
func winerTokensMatchTheirOffsets() throws {
    let months = try FileManager.default.contentsOfDirectory(atPath: winer2016Folder.path).sorted()
    var files = 0
    for month in months {
        let folder = winer2016Folder.appendingPathComponent(month)
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] where name.hasSuffix(".txt") {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            let document = TextAnalyzer.analyze(id: name, text: text, language: .french)
            for token in document.tokens where document.text(from: token.start, to: token.end) != token.text {
                Issue.record("\(name): token \(token.text) at \(token.start)")
            }
            files += 1
        }
    }
    #expect(files > 0)
}

/// Sentence offsets stay in code points across CRLF, emoji, combining marks, guillemets and a
/// narrow no-break space, checked against the substring.
@Test func sentenceOffsetsAcrossHardCharacters() {
    let text = "José\u{301} a dit « 12\u{202F}000 » 👨‍👩‍👧.\r\nL’OTAN répond 👍🏽 !\r\n\r\nFin."
    let document = analyzed(text)
    let scalars = Array(text.unicodeScalars)
    func substring(_ start: Int, _ end: Int) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        return String(view)
    }
    #expect(document.sentences.map { substring($0.start, $0.end) } == [
        "José\u{301} a dit « 12\u{202F}000 » 👨‍👩‍👧.", "L’OTAN répond 👍🏽 !", "Fin.",
    ])
    #expect(document.sentences[1].start == 31, "Python agrees: text.index(\"L’OTAN\") == 31")
}
