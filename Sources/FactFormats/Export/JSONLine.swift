import Foundation

/// One JSON object as a line of JSONL, with keys sorted (reproducible output) and every
/// invisible control written as `\uXXXX`.
///
/// Foundation escapes C0 controls but writes DEL, the C1 controls (U+0080–U+009F, among them
/// CSI, U+009B, which some terminals obey) and the bidirectional overrides raw, so an article's
/// text could steer the terminal that reads `factline propose` or `export` output. Inside JSON
/// these code points only occur in strings, where the escape means the same thing.
public enum JSONLine {
    /// The object's JSON, then a newline.
    public static func data(_ object: Any) throws -> Data {
        let raw = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        return Data(escapingInvisibles(String(decoding: raw, as: UTF8.self)).utf8) + Data([0x0A])
    }

    /// The text with DEL, C1 controls and bidirectional controls written as `\uXXXX`.
    public static func escapingInvisibles(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isInvisible) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isInvisible(scalar) {
                result.append(contentsOf: String(format: "\\u%04x", scalar.value).unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    private static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x7F...0x9F, 0x200E, 0x200F, 0x061C, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}
