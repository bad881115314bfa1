import FactModel
import FactText
import Foundation
import Testing

// MARK: - Helpers shared by the FactText tests

/// Tokenizes a text into a document and returns it.
func analyzed(_ text: String, _ language: Language = .french) -> Document {
    TextAnalyzer.analyze(id: "test", text: text, language: language)
}

/// The token texts of a text.
func tokenTexts(_ text: String, _ language: Language = .french) -> [String] {
    analyzed(text, language).tokens.map(\.text)
}

/// Records an issue for every token whose text is not the substring its offsets cover, or whose
/// boundaries fall inside a grapheme cluster or on whitespace.
func expectOffsetsHold(_ document: Document, sourceLocation: SourceLocation = #_sourceLocation) {
    var previousEnd = 0
    for token in document.tokens {
        #expect(document.text(from: token.start, to: token.end) == token.text,
                "token \(token.text) at \(token.start)-\(token.end)", sourceLocation: sourceLocation)
        #expect(token.start >= previousEnd, sourceLocation: sourceLocation)
        #expect((try? document.validate(token.span)) != nil, "token \(token.text) at \(token.start)", sourceLocation: sourceLocation)
        let followedBySpace = token.end < document.length && document.scalars[token.end].properties.isWhitespace
        #expect(token.spaceAfter == followedBySpace, sourceLocation: sourceLocation)
        previousEnd = token.end
    }
}

/// The package's root folder, found from this file's (symlink-resolved) path.
let packageRoot = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The repository's Examples folder.
let examplesFolder = packageRoot.appendingPathComponent("Examples")

/// The WiNER 2016 folder shared by the project's engineers (`../shared`), when present.
let winer2016Folder = packageRoot.deletingLastPathComponent()
    .appendingPathComponent("shared/data/winer-fr/2016")

/// True when the WiNER 2016 texts are available.
let winerAvailable = FileManager.default.fileExists(atPath: winer2016Folder.path)
