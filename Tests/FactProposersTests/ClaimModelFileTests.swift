@testable import FactProposers
import Foundation
import Testing

// MARK: - The claim tagger's binary model file

/// A trained model written in the binary format reads back to the same weights as through the
/// text format, and tags the same way.
@Test func claimModelBinaryAndTextReadBackAlike() throws {
    for (stacked, cueLayer) in [(false, false), (true, false), (true, true)] {
        let tagger = ClaimTagger.train(on: blorpCorpus(), epochs: 5, seed: 7, minCount: 1, stacked: stacked, cueLayer: cueLayer)
        let binary = try ClaimTagger(modelData: tagger.modelData(comments: ["test"], scale: 0.001))
        let text = try ClaimTagger(modelData: Data(tagger.modelText(comments: ["test"], scale: 0.001).utf8))
        #expect(binary.weights.keys == text.weights.keys)
        #expect(binary.weights.weights == text.weights.weights)
        #expect(binary.weights.transitions == text.weights.transitions)
        #expect(binary.weights.stackedTransitions == text.weights.stackedTransitions)
        #expect((binary.weights.stackedTransitions != nil) == stacked)
        #expect(binary.weights.cueTransitions == text.weights.cueTransitions)
        #expect(binary.hasCueLayer == cueLayer)
        let (document, _) = blorpDocument(97, source: "Nina", content: "the bridge is closed")
        #expect(binary.claims(in: document, ruleClaims: [], mentions: []).map(\.claim)
                == tagger.claims(in: document, ruleClaims: [], mentions: []).map(\.claim))
    }
}

/// The narrowest weight width that holds the quantized weights is chosen: a coarse scale gives
/// one byte a weight, a fine one more, and both read back.
@Test func claimModelBinaryPicksItsWeightWidth() throws {
    let tagger = ClaimTagger.train(on: blorpCorpus(), epochs: 5, seed: 7, minCount: 1)
    let coarse = tagger.modelData(comments: [], scale: 10), fine = tagger.modelData(comments: [], scale: 0.0001)
    #expect(coarse.count < fine.count)
    #expect(try ClaimTagger(modelData: fine).weights.featureCount == tagger.weights.featureCount)
}

/// Cut, padded or altered files are refused with a message, never read past their end.
@Test func claimModelBinaryRefusesDamagedFiles() throws {
    let data = ClaimTagger.train(on: blorpCorpus(), epochs: 5, seed: 7, minCount: 1).modelData(comments: ["x"], scale: 0.01)
    for cut in [8, 12, 20, data.count / 2, data.count - 1] {
        #expect(throws: ModelFileError.self) { try ClaimTagger(modelData: data.prefix(cut)) }
    }
    #expect(throws: ModelFileError.self) { try ClaimTagger(modelData: data + Data([0])) }
    var badWidth = data
    badWidth[8 + 4 + 1 + 4] = 3  // the weight width, after the magic, the comment and the scale
    #expect(throws: ModelFileError.self) { try ClaimTagger(modelData: badWidth) }
    var badTables = data
    badTables[8 + 4 + 1 + 4 + 1] = 4  // the number of transition tables: 1, 2 or 3
    #expect(throws: ModelFileError.self) { try ClaimTagger(modelData: badTables) }
    var hugeCount = data
    let countOffset = 8 + 4 + 1 + 4 + 1 + 1 + 56 * 4
    hugeCount.replaceSubrange(countOffset..<countOffset + 4, with: [0xff, 0xff, 0xff, 0x7f])
    #expect(throws: ModelFileError.self) { try ClaimTagger(modelData: hugeCount) }
}
