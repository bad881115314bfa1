import FactModel
import Foundation

/// Groups the tagger's role spans into claims: each content and source span joins the nearest
/// cue (content may reach a cue in a neighbouring sentence, as in `“…” he said.`), a cue's
/// content runs from its first to its last content span (PolNeAR's discontinuous quotations),
/// and stance and certainty come from the rules' lexicons.
enum ClaimAssembly {
    /// The farthest, in tokens, a content span may lie from its cue.
    static let contentReach = 40
    /// The farthest, in tokens, a source span may lie from its cue.
    static let sourceReach = 12

    /// The claims of a document's tagged spans, in text order of their cue; `mentions` are the
    /// numbered mentions a source may link to. With `fillContent`, a cue that got no content
    /// span takes the rest of its sentence when untagged.
    /// With `guidelineSpans` false, spans keep PolNeAR's conventions (`that`, quotation marks
    /// and end punctuation inside the content) instead of the guidelines'.
    /// With `shareSources`, a cue left without a source takes the nearest source span of its
    /// sentence that went to another cue (`X said … and added …`).
    static func claims(from spans: [TaggedSpan], document: Document, mentions: [MentionProposal],
                       fillContent: Bool = false, guidelineSpans: Bool = true, shareSources: Bool = false) -> [ClaimProposal] {
        let cues = spans.filter { $0.role == .cue }
        guard !cues.isEmpty else { return [] }
        let sentenceOf = sentenceIndex(document)
        let context = ClaimContext(document: document, mentions: [])
        var contents = [[TaggedSpan]](repeating: [], count: cues.count)
        var sources = [[TaggedSpan]](repeating: [], count: cues.count)
        for span in spans where span.role != .cue {
            let reach = span.role == .content ? contentReach : sourceReach
            let candidates = cues.indices.compactMap { index -> (Int, Int)? in
                let cue = cues[index]
                let gap = cue.start >= span.end ? cue.start - span.end : span.start >= cue.end ? span.start - cue.end : 0
                let crossing = sentenceOf[cue.start] != sentenceOf[span.start] && sentenceOf[cue.start] != sentenceOf[span.end - 1]
                if crossing && span.role == .source { return nil }
                return gap <= reach ? (index, gap + (crossing ? reach : 0)) : nil
            }
            guard let best = candidates.min(by: { ($0.1, $0.0) < ($1.1, $1.0) }) else { continue }
            if span.role == .content { contents[best.0].append(span) } else { sources[best.0].append(span) }
        }
        if shareSources {
            let attached = sources.flatMap { $0 }
            for (index, cue) in cues.enumerated() where sources[index].isEmpty {
                let sameSentence = attached.filter { sentenceOf[$0.start] == sentenceOf[cue.start] && distance($0, cue) <= 2 * sourceReach }
                if let nearest = sameSentence.min(by: { distance($0, cue) < distance($1, cue) }) { sources[index] = [nearest] }
            }
        }
        var proposals: [ClaimProposal] = []
        for (index, cue) in cues.enumerated() {
            if contents[index].isEmpty, fillContent,
               let filled = restOfSentence(after: cue, sentenceOf, spans, document) ?? sentenceAround(cue, sources[index].first, sentenceOf, document) {
                contents[index].append(filled)
            }
            guard var first = contents[index].map(\.start).min(), let last = contents[index].map(\.end).max() else { continue }
            // The guidelines' content has no complementiser (PolNeAR's includes `that`).
            if guidelineSpans, last - first > 1, ClaimWords.complementisers.contains(document.tokens[first].text.lowercased()) { first += 1 }
            let source = sources[index].min { distance($0, cue) < distance($1, cue) }
            guard let contentRange = guidelineSpans ? trimmed(first, last, context, unquote: true) : first..<last else { continue }
            let content = part(contentRange.lowerBound, contentRange.upperBound, document)
            let cueRange = guidelineSpans ? trimmed(cue.start, cue.end, context, unquote: false) ?? cue.start..<cue.end : cue.start..<cue.end
            let cuePart = part(cueRange.lowerBound, cueRange.upperBound, document)
            var sourcePart = source.flatMap { guidelineSpans ? trimmed($0.start, $0.end, context, unquote: false) : $0.start..<$0.end }
                .map { part($0.lowerBound, $0.upperBound, document) }
            if let found = sourcePart { sourcePart?.mention = mention(covering: found, mentions) }
            let words = (cue.start..<cue.end).map { document.tokens[$0].text.lowercased() }
            let contentWords = contentRange.map { document.tokens[$0].text.lowercased() }
            var claim = Claim(source: sourcePart, cue: cuePart, content: content)
            claim.stance = stance(cueWords: words, language: document.language)
            claim.certainty = certainty(cueWords: words, contentWords: contentWords, language: document.language)
            claim.quoted = context.isOpeningQuote(first) || context.quoteAt[contentRange.lowerBound] != nil
            let parts = contents[index] + [cue] + (source.map { [$0] } ?? [])
            let confidence = parts.map(\.confidence).reduce(0, +) / Double(parts.count)
            proposals.append(ClaimProposal(claim: claim, score: 1 / (1 + exp(-confidence / 4)), rule: "tagger"))
        }
        return proposals
    }

    /// The tokens after a cue to its sentence's end (without the final punctuation), when at
    /// least two and none tagged with a role.
    static func restOfSentence(after cue: TaggedSpan, _ sentenceOf: [Int], _ spans: [TaggedSpan], _ document: Document) -> TaggedSpan? {
        var end = cue.end
        while end < document.tokens.count, sentenceOf[end] == sentenceOf[cue.start] { end += 1 }
        while end > cue.end, document.tokens[end - 1].kind == .punctuation { end -= 1 }
        guard end - cue.end >= 2, !spans.contains(where: { $0.start < end && cue.end < $0.end }) else { return nil }
        return TaggedSpan(role: .content, start: cue.end, end: end, confidence: cue.confidence - 2)
    }

    /// For a cue with no content after it (`“…,” he said.`, `He said so.`): its sentence before
    /// the source and cue when that holds at least two words, else the sentence before.
    static func sentenceAround(_ cue: TaggedSpan, _ source: TaggedSpan?, _ sentenceOf: [Int], _ document: Document) -> TaggedSpan? {
        let sentence = sentenceOf[cue.start]
        var start = cue.start
        while start > 0, sentenceOf[start - 1] == sentence { start -= 1 }
        let before = min(cue.start, source?.start ?? cue.start)
        var end = before
        while end > start, document.tokens[end - 1].kind == .punctuation { end -= 1 }
        if end - start >= 2 { return TaggedSpan(role: .content, start: start, end: end, confidence: cue.confidence - 2) }
        guard start > 0 else { return nil }
        var first = start - 1
        while first > 0, sentenceOf[first - 1] == sentenceOf[start - 1] { first -= 1 }
        guard start - first >= 2 else { return nil }
        return TaggedSpan(role: .content, start: first, end: start, confidence: cue.confidence - 2)
    }

    /// Tokens `start..<end` without punctuation at their ends (a partial quotation keeps its
    /// marks) and, with `unquote`, without the marks of a whole quotation: the guidelines'
    /// content, where PolNeAR keeps the marks and the final comma.
    static func trimmed(_ start: Int, _ end: Int, _ context: ClaimContext, unquote: Bool) -> Range<Int>? {
        guard var range = context.trimmed(start, end) else { return nil }
        while unquote, range.count > 2, context.isOpeningQuote(range.lowerBound),
              let quote = context.quoteAt[range.lowerBound], context.quotes[quote].close == range.upperBound - 1 {
            guard let inner = context.trimmed(range.lowerBound + 1, range.upperBound - 1) else { return nil }
            range = inner
        }
        return range
    }

    /// Tokens between two spans (0 when they touch or overlap).
    static func distance(_ a: TaggedSpan, _ b: TaggedSpan) -> Int {
        b.start >= a.end ? b.start - a.end : a.start >= b.end ? a.start - b.end : 0
    }

    /// The sentence index of every token.
    static func sentenceIndex(_ document: Document) -> [Int] {
        var result = [Int](repeating: 0, count: document.tokens.count)
        for (index, range) in TaggerFeatures.sentenceRanges(document).enumerated() {
            for token in range { result[token] = index }
        }
        return result
    }

    /// A claim part over tokens `start..<end`.
    static func part(_ start: Int, _ end: Int, _ document: Document) -> ClaimPart {
        let from = document.tokens[start].start, to = document.tokens[end - 1].end
        return ClaimPart(start: from, end: to, text: document.text(from: from, to: to))
    }

    /// The id of the mention sharing most code points with a source, when one does.
    static func mention(covering part: ClaimPart, _ mentions: [MentionProposal]) -> String? {
        let overlapping = mentions.filter { $0.start < part.end && part.start < $0.end && !$0.id.isEmpty }
        return overlapping.max { overlap($0, part) < overlap($1, part) }?.id
    }

    private static func overlap(_ mention: MentionProposal, _ part: ClaimPart) -> Int {
        min(mention.end, part.end) - max(mention.start, part.start)
    }

    /// `denies` when a cue word is a denial verb, unless the cue is negated (`did not deny`).
    static func stance(cueWords: [String], language: Language) -> Stance {
        let denial = cueWords.contains { ReportingVerbs.sense(TokenView.curlingApostrophes($0), language)?.stance == .denies }
        let negated = cueWords.contains { ["not", "n’t", "n't", "never", "pas", "jamais"].contains($0) }
        return denial && !negated ? .denies : .asserts
    }

    /// The cue's certainty, lowered by hedges in the cue or the content.
    static func certainty(cueWords: [String], contentWords: [String], language: Language) -> Certainty {
        var certainty = cueWords.compactMap { ReportingVerbs.sense($0, language)?.certainty }.first ?? .certain
        for word in cueWords + contentWords {
            if ClaimWords.possibleHedges.contains(word) { certainty = Factuality.lower(certainty, .possible) }
            else if ClaimWords.probableHedges.contains(word) { certainty = Factuality.lower(certainty, .probable) }
        }
        return certainty
    }
}
