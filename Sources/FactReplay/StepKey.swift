/// What a key pressed between two replay steps asks for.
public enum StepKey: Equatable, Sendable {
    /// Enter, space, n, j, → or ↓: show the next step (Enter after digits jumps to that decision).
    case next
    /// b, p, k, ← or ↑: show the previous step.
    case back
    /// c: the next correction (a relabel, resize, add, delete or claim edit).
    case nextCorrection
    /// A digit, building the number of a decision to jump to.
    case digit(Int)
    /// Backspace: forget the last digit typed.
    case erase
    /// q, Esc or the end of input: stop stepping (the summary still follows).
    case stop
    /// Ctrl-C: stop at once, as an interrupt.
    case interrupt
    /// Any other key (an arrow, a letter, a pasted word): ignored, with a hint.
    case other

    /// Classifies the bytes of one key press as read from a terminal in non-canonical mode
    /// (an arrow key or a non-ASCII letter arrives as several bytes at once); nil is end of input.
    public static func classify(_ bytes: [UInt8]?) -> StepKey {
        guard let bytes, !bytes.isEmpty else { return .stop }
        if bytes.count == 3, bytes[0] == 0x1B, bytes[1] == UInt8(ascii: "[") || bytes[1] == UInt8(ascii: "O") {
            switch bytes[2] {
            case UInt8(ascii: "C"), UInt8(ascii: "B"): return .next
            case UInt8(ascii: "D"), UInt8(ascii: "A"): return .back
            default: return .other
            }
        }
        guard bytes.count == 1 else { return .other }
        switch bytes[0] {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return .digit(Int(bytes[0] - UInt8(ascii: "0")))
        case 0x7F, 0x08: return .erase
        case UInt8(ascii: "b"), UInt8(ascii: "B"), UInt8(ascii: "p"), UInt8(ascii: "P"), UInt8(ascii: "k"), UInt8(ascii: "K"): return .back
        case UInt8(ascii: "c"), UInt8(ascii: "C"): return .nextCorrection
        case 0x0A, 0x0D, 0x20, UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "j"), UInt8(ascii: "J"): return .next
        case UInt8(ascii: "q"), UInt8(ascii: "Q"), 0x1B, 0x04: return .stop
        case 0x03: return .interrupt
        default: return .other
        }
    }

    /// Splits the bytes of one read into key presses: keys typed ahead or sent together
    /// (`q\n`) come apart, while an escape sequence (an arrow: ESC [ B) or a UTF-8 character
    /// stays one press.
    public static func presses(in bytes: [UInt8]) -> [[UInt8]] {
        var presses: [[UInt8]] = []
        var start = 0
        while start < bytes.count {
            var end = start + 1
            if bytes[start] == 0x1B, end < bytes.count {
                if bytes[end] == UInt8(ascii: "[") {   // CSI: parameters, then a byte in 0x40…0x7E
                    end += 1
                    while end < bytes.count, !(0x40...0x7E).contains(bytes[end]) { end += 1 }
                    end = min(end + 1, bytes.count)
                } else {
                    end = min(end + (bytes[end] == UInt8(ascii: "O") ? 2 : 1), bytes.count)
                }
            } else if bytes[start] >= 0xC0 {
                end = min(start + (bytes[start] >= 0xF0 ? 4 : bytes[start] >= 0xE0 ? 3 : 2), bytes.count)
            }
            presses.append(Array(bytes[start..<end]))
            start = end
        }
        return presses
    }
}
