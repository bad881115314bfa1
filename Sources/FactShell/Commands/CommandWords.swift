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

    /// The command word, lower-cased.
    public var command: String? { words.first?.lowercased() }

    /// The words after the command.
    public var arguments: [String] { Array(words.dropFirst()) }
}
