import Foundation
import GRDB
import NewsCore

/// A corpus index in one SQLite file, through GRDB, in WAL mode: readers never wait for a writer,
/// and every update is one transaction, so a crash or a kill part way leaves the previous index.
public final class SQLiteCorpusStore: CorpusStore {
    public let path: String
    /// Whether the file was opened read-only (a location that cannot be written).
    public let isReadOnly: Bool
    let database: any DatabaseWriter
    private let postingsCache = Cache<String, SearchIndex.Postings?>()
    private let documentsCache = Cache<Int, [ArticleSearchPart.Document]>()

    /// Opens (creating when missing) the index at `path` and applies pending migrations.
    /// `migrations` limits the schema (tests make older indexes with it).
    init(path: String, readOnly: Bool = false, migrations: Int = Schema.migrations.count) throws {
        var configuration = Configuration()
        configuration.readonly = readOnly
        configuration.busyMode = .timeout(30)
        configuration.label = "newsreader-index"
        configuration.prepareDatabase { db in
            // NORMAL in WAL mode syncs at checkpoints, not at every commit: a killed process
            // loses nothing, a power cut may lose the last update but never corrupts the file.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        self.path = path
        isReadOnly = readOnly
        if readOnly {
            database = try DatabaseQueue(path: path, configuration: configuration)
        } else {
            database = try DatabasePool(path: path, configuration: configuration)
            try Schema.migrator(upTo: migrations).migrate(database)
        }
    }

    // MARK: CorpusStore

    public func manifest() throws -> IndexManifest? {
        guard let blob = try read({ db in try Data.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'manifest'") }) else {
            return nil
        }
        return try IndexManifest(decoding: [UInt8](blob))
    }

    public func file(_ path: String) throws -> StoredFile? {
        try read { db -> StoredFile? in
            guard let row = try Row.fetchOne(db, sql: "SELECT stamp, problems FROM file WHERE path = ?", arguments: [path]) else {
                return nil
            }
            let stamp = try FileStamp(decoding: [UInt8](row["stamp"] as Data))
            let problems = try StoredProblem.decode([UInt8](row["problems"] as Data))
            let articles = try Data.fetchAll(db, sql: "SELECT article FROM file_article WHERE path = ? ORDER BY ordinal",
                                             arguments: [path]).map { [UInt8]($0) }
            return StoredFile(stamp: stamp, articles: articles, problems: problems)
        }
    }

    public func analyses(_ hashes: [String]) throws -> [String: StoredAnalysis] {
        try read { db in
            var found: [String: StoredAnalysis] = [:]
            let statement = try db.cachedStatement(
                sql: "SELECT extraction, search_documents, search_postings FROM analysis WHERE hash = ?")
            for hash in hashes {
                guard let row = try Row.fetchOne(statement, arguments: [hash]) else { continue }
                found[hash] = StoredAnalysis(extraction: [UInt8](row[0] as Data), searchDocuments: [UInt8](row[1] as Data),
                                             searchPostings: [UInt8](row[2] as Data))
            }
            return found
        }
    }

    public func extractions(_ hashes: [String]) throws -> [String: [UInt8]] {
        try read { db in
            var found: [String: [UInt8]] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT hash, extraction FROM analysis")
            let wanted = Set(hashes)
            while let row = try rows.next() {
                let hash: String = row[0]
                if wanted.contains(hash) { found[hash] = [UInt8](row[1] as Data) }
            }
            return found
        }
    }

    public func articles() throws -> [(hash: String, article: [UInt8])] {
        try read { db in
            var result: [(hash: String, article: [UInt8])] = []
            let rows = try Row.fetchCursor(db, sql: "SELECT hash, article FROM article ORDER BY position")
            while let row = try rows.next() { result.append((row[0], [UInt8](row[1] as Data))) }
            return result
        }
    }

    public func articleHashes() throws -> [String] {
        try read { db in try String.fetchAll(db, sql: "SELECT hash FROM article ORDER BY position") }
    }

    public func articleCount() throws -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM article") ?? 0 }
    }

    public func article(at position: Int) throws -> [UInt8]? {
        try read { db in
            try Data.fetchOne(db, sql: "SELECT article FROM article WHERE position = ?", arguments: [position]).map { [UInt8]($0) }
        }
    }

    public func claims() throws -> [UInt8] {
        try meta("claims") ?? []
    }

    public func readerTables() throws -> (headers: [UInt8], places: [UInt8], stories: [UInt8])? {
        guard let headers = try meta("reader-headers"), let places = try meta("reader-places"),
              let stories = try meta("reader-stories") else { return nil }
        return (headers, places, stories)
    }

    public func termStatistics() throws -> [UInt8]? {
        try meta("term-statistics")
    }

    public func extraction(at position: Int) throws -> [UInt8]? {
        try analysisColumn("extraction", ofArticle: position)
    }

    public func searchTables() throws -> (documents: [UInt8], facts: [UInt8]) {
        (try meta("search-documents") ?? [], try meta("search-facts") ?? [])
    }

    public func postings(_ term: String) -> SearchIndex.Postings? {
        postingsCache.value(for: term) {
            let blob = try? read { db in try Data.fetchOne(db, sql: "SELECT postings FROM posting WHERE term = ?", arguments: [term]) }
            return blob.flatMap { $0 }.flatMap { try? SearchIndex.Postings(decoding: [UInt8]($0)) }
        }
    }

    public func vocabulary() -> [(term: String, documents: Int)] {
        (try? read { db in
            var result: [(term: String, documents: Int)] = []
            let rows = try Row.fetchCursor(db, sql: "SELECT term, postings FROM posting")
            while let row = try rows.next() {
                var reader = ByteReader([UInt8]((row[1] as Data).prefix(10)))
                result.append((row[0], (try? reader.readVarint()).map(Int.init) ?? 0))
            }
            return result
        }) ?? []
    }

    public func searchDocuments(ofArticle article: Int) -> [ArticleSearchPart.Document] {
        documentsCache.value(for: article) {
            let blob = try? analysisColumn("search_documents", ofArticle: article)
            return blob.flatMap { $0 }.flatMap { try? ArticleSearchPart.decodeDocuments($0) } ?? []
        }
    }

    public func commit(_ update: IndexUpdate, finishing: () throws -> IndexUpdate.Linked) throws {
        guard !isReadOnly else { throw StoreError.unwritable(path: path, reason: "opened read-only") }
        try database.write { db in
            let paths = Set(update.manifest.files.map(\.path))
            for stale in try String.fetchAll(db, sql: "SELECT path FROM file") where !paths.contains(stale) {
                try db.execute(sql: "DELETE FROM file WHERE path = ?", arguments: [stale])
                try db.execute(sql: "DELETE FROM file_article WHERE path = ?", arguments: [stale])
            }
            for file in update.readFiles {
                try db.execute(sql: "DELETE FROM file_article WHERE path = ?", arguments: [file.stamp.path])
                try db.execute(sql: "INSERT OR REPLACE INTO file(path, stamp, problems) VALUES (?, ?, ?)",
                               arguments: [file.stamp.path, Data(file.stamp.encoded()), Data(StoredProblem.encode(file.problems))])
                let insert = try db.cachedStatement(sql: "INSERT INTO file_article(path, ordinal, article) VALUES (?, ?, ?)")
                for (ordinal, article) in file.articles.enumerated() {
                    try Blob.with(article) { try insert.execute(arguments: [file.stamp.path, ordinal, $0]) }
                }
            }
            // Articles: only positions whose content changed are written.
            var held: [Int: String] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT position, hash FROM article")
            while let row = try rows.next() { held[row[0]] = row[1] }
            let write = try db.cachedStatement(sql: "INSERT OR REPLACE INTO article(position, hash, article) VALUES (?, ?, ?)")
            for (position, entry) in update.articles.enumerated() where held[position] != entry.hash {
                try Blob.with(entry.article) { try write.execute(arguments: [position, entry.hash, $0]) }
            }
            try db.execute(sql: "DELETE FROM article WHERE position >= ?", arguments: [update.articles.count])
            let analysis = try db.cachedStatement(sql: """
                INSERT OR REPLACE INTO analysis(hash, extraction, search_documents, search_postings) VALUES (?, ?, ?, ?)
                """)
            for (hash, made) in update.newAnalyses {
                try Blob.with(made.extraction) { extraction in
                    try Blob.with(made.searchDocuments) { documents in
                        try Blob.with(made.searchPostings) { postings in
                            try analysis.execute(arguments: [hash, extraction, documents, postings])
                        }
                    }
                }
            }
            try db.execute(sql: "DELETE FROM analysis WHERE hash NOT IN (SELECT hash FROM article)")
            try db.execute(sql: "DELETE FROM posting")
            let posting = try db.cachedStatement(sql: "INSERT INTO posting(term, postings) VALUES (?, ?)")
            for entry in update.postings { try Blob.with(entry.postings) { try posting.execute(arguments: [entry.term, $0]) } }
            try setMeta(db, "search-documents", update.searchDocuments)
            try setMeta(db, "search-facts", update.searchFacts)
            let linked = try finishing()
            try setMeta(db, "claims", linked.claims)
            try setMeta(db, "reader-headers", linked.readerHeaders)
            try setMeta(db, "reader-places", linked.readerPlaces)
            try setMeta(db, "reader-stories", linked.stories)
            try setMeta(db, "term-statistics", linked.termStatistics)
            try setMeta(db, "manifest", update.manifest.encoded())
        }
        postingsCache.removeAll()
        documentsCache.removeAll()
    }

    // MARK: Helpers

    private func read<T>(_ body: (Database) throws -> T) throws -> T {
        try database.read(body)
    }

    /// One column (`extraction`, `search_documents`) of the analysis of the article at a position.
    private func analysisColumn(_ column: String, ofArticle position: Int) throws -> [UInt8]? {
        try read { db in
            try Data.fetchOne(db, sql: """
                SELECT \(column) FROM analysis JOIN article ON article.hash = analysis.hash WHERE article.position = ?
                """, arguments: [position]).map { [UInt8]($0) }
        }
    }

    /// A meta blob, copied once from SQLite's buffer (tens of megabytes at 100k articles).
    private func meta(_ key: String) throws -> [UInt8]? {
        try read { db in
            let cursor = try Row.fetchCursor(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [key])
            guard let row = try cursor.next() else { return nil }
            return try row.withUnsafeData(atIndex: 0) { data in data.map { [UInt8]($0) } }
        }
    }

    private func setMeta(_ db: Database, _ key: String, _ value: [UInt8]) throws {
        try Blob.with(value) { try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", arguments: [key, $0]) }
    }

    /// Checks the whole file (`PRAGMA quick_check`); throws `StoreError.damaged` with SQLite's answer.
    func quickCheck() throws {
        let answer = try read { db in try String.fetchAll(db, sql: "PRAGMA quick_check(5)") }
        guard answer == ["ok"] else { throw StoreError.damaged(path: path, reason: answer.joined(separator: "; ")) }
    }
}

/// A small lock-protected memo for values read from the store while searching.
final class Cache<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Key: Value] = [:]

    func value(for key: Key, make: () -> Value) -> Value {
        lock.lock()
        if let value = values[key] {
            lock.unlock()
            return value
        }
        lock.unlock()
        let value = make()
        lock.lock()
        if values.count > 4_096 { values.removeAll() }
        values[key] = value
        lock.unlock()
        return value
    }

    func removeAll() {
        lock.lock()
        values.removeAll()
        lock.unlock()
    }
}
