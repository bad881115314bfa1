import ArgumentParser
import FactFormats
import FactModel
import FactProposers
import Foundation

// MARK: - `factline train --claims`: the attribution tagger from the analyst's claims

extension Train {
    /// Trains the claim tagger from the sessions given as sources (folders searched
    /// recursively, or files) in the `--lang` language and writes it to `--out` (FLCLAIM1).
    func trainClaims() throws {
        guard let out else { throw ValidationError("--out MODEL.flc is required") }
        guard !progressive, from == nil else { throw ValidationError("--claims trains from scratch: no --progressive or --from") }
        guard let language = Language(rawValue: lang) else { throw ValidationError("--lang must be fr or en") }
        var paths: [String] = []
        for source in sources {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: source, isDirectory: &isFolder) else { throw UserError("no such file or folder: \(source)") }
            paths += isFolder.boolValue ? ClaimLearning.sessionPaths(in: source, recursive: true) : [source]
        }
        var sessions: [Session] = []
        for path in paths {
            do { sessions.append(try SessionLoader.load(path: path)) } catch { throw UserError("\(path): \(error)") }
        }
        let inLanguage = sessions.filter { $0.document.language == language }
        let others = sessions.count - inLanguage.count
        if others > 0 {
            ClaimLearning.note("\(others) session(s) not in \(language.rawValue) left out (--lang chooses)")
        }
        let options = AnalystClaimTraining.Options(epochs: epochs, seed: seed)
        let started = Date()
        guard let outcome = AnalystClaimTraining.train(inLanguage.map(ClaimTrainingDocument.init(session:)), options: options) else {
            throw UserError("no decided claim to learn from in \(inLanguage.count) \(language.rawValue) session(s) of \(sources.joined(separator: " "))")
        }
        let data = AnalystClaimTraining.modelData(outcome, language: language, options: options)
        do { try data.write(to: URL(fileURLWithPath: out), options: .atomic) } catch {
            throw UserError("cannot write \(out): \(error.localizedDescription)")
        }
        let seconds = String(format: "%.2f", Date().timeIntervalSince(started))
        ClaimLearning.note("wrote \(out): claim tagger \(AnalystClaimTraining.version(ofModel: data) ?? "?") from \(outcome.articles) articles, "
            + "\(outcome.sentences) reviewed sentences, \(outcome.claims) claims in \(seconds) s (\(data.count / 1024) KiB)")
    }
}

/// Where the claim learning of the command line meets the sessions on disk.
enum ClaimLearning {
    /// Writes one line on standard error.
    static func note(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// The session files of a folder, in path order: `*.json` (not the copies `--rebase` puts
    /// aside), in sub-folders too with `recursive`, never in hidden folders (`.factline`).
    /// The folder's own level is what export and replay list (`GoldReader.sessionPaths`).
    static func sessionPaths(in folder: String, recursive: Bool) -> [String] {
        let isSession: (String) -> Bool = { $0.hasSuffix(".json") && !$0.hasSuffix(".before-rebase.json") }
        guard recursive else { return ((try? GoldReader.sessionPaths([folder])) ?? []).filter(isSession) }
        let names = (FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? [])
            .filter { !$0.split(separator: "/").contains { $0.hasPrefix(".") } }
        return names.filter(isSession).sorted().map { URL(fileURLWithPath: folder).appendingPathComponent($0).path }
    }

    /// The most session files `done` reads to retrain the claim tagger: the latest saved ones,
    /// so that its cost stops growing with the folder (`factline train --claims` reads them all).
    static let sessionsReadAtDone = 200

    /// The session files of a folder, most recently saved first, at most `limit` of them.
    static func latestSessionPaths(in folder: String, limit: Int) -> [String] {
        let dated = sessionPaths(in: folder, recursive: false).map { path in
            (path, (try? FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date) ?? .distantPast)
        }
        // Newest first; the path breaks ties, so the choice does not depend on the listing's order.
        return dated.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.prefix(limit).map(\.0)
    }

    /// What `done` does for the analyst's claim tagger: retrain it from the folder's done
    /// sessions of the article's language (this one as it stands; of the others, those among
    /// the `sessionsReadAtDone` latest saved) and save it. Returns the line the shell shows;
    /// sessions that cannot be read are left out, never fatal.
    static func learn(from session: Session, model: AnalystClaimModel, sessionsFolder: String) -> String? {
        let retraining: AnalystClaimModel.Retraining?
        do {
            retraining = try model.retrain(after: session) {
                latestSessionPaths(in: sessionsFolder, limit: sessionsReadAtDone).compactMap { try? SessionLoader.load(path: $0) }
            }
        } catch {
            return "the analyst claim tagger could not be saved: \(error.localizedDescription)"
        }
        guard let retraining, let version = retraining.version else { return nil }
        let articles = retraining.articles == 1 ? "1 done article" : "\(retraining.articles) done articles"
        return "analyst claim tagger \(retraining.language.rawValue) \(version) retrained on \(articles) (\(retraining.sentences) sentences) in "
            + String(format: "%.2f", retraining.seconds) + " s · saved to \(retraining.path)"
    }
}
