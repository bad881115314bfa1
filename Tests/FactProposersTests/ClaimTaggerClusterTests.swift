import FactModel
@testable import FactProposers
import Foundation
import Testing

// MARK: - Word clusters in the attribution tagger

/// Clusters of the blorp corpus's text, at granularities small enough for its few words.
private func blorpClusters() -> WordClusters {
    WordClusters(documents: blorpCorpus().map(\.0), seed: 3, granularities: [2, 4, 8])
}

/// The clusters are computed the same way every time, and a tagger trained with them is the
/// same byte for byte, binary and text.
@Test func claimTaggerWithClustersTrainsDeterministically() throws {
    let clusters = blorpClusters()
    #expect(clusters.count > 8)
    #expect(clusters.encoded == blorpClusters().encoded)
    let first = ClaimTagger.train(on: blorpCorpus(), epochs: 5, seed: 7, minCount: 1, stacked: true, cueLayer: true, clusters: clusters)
    let second = ClaimTagger.train(on: blorpCorpus(), epochs: 5, seed: 7, minCount: 1, stacked: true, cueLayer: true,
                                   clusters: blorpClusters())
    #expect(first.modelData(comments: ["x"]) == second.modelData(comments: ["x"]))
    #expect(first.modelText(comments: ["x"]) == second.modelText(comments: ["x"]))
}

/// Cluster features are added only when there are clusters: a model without them sees exactly
/// the features it always had.
@Test func claimTaggerClusterFeaturesOnlyWithClusters() throws {
    let (document, _) = blorpDocument(97, source: "Nina", content: "the bridge is closed")
    let plain = TaggerFeatures.extract(document, ruleTags: nil)
    let clustered = TaggerFeatures.extract(document, ruleTags: nil, clusters: blorpClusters())
    #expect(plain.starts.count == clustered.starts.count)
    for token in 0..<plain.starts.count - 1 {
        #expect(Array(clustered.row(token).prefix(plain.row(token).count)) == Array(plain.row(token)))
        #expect(clustered.row(token).count == plain.row(token).count + 11)
    }
}

/// The clusters travel in the model file, binary and text: read back, the tagger has the same
/// clusters, weights and claims.
@Test func claimTaggerClustersRoundTripThroughTheModelFile() throws {
    let tagger = ClaimTagger.train(on: blorpCorpus(), epochs: 5, seed: 7, minCount: 1, stacked: true, cueLayer: true,
                                   clusters: blorpClusters())
    let binary = try ClaimTagger(modelData: tagger.modelData(comments: ["test"], scale: 0.001))
    let text = try ClaimTagger(modelData: Data(tagger.modelText(comments: ["test"], scale: 0.001).utf8))
    let (document, _) = blorpDocument(98, source: "Nina", content: "the bridge is closed")
    for read in [binary, text] {
        #expect(read.clusters.encoded == tagger.clusters.encoded)
        #expect(read.weights.keys == binary.weights.keys)
        #expect(read.claims(in: document, ruleClaims: [], mentions: []).map(\.claim)
                == tagger.claims(in: document, ruleClaims: [], mentions: []).map(\.claim))
    }
    // Without clusters, nothing is written for them.
    let plain = ClaimTagger.train(on: blorpCorpus(), epochs: 5, seed: 7, minCount: 1)
    #expect(try ClaimTagger(modelData: plain.modelData(comments: [])).clusters.count == 0)
    #expect(!plain.modelText(comments: []).contains("word-clusters"))
}

/// Cut clusters, or unknown bytes where they would be, are refused.
@Test func claimModelRefusesDamagedClusters() throws {
    let tagger = ClaimTagger.train(on: blorpCorpus(), epochs: 5, seed: 7, minCount: 1, clusters: blorpClusters())
    let data = tagger.modelData(comments: [], scale: 0.01)
    #expect(throws: ModelFileError.self) { try ClaimTagger(modelData: data.dropLast()) }
    #expect(throws: ModelFileError.self) { try ClaimTagger(modelData: data + Data([0])) }
    let plain = ClaimTagger.train(on: blorpCorpus(), epochs: 5, seed: 7, minCount: 1).modelData(comments: [], scale: 0.01)
    #expect(throws: ModelFileError.self) { try ClaimTagger(modelData: plain + Data("CLU2".utf8) + Data(count: 4)) }
    let text = tagger.modelText(comments: [], scale: 0.01)
    #expect(throws: ModelFileError.self) { try ClaimTagger(modelData: Data(text.replacingOccurrences(of: "word-clusters ", with: "word-clusters zz").utf8)) }
}
