import FactModel

// MARK: - grow and shrink

extension AnnotationShell {
    /// Moves one boundary of a mention by whole tokens. Growing stays inside the mention's
    /// sentence and never ends on punctuation unless forced, since `Ukraine. Alors` is never
    /// what the analyst meant.
    func moveBoundary(_ arguments: [String], growing: Bool, forced: Bool, command: String) throws(ShellError) {
        var rest = arguments
        let id = try singleID(rest.first.map(looksLikeID) == true ? [rest.removeFirst()] : [], command: command)
        var left = false
        var count = 1
        for word in rest {
            if ["left", "right", "l", "r"].contains(word.lowercased()) {
                left = word.lowercased().hasPrefix("l")
            } else if word.count <= 6, let number = Int(word), number > 0 {
                count = number
            } else {
                throw ShellError.usage("\(command) [ID] [left|right] [N]", command: command)
            }
        }
        let mention = try self.mention(id).mention
        let document = session.document
        let tokens = document.tokens
        guard let first = document.tokenIndex(containing: mention.start),
              let last = document.tokenIndex(containing: mention.end - 1) else {
            throw ShellError("\(id) does not fall on tokens: use resize")
        }
        var start = mention.start, end = mention.end
        switch (growing, left) {
        case (true, true):
            guard first - count >= 0 else { throw ShellError("no token to the left of \(id)") }
            try checkGrowth(to: tokens[first - count], of: id, mention: mention, forced: forced, command: command)
            start = tokens[first - count].start
        case (true, false):
            guard count < tokens.count - last else { throw ShellError("no token to the right of \(id)") }
            try checkGrowth(to: tokens[last + count], of: id, mention: mention, forced: forced, command: command)
            end = tokens[last + count].end
        case (false, true):
            guard count <= last - first else { throw ShellError("\(id) would be empty") }
            start = tokens[first + count].start
        case (false, false):
            guard count <= last - first else { throw ShellError("\(id) would be empty") }
            end = tokens[last - count].end
        }
        try decide(.resize(id: id, start: start, end: end))
        reportDecision(growing ? "grew" : "shrank", ids: [id])
    }

    /// Refuses a new boundary token in another sentence, or made of punctuation only.
    private func checkGrowth(to token: Token, of id: String, mention: Mention, forced: Bool, command: String) throws(ShellError) {
        guard !forced else { return }
        let document = session.document
        if document.sentenceIndex(containing: token.start) != document.sentenceIndex(containing: mention.start) {
            throw ShellError("\(id) would run into the next sentence («\(SafeText.escape(token.text))»): type \(command)! to cross it")
        }
        if !token.text.unicodeScalars.contains(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil }) {
            throw ShellError("\(id) would end on «\(SafeText.escape(token.text))», punctuation: type \(command)! to include it, or give N to go past it")
        }
    }
}
