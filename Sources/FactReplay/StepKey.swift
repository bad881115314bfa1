/// What a key pressed between two replay steps asks for.
public enum StepKey: Equatable, Sendable {
    /// Enter, space or n: show the next step.
    case next
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
        guard bytes.count == 1 else { return .other }
        switch bytes[0] {
        case 0x0A, 0x0D, 0x20, UInt8(ascii: "n"), UInt8(ascii: "N"): return .next
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

    /// Reads key presses until one is not `.other`, calling `stray` after each ignored one.
    /// `read` returns one key press's bytes, or nil at the end of input.
    public static func wait(read: () -> [UInt8]?, stray: () -> Void) -> StepKey {
        while true {
            let key = classify(read())
            guard key == .other else { return key }
            stray()
        }
    }
}
