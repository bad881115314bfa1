import FactModel
import FactText

/// A tokenized document with its gold entity spans (code points), for training and evaluation.
public struct LabeledDocument: Sendable {
    /// The document, tokenized and split into sentences.
    public var document: Document
    /// The gold mentions; they must not overlap (see `flattened`).
    public var mentions: [Mention]
    /// The sentences whose tokens were all reviewed: a training example covers only these
    /// (nil: every sentence).
    public var reviewedSentences: Set<Int>?

    /// Makes a labelled document; the document is tokenized when it has no tokens.
    public init(document: Document, mentions: [Mention], reviewedSentences: Set<Int>? = nil) {
        var document = document
        if document.tokens.isEmpty { TextAnalyzer.analyze(&document) }
        self.document = document
        self.mentions = LabeledDocument.flattened(mentions)
        self.reviewedSentences = reviewedSentences
    }

    /// Keeps the outermost of nested or overlapping spans (longest first, then earliest).
    public static func flattened(_ mentions: [Mention]) -> [Mention] {
        let ordered = mentions.sorted { ($0.end - $0.start, -$0.start) > ($1.end - $1.start, -$1.start) }
        var kept: [Mention] = []
        for mention in ordered where !kept.contains(where: { $0.span.overlaps(mention.span) }) { kept.append(mention) }
        return kept.sorted { $0.start < $1.start }
    }

    /// The gold spans over tokens, snapped outward to token boundaries, each with its sentence
    /// index; spans over several sentences or with a label outside `labels` are left out.
    /// `snapped` counts spans whose boundaries fell inside a token.
    public func tokenSpans(labels: [String]) -> (spans: [(sentence: Int, span: TokenSpan)], snapped: Int, dropped: Int) {
        let tokens = document.tokens
        var result: [(Int, TokenSpan)] = []
        var snapped = 0, dropped = 0
        for mention in mentions {
            guard let label = labels.firstIndex(of: mention.label) else { continue }
            guard let first = tokens.firstIndex(where: { $0.end > mention.start }),
                  let last = tokens.lastIndex(where: { $0.start < mention.end }), first <= last,
                  let sentence = document.sentenceIndex(containing: tokens[first].start),
                  document.sentences[sentence].tokens.contains(last)
            else { dropped += 1; continue }
            if tokens[first].start != mention.start || tokens[last].end != mention.end { snapped += 1 }
            result.append((sentence, TokenSpan(start: first, end: last + 1, label: label)))
        }
        return (result, snapped, dropped)
    }
}
