// MARK: - Scalar classification

/// The classes the tokenizer and sentence splitter distinguish. Kept internal: callers see
/// `TokenKind` on tokens.
enum ScalarClass {
    case whitespace
    case letter
    case digit
    case mark
    case punctuation
    case other
}

extension Unicode.Scalar {
    /// The scanner's class of a scalar, with an ASCII fast path because most news text is ASCII
    /// and `properties` lookups are several times slower.
    @inline(__always)
    var scanClass: ScalarClass {
        let v = value
        if v < 0x80 {
            switch v {
            case 0x61...0x7A, 0x41...0x5A: return .letter
            case 0x30...0x39: return .digit
            case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C: return .whitespace
            case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E:
                // `$ + < = > ^ ` | ~` are symbols in Unicode, but the tokenizer treats all
                // ASCII non-alphanumerics alike: one token per character (or per run).
                return .punctuation
            default: return .other
            }
        }
        let properties = self.properties
        if properties.isWhitespace { return .whitespace }
        switch properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
            return .letter
        case .decimalNumber, .letterNumber, .otherNumber:
            // Superscripts and fractions (`²`, `½`) count as digits so `m²` stays readable.
            return .digit
        case .nonspacingMark, .spacingMark, .enclosingMark:
            return .mark
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return .punctuation
        default:
            return .other
        }
    }

    /// True for letters, digits and combining marks: what words are made of.
    @inline(__always)
    var isWordScalar: Bool {
        switch scanClass {
        case .letter, .digit, .mark: return true
        default: return false
        }
    }

    /// True for `'`, `’` and `ʼ`, the apostrophes French and English elision use.
    @inline(__always)
    var isApostrophe: Bool { value == 0x27 || value == 0x2019 || value == 0x2BC }

    /// True for `-` and the non-breaking hyphen U+2011, which join compound words.
    @inline(__always)
    var isHyphen: Bool { value == 0x2D || value == 0x2011 || value == 0x2010 }

    /// True for upper- and title-case letters.
    @inline(__always)
    var isUppercaseLetter: Bool {
        if value < 0x80 { return value >= 0x41 && value <= 0x5A }
        let category = properties.generalCategory
        return category == .uppercaseLetter || category == .titlecaseLetter
    }

    /// True for line and paragraph breaks: a sentence never spans one.
    @inline(__always)
    var isLineBreak: Bool {
        value == 0x0A || value == 0x0D || value == 0x0B || value == 0x0C || value == 0x85
            || value == 0x2028 || value == 0x2029
    }
}
