/// Annotation ids: a layer letter and a number (`m12` for a mention, `c3` for a claim).
public enum AnnotationID {
    /// The number of an id (`m12` → 12), or nil when the id is not a letter and a number.
    public static func number(of id: String) -> Int? {
        let digits = id.dropFirst()
        guard let letter = id.first, letter.isLetter, !digits.isEmpty, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber)
        else { return nil }
        return Int(digits)
    }

    /// True when `id` looks like an annotation id, in any case (`m3`, `C12`).
    public static func isValid(_ id: String) -> Bool {
        guard let letter = id.lowercased().first, letter == "m" || letter == "c" else { return false }
        return number(of: id) != nil
    }

    /// Orders ids by layer, then by number, so that `m2` comes before `m10`.
    public static func areInIncreasingOrder(_ lhs: String, _ rhs: String) -> Bool {
        (lhs.prefix(1), number(of: lhs) ?? 0, lhs) < (rhs.prefix(1), number(of: rhs) ?? 0, rhs)
    }
}
