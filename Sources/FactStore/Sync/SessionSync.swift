import FactFormats
import FactModel
import Foundation

/// Moves sessions between a JSON session folder and the team store, both ways, without loss:
/// a session is the same events, proposals, schema, article and times on both sides, so a
/// round trip gives back the same file byte for byte.
///
/// For each (article, annotator) found on either side: absent on one side, it is copied there;
/// when one side's events are the other's followed by more, the longer one is copied over the
/// shorter; equal, nothing happens; otherwise it is a conflict, reported and left alone.
public enum SessionSync {
    /// Which way to copy.
    public enum Direction: String, Sendable {
        /// Files to the store, and the store to files.
        case both
        /// Only files to the store.
        case toStore = "to-store"
        /// Only the store to files.
        case toFolder = "to-folder"
    }

    /// What a sync did.
    public struct Report: Sendable {
        /// Sessions copied or extended in the store (as `article/annotator`).
        public var toStore: [String] = []
        /// Session files written.
        public var toFolder: [String] = []
        /// Sessions already the same on both sides.
        public var same = 0
        /// Sessions that differ on both sides, with why.
        public var conflicts: [String] = []
    }

    /// Syncs `folder` (created when missing) with the store.
    public static func run(folder: String, store: PostgresStore, direction: Direction) throws(StoreError) -> Report {
        var report = Report()
        var files: [String: (path: String, session: Session)] = [:]
        if FileManager.default.fileExists(atPath: folder) {
            let paths: [String]
            do { paths = try GoldReader.sessionPaths([folder]) } catch { throw .refused(error.description) }
            for path in paths {
                let session: Session
                do { session = try SessionLoader.load(path: path) } catch { throw .refused(error.description) }
                let key = session.article.id + "/" + session.annotator
                if let other = files[key] { throw .refused("\(path) and \(other.path) are both \(key)'s session; keep one") }
                files[key] = (path, session)
            }
        }
        var stored: [String: PostgresStore.SessionRow] = [:]
        for row in try store.sessions() { stored[row.article + "/" + row.annotator] = row }
        for key in Set(files.keys).union(stored.keys).sorted() {
            let file = files[key]
            let inStore = try stored[key].map { row throws(StoreError) in try store.load(row) }
            switch (file, inStore) {
            case let (file?, nil):
                guard direction != .toFolder else { continue }
                try copyToStore(file.session, store: store)
                report.toStore.append(key)
            case let (nil, session?):
                guard direction != .toStore else { continue }
                report.toFolder.append(try copyToFolder(session, path: nil, folder: folder))
            case let (file?, session?):
                let a = file.session.events, b = session.events
                if a == b && file.session.status == session.status {
                    report.same += 1
                } else if a.count > b.count && Array(a.prefix(b.count)) == b {
                    guard direction != .toFolder else { continue }
                    try copyToStore(file.session, store: store)
                    report.toStore.append(key)
                } else if b.count > a.count && Array(b.prefix(a.count)) == a {
                    guard direction != .toStore else { continue }
                    report.toFolder.append(try copyToFolder(session, path: file.path, folder: folder))
                } else {
                    report.conflicts.append("\(key): \(file.path) and the store diverge after event \(zip(a, b).prefix { $0 == $1 }.count); neither is copied")
                }
            default: continue
            }
        }
        return report
    }

    private static func copyToStore(_ session: Session, store: PostgresStore) throws(StoreError) {
        let record = session.article
        let article = Article(id: record.id, text: record.text, meta: record.meta, source: record.source, path: record.source)
        try store.put(article, sha256: record.sha256)
        let storage = try PostgresSessionStorage(store: store, article: record.id, annotator: session.annotator)
        defer { storage.close() }
        do { try storage.save(session) } catch { throw .refused(error.description) }
    }

    private static func copyToFolder(_ session: Session, path: String?, folder: String) throws(StoreError) -> String {
        let record = session.article
        let article = Article(id: record.id, text: record.text, meta: record.meta, source: record.source, path: record.source)
        let target = path ?? SessionNaming.path(for: article, annotator: session.annotator, folder: folder)
        do {
            let file = try SessionStore(path: target)
            defer { file.close() }
            try file.save(session)
        } catch { throw .refused(error.description) }
        return target
    }
}
