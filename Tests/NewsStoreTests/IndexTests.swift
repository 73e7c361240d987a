import Foundation
import GRDB
import NewsCore
import Testing
@testable import NewsStore

/// A corpus folder of its own for one test: the five seeds, copied, which the test may edit.
/// The folder and its index are removed when the value goes away.
final class TestCorpus {
    let folder: String
    var indexPath: String { folder + "-index/index.sqlite" }

    init() throws {
        folder = NSTemporaryDirectory() + "newsstore-\(UUID().uuidString)"
        let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("seeds").path
        try FileManager.default.copyItem(atPath: seeds, toPath: folder)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: folder)
        try? FileManager.default.removeItem(atPath: folder + "-index")
    }

    var files: [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: folder).sorted().map { folder + "/" + $0 }) ?? []
    }

    func write(_ name: String, _ text: String) throws {
        try text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
    }
}

enum Fixtures {
    static let analyzer = try! TextAnalyzer.system()

    static func indexer() -> CorpusIndexer { CorpusIndexer(analyzer: analyzer) }

    /// Fresh in-memory analysis of a folder: what every index must equal.
    static func inMemory(_ folder: String) -> (claims: CorpusClaims, search: SearchIndex) {
        let articles = CorpusLoader().load([folder]).articles
        return (CorpusClaims(articles: articles, analyzer: analyzer), SearchIndex(articles: articles, analyzer: analyzer))
    }

    /// Claims as sets of "article-id:sentence" members, independent of numbering.
    static func claimSets(_ claims: CorpusClaims) -> Set<Set<String>> {
        Set(claims.linking.claims.map { claim in
            Set(claim.members.map { m in
                let mention = claims.linking.mentions[m]
                return "\(claims.articles[mention.article].id):\(mention.sentence):\(mention.clause?.description ?? "")"
            })
        })
    }

    static let queries = ["aset berharga", "kim", "korut OR korsel", "\"kekuatan musuh\"", "xi -kim", "speaker:xi", "outlet:okezone"]

    /// Every query's hits as "id:sentence score highlights".
    static func hits(_ search: SearchIndex) -> [[String]] {
        queries.map { query in
            ((try? search.search(try SearchQuery.parse(query), limit: 50)) ?? []).map { hit in
                "\(search.articles[hit.article].id):\(hit.sentence.map(String.init) ?? "title") "
                    + String(format: "%.4f", hit.score) + " \(hit.highlights)"
            }
        }
    }

    static func opened(_ store: SQLiteCorpusStore) throws -> (claims: CorpusClaims, search: SearchIndex) {
        (try IndexedCorpus.claims(from: store, analyzer: analyzer), try IndexedCorpus.search(from: store, analyzer: analyzer))
    }
}

@Suite("Persistent index")
struct IndexTests {
    @Test func anIndexGivesTheSameClaimsAndHitsAsMemory() throws {
        let corpus = try TestCorpus()
        let store = try IndexFile.open(corpus.indexPath) { _ in }
        let outcome = try Fixtures.indexer().update([corpus.folder], in: store)
        #expect(outcome.changes.articles == 5 && outcome.changes.articlesAnalysed == 5 && outcome.changes.filesRead == 5)
        let memory = Fixtures.inMemory(corpus.folder)
        let stored = try Fixtures.opened(store)
        #expect(Fixtures.claimSets(stored.claims) == Fixtures.claimSets(memory.claims))
        #expect(stored.claims.sourceCounts == memory.claims.sourceCounts)
        #expect(Fixtures.hits(stored.search) == Fixtures.hits(memory.search))
        #expect(Fixtures.hits(stored.search).contains { !$0.isEmpty })

        let again = try Fixtures.indexer().update([corpus.folder], in: store)
        #expect(again.changes.wasCurrent)
        #expect(again.built == nil)
        // The same files named another way are the same files.
        #expect(try Fixtures.indexer().update([corpus.folder + "/."], in: store).changes.wasCurrent)
    }

    @Test func anAddAnEditAndADeleteEqualABuildFromNothing() throws {
        let corpus = try TestCorpus()
        let store = try IndexFile.open(corpus.indexPath) { _ in }
        _ = try Fixtures.indexer().update([corpus.folder], in: store)

        let files = corpus.files
        try FileManager.default.removeItem(atPath: files[4])
        let edited = try String(contentsOfFile: files[1], encoding: .utf8)
            + "\nXi Jinping menegaskan hubungan kedua negara adalah aset berharga yang harus dijaga bersama.\n"
        try edited.write(toFile: files[1], atomically: true, encoding: .utf8)
        try corpus.write("zz-new.txt", """
            Kim dan Xi bertukar pesan lagi

            PYONGYANG - Kim Jong Un mengatakan kepada Xi Jinping bahwa hubungan kedua negara adalah aset berharga.
            Korea Utara menegaskan kembali dukungannya kepada China dalam menghadapi kekuatan musuh.
            """)

        let outcome = try Fixtures.indexer().update([corpus.folder], in: store)
        #expect(outcome.changes.filesRead == 2)
        #expect(outcome.changes.filesRemoved == 1)
        #expect(outcome.changes.articlesAnalysed == 2)
        #expect(outcome.changes.articlesAdded == 2 && outcome.changes.articlesRemoved == 2)
        #expect(outcome.changes.articles == 5)

        let fresh = try IndexFile.open(corpus.indexPath + ".fresh") { _ in }
        _ = try Fixtures.indexer().update([corpus.folder], in: fresh)
        let updated = try Fixtures.opened(store), rebuilt = try Fixtures.opened(fresh)
        #expect(Fixtures.claimSets(updated.claims) == Fixtures.claimSets(rebuilt.claims))
        #expect(Fixtures.hits(updated.search) == Fixtures.hits(rebuilt.search))
        #expect(Fixtures.hits(updated.search) == Fixtures.hits(Fixtures.inMemory(corpus.folder).search))
        #expect(updated.claims.articles.map(\.id) == rebuilt.claims.articles.map(\.id))
        #expect(updated.claims.articles.contains { $0.id == "zz-new" })
    }

    @Test func aDamagedIndexIsSetAsideAndRebuilt() throws {
        let corpus = try TestCorpus()
        do {
            let store = try IndexFile.open(corpus.indexPath) { _ in }
            _ = try Fixtures.indexer().update([corpus.folder], in: store)
        }
        let size = try #require(try FileManager.default.attributesOfItem(atPath: corpus.indexPath)[.size] as? Int)
        // Truncated to half, as a copy cut short would be.
        let handle = try #require(FileHandle(forWritingAtPath: corpus.indexPath))
        try handle.truncate(atOffset: UInt64(size / 2))
        try handle.close()
        try? FileManager.default.removeItem(atPath: corpus.indexPath + "-wal")

        var notes: [String] = []
        let store = try IndexFile.open(corpus.indexPath) { notes.append($0) }
        #expect(notes.count == 1)
        #expect(notes.first?.contains("truncated") == true)
        #expect(notes.first?.contains("moved to") == true)
        let folder = (corpus.indexPath as NSString).deletingLastPathComponent
        let kept = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains(".set-aside-") && !$0.hasSuffix("-shm") && !$0.hasSuffix("-wal") }
        #expect(kept.count == 1)
        #expect(try store.manifest() == nil)
        let outcome = try Fixtures.indexer().update([corpus.folder], in: store)
        #expect(outcome.changes.articlesAnalysed == 5)
    }

    @Test func aFileThatIsNotAnIndexIsSetAsideNotDeleted() throws {
        let corpus = try TestCorpus()
        try FileManager.default.createDirectory(atPath: (corpus.indexPath as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        try "not an index at all, but a user's notes".write(toFile: corpus.indexPath, atomically: true, encoding: .utf8)
        var notes: [String] = []
        let store = try IndexFile.open(corpus.indexPath) { notes.append($0) }
        #expect(notes.first?.contains("not an SQLite database") == true)
        #expect(try store.manifest() == nil)
        let folder = (corpus.indexPath as NSString).deletingLastPathComponent
        let moved = try #require(try FileManager.default.contentsOfDirectory(atPath: folder).first { $0.contains(".set-aside-") })
        #expect(try String(contentsOfFile: folder + "/" + moved, encoding: .utf8) == "not an index at all, but a user's notes")
    }

    @Test func anOlderSchemaIsMigratedAndKeepsItsContents() throws {
        let corpus = try TestCorpus()
        do {
            let old = try IndexFile.open(corpus.indexPath, migrations: 1) { _ in }
            _ = try Fixtures.indexer().update([corpus.folder], in: old)
        }
        var notes: [String] = []
        let store = try IndexFile.open(corpus.indexPath) { notes.append($0) }
        #expect(notes.count == 1 && notes[0].contains("migrated"))
        let indexes = try store.database.read { db in try db.indexes(on: "article").map(\.name) }
        #expect(indexes.contains("article_hash"))
        #expect(try Fixtures.indexer().update([corpus.folder], in: store).changes.wasCurrent)
    }

    @Test func anIndexFromANewerSchemaIsSetAside() throws {
        let corpus = try TestCorpus()
        do {
            let store = try IndexFile.open(corpus.indexPath) { _ in }
            _ = try Fixtures.indexer().update([corpus.folder], in: store)
            try store.database.write { db in
                try db.execute(sql: "INSERT INTO grdb_migrations(identifier) VALUES ('v99-from-the-future')")
            }
        }
        var notes: [String] = []
        let store = try IndexFile.open(corpus.indexPath) { notes.append($0) }
        #expect(notes.first?.contains("newer version") == true)
        #expect(try store.manifest() == nil)
    }

    @Test func anotherAnalyserVersionReanalysesEverything() throws {
        let corpus = try TestCorpus()
        let store = try IndexFile.open(corpus.indexPath) { _ in }
        _ = try Fixtures.indexer().update([corpus.folder], in: store)
        var manifest = try #require(try store.manifest())
        manifest.versions.analyser -= 1
        let blob = Data(manifest.encoded())
        try store.database.write { db in
            try db.execute(sql: "UPDATE meta SET value = ? WHERE key = 'manifest'", arguments: [blob])
        }
        let outcome = try Fixtures.indexer().update([corpus.folder], in: store)
        #expect(outcome.changes.rebuiltBecause?.contains("analyser") == true)
        #expect(outcome.changes.articlesAnalysed == 5)
        #expect(outcome.changes.filesRead == 0)
    }

    @Test func anUnwritableLocationIsReported() throws {
        #expect(throws: StoreError.self) {
            _ = try IndexFile.open("/proc/newsreader-cannot-be-here/index.sqlite") { _ in }
        }
    }

    @Test func aReaderIsNotBlockedByAWriter() throws {
        let corpus = try TestCorpus()
        let store = try IndexFile.open(corpus.indexPath) { _ in }
        _ = try Fixtures.indexer().update([corpus.folder], in: store)
        let other = try IndexFile.open(corpus.indexPath) { _ in }
        // A write transaction held open in one connection; the other still reads the last commit.
        try store.database.write { db in
            try db.execute(sql: "DELETE FROM article")
            #expect(try other.articleCount() == 5)
        }
        #expect(try other.articleCount() == 0)
    }
}

@Suite("Claims read on demand")
struct OnDemandClaimsTests {
    /// The reader's view of an index (headers, places and claims at once; bodies and mentions when
    /// asked for) equals the corpus analysed in memory, sentence by sentence.
    @Test func onDemandClaimsEqualMemory() throws {
        let corpus = try TestCorpus()
        let store = try IndexFile.open(corpus.indexPath) { _ in }
        _ = try Fixtures.indexer().update([corpus.folder], in: store)
        let memory = Fixtures.inMemory(corpus.folder).claims
        let opened = try #require(try IndexedCorpus.claimsOnDemand(from: store, analyzer: Fixtures.analyzer))
        let stored = opened.claims
        #expect(opened.stories.stories == Stories(memory).stories)
        #expect(opened.stories.storyOfArticle == Stories(memory).storyOfArticle)
        #expect(!opened.stories.stories.isEmpty)
        #expect(stored.articles.indices.allSatisfy { stored.articles.header($0).body.isEmpty })
        #expect(stored.articles.map(\.body) == memory.articles.map(\.body))
        #expect(Fixtures.claimSets(stored) == Fixtures.claimSets(memory))
        #expect(stored.sourceCounts == memory.sourceCounts)
        #expect(Array(stored.linking.mentions) == Array(memory.linking.mentions))
        #expect(Stories(stored).stories == Stories(memory).stories)
        var compared = 0
        for a in memory.articles.indices {
            for s in memory.articles[a].sentences.indices {
                #expect(stored.crossReferences(article: a, sentence: s) == memory.crossReferences(article: a, sentence: s))
                #expect(stored.mentions(article: a, sentence: s) == memory.mentions(article: a, sentence: s))
                compared += memory.crossReferences(article: a, sentence: s).references.count
            }
        }
        #expect(compared > 0)
        let m = try #require(stored.mention(article: 0, sentence: 1) ?? stored.mention(article: 0, sentence: 0))
        #expect(stored.text(ofMention: m) == memory.text(ofMention: m))
    }

    /// `explain` from an index scores two articles' mentions alone, with the stored term
    /// statistics: every pair gets the score the whole corpus's scorer gives it.
    @Test func twoArticlesScoredWithStoredStatisticsScoreAsTheWholeCorpus() throws {
        let corpus = try TestCorpus()
        let store = try IndexFile.open(corpus.indexPath) { _ in }
        _ = try Fixtures.indexer().update([corpus.folder], in: store)
        let memory = Fixtures.inMemory(corpus.folder).claims
        let statistics = try #require(try IndexedCorpus.termStatistics(from: store))
        #expect(statistics == memory.linking.scorer.termStatistics)
        #expect(try TermStatistics(decoding: statistics.encoded()) == statistics)
        let stored = try #require(try IndexedCorpus.claimsOnDemand(from: store, analyzer: Fixtures.analyzer)).claims
        let full = PairScorer(Array(memory.linking.mentions),
                              languages: memory.linking.mentions.map { memory.articles[$0.article].language }, senses: .none)
        var compared = 0
        for a in memory.articles.indices {
            for b in memory.articles.indices where b > a {
                let (scorer, mentions) = stored.scorer(of: [a, b], statistics: statistics, senses: .none)
                for i in mentions.indices where memory.linking.mentions.article(of: mentions[i]) == a {
                    for j in mentions.indices where memory.linking.mentions.article(of: mentions[j]) == b {
                        let focused = scorer.explain(i, j), reference = full.explain(mentions[i], mentions[j])
                        #expect(abs(focused.score - reference.score) < 1e-9)
                        #expect(focused.factors.map(\.name) == reference.factors.map(\.name))
                        compared += 1
                    }
                }
            }
        }
        #expect(compared > 20)
    }

    @Test func anIndexWithoutReaderTablesIsReadAsBefore() throws {
        let corpus = try TestCorpus()
        let store = try IndexFile.open(corpus.indexPath) { _ in }
        _ = try Fixtures.indexer().update([corpus.folder], in: store)
        try store.database.write { db in try db.execute(sql: "DELETE FROM meta WHERE key LIKE 'reader-%'") }
        #expect(try IndexedCorpus.claimsOnDemand(from: store, analyzer: Fixtures.analyzer) == nil)
    }
}
