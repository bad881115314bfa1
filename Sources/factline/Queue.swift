import ArgumentParser
import FactFormats
import FactModel
import FactShell
import FactStore
import Foundation

/// `factline queue`: route a corpus to the team's analysts through the store.
struct Queue: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Route articles to analysts through the team store: add a corpus, see progress.",
        discussion: """
            Each analyst then runs `factline annotate --store URL --annotator NAME` with no \
            article: the store hands them the next article routed to them (never one they \
            have seen), until each article has reached --per-article analysts. A claim left \
            untouched for --claim-timeout seconds (no decision saved) stops counting, and the \
            article goes to someone else; the abandoned session stays in the store.

            EXAMPLES:
              factline queue add corpus.jsonl --per-article 2 --store postgres://ana@db/newsroom
              factline queue status --store postgres://ana@db/newsroom
            """,
        subcommands: [QueueAdd.self, QueueStatusCommand.self])
}

/// `factline queue add`.
struct QueueAdd: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Store articles and queue each for N analysts.")

    @Argument(help: "Articles: .txt, .md, .json or .jsonl files.", completion: .file(extensions: ["txt", "md", "json", "jsonl"]))
    var articles: [String]

    @Option(help: "How many analysts annotate each article.")
    var perArticle: Int = 2

    @Option(help: "Seconds after which an untouched claim expires.")
    var claimTimeout: Int = 1800

    @Option(help: "The team store (default: $FACTLINE_STORE).")
    var store: String?

    func run() throws {
        var all: [Article] = []
        for path in articles {
            do { all += try ArticleReader.read(path: path) } catch { throw UserError("\(error)") }
        }
        let team = try TeamStore.required(store, for: "queue add")
        defer { team.close() }
        let added: Int
        do { added = try WorkQueue(store: team).add(all, perArticle: perArticle, claimTimeout: claimTimeout) } catch { throw UserError(error.description) }
        print("queued \(added) new article(s) (\(all.count - added) already queued, updated) for \(perArticle) analyst(s) each in \(team.displayURL)")
    }
}

/// `factline queue status`.
struct QueueStatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "status", abstract: "Progress per analyst and per article.")

    @Option(help: "The team store (default: $FACTLINE_STORE).")
    var store: String?

    @Flag(help: "Print JSON instead of text.")
    var json = false

    func run() throws {
        let team = try TeamStore.required(store, for: "queue status")
        defer { team.close() }
        let status: QueueStatus
        do { status = try QueueStatus.read(team) } catch { throw UserError(error.description) }
        if json {
            let object: [String: Any] = [
                "analysts": status.analysts.map { ["annotator": $0.annotator, "done": $0.done, "active": $0.active, "expired": $0.expired, "decisions": $0.decisions] },
                "articles": status.items.map { ["article": $0.article, "per_article": $0.perArticle, "done": $0.done, "active": $0.active, "expired": $0.expired] },
            ]
            let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .prettyPrinted])
            FileHandle.standardOutput.write(data + Data("\n".utf8))
            return
        }
        let finished = status.items.filter { $0.done.count >= $0.perArticle }.count
        print("\(status.items.count) article(s) queued · \(finished) reached every analyst they need")
        print("per analyst:")
        for a in status.analysts {
            print("  \(SafeText.escape(a.annotator)): \(a.done) done · \(a.active) in progress · \(a.expired) expired · \(a.decisions) decisions")
        }
        print("per article:")
        for item in status.items {
            func names(_ list: [String]) -> String { list.map(SafeText.escape).joined(separator: ", ") }
            var line = "  \(SafeText.escape(item.article)): \(item.done.count)/\(item.perArticle) done"
            if !item.done.isEmpty { line += " (\(names(item.done)))" }
            if !item.active.isEmpty { line += " · in progress: \(names(item.active))" }
            if !item.expired.isEmpty { line += " · expired: \(names(item.expired))" }
            print(line)
        }
    }
}
