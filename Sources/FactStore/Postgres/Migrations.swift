/// The database schema, as numbered migrations applied in order, each in its own transaction
/// and recorded in `factline_migrations` (version, name, when). A database newer than this
/// binary is refused rather than written.
public enum Migrations {
    /// One schema change.
    public struct Migration: Sendable {
        /// 1, 2, 3…
        public var version: Int
        /// What it does.
        public var name: String
        /// The statements, run in one transaction.
        public var statements: [String]
    }

    /// Every migration, oldest first.
    public static let all: [Migration] = [
        Migration(version: 1, name: "articles, sessions and events", statements: [
            """
            CREATE TABLE articles (
                id text PRIMARY KEY, text text NOT NULL, sha256 text NOT NULL,
                meta jsonb NOT NULL DEFAULT '{}', source text NOT NULL,
                added timestamptz NOT NULL DEFAULT now())
            """,
            """
            CREATE TABLE sessions (
                id bigserial PRIMARY KEY, article_id text NOT NULL REFERENCES articles(id),
                annotator text NOT NULL, status text NOT NULL,
                snapshot text NOT NULL, snapshot_seq integer NOT NULL, last_seq integer NOT NULL,
                updated timestamptz NOT NULL DEFAULT now(), UNIQUE (article_id, annotator))
            """,
            """
            CREATE TABLE events (
                session_id bigint NOT NULL REFERENCES sessions(id), seq integer NOT NULL,
                body text NOT NULL, stored timestamptz NOT NULL DEFAULT now(),
                PRIMARY KEY (session_id, seq))
            """,
        ]),
        Migration(version: 2, name: "work queue and claims", statements: [
            """
            CREATE TABLE queue_items (
                article_id text PRIMARY KEY REFERENCES articles(id),
                per_article integer NOT NULL CHECK (per_article > 0),
                claim_timeout interval NOT NULL, position bigserial)
            """,
            """
            CREATE TABLE assignments (
                article_id text NOT NULL REFERENCES queue_items(article_id), annotator text NOT NULL,
                state text NOT NULL CHECK (state IN ('claimed', 'done', 'expired')),
                claimed timestamptz NOT NULL DEFAULT now(), touched timestamptz NOT NULL DEFAULT now(),
                PRIMARY KEY (article_id, annotator))
            """,
            "CREATE INDEX assignments_by_annotator ON assignments (annotator, state)",
        ]),
    ]

    /// Applies the migrations the database lacks. Concurrent callers serialise on an advisory
    /// lock; a role without CREATE rights can use a database that is already up to date.
    public static func migrate(_ connection: PGConnection) throws(StoreError) {
        let latest = all.last!.version
        if try currentVersion(connection) == latest { return }
        for migration in all {
            try connection.transaction { () throws(StoreError) in
                try connection.execute("SELECT pg_advisory_xact_lock(7355608, 0)")
                try connection.execute("""
                    CREATE TABLE IF NOT EXISTS factline_migrations (
                        version integer PRIMARY KEY, name text NOT NULL, applied timestamptz NOT NULL DEFAULT now())
                    """)
                let done = try connection.execute("SELECT 1 FROM factline_migrations WHERE version = $1", [String(migration.version)])
                guard done.isEmpty else { return }
                for statement in migration.statements { try connection.execute(statement) }
                try connection.execute("INSERT INTO factline_migrations (version, name) VALUES ($1, $2)",
                                       [String(migration.version), migration.name])
            }
        }
        _ = try currentVersion(connection)
    }

    /// The highest applied version (0 for an empty database); refuses a newer database.
    static func currentVersion(_ connection: PGConnection) throws(StoreError) -> Int {
        let exists = try connection.execute("SELECT to_regclass('factline_migrations') IS NOT NULL")
        guard exists.first?.first == "t" else { return 0 }
        let rows = try connection.execute("SELECT coalesce(max(version), 0) FROM factline_migrations")
        let version = Int(rows.first?.first.flatMap { $0 } ?? "0") ?? 0
        if version > all.last!.version {
            throw .refused("the database's schema is version \(version), newer than this factline knows (\(all.last!.version)); upgrade factline")
        }
        return version
    }
}
