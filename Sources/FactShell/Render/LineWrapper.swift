/// Wraps the shell's lines at spaces to the terminal's width, so that the terminal never cuts
/// a word or an id in two (`TIME m2` / `1.` once read as m2 1).
///
/// Colour escapes take no columns. No-break spaces (U+00A0), which the renderer puts inside
/// each annotation mark, never break and are written as plain spaces. Continuation lines are
/// indented two columns past the line's own indentation.
public enum LineWrapper {
    /// The text wrapped to `width` columns (each of its own lines separately); with no width,
    /// only the no-break spaces are turned into spaces.
    public static func wrap(_ text: String, width: Int?) -> String {
        guard let width, width >= 20 else { return SafeText.replacing("\u{00A0}", with: " ", in: text) }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { wrapLine(Substring($0), width: width) }
            .joined(separator: "\n")
    }

    private static func wrapLine(_ line: Substring, width: Int) -> String {
        let leading = line.prefix(while: { $0 == " " })
        let indent = min(leading.count + 2, width / 3)
        var lines: [String] = []
        var current = String(leading)
        var currentWidth = leading.count
        var atStart = true
        for word in line.dropFirst(leading.count).split(separator: " ", omittingEmptySubsequences: false) {
            let wordWidth = columns(word)
            if !atStart && currentWidth > indent && currentWidth + 1 + wordWidth > width {
                lines.append(current)
                current = String(repeating: " ", count: indent)
                currentWidth = indent
            } else if !atStart {
                current += " "
                currentWidth += 1
            }
            current += word
            currentWidth += wordWidth
            atStart = false
        }
        lines.append(current)
        return SafeText.replacing("\u{00A0}", with: " ", in: lines.joined(separator: "\n"))
    }

    /// Columns a piece of text takes: characters, less colour escapes (`ESC [ … m`).
    static func columns(_ text: Substring) -> Int {
        var count = 0
        var inEscape = false
        for character in text {
            if inEscape {
                if character.isLetter { inEscape = false }
            } else if character == "\u{1B}" {
                inEscape = true
            } else {
                count += 1
            }
        }
        return count
    }
}
