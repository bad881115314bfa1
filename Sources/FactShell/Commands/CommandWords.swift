import Foundation

/// A command line split into words: whitespace separates words, and "…", “…” or «…» group
/// words into one (so `add PER "Choe Son-hui"` has three words).
public struct CommandWords: Equatable, Sendable {
    /// The words, quotes removed.
    public var words: [String]
    /// For each word, the raw text from its start to the end of the line (for free text such
    /// as notes).
    public var remainders: [String]

    /// Splits a line. Throws when a quote is not closed.
    public init(_ line: String) throws(ShellError) {
        let closing: [Character: Character] = ["\"": "\"", "“": "”", "«": "»"]
        var words: [String] = []
        var remainders: [String] = []
        var index = line.startIndex
        while index < line.endIndex {
            let character = line[index]
            if character.isWhitespace {
                index = line.index(after: index)
                continue
            }
            remainders.append(String(line[index...]))
            if let close = closing[character] {
                let start = line.index(after: index)
                guard let end = line[start...].firstIndex(of: close) else {
                    throw ShellError("a quote \(character) is not closed")
                }
                words.append(line[start..<end].trimmingCharacters(in: .whitespacesAndNewlines))
                index = line.index(after: end)
            } else {
                let end = line[index...].firstIndex(where: \.isWhitespace) ?? line.endIndex
                words.append(String(line[index..<end]))
                index = end
            }
        }
        self.words = words
        self.remainders = remainders
    }

    /// The command word, lower-cased, without the `!` that forces it.
    public var command: String? {
        guard let first = words.first?.lowercased() else { return nil }
        return isForced && first.count > 1 ? String(first.dropLast()) : first
    }

    /// True when the command word ends with `!` (`add!`, `grow!`, `done!`): the analyst asks for
    /// exactly what was typed, past the checks that guard against slips (a span cutting a word,
    /// a boundary crossing a sentence, leaving proposals pending).
    public var isForced: Bool { (words.first?.count ?? 0) > 1 && words.first?.hasSuffix("!") == true }

    /// The words after the command.
    public var arguments: [String] { Array(words.dropFirst()) }
}
