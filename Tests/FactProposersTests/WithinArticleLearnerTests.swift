import FactModel
import FactText
import Testing
@testable import FactProposers

/// The article's copy of the analyst model: excerpts keep the document's offsets, learning from
/// one sentence changes what the next ones are proposed, and the window is bounded.
/// «Lucie Girard» is a company here, named like the fixture's people.
private let text = "Marie Dubois a rencontré les dirigeants de Lucie Girard à Lyon. Le 3 mars 2016, Lucie Girard a annoncé un accord. Selon Marie Dubois, Lyon en profitera."

@Test func anExcerptKeepsTheDocumentsOffsets() throws {
    let document = TextAnalyzer.analyze(id: "x", text: text, language: .french)
    #expect(document.sentences.count == 3)
    let excerpt = try #require(document.excerpt(sentences: 1..<3))
    #expect(excerpt.offset == document.sentences[1].start)
    #expect(excerpt.document.text == document.text(from: document.sentences[1].start, to: document.sentences[2].end))
    #expect(excerpt.document.sentences.count == 2)
    for token in excerpt.document.tokens {
        #expect(excerpt.document.text(from: token.start, to: token.end) == token.text)
    }
    let learner = WithinArticleLearner(tagger: TaggerFixture.tagger())
    for mention in learner.mentions(sentences: 1..<3, of: document) {
        #expect(document.text(from: mention.start, to: mention.end) == mention.text)
        #expect(mention.start >= document.sentences[1].start)
    }
    #expect(document.excerpt(sentences: 3..<4) == nil)
}

@Test func learningFromOneSentenceReproposesTheNextOnes() throws {
    let document = TextAnalyzer.analyze(id: "x", text: text, language: .french)
    var learner = WithinArticleLearner(tagger: TaggerFixture.tagger())
    let name = document.occurrences(of: "Lucie Girard")
    let later = name[1]
    let before = learner.mentions(sentences: 1..<2, of: document).first { $0.start == later.start && $0.end == later.end }
    #expect(before?.label == "PER", "the fixture model is expected to take the name for a person")
    let gold = [Mention(label: "PER", span: document.occurrences(of: "Marie Dubois")[0], in: document),
                Mention(label: "ORG", span: name[0], in: document),
                Mention(label: "LOC", span: document.occurrences(of: "Lyon")[0], in: document)]
    let learnt = learner.learnAndLookAhead(sentence: 0, of: document, gold: gold)
    let change = try #require(learnt)
    #expect(change.window == 1..<3)
    #expect(change.dropped.contains { $0.start == later.start && $0.end == later.end && $0.label == "PER" })
    #expect(change.found.contains { $0.start == later.start && $0.end == later.end && $0.label == "ORG" })
    #expect(learner.version == "fixture 1+s1")
    #expect(learner.sentencesLearnt == 1)
}

@Test func theWindowStopsAtItsSentencesOrWords() {
    let document = TextAnalyzer.analyze(id: "x", text: String(repeating: "Marie Dubois est à Lyon. ", count: 50), language: .french)
    #expect(WithinArticleLearner.window(after: 0, in: document, sentences: 20, words: 1_000) == 1..<21)
    // Six tokens a sentence: 12 words take two sentences.
    #expect(WithinArticleLearner.window(after: 0, in: document, sentences: 20, words: 12) == 1..<3)
    #expect(WithinArticleLearner.window(after: 0, in: document, sentences: 20, words: 0) == 1..<2)
    #expect(WithinArticleLearner.window(after: 49, in: document, sentences: 20, words: 1_000).isEmpty)
}
