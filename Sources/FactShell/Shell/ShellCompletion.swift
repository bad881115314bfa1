import FactModel
import LineEditing

// MARK: - TAB completion

extension AnnotationShell {
    /// What TAB offers for `word` after `linePrefix`: command names first, then what the
    /// command takes (ids, labels, sides, topics).
    public func completions(forWord word: String, inLine linePrefix: String) -> [String] {
        let previous = (try? CommandWords(linePrefix))?.words ?? []
        guard let name = previous.first?.lowercased() else { return matching(CommandCatalog.names, word) }
        guard let spec = CommandCatalog.spec(named: name) else { return [] }
        let position = previous.count  // 1 for the first argument
        // Ids in numeric order (m2 before m10), the order the analyst reads them in.
        let pendingIDs = orderedMentions.filter { $0.review.status == .pending }.map(\.id).sorted(by: AnnotationID.areInIncreasingOrder)
        let allIDs = orderedMentions.map(\.id).sorted(by: AnnotationID.areInIncreasingOrder)
        let labels = session.schema.mentionLabelNames
        switch spec.completion {
        case .none: return []
        case .pendingIDs: return matching(pendingIDs + ["all", "here"], word)
        case .ids: return position == 1 ? matching(allIDs, word) : []
        case .idThenLabel:
            if position == 1 { return matching(allIDs + labels, word) }
            return position == 2 ? matching(labels, word) : []
        case .label: return position == 1 ? matching(labels, word) : []
        case .idThenSide: return matching((position == 1 ? allIDs : []) + ["left", "right"], word)
        case let .words(words): return position == 1 ? matching(words + (name == "list" || name == "ls" ? labels : []), word) : []
        case .commands: return position == 1 ? matching(CommandCatalog.all.map(\.name) + ["labels"], word) : []
        case .claimFields:
            let claimIDs = orderedClaims.map(\.id).sorted(by: AnnotationID.areInIncreasingOrder)
            let field = previous.count >= 2 && previous[1].lowercased().hasPrefix("c") ? previous.dropFirst(2).first?.lowercased() : previous.dropFirst(1).first?.lowercased()
            if position == 1 { return matching(claimIDs + ["add"] + ClaimCommands.fields, word) }
            switch field {
            case nil: return matching(ClaimCommands.fields, word)
            case "stance"?: return matching(Stance.allCases.map(\.rawValue), word)
            case "certainty"?: return matching(Certainty.allCases.map(\.rawValue), word)
            case "quoted"?: return matching(["yes", "no"], word)
            case "disputes"?, "supports"?, "unlink"?: return matching(claimIDs, word)
            default: return []
            }
        }
    }

    /// The candidates starting with `word` regardless of case, written in the case the analyst
    /// started typing (labels are case-insensitive, and the line editor matches byte-wise).
    private func matching(_ candidates: [String], _ word: String) -> [String] {
        candidates.compactMap { candidate in
            guard candidate.lowercased().hasPrefix(word.lowercased()) else { return nil }
            if !word.isEmpty && word == word.lowercased() { return candidate.lowercased() }
            return word + candidate.dropFirst(word.count)
        }
    }

    /// A completion source for the line editor.
    public var completionSource: any CompletionSource {
        ClosureCompletionSource { [weak self] word, prefix in self?.completions(forWord: word, inLine: prefix) ?? [] }
    }
}

/// Reads commands from a line reader and runs them until `quit` or the end of input.
public enum ShellLoop {
    /// Runs the shell; returns when the analyst quits or input ends (Ctrl-D, end of a pipe).
    public static func run(_ shell: AnnotationShell, reader: any LineReader) {
        shell.greet()
        while true {
            reader.prompt = shell.prompt
            switch reader.read() {
            case let .line(line):
                if shell.execute(line) == .quit { return }
            case .interrupted:
                shell.output.line("(line discarded; quit or Ctrl-D to leave)")
            case .endOfInput:
                shell.output.line("")
                _ = shell.execute("quit")
                return
            }
        }
    }
}
