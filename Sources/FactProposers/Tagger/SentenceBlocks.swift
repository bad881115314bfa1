import FactModel

/// A document's sentences cut into blocks of consecutive sentences, each with the run of tokens
/// it covers, so that the entity tagger views, hashes and featurises a block at a time: its
/// working set then depends on the block size, not on the article's.
///
/// The blocks' token runs follow one another and cover every token of the document (tokens
/// outside every sentence go with the block before them), and each block but the first
/// starts on a sentence's first token: since names never span sentences, a token's lexicon
/// and gazetteer hits are the same in its block as in the whole document.
struct SentenceBlocks {
    /// One block: its sentences and the tokens it covers (document indices).
    struct Block: Equatable {
        let sentences: Range<Int>
        let tokens: Range<Int>
    }

    /// The blocks in text order.
    let blocks: [Block]

    /// Cuts `document` into blocks of `sentencesPerBlock` sentences (at least one; a block
    /// takes in the empty sentences that follow it). A document whose sentences are not in
    /// token order, or reach past its tokens, is one block, as it was viewed before blocks.
    init(_ document: Document, sentencesPerBlock: Int) {
        let sentences = document.sentences, tokenCount = document.tokens.count
        let size = max(1, sentencesPerBlock)
        var blocks: [Block] = []
        var first = 0, tokenStart = 0, ordered = true
        while first < sentences.count {
            var last = min(sentences.count, first + size)
            while last < sentences.count && sentences[last].tokens.isEmpty { last += 1 }
            let tokenEnd = last < sentences.count ? sentences[last].tokens.lowerBound : tokenCount
            guard tokenStart <= tokenEnd, tokenEnd <= tokenCount else { ordered = false; break }
            let block = Block(sentences: first..<last, tokens: tokenStart..<tokenEnd)
            for sentence in sentences[block.sentences] where !sentence.tokens.isEmpty {
                if sentence.tokens.lowerBound < tokenStart || sentence.tokens.upperBound > tokenEnd { ordered = false }
            }
            guard ordered else { break }
            blocks.append(block)
            first = last
            tokenStart = tokenEnd
        }
        self.blocks = ordered ? blocks : [Block(sentences: 0..<sentences.count, tokens: 0..<tokenCount)]
    }

    /// The token spans (document indices, end exclusive) of `mentions` that fall on token
    /// boundaries, grouped by the blocks they touch, each group in the mentions' order.
    func ruleSpans(_ mentions: [MentionProposal], in document: Document) -> [[(start: Int, end: Int, label: String)]] {
        var result = [[(start: Int, end: Int, label: String)]](repeating: [], count: blocks.count)
        for mention in mentions {
            guard let range = document.tokenRange(of: mention.span) else { continue }
            let start = range.lowerBound, end = range.upperBound + 1
            var block = firstBlock(endingAfter: start)
            while block < blocks.count && blocks[block].tokens.lowerBound < end {
                result[block].append((start, end, mention.label))
                block += 1
            }
        }
        return result
    }

    /// The index of the first block whose tokens end after token `index` (binary search).
    private func firstBlock(endingAfter index: Int) -> Int {
        var low = 0, high = blocks.count
        while low < high {
            let mid = (low + high) / 2
            if blocks[mid].tokens.upperBound <= index { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
