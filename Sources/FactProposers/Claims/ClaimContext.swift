import FactModel

/// A quotation: the tokens of its opening and closing marks.
struct Quotation {
    /// The opening mark's token.
    let open: Int
    /// The closing mark's token.
    let close: Int
}

/// An optional index for each token of a document, 4 bytes a token: an `[Int?]` takes 16,
/// which for the two the claim rules keep was 5.8 MB of a megabyte article's peak.
struct TokenIndices {
    private var storage: [Int32]

    /// No index for any of `count` tokens.
    init(count: Int) { storage = [Int32](repeating: -1, count: count) }

    /// The index at a token, or nil (also past either end: the rules look one or two tokens
    /// beyond a cue, which may end the text, as in `Comme il l’a annoncé`).
    subscript(token: Int) -> Int? {
        get { token < 0 || token >= storage.count || storage[token] < 0 ? nil : Int(storage[token]) }
        set { storage[token] = newValue.map { Int32(clamping: $0) } ?? -1 }
    }
}

/// Everything the claim rules read about one document, computed once: the token view, which
/// proposed mention covers each token, and the quotations (which may run over sentences).
struct ClaimContext {
    /// Token texts, lower-cased forms and shapes.
    let view: TokenView
    /// The document's tokens.
    let tokens: [Token]
    /// The numbered mentions the sources may link to, in text order.
    let mentions: [MentionProposal]
    /// For each token, the index in `mentions` of the mention covering it.
    let mentionAt: TokenIndices
    /// Quotations in text order.
    let quotes: [Quotation]
    /// For each token, the index in `quotes` of the innermost quotation containing it (marks included).
    let quoteAt: TokenIndices
    /// French elisions written with a space after the apostrophe (`l' AFP`, `d' Idlib`, common in
    /// WiNER) or before a quotation mark (`d'« absurde »`), which the tokenizer leaves as a word and
    /// a punctuation token: both tokens read as
    /// the glued form (`l’`), so the rules treat them as they treat `l’AFP`.
    private let spacedElisions: SpacedElisions

    init(document: Document, mentions: [MentionProposal]) {
        view = TokenView(document)
        tokens = document.tokens
        self.mentions = mentions
        var mentionAt = TokenIndices(count: document.tokens.count)
        for (index, mention) in mentions.enumerated() {
            guard let first = document.tokens.index(containing: mention.start) else { continue }
            var token = first
            while token < document.tokens.count && document.tokens[token].start < mention.end {
                mentionAt[token] = index
                token += 1
            }
        }
        self.mentionAt = mentionAt
        quotes = ClaimContext.findQuotes(view)
        var quoteAt = TokenIndices(count: document.tokens.count)
        for (index, quote) in quotes.enumerated() {
            for token in quote.open...quote.close { quoteAt[token] = index }
        }
        self.quoteAt = quoteAt
        spacedElisions = document.language == .french ? ClaimContext.findSpacedElisions(view, document.tokens) : SpacedElisions()
    }

    /// Words French elides before a vowel.
    private static let elidingWords: Set<String> = ["l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"]

    /// The word and apostrophe tokens of each spaced elision, with the glued form they read as.
    private static func findSpacedElisions(_ view: TokenView, _ tokens: [Token]) -> SpacedElisions {
        var found = SpacedElisions()
        // Also before a quotation mark (`d'« absurde »`).
        for index in tokens.indices.dropFirst() where tokens[index].kind == .punctuation
            && ["’", "'"].contains(view.lowerAt(index)) && !tokens[index - 1].spaceAfter
            && tokens[index - 1].kind == .word && elidingWords.contains(view.lowerAt(index - 1)) {
            found.add(word: index - 1, glued: view.lowerAt(index - 1) + "’", count: tokens.count)
        }
        return found
    }

    // MARK: - Quotations

    /// Pairs `«…»`, `“…”` and straight `"…"` marks; unclosed marks are ignored.
    static func findQuotes(_ view: TokenView) -> [Quotation] {
        var quotes: [Quotation] = []
        var openGuillemet: Int?, openCurly: Int?, openStraight: Int?
        for index in 0..<view.count {
            switch view.texts[index] {
            case "«": openGuillemet = index
            case "»": if let open = openGuillemet { quotes.append(Quotation(open: open, close: index)); openGuillemet = nil }
            case "“": openCurly = index
            case "”": if let open = openCurly { quotes.append(Quotation(open: open, close: index)); openCurly = nil }
            case "\"", "’’", "''":
                // Glued to the word before it (`win,"`), a straight mark closes; otherwise it opens.
                let glued = index > 0 && !view.document.tokens[index - 1].spaceAfter
                    && view.document.tokens[index - 1].end == view.document.tokens[index].start
                if glued, let open = openStraight { quotes.append(Quotation(open: open, close: index)); openStraight = nil }
                else if !glued { openStraight = index }
            default: break
            }
        }
        return quotes.sorted { $0.open < $1.open }
    }

    /// True when the token is a closing quotation mark of a paired quotation.
    func isClosingQuote(_ index: Int) -> Bool {
        guard index >= 0, index < view.count, let quote = quoteAt[index] else { return false }
        return quotes[quote].close == index
    }

    /// True when the token is an opening quotation mark of a paired quotation.
    func isOpeningQuote(_ index: Int) -> Bool {
        guard index >= 0, index < view.count, let quote = quoteAt[index] else { return false }
        return quotes[quote].open == index
    }

    // MARK: - Token helpers

    /// The token range of sentence `index`.
    func sentence(_ index: Int) -> Range<Int> { view.document.sentences[index].tokens }

    /// True for the apostrophe token of a spaced elision (`l' AFP`).
    func isElisionApostrophe(_ index: Int) -> Bool { spacedElisions[index] != nil && tokens[index].kind == .punctuation }

    /// True for punctuation tokens.
    func isPunctuation(_ index: Int) -> Bool { tokens[index].kind == .punctuation && spacedElisions[index] == nil }

    /// The lower-cased text of token `index` ("" outside the document).
    func lower(_ index: Int) -> String { spacedElisions[index] ?? view.lowerAt(index) }

    /// A claim part over tokens `start..<end`.
    func part(_ start: Int, _ end: Int) -> ClaimPart {
        let from = tokens[start].start, to = tokens[end - 1].end
        return ClaimPart(start: from, end: to, text: view.document.text(from: from, to: to))
    }

    /// A claim part over code points `start..<end`.
    func part(offsets start: Int, _ end: Int) -> ClaimPart {
        ClaimPart(start: start, end: end, text: view.document.text(from: start, to: end))
    }

    /// Token range `start..<end` without the punctuation at its ends, except quotation marks
    /// whose partner lies inside the range (a partial quotation keeps its marks).
    func trimmed(_ start: Int, _ end: Int) -> Range<Int>? {
        var first = start, last = end
        // The apostrophe half of a spaced elision (`qu' « …`) cannot open a span either.
        while first < last, isPunctuation(first) || isElisionApostrophe(first),
              !(isOpeningQuote(first) && quotes[quoteAt[first]!].close < last),
              // `« [certaines] traces »`: an editor's bracket closed inside stays.
              !(lower(first) == "[" && (first + 1..<last).contains(where: { lower($0) == "]" })) { first += 1 }
        while last > first, isPunctuation(last - 1), !(isClosingQuote(last - 1) && quotes[quoteAt[last - 1]!].open >= first) {
            // A closing parenthesis or bracket whose opening one is inside stays (`Sen. Bernie Sanders (I-Vt.)`, `[à Ussel ]`).
            if lower(last - 1) == ")", (first..<last - 1).contains(where: { lower($0) == "(" }) { break }
            if lower(last - 1) == "]", view.document.language == .french, (first..<last - 1).contains(where: { lower($0) == "[" }) { break }
            // A French percent sign belongs to its number (`de 35 % à 15 %`).
            if lower(last - 1) == "%", view.document.language == .french { break }
            last -= 1
        }
        return last > first ? first..<last : nil
    }
}

/// The glued forms of spaced elisions by token (see `ClaimContext`): 4 bytes a token once a
/// document has one, nothing before, and a lookup that hashes nothing.
private struct SpacedElisions {
    private var formAt: TokenIndices?
    private var forms: [String] = []
    private var count = 0

    /// Both tokens of the elision whose word is token `word` read as `glued`.
    mutating func add(word: Int, glued: String, count: Int) {
        if formAt == nil { formAt = TokenIndices(count: count); self.count = count }
        let form = forms.firstIndex(of: glued) ?? forms.count
        if form == forms.count { forms.append(glued) }
        formAt?[word] = form
        formAt?[word + 1] = form
    }

    /// The glued form at a token, or nil.
    subscript(index: Int) -> String? {
        guard let formAt, index >= 0, index < count, let form = formAt[index] else { return nil }
        return forms[form]
    }
}
