import FactFormats
import FactModel
import FactText
import Foundation
import Testing
@testable import FactStore

// The team store: URL handling, the migration list, and (with FACTLINE_TEST_PG) a real server.

@Test func passwordsAreRedactedFromMessages() {
    #expect(redactedURL("postgres://ana:secret@db.example/factline") == "postgres://ana:***@db.example/factline")
    #expect(redactedURL("postgres://ana@db.example/factline") == "postgres://ana@db.example/factline")
    #expect(isPostgresURL("postgresql://x/y") && !isPostgresURL("Sessions"))
}

@Test func migrationsAreNumberedInOrder() {
    #expect(Migrations.all.map(\.version) == Array(1...Migrations.all.count))
}

@Test func anUnreachableServerIsOneLine() {
    do {
        _ = try PostgresStore(url: "postgres://nobody:pw@127.0.0.1:1/none?connect_timeout=2")
        Issue.record("connected to port 1")
    } catch {
        #expect(!error.description.contains("\n"))
        #expect(error.description.contains("***") && !error.description.contains("pw@"))
    }
}

@Test func eventsRoundTripThroughTheDatabase() throws {
    guard let url = ProcessInfo.processInfo.environment["FACTLINE_TEST_PG"] else {
        print("skipped: set FACTLINE_TEST_PG=postgres://… to run the store against a server")
        return
    }
    let store = try PostgresStore(url: url)
    defer { store.close() }
    let id = "unit-\(UUID().uuidString.prefix(8))"
    let article = Article(id: id, text: "Paul Martin est à Paris. Il parle.", source: "unit", path: "unit")
    let document = store.document(for: article, language: .french)
    let opened = try store.open(article: article, document: document, annotator: "unit")
    #expect(opened.session == nil)
    let mention = MentionProposal(label: "PER", start: 0, end: 11, text: "Paul Martin", score: 1, rule: "unit")
    var session = Session(document: document, source: "unit", schema: .news, proposer: ProposerRecord(name: "unit", version: "1"),
                          proposals: ProposalSet(mentions: [mention]).numbered(), annotator: "unit")
    try opened.storage.save(session)
    let event = try session.record(.accept(ids: ["m1"]))
    try opened.storage.append(event, of: session)
    #expect(opened.storage.hasJournal)
    // Another connection (another shell) cannot open the session while it is held.
    let other = try PostgresStore(url: url)
    defer { other.close() }
    #expect(throws: FormatError.self) { _ = try other.open(article: article, document: document, annotator: "unit") }
    opened.storage.close()
    let row = try #require(try store.sessions(article: id).first)
    let loaded = try store.load(row)
    #expect(try SessionFile(loaded).encoded() == SessionFile(session).encoded())
}
