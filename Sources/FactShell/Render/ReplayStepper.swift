import FactFormats
import FactModel
import FactReplay

/// Walks through a session's decisions, each in its sentence with its time, annotator and what
/// it changed, forward and back (`replay --step`).
public struct ReplayStepper {
    /// How annotations are drawn.
    public var renderer: AnnotationRenderer
    /// Where lines go.
    public var output: any ShellOutput

    /// Makes a stepper.
    public init(renderer: AnnotationRenderer, output: any ShellOutput) {
        self.renderer = renderer
        self.output = output
    }

    /// How a walk through the steps ended.
    public enum Outcome: Sendable {
        /// The last step was shown (or, without keys, every step).
        case finished
        /// The analyst stopped (q, Esc, end of input).
        case stopped
        /// The analyst pressed Ctrl-C.
        case interrupted
    }

    /// Shows the steps. With `keys` (a terminal), it waits after each for one key: next, back,
    /// the next correction, a decision number then Enter, or q; without, it prints them all.
    @discardableResult
    public func walk(_ session: Session, keys: (() -> [UInt8]?)?) -> Outcome {
        let steps = Replay.steps(of: session)
        var cursor = ReplayCursor(session: session, steps: steps)
        guard let keys else {
            for index in steps.indices {
                cursor.move(to: index + 1)
                show(steps[index], cursor: cursor, session: session)
            }
            return .finished
        }
        guard !steps.isEmpty else { return .finished }
        cursor.move(to: 1)
        show(steps[0], cursor: cursor, session: session)
        var typed = ""
        while true {
            output.write(prompt(typed: typed, at: cursor.position, of: steps.count))
            let key = StepKey.classify(keys())
            var target: Int?
            switch key {
            case .digit(let digit) where typed.count < 9:
                typed += String(digit)
                output.write("\r\u{1B}[K")
                continue
            case .digit: continue
            case .erase:
                typed = String(typed.dropLast())
                output.write("\r\u{1B}[K")
                continue
            case .next:
                if let number = Int(typed), let index = steps.firstIndex(where: { $0.event.seq == number }) {
                    target = index + 1
                } else if !typed.isEmpty {
                    output.line()
                    output.line(renderer.style.error("no decision #\(typed)") + " (1 to \(steps.last!.event.seq))")
                    typed = ""
                    continue
                } else {
                    target = cursor.position + 1
                }
            case .back: target = cursor.position - 1
            case .nextCorrection:
                target = steps.indices.first { $0 >= cursor.position && steps[$0].isCorrection }.map { $0 + 1 }
                if target == nil {
                    output.line()
                    output.line(renderer.style.dim("no correction after this step"))
                    continue
                }
            case .stop:
                output.line()
                return .stopped
            case .interrupt:
                output.line()
                return .interrupted
            case .other:
                output.write("\r" + renderer.style.dim("  [n/Enter: next · b: back · c: next correction · N Enter: go to #N · q: stop] "))
                continue
            }
            typed = ""
            output.line()
            guard let target, target >= 1, target <= steps.count else {
                output.line(renderer.style.dim(cursor.position <= 1 ? "this is the first decision" : "this was the last decision: q to see the summary"))
                continue
            }
            cursor.move(to: target)
            show(steps[target - 1], cursor: cursor, session: session)
        }
    }

    private func prompt(typed: String, at position: Int, of count: Int) -> String {
        renderer.style.dim("  [\(position)/\(count) · n: next · b: back · c: correction · q: stop]") + (typed.isEmpty ? " " : " go to #" + typed)
    }

    /// One step: its header, what it changed, and its sentence as it stood after it.
    private func show(_ step: ReplayStep, cursor: ReplayCursor, session: Session) {
        let event = step.event
        output.line(renderer.style.bold("#\(event.seq)") + " " + renderer.style.dim(SessionFile.timestamp(event.time) + " " + SafeText.escape(event.annotator)) + " " + ActionText.describe(event.action))
        for id in step.changedIDs {
            if step.before[id] != nil || step.after[id] != nil {
                let describe: (MentionAnnotation?) -> String = { $0.map { "\($0.mention.label) «\(SafeText.escape($0.mention.text))» \($0.review.status.rawValue)" } ?? "—" }
                output.line("    \(id): \(describe(step.before[id])) → \(describe(step.after[id]))")
            } else {
                let describe: (ClaimAnnotation?) -> String = { claim in
                    claim.map { "claim «\(SafeText.escape(ActionTextLimits.abridge($0.claim.content.text, to: 40)))» \($0.claim.stance.rawValue) \($0.review.status.rawValue)" } ?? "—"
                }
                output.line("    \(id): \(describe(step.claimsBefore[id])) → \(describe(step.claimsAfter[id]))")
            }
        }
        let document = session.document
        if let id = step.focusID, let claim = cursor.claims[id] ?? step.claimsBefore[id],
           let sentence = document.sentenceIndex(containing: claim.claim.extent.start) {
            output.line("    " + renderer.render(document.sentences[sentence].span, of: document, claim: claim))
        } else if let id = step.focusID, let mention = cursor.mentions[id] ?? step.before[id],
                  let sentence = document.sentenceIndex(containing: mention.mention.start) {
            let visible = Array(cursor.mentions.values) + (cursor.mentions[id] == nil ? [mention] : [])
            output.line("    " + renderer.render(document.sentences[sentence].span, of: document, mentions: visible, focus: id))
        }
    }
}
