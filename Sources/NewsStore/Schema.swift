import GRDB

/// The index's tables, as GRDB migrations. A new schema is a new migration appended here; an index
/// made with fewer migrations is migrated when it is opened, one made by a newer version is set
/// aside and rebuilt.
///
/// Blobs are encoded by NewsCore (`BinaryFormat`); the tables only key them.
enum Schema {
    static let migrations: [(name: String, apply: @Sendable (Database) throws -> Void)] = [
        ("v1", { db in
            try db.execute(sql: """
                CREATE TABLE meta(key TEXT PRIMARY KEY, value BLOB NOT NULL);
                CREATE TABLE file(path TEXT PRIMARY KEY, stamp BLOB NOT NULL, problems BLOB NOT NULL);
                CREATE TABLE file_article(path TEXT NOT NULL, ordinal INTEGER NOT NULL, article BLOB NOT NULL,
                                          PRIMARY KEY(path, ordinal));
                CREATE TABLE article(position INTEGER PRIMARY KEY, hash TEXT NOT NULL, article BLOB NOT NULL);
                CREATE TABLE analysis(hash TEXT PRIMARY KEY, extraction BLOB NOT NULL,
                                      search_documents BLOB NOT NULL, search_postings BLOB NOT NULL);
                CREATE TABLE posting(term TEXT PRIMARY KEY, postings BLOB NOT NULL);
                """)
        }),
        // Pruning analyses no article uses any more looks articles up by hash.
        ("v2-article-hash", { db in
            try db.execute(sql: "CREATE INDEX article_hash ON article(hash)")
        }),
    ]

    /// A migrator with the first `count` migrations (all by default; tests use fewer).
    static func migrator(upTo count: Int = migrations.count) -> DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for migration in migrations.prefix(count) {
            migrator.registerMigration(migration.name, migrate: migration.apply)
        }
        return migrator
    }
}
