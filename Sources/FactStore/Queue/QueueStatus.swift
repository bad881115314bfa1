import Foundation

/// Progress of the work queue, per analyst and per article.
public struct QueueStatus: Sendable {
    /// One analyst's work.
    public struct Analyst: Sendable {
        /// Who.
        public var annotator: String
        /// Articles finished (`done`).
        public var done: Int
        /// Articles claimed and touched within their timeout.
        public var active: Int
        /// Claims that timed out (abandoned).
        public var expired: Int
        /// Decisions saved in all their sessions of queued articles.
        public var decisions: Int
    }

    /// One article's routing.
    public struct Item: Sendable {
        /// The article's id.
        public var article: String
        /// How many analysts it should reach.
        public var perArticle: Int
        /// Analysts who finished it.
        public var done: [String]
        /// Analysts working on it now.
        public var active: [String]
        /// Analysts whose claim timed out.
        public var expired: [String]
    }

    /// Per analyst, by name.
    public var analysts: [Analyst]
    /// Per article, in queue order.
    public var items: [Item]

    /// Reads the queue's state.
    public static func read(_ store: PostgresStore) throws(StoreError) -> QueueStatus {
        let connection = store.connection
        let rows = try connection.execute("""
            SELECT q.article_id, q.per_article, a.annotator,
                   CASE WHEN a.state = 'claimed' AND a.touched <= now() - q.claim_timeout THEN 'expired' ELSE a.state END
            FROM queue_items q LEFT JOIN assignments a USING (article_id) ORDER BY q.position, a.annotator
            """)
        var items: [Item] = [], index: [String: Int] = [:]
        var byAnalyst: [String: Analyst] = [:]
        for row in rows {
            let id = row[0]!
            if index[id] == nil {
                index[id] = items.count
                items.append(Item(article: id, perArticle: Int(row[1]!) ?? 0, done: [], active: [], expired: []))
            }
            guard let who = row[2], let state = row[3] else { continue }
            var analyst = byAnalyst[who] ?? Analyst(annotator: who, done: 0, active: 0, expired: 0, decisions: 0)
            switch state {
            case "done": items[index[id]!].done.append(who); analyst.done += 1
            case "claimed": items[index[id]!].active.append(who); analyst.active += 1
            default: items[index[id]!].expired.append(who); analyst.expired += 1
            }
            byAnalyst[who] = analyst
        }
        let counts = try connection.execute("""
            SELECT s.annotator, sum(s.last_seq) FROM sessions s JOIN queue_items q USING (article_id) GROUP BY s.annotator
            """)
        for row in counts { if let who = row[0], byAnalyst[who] != nil { byAnalyst[who]!.decisions = Int(row[1] ?? "0") ?? 0 } }
        return QueueStatus(analysts: byAnalyst.values.sorted { $0.annotator < $1.annotator }, items: items)
    }
}
