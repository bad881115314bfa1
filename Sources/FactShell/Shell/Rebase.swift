import FactFormats
import FactModel
import Foundation

/// Carries an analyst's decisions from a session of an earlier version of an article to a new
/// session of the changed article (`annotate --rebase OLD.json`): each accepted mention whose
/// text is still found, nearest to where it was, is accepted, relabelled or added again, with
/// its notes and flag; each rejected proposal the proposer makes again is rejected again.
/// What cannot be carried is listed, never dropped silently.
struct Rebase {
    /// One old annotation that could not be carried, and why.
    struct Loss: Equatable {
        /// The old id.
        var id: String
        /// What it was: `PER «Mark Rutte» 2040-2050`, `claim «…»`.
        var what: String
        var reason: String

        init(_ annotation: MentionAnnotation, reason: String) {
            id = annotation.id
            what = "\(annotation.mention.label) «\(annotation.mention.text)» \(annotation.mention.start)-\(annotation.mention.end)"
            self.reason = reason
        }

        init(_ annotation: ClaimAnnotation, reason: String) {
            id = annotation.id
            what = "claim «\(annotation.claim.content.text.prefix(60))»"
            self.reason = reason
        }
    }

    /// Decisions to record in the new session, in order.
    var actions: [Action] = []
    /// What was carried: old id → new id.
    var carried: [(old: String, new: String)] = []
    /// What was not.
    var losses: [Loss] = []

    /// Plans the carry-over from `old` onto the fresh `session`.
    init(from old: Session, onto session: Session) {
        let document = session.document
        let state = session.state
        var carriedSpans: [(id: String, span: TextSpan, text: String)] = state.mentions.values
            .filter { $0.review.status == .accepted }.map { ($0.id, $0.mention.span, $0.mention.text) }
        var used = Set<Int>()
        var shift = 0
        var nextNumber = session.state.nextMentionID.flatMap(AnnotationID.number(of:)) ?? 1
        var accepted: [String] = [], rejected: [String] = []
        let decided = old.annotations.mentions.filter { $0.review.status == .accepted || ($0.review.status == .rejected && $0.review.origin == .proposed) }
        for annotation in decided {
            let mention = annotation.mention
            let candidates = document.occurrences(of: mention.text).filter { !used.contains($0.start) }
            guard let span = candidates.min(by: { abs($0.start - mention.start - shift) < abs($1.start - mention.start - shift) }) else {
                if annotation.review.status == .accepted { losses.append(Loss(annotation, reason: "its text is no longer in the article")) }
                continue
            }
            let proposal = state.mentions.values.first { $0.review.origin == .proposed && $0.mention.span == span }
            if annotation.review.status == .rejected {
                if let proposal, proposal.mention.label == mention.label {
                    rejected.append(proposal.id)
                    carried.append((annotation.id, proposal.id))
                    used.insert(span.start)
                }
                continue
            }
            if let clash = carriedSpans.first(where: { $0.span.overlaps(span) }) {
                losses.append(Loss(annotation, reason: "it would overlap \(clash.id) «\(clash.text)»"))
                continue
            }
            used.insert(span.start)
            shift = span.start - mention.start
            let id: String
            if let proposal, proposal.mention.label == mention.label {
                id = proposal.id
                accepted.append(id)
            } else if let proposal {
                id = proposal.id
                actions.append(.relabel(id: id, label: mention.label))
            } else {
                id = "m\(nextNumber)"
                nextNumber += 1
                actions.append(.add(id: id, label: mention.label, start: span.start, end: span.end))
            }
            carriedSpans.append((id, span, mention.text))
            for note in annotation.review.notes { actions.append(.note(id: id, text: note)) }
            if annotation.review.flagged { actions.append(.flag(id: id, flagged: true)) }
            carried.append((annotation.id, id))
        }
        if !rejected.isEmpty { actions.insert(.reject(ids: rejected), at: 0) }
        if !accepted.isEmpty { actions.insert(.accept(ids: accepted), at: 0) }
        carryClaims(from: old, onto: session)
    }
}

extension AnnotationShell {
    /// The old session of a rebase, loaded and verified; when it sits where the new session
    /// goes (same article id, same annotator), it is first moved aside to
    /// `NAME.before-rebase.json`, so nothing is overwritten.
    static func prepareRebase(from path: String, queue: [Article], options: ShellOptions) throws(ShellError) -> (old: Session, movedAside: String?) {
        guard queue.count == 1 else { throw ShellError("--rebase takes one article, not a queue of \(queue.count)") }
        let old: Session
        do { old = try SessionLoader.load(path: path) } catch { throw ShellError(error.description) }
        let target = options.sessionPath ?? FactFormatsBridge.sessionPath(for: queue[0], options: options)
        guard sameFile(target, path) else { return (old, nil) }
        let store: SessionStore
        do { store = try SessionStore(path: path) } catch { throw ShellError(error.description) }
        defer { store.close() }
        // The journal's decisions go into the file that is moved aside.
        if store.hasJournal {
            do { try store.save(old) } catch { throw ShellError(error.description) }
        }
        let stem = path.hasSuffix(".json") ? String(path.dropLast(5)) : path
        var aside = stem + ".before-rebase.json"
        var number = 2
        while FileManager.default.fileExists(atPath: aside) {
            aside = stem + ".before-rebase-\(number).json"
            number += 1
        }
        do { try FileManager.default.moveItem(atPath: path, toPath: aside) } catch {
            throw ShellError("cannot move the old session aside to \(aside): \(error.localizedDescription)")
        }
        return (old, aside)
    }

    /// True when two paths name one file (same device and inode).
    private static func sameFile(_ first: String, _ second: String) -> Bool {
        var a = stat(), b = stat()
        return stat(first, &a) == 0 && stat(second, &b) == 0 && a.st_dev == b.st_dev && a.st_ino == b.st_ino
    }

    /// Records a planned carry-over in the open session, one decision at a time (each saved),
    /// then reports what was carried and what was not.
    func carryOver(from old: Session, path: String) {
        let plan = Rebase(from: old, onto: session)
        var failed = 0
        carryingOver = true
        defer { carryingOver = false }
        for action in plan.actions {
            do { try decide(action) } catch {
                failed += 1
                output.line(renderer.style.error("not carried: ") + ActionText.describe(action) + ": " + SafeText.escape(error.description))
            }
        }
        sideEffects = []
        output.line("rebased on \(SafeText.escape(path)): \(plan.carried.count) annotation(s) carried in \(plan.actions.count - failed) decision(s), \(plan.losses.count) not carried")
        for loss in plan.losses {
            output.line("  " + renderer.style.error("not carried ") + "\(loss.id) \(SafeText.escape(loss.what)): \(SafeText.escape(loss.reason))")
        }
        focusFirstPending()
    }
}
