import FactFormats
import FactModel
import Foundation

/// The team's work queue: articles routed to N analysts each.
///
/// An analyst asks for work with `claim(for:)`: their own unfinished claim first, else the
/// first article (in the order it was queued) that they have never claimed and that has fewer
/// than N live claims (done, or claimed and touched within the claim's timeout). Rows are taken
/// with `SELECT … FOR UPDATE SKIP LOCKED`, and the count is taken again once the row is locked,
/// so two analysts claiming at once never wait on each other and never over-fill an article.
/// Every saved decision touches the claim; a claim untouched for its timeout stops counting, so
/// the article goes to someone else (the abandoned session stays in the store).
public struct WorkQueue {
    let store: PostgresStore
    private var connection: PGConnection { store.connection }

    /// A queue over a store.
    public init(store: PostgresStore) { self.store = store }

    /// Queues articles (storing them), each for `perArticle` analysts; an article already
    /// queued takes the new count and timeout. Returns how many were new to the queue.
    @discardableResult
    public func add(_ articles: [Article], perArticle: Int, claimTimeout: Int) throws(StoreError) -> Int {
        guard perArticle > 0 else { throw .refused("--per-article must be at least 1") }
        guard claimTimeout > 0 else { throw .refused("--claim-timeout must be at least 1 second") }
        var added = 0
        try connection.transaction { () throws(StoreError) in
            for article in articles {
                try store.put(article, sha256: store.document(for: article).sha256)
                let rows = try connection.execute("""
                    INSERT INTO queue_items (article_id, per_article, claim_timeout) VALUES ($1, $2, make_interval(secs => $3))
                    ON CONFLICT (article_id) DO UPDATE SET per_article = EXCLUDED.per_article, claim_timeout = EXCLUDED.claim_timeout
                    RETURNING (xmax = 0)
                    """, [article.id, String(perArticle), String(claimTimeout)])
                if rows.first?.first == "t" { added += 1 }
            }
        }
        return added
    }

    private static let live = "(a.state = 'done' OR (a.state = 'claimed' AND a.touched > now() - q.claim_timeout))"

    /// The next article for `annotator` (claimed for them), or nil when the queue has none left.
    public func claim(for annotator: String) throws(StoreError) -> Article? {
        let id: String? = try connection.transaction { () throws(StoreError) -> String? in
            // Their own open claim first: resumed while the article still has room for them.
            let own = try connection.execute("""
                SELECT a.article_id FROM assignments a JOIN queue_items q USING (article_id)
                WHERE a.annotator = $1 AND a.state = 'claimed' ORDER BY q.position FOR UPDATE OF q, a
                """, [annotator])
            for row in own {
                let article = row[0]!
                if try liveOthers(article, annotator) < perArticle(article) {
                    try connection.execute("UPDATE assignments SET touched = now() WHERE article_id = $1 AND annotator = $2", [article, annotator])
                    return article
                }
                try connection.execute("UPDATE assignments SET state = 'expired' WHERE article_id = $1 AND annotator = $2", [article, annotator])
            }
            var skipped: [String] = []
            while true {
                let rows = try connection.execute("""
                    SELECT q.article_id FROM queue_items q
                    WHERE NOT EXISTS (SELECT 1 FROM assignments a WHERE a.article_id = q.article_id AND a.annotator = $1)
                      AND (SELECT count(*) FROM assignments a WHERE a.article_id = q.article_id AND \(WorkQueue.live)) < q.per_article
                      AND NOT (q.article_id = ANY($2::text[]))
                    ORDER BY q.position LIMIT 1 FOR UPDATE OF q SKIP LOCKED
                    """, [annotator, WorkQueue.arrayLiteral(skipped)])
                guard let article = rows.first?[0] else { return nil }
                // Counted again under the row lock: a claim committed since this statement's
                // snapshot is seen now.
                if try liveOthers(article, annotator) < perArticle(article) {
                    try connection.execute("""
                        INSERT INTO assignments (article_id, annotator, state) VALUES ($1, $2, 'claimed')
                        """, [article, annotator])
                    return article
                }
                skipped.append(article)
            }
        }
        guard let id else { return nil }
        guard let article = try store.article(id: id) else { throw .data("queued article '\(id)' is not stored") }
        return article
    }

    private func liveOthers(_ article: String, _ annotator: String) throws(StoreError) -> Int {
        let rows = try connection.execute("""
            SELECT count(*) FROM assignments a JOIN queue_items q USING (article_id)
            WHERE a.article_id = $1 AND a.annotator <> $2 AND \(WorkQueue.live)
            """, [article, annotator])
        return Int(rows.first?.first.flatMap { $0 } ?? "0") ?? 0
    }

    private func perArticle(_ article: String) throws(StoreError) -> Int {
        let rows = try connection.execute("SELECT per_article FROM queue_items WHERE article_id = $1", [article])
        return Int(rows.first?.first.flatMap { $0 } ?? "0") ?? 0
    }

    /// A text array literal (`{"a","b"}`) for a `$n::text[]` parameter.
    static func arrayLiteral(_ values: [String]) -> String {
        "{" + values.map { "\"" + $0.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\"" }
            .joined(separator: ",") + "}"
    }
}
