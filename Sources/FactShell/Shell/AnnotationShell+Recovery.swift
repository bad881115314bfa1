import FactFormats
import FactModel
import Foundation

// MARK: - When saving fails: say so, and say how to get back to saving

extension AnnotationShell {
    /// What to do about a failed save, appended to the "dropped" message.
    func recoveryHint(for error: any Error) -> String {
        guard case FormatError.changedOnDisk = error else { return "" }
        return "; type reload to take the file as it is now (then type the dropped decisions again), or quit and look at the file"
    }

    /// Reads the session file and its journal again, after another program changed them: the
    /// shell takes what is on disk as the session and can save again. Decisions dropped since the
    /// change are not in it; the analyst types them again.
    func reload() throws(ShellError) {
        let loaded: SessionLoader.Loaded
        do { loaded = try SessionLoader.loadReporting(path: sessionPath) } catch {
            throw ShellError("cannot reload: \(error.description); the session in this shell is unchanged")
        }
        guard loaded.session.article.sha256 == session.article.sha256 else {
            throw ShellError("cannot reload: \(sessionPath) now holds another article's session (sha256 \(loaded.session.article.sha256.prefix(12))…)")
        }
        let before = session.events.count
        session = loaded.session
        store.adoptFilesOnDisk()
        for note in loaded.notes + store.openingNotes { output.line(renderer.style.error("note: ") + SafeText.escape(note)) }
        if let focus, extent(of: focus) == nil { self.focus = nil }
        if focus == nil || session.state.review(of: focus!)?.status != .pending { focusFirstPending() }
        let dropped = droppedDecisions > 0 ? " · \(droppedDecisions) decision(s) dropped in this run are not in it: type them again" : ""
        output.line(renderer.style.success("reloaded") + " \(SafeText.escape(sessionPath)): \(session.events.count) events (this shell had \(before))" + dropped)
    }

    /// What `quit` says: "saved" only when every decision of the run is on disk. Folds the
    /// journal into the snapshot first, so that a session at rest is one file.
    func farewell() -> String {
        var problem: String?
        if store.hasJournal {
            do { try store.save(session) } catch {
                problem = "the journal could not be folded into \(sessionPath) (\(error.description)); the decisions stay in \(SessionJournal.path(for: sessionPath)), which loads with it"
            }
        }
        let progress = renderer.progress(session.state)
        if droppedDecisions > 0 {
            return renderer.style.error("not everything was saved: ") + "\(droppedDecisions) decision(s) of this run were dropped (see the errors above); \(SafeText.escape(sessionPath)) holds the others · " + progress
        }
        if let problem { return renderer.style.error("saved in the journal only: ") + SafeText.escape(problem) + " · " + progress }
        return "saved \(SafeText.escape(sessionPath)) · " + progress
    }
}
