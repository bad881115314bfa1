import FactModel
import Testing
@testable import FactFormats

// MARK: - Hand-made cases with known answers

private func m(_ label: String, _ start: Int, _ end: Int) -> Mention { Mention(label: label, start: start, end: end, text: "") }

@Test func exactPredictionScoresOneEverywhere() {
    for scheme in Scheme.allCases {
        let counts = SpanScore.counts(gold: [m("PER", 0, 5)], predicted: [m("PER", 0, 5)], scheme: scheme)
        #expect(counts.correct == 1 && counts.f1 == 1)
    }
}

@Test func offByOneIsWrongForStrictAndExactButHalfForPartial() {
    let gold = [m("PER", 0, 5)], pred = [m("PER", 0, 6)]
    #expect(SpanScore.counts(gold: gold, predicted: pred, scheme: .strict).incorrect == 1)
    #expect(SpanScore.counts(gold: gold, predicted: pred, scheme: .exact).incorrect == 1)
    let partial = SpanScore.counts(gold: gold, predicted: pred, scheme: .partial)
    #expect(partial.partial == 1 && partial.precision == 0.5)
    #expect(SpanScore.counts(gold: gold, predicted: pred, scheme: .type).correct == 1)
}

@Test func wrongLabelOnlyCountsForExactAndPartial() {
    let gold = [m("PER", 0, 5)], pred = [m("ORG", 0, 5)]
    #expect(SpanScore.counts(gold: gold, predicted: pred, scheme: .strict).incorrect == 1)
    #expect(SpanScore.counts(gold: gold, predicted: pred, scheme: .exact).correct == 1)
    #expect(SpanScore.counts(gold: gold, predicted: pred, scheme: .partial).correct == 1)
    #expect(SpanScore.counts(gold: gold, predicted: pred, scheme: .type).incorrect == 1)
}

@Test func nestedAndOverlappingPredictionsMatchOneGoldSpanEach() {
    // Gold "Université de Paris" (ORG 0-19); predictions: the nested "Paris" (LOC 14-19) and an overlap (ORG 10-25).
    let gold = [m("ORG", 0, 19)], pred = [m("LOC", 14, 19), m("ORG", 10, 25)]
    let strict = SpanScore.counts(gold: gold, predicted: pred, scheme: .strict)
    #expect(strict.incorrect == 1 && strict.spurious == 1 && strict.missed == 0)
    let type = SpanScore.counts(gold: gold, predicted: pred, scheme: .type)
    #expect(type.incorrect == 1 && type.spurious == 1)
}

@Test func emptyPredictionsMissEverythingAndEmptyGoldMakesEverythingSpurious() {
    let missed = SpanScore.counts(gold: [m("PER", 0, 5), m("LOC", 6, 9)], predicted: [], scheme: .strict)
    #expect(missed.missed == 2 && missed.f1 == 0 && missed.precision == 0)
    let spurious = SpanScore.counts(gold: [], predicted: [m("PER", 0, 5)], scheme: .partial)
    #expect(spurious.spurious == 1 && spurious.recall == 0)
    var evaluation = SpanEvaluation()
    evaluation.add(gold: [], predicted: [])
    #expect(evaluation.overall[.strict]!.f1 == 0 && evaluation.labels.isEmpty)
}

@Test func macroAveragesLabelsEqually() {
    var evaluation = SpanEvaluation()
    evaluation.add(gold: [m("PER", 0, 5), m("LOC", 6, 9)], predicted: [m("PER", 0, 5)])
    #expect(evaluation.macro(.strict).f1 == 0.5)
    #expect(abs(evaluation.overall[.strict]!.f1 - 2.0 / 3.0) < 1e-12)
}

@Test func claimRolesAndStance() {
    let gold = Claim(source: ClaimPart(start: 0, end: 3, text: ""), cue: ClaimPart(start: 4, end: 7, text: ""), content: ClaimPart(start: 8, end: 20, text: ""))
    var pred = Claim(source: ClaimPart(start: 0, end: 3, text: ""), cue: nil, content: ClaimPart(start: 8, end: 18, text: ""))
    pred.stance = .denies
    var evaluation = ClaimEvaluation()
    evaluation.add(gold: [gold], predicted: [pred])
    #expect(evaluation.exact["source"]!.f1 == 1)
    #expect(evaluation.exact["content"]!.matched == 0 && evaluation.overlap["content"]!.matched == 1)
    #expect(evaluation.exact["cue"]!.recall == 0)
    #expect(evaluation.stanceAccuracy == 0 && evaluation.certaintyAccuracy == 1)
}

@Test func agreementFigures() {
    #expect(Agreement.cohensKappa(["A", "A", "O", "O"], ["A", "A", "O", "O"]) == 1)
    #expect(Agreement.cohensKappa(["A", "O"], ["O", "A"]) == -1)
    // Krippendorff's worked example for nominal data would need more units; two coders, perfect agreement:
    #expect(Agreement.krippendorffAlpha([["a", "b", "a"], ["a", "b", "a"]]) == 1)
    #expect(Agreement.spanF1([m("PER", 0, 5)], [m("PER", 0, 5), m("LOC", 6, 9)]) == 2.0 / 3.0)
}

@Test func flatteningKeepsTheOutermostSpan() {
    let (kept, leftOut) = ImportSession.flatten([m("LOC", 14, 19), m("ORG", 0, 19), m("PER", 20, 25)]) { $0.span }
    #expect(kept.map(\.label) == ["ORG", "PER"] && leftOut.map(\.label) == ["LOC"])
}

@Test func conllTagsAreIOB2() {
    let tokens = [Token(text: "Choe", start: 0, end: 4, spaceAfter: true, kind: .word),
                  Token(text: "Son-hui", start: 5, end: 12, spaceAfter: true, kind: .word),
                  Token(text: "à", start: 13, end: 14, spaceAfter: true, kind: .word),
                  Token(text: "Moscou", start: 15, end: 21, spaceAfter: false, kind: .word)]
    #expect(CoNLLWriter.tags(of: tokens, mentions: [m("PER", 0, 12), m("LOC", 15, 21)]) == ["B-PER", "I-PER", "O", "B-LOC"])
}
