import FactModel
import FactProposers
import FactText
import Foundation
import Testing

// MARK: - Tag sets

@Test func bilouSpansRoundTripThroughTags() {
    let tags = TagSet(scheme: .bilou, labels: ["PER", "LOC"])
    #expect(tags.names == ["O", "B-PER", "I-PER", "L-PER", "U-PER", "B-LOC", "I-LOC", "L-LOC", "U-LOC"])
    let spans = [TokenSpan(start: 0, end: 1, label: 1), TokenSpan(start: 2, end: 5, label: 0)]
    let encoded = tags.encode(spans, count: 6)
    #expect(encoded.map { tags.names[$0] } == ["U-LOC", "O", "B-PER", "I-PER", "L-PER", "O"])
    #expect(tags.decode(encoded) == spans)
    let bio = TagSet(scheme: .bio, labels: ["PER"])
    #expect(bio.decode(bio.encode(spans.filter { $0.label == 0 }, count: 6)) == [TokenSpan(start: 2, end: 5, label: 0)])
}

@Test func invalidTransitionsAreForbidden() {
    let tags = TagSet(scheme: .bilou, labels: ["PER", "LOC"])
    let n = tags.count
    let o = 0, bPer = 1, iPer = 2, lPer = 3, iLoc = 6
    #expect(!tags.allowed[o * n + iPer])
    #expect(!tags.allowed[bPer * n + iLoc])
    #expect(!tags.allowed[bPer * n + o])
    #expect(tags.allowed[bPer * n + lPer])
    #expect(!tags.allowedFirst[iPer] && !tags.allowedLast[bPer])
}

// MARK: - Training and the model file

@Test func trainingIsDeterministicForASeed() throws {
    let first = try TaggerFixture.tagger(seed: 3).file.encoded()
    let second = try TaggerFixture.tagger(seed: 3).file.encoded()
    #expect(first == second)
    #expect(first.count > 1000)
}

@Test func modelFileRoundTrips() throws {
    let tagger = TaggerFixture.tagger()
    let bytes = try tagger.file.encoded()
    let read = EntityTagger(file: try TaggerModelFile.decode(bytes))
    #expect(try read.file.encoded() == bytes)
    #expect(read.labels == tagger.labels && read.name == "fixture" && read.version == "1")
    let document = TextAnalyzer.analyze(id: "t", text: "Jean Martin a rencontré les dirigeants de Renault à Lille. Le 3 mai 2016, Airbus a annoncé un accord.", language: .french)
    let before = tagger.mentions(in: document).map { "\($0.label) \($0.text)" }
    #expect(read.mentions(in: document).map { "\($0.label) \($0.text)" } == before)
    #expect(before.contains("PER Jean Martin") && before.contains("ORG Renault") && before.contains("LOC Lille"))
    #expect(throws: TaggerModelFile.ReadError.self) { try TaggerModelFile.decode(Data("not a model".utf8)) }
    #expect(throws: TaggerModelFile.ReadError.self) { try TaggerModelFile.decode(bytes.prefix(bytes.count / 2)) }
}

@Test func proposalsKeepTheModelAsProvenance() {
    let tagger = TaggerFixture.tagger()
    let document = TextAnalyzer.analyze(id: "t", text: "Sophie Leroy a rencontré les dirigeants nord-coréens de Danone à Nantes.", language: .french)
    let proposals = CombinedProposer(tagger: tagger).propose(document).mentions
    let person = proposals.first { $0.text == "Sophie Leroy" }
    #expect(person?.rule == "model.fixture" && person!.score >= 0.5 && person!.score < 1)
    // NORP is not a model label: the rules fill it in, under their own name.
    #expect(proposals.contains { $0.label == "NORP" && $0.rule == "demonym" })
    #expect(CombinedProposer(tagger: tagger).version.hasPrefix("fixture 1+rules "))
}

// MARK: - Online learning

@Test func anOnlineUpdateChangesAContradictedProposal() {
    var tagger = TaggerFixture.tagger()
    // Valence is not in the training data: the model says LOC from the context («à …»).
    let text = "Paul Girard a rencontré les dirigeants de Michelin à Valence."
    let document = TextAnalyzer.analyze(id: "t", text: text, language: .french)
    let before = tagger.mentions(in: document).map { "\($0.label) \($0.text)" }
    #expect(before.contains("LOC Valence"), "\(before)")
    // The analyst says Valence is the football club here (ORG), and Paul Girard is right.
    let gold = [mention("PER", "Paul Girard", in: text), mention("ORG", "Michelin", in: text), mention("ORG", "Valence", in: text)]
    let changed = tagger.update(with: LabeledDocument(document: document, mentions: gold))
    #expect(changed == 1)
    let after = tagger.mentions(in: document).map { "\($0.label) \($0.text)" }
    #expect(after.contains("ORG Valence"), "\(after)")
    #expect(after.contains("PER Paul Girard"))
    #expect(tagger.version == "1+u1")
}

/// The mention of the first occurrence of `surface` in `text`, in code points.
func mention(_ label: String, _ surface: String, in text: String) -> Mention {
    let range = text.range(of: surface)!
    let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)
    return Mention(label: label, start: start, end: start + surface.unicodeScalars.count, text: surface)
}
