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
