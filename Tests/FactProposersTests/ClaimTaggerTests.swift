import FactModel
@testable import FactProposers
import FactText
import Foundation
import Testing

// MARK: - The learned attribution tagger

/// An invented English document whose claims use a made-up cue, `blorped`, no lexicon knows.
func blorpDocument(_ index: Int, source: String, content: String) -> (Document, [Claim]) {
    let text = "Yesterday \(source) blorped that \(content). The weather was mild."
    let document = TextAnalyzer.analyze(id: "blorp\(index)", text: text, language: .english)
    func part(_ piece: String) -> ClaimPart {
        let span = document.occurrences(of: piece).first!
        return ClaimPart(start: span.start, end: span.end, text: piece)
    }
    return (document, [Claim(source: part(source), cue: part("blorped"), content: part(content))])
}

/// A tiny corpus: ten sentences of one pattern with different words.
func blorpCorpus() -> [(Document, [Claim])] {
    let sources = ["Anna", "Bertrand", "the mayor", "Chloe", "the council", "Dmitri", "Eva", "the union", "Farid", "Greta"]
    let contents = ["the bridge is safe", "taxes will fall", "the river flooded", "schools reopen soon", "the vote was fair",
                    "prices are rising", "the park will close", "trains run late", "the deal is done", "rain is coming"]
    return (0..<10).map { blorpDocument($0, source: sources[$0], content: contents[$0]) }
}

@Test func taggerLearnsAnInventedCueDeterministically() throws {
    let first = ClaimTagger.train(on: blorpCorpus(), epochs: 5, seed: 7, minCount: 1)
    let second = ClaimTagger.train(on: blorpCorpus(), epochs: 5, seed: 7, minCount: 1)
    #expect(first.modelText(comments: []) == second.modelText(comments: []))
    let (document, _) = blorpDocument(99, source: "Hugo", content: "the museum was robbed")
    let claims = first.claims(in: document, ruleClaims: [], mentions: []).map(\.claim)
    #expect(claims.count == 1)
    #expect(claims.first?.cue?.text == "blorped")
    #expect(claims.first?.source?.text == "Hugo")
    #expect(claims.first?.content.text == "the museum was robbed")
    // Written and read back, the model tags the same way.
    let reread = try ClaimTagger(modelData: Data(first.modelText(comments: ["test"], scale: 0.001).utf8))
    #expect(reread.claims(in: document, ruleClaims: [], mentions: []).map(\.claim) == claims)
}

@Test func stackedTaggerLearnsAndRoundTripsThroughItsModelFile() throws {
    let stacked = ClaimTagger.train(on: blorpCorpus(), epochs: 5, seed: 7, minCount: 1, stacked: true)
    let text = stacked.modelText(comments: [], scale: 0.001)
    #expect(text.contains("\ntransitions2 "), "a stacked model writes its second pass's transitions")
    #expect(text == ClaimTagger.train(on: blorpCorpus(), epochs: 5, seed: 7, minCount: 1, stacked: true).modelText(comments: [], scale: 0.001))
    let (document, _) = blorpDocument(98, source: "Iris", content: "the tram is free")
    let claims = stacked.claims(in: document, ruleClaims: [], mentions: []).map(\.claim)
    #expect(claims.map { $0.cue?.text } == ["blorped"])
    #expect(claims.first?.source?.text == "Iris")
    #expect(claims.first?.content.text == "the tram is free")
    let reread = try ClaimTagger(modelData: Data(text.utf8))
    #expect(reread.claims(in: document, ruleClaims: [], mentions: []).map(\.claim) == claims)
    // A one-pass model has no second pass to write.
    #expect(!ClaimTagger.train(on: blorpCorpus(), epochs: 5, seed: 7, minCount: 1).modelText(comments: []).contains("transitions2"))
}

@Test func shippedModelLoadsFromTheBundleQuickly() throws {
    let url = try #require(ClaimTagger.shippedModelURL)
    let clock = ContinuousClock()
    var tagger: ClaimTagger?
    let elapsed = try clock.measure { tagger = try ClaimTagger(modelData: Data(contentsOf: url)) }
    print("shipped claim tagger: \(tagger?.weights.featureCount ?? 0) features, read and parsed in \(elapsed)")
    #expect((tagger?.weights.featureCount ?? 0) > 10_000)
    #expect(ClaimTagger.shippedEnglish?.weights.featureCount == tagger?.weights.featureCount)
}

@Test func hybridProposerFindsAnEnglishClaim() throws {
    let text = "The senator said on Tuesday that the bill would pass easily. Lunch was served at noon."
    let document = TextAnalyzer.analyze(id: "senator", text: text, language: .english)
    let claims = HybridClaimProposer().propose(document).claims
    #expect(claims.count == 1)
    let proposal = try #require(claims.first)
    #expect(proposal.rule.hasSuffix("+tagger"), "the tagger agreed with the rule")
    let claim = proposal.claim
    #expect(claim.cue?.text == "said")
    #expect(claim.source?.text == "The senator")
    #expect(claim.content.text == "the bill would pass easily")
    #expect(claim.stance == .asserts)
}

@Test func hybridProposerDropsQuotationMarksFromAWholeQuote() throws {
    let text = "\"We will win in November,\" Smith told reporters on Monday."
    let document = TextAnalyzer.analyze(id: "smith", text: text, language: .english)
    let claim = try #require(HybridClaimProposer().propose(document).claims.first).claim
    #expect(claim.content.text == "We will win in November")
    #expect(claim.quoted)
    #expect(claim.source?.text == "Smith")
    #expect(claim.cue?.text == "told")
}

@Test func hybridProposerKeepsTheRulesForFrench() throws {
    let document = try exampleArticle()
    let hybrid = HybridClaimProposer().propose(document).claims
    let rules = RuleClaimProposer().propose(document).claims
    #expect(hybrid == rules)
}

/// Times, in whatever build runs it (`swift test -c release … --filter claimTaggerTimings` for
/// release figures), reading the shipped model and proposing on the example article (French:
/// rules only) and on an English PolNeAR dev article.
@Test func claimTaggerTimings() throws {
    let clock = ContinuousClock()
    let url = try #require(ClaimTagger.shippedModelURL)
    let load = try clock.measure { _ = try ClaimTagger(modelData: Data(contentsOf: url)) }
    let example = try exampleArticle()
    let proposer = HybridClaimProposer()
    let french = clock.measure { _ = proposer.propose(example) }
    var line = "timings: model read+parse \(load) · example article (fr) propose \(french)"
    if let item = try? BratAttributions.split(at: polnearDev).first {
        let english = TextAnalyzer.analyze(id: item.id, text: item.text, language: .english)
        _ = ClaimTagger.shippedEnglish
        let runs = 10
        let elapsed = clock.measure { for _ in 0..<runs { _ = proposer.propose(english) } }
        line += " · English dev article (\(english.tokens.count) tokens) propose \(elapsed / runs)"
    }
    print(line)
}

@Test func polnearSplitReadsTheFirstOrEveryAnnotator() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("polnear-split-\(getpid())")
    defer { try? FileManager.default.removeItem(at: folder) }
    for sub in ["text", "attributions"] {
        try FileManager.default.createDirectory(at: folder.appendingPathComponent(sub), withIntermediateDirectories: true)
    }
    let ann = "T1\tSource 0 3\tAnn\nT2\tCue 4 8\tsaid\nT3\tContent 9 14\thello\nE1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n"
    try "Ann said hello".write(to: folder.appendingPathComponent("text/a.txt"), atomically: true, encoding: .utf8)
    try "Bob said hi".write(to: folder.appendingPathComponent("text/b.txt"), atomically: true, encoding: .utf8)
    for name in ["a_x1", "a_x2", "b_x1"] {
        try ann.write(to: folder.appendingPathComponent("attributions/\(name).ann"), atomically: true, encoding: .utf8)
    }
    #expect(try BratAttributions.split(at: folder).map(\.id) == ["a", "b"])
    let every = try BratAttributions.split(at: folder, everyAnnotator: true)
    #expect(every.map(\.id) == ["a", "a", "b"])
    #expect(BratAttributions.claims(ann: every[0].ann, text: every[0].text).first?.cue?.text == "said")
}

@Test func taggerCueWithoutSourceSharesItsSentencesSource() {
    // `Hugo said that … and added that …`: the second cue's subject is the first's.
    let document = TextAnalyzer.analyze(id: "share", text: "Hugo said that the museum closed and added that the park opened.", language: .english)
    #expect(document.tokens.map(\.text) == ["Hugo", "said", "that", "the", "museum", "closed", "and", "added", "that", "the", "park", "opened", "."])
    let spans = [TaggedSpan(role: .source, start: 0, end: 1, confidence: 5), TaggedSpan(role: .cue, start: 1, end: 2, confidence: 5),
                 TaggedSpan(role: .content, start: 2, end: 6, confidence: 5), TaggedSpan(role: .cue, start: 7, end: 8, confidence: 5),
                 TaggedSpan(role: .content, start: 8, end: 12, confidence: 5)]
    let alone = ClaimAssembly.claims(from: spans, document: document, mentions: []).map(\.claim)
    let shared = ClaimAssembly.claims(from: spans, document: document, mentions: [], shareSources: true).map(\.claim)
    #expect(alone.map(\.source?.text) == ["Hugo", nil])
    #expect(shared.map(\.source?.text) == ["Hugo", "Hugo"])
    #expect(shared.map(\.content.text) == ["the museum closed", "the park opened"])
}

@Test func taggerCueWithoutContentTakesTheSentenceAround() {
    // A cue the tagger finds with nothing tagged as content: the rest of its sentence when
    // there is one, else its sentence before the source.
    let spans = [TaggedSpan(role: .source, start: 5, end: 6, confidence: 5), TaggedSpan(role: .cue, start: 6, end: 7, confidence: 5)]
    let document = TextAnalyzer.analyze(id: "fill", text: "The bridge is safe, Hugo blorped.", language: .english)
    #expect(document.tokens.map(\.text) == ["The", "bridge", "is", "safe", ",", "Hugo", "blorped", "."])
    let plain = ClaimAssembly.claims(from: spans, document: document, mentions: [])
    let filled = ClaimAssembly.claims(from: spans, document: document, mentions: [], fillContent: true)
    #expect(plain.isEmpty)
    #expect(filled.map(\.claim.content.text) == ["The bridge is safe"])
}

@Test func taggerSourceKeepsAClosedParenthesis() {
    // PolNeAR's `Sen. Bernie Sanders (I-Vt.)`: trimming end punctuation stops at a `)` opened inside.
    let document = TextAnalyzer.analyze(id: "paren", text: "Sen. Bernie Sanders (I-Vt.), a candidate, said that the deal is dead.", language: .english)
    let texts = document.tokens.map(\.text)
    guard let close = texts.firstIndex(of: ")"), let said = texts.firstIndex(of: "said"), let end = texts.lastIndex(of: ".") else {
        Issue.record("unexpected tokens \(texts)")
        return
    }
    let spans = [TaggedSpan(role: .source, start: 0, end: close + 2, confidence: 5), TaggedSpan(role: .cue, start: said, end: said + 1, confidence: 5),
                 TaggedSpan(role: .content, start: said + 1, end: end, confidence: 5)]
    let claims = ClaimAssembly.claims(from: spans, document: document, mentions: []).map(\.claim)
    #expect(claims.first?.source?.text == "Sen. Bernie Sanders (I-Vt.)")
    #expect(claims.first?.content.text == "the deal is dead")
}
