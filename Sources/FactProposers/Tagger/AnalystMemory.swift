import FactModel
import Foundation

/// The analyst's memory of names (`NameMemory`): every entity string accepted in an earlier
/// article, with how often under each label and how often left unmarked. It feeds the gazetteer features (which a model trained with a gazetteer has
/// learned to weigh), and, for any model, proposes a remembered name where the model proposes
/// nothing: the way a new movement named in one article is found in the next ones.
extension EntityTagger {
    /// The rule of a proposal that comes from the memory, not from the model's weights.
    public var memoryRule: String { "memory.\(name)" }

    /// The model's mentions (in text order) with the remembered names of the document: a name
    /// the model proposes exactly with another label takes the analyst's label, and one that
    /// overlaps nothing is added. Only names starting with a capital count (a lower-case word
    /// like «gauche» is too often not the name). In text order.
    func withRememberedNames(in document: Document, _ found: [MentionProposal]) -> [MentionProposal] {
        let view = TokenView(document)
        let hashes = view.lower.map(StableHash.string)
        var result = found, added: [MentionProposal] = []
        var next = 0
        for sentence in document.sentences where !sentence.tokens.isEmpty {
            for match in memory.names.matches(view.lower, hashes, in: sentence.tokens) where view.capitalised[match.start] || view.allCaps[match.start] {
                guard memory.isProposed(EntityGazetteer.hash(Array(view.lower[match.start..<match.end]))) else { continue }
                let start = document.tokens[match.start].start, end = document.tokens[match.end - 1].end
                // `found` is in text order: skip what ends before this match, then look at what is left.
                while next < found.count && found[next].end <= start { next += 1 }
                let text = document.text(from: start, to: end)
                if next < found.count && found[next].start < end {
                    if found[next].start == start && found[next].end == end && found[next].label != match.label {
                        result[next] = MentionProposal(label: match.label, start: start, end: end, text: text, score: 0.6, rule: memoryRule)
                    }
                    continue
                }
                added.append(MentionProposal(label: match.label, start: start, end: end, text: text, score: 0.6, rule: memoryRule))
            }
        }
        return added.isEmpty ? result : (result + added).sorted { ($0.start, $0.end) < ($1.start, $1.end) }
    }

    /// The remembered names found (capitalised, as proposing finds them) in the reviewed
    /// sentences of a document where its gold marks nothing overlapping: the analyst left them
    /// unmarked. Called before the document's own names are remembered.
    func rememberedNamesLeftUnmarked(in example: LabeledDocument, gold: [(sentence: Int, span: TokenSpan)]) -> [[String]] {
        guard memory.count > 0 else { return [] }
        let document = example.document
        let view = TokenView(document)
        let hashes = view.lower.map(StableHash.string)
        var result: [[String]] = []
        for (index, sentence) in document.sentences.enumerated() where !sentence.tokens.isEmpty {
            if let reviewed = example.reviewedSentences, !reviewed.contains(index) { continue }
            let marked = gold.filter { $0.sentence == index }.map(\.span)
            for match in memory.names.matches(view.lower, hashes, in: sentence.tokens) where view.capitalised[match.start] || view.allCaps[match.start] {
                guard !marked.contains(where: { $0.start < match.end && match.start < $0.end }) else { continue }
                result.append(Array(view.lower[match.start..<match.end]))
            }
        }
        return result
    }

    // MARK: Bytes

    private static let memoryMark = Data("MEM1".utf8), talliesMark = Data("TAL1".utf8), clustersMark = Data("CLU1".utf8)

    /// A model file's extra bytes: the gazetteer, then `CLU1` and the word clusters when there
    /// are any, then `MEM1` and the memory's names, then `TAL1` and its tallies, when there is
    /// a memory. (Files written before the clusters or the tallies lack them; they still read.)
    static func extra(gazetteer: EntityGazetteer, clusters: WordClusters, memory: NameMemory) -> Data {
        let names = clusters.count == 0 ? gazetteer.encoded : gazetteer.encoded + clustersMark + clusters.encoded
        return memory.count == 0 ? names : names + memoryMark + memory.names.encoded + talliesMark + memory.encodedTallies
    }

    /// The gazetteer, the clusters and the memory of a model file's extra bytes (empty when
    /// unreadable).
    static func names(in extra: Data) -> (gazetteer: EntityGazetteer, clusters: WordClusters, memory: NameMemory) {
        let extra = extra.startIndex == 0 ? extra : Data(extra)
        guard let (gazetteer, used) = EntityGazetteer.decode(extra) else { return (EntityGazetteer(), WordClusters(), NameMemory()) }
        var rest = Data(extra.dropFirst(used))
        var clusters = WordClusters()
        if rest.starts(with: clustersMark), let (read, clustersUsed) = WordClusters.decode(Data(rest.dropFirst(clustersMark.count))) {
            clusters = read
            rest = Data(rest.dropFirst(clustersMark.count + clustersUsed))
        }
        guard rest.starts(with: memoryMark), let (names, namesUsed) = EntityGazetteer.decode(Data(rest.dropFirst(memoryMark.count))) else {
            return (gazetteer, clusters, NameMemory())
        }
        let tallies = rest.dropFirst(memoryMark.count + namesUsed)
        guard tallies.starts(with: talliesMark), let memory = NameMemory(names: names, tallies: Data(tallies.dropFirst(talliesMark.count))) else {
            return (gazetteer, clusters, NameMemory(names: names))
        }
        return (gazetteer, clusters, memory)
    }
}
