import CSQLite
import Foundation
import NewsCore
import NewsStore

/// Times 200 queries against the search index and against a SQLite `LIKE` scan over the same
/// titles and sentences (the way newsboat searches), in one run.
enum SearchBenchmark {
    /// Hand-written queries of the kinds users type; the rest come from the corpus (see `queries`).
    static let written = [
        "habibie", "jokowi", "revisi UU KPK", "\"revisi undang-undang\"", "karhutla", "kabut asap", "riau",
        "\"kabut asap\" riau", "kpk", "dpr", "papua", "wamena", "demo mahasiswa", "\"demo mahasiswa\"",
        "prabowo", "anies", "ibu kota", "kalimantan timur", "\"ibu kota baru\"", "gempa", "banjir", "korupsi",
        "imam nahrawi", "menpora", "tersangka", "persib", "timnas", "liga 1", "bj habibie meninggal",
        "ainun", "sri mulyani", "pajak", "rupiah", "harga emas", "inflasi", "bank indonesia", "bursa saham",
        "iphone", "samsung galaxy", "instagram", "artis", "pernikahan", "cerai", "hamil", "konser",
        "trump", "iran", "arab saudi", "china", "amerika serikat", "\"perang dagang\"", "hong kong",
        "kecelakaan", "polisi", "narkoba", "bom", "teroris", "hoaks", "kpk outlet:tempo", "habibie after:2019-09-11",
    ]

    /// 200 queries: the written ones, then terms of the corpus by frequency band (names, rare
    /// words, common words) and two-word phrases from its sentences, picked at fixed strides.
    static func queries(_ index: SearchIndex) -> [String] {
        var result = written
        let vocabulary = index.vocabulary.filter { !$0.term.hasPrefix("=") && $0.term.count >= 4 }
            .sorted { ($0.documents, $0.term) > ($1.documents, $1.term) }
        let names = vocabulary.filter { $0.term.hasPrefix("@") && $0.term.contains(" ") }.map { String($0.term.dropFirst()) }
        let words = vocabulary.filter { !$0.term.hasPrefix("@") && !$0.term.hasPrefix("#") && $0.term.allSatisfy(\.isLetter) }
        let rare = words.filter { (5...50).contains($0.documents) }.map(\.term)
        let common = words.filter { $0.documents >= 1_000 }.map(\.term)
        func stride(_ list: [String], _ count: Int) -> [String] {
            guard !list.isEmpty else { return [] }
            return (0..<count).map { list[$0 * list.count / count] }
        }
        result += stride(names, 40) + stride(rare, 40) + stride(common, 30)
        var phrases: [String] = []
        let step = max(1, index.documents.count / 30)
        for d in Swift.stride(from: 0, to: index.documents.count, by: step) where phrases.count < 30 {
            let words = index.text(of: index.documents[d]).split(separator: " ").map { $0.filter(\.isLetter).lowercased() }
                .filter { $0.count >= 5 }
            if words.count >= 2 { phrases.append("\"\(words[0]) \(words[1])\"") }
        }
        result += phrases
        return Array(result.prefix(200))
    }

    /// The same queries against an index built by `newsreader index`: postings read from SQLite
    /// as each query needs them, each query run once, in the order `queries` gives.
    static func runStored(path: String, index indexPath: String, analyzer: TextAnalyzer) throws {
        let t0 = Date()
        let store = try IndexFile.open(indexPath) { print($0) }
        guard let manifest = try store.manifest(), manifest.files.map(\.path) == [path] else {
            print("the index \(indexPath) does not hold \(path): run newsreader index --index \(indexPath) \(path)")
            exit(1)
        }
        let index = try IndexedCorpus.search(from: store, analyzer: analyzer)
        print(String(format: "index: %d documents from %d articles, opened in %.3f s", index.documents.count,
                     index.articles.count, Date().timeIntervalSince(t0)))
        let list = queries(index)
        var times: [Double] = []
        for query in list {
            let start = Date()
            _ = (try? SearchQuery.parse(query)).flatMap { try? index.search($0, limit: 20) }
            times.append(Date().timeIntervalSince(start) * 1000)
        }
        func pct(_ p: Double) -> Double { let s = times.sorted(); return s[min(s.count - 1, Int(Double(s.count) * p))] }
        print("queries: \(list.count), from the index")
        print(String(format: "newsreader (index)  median %.2f ms  p99 %.2f ms  mean %.2f ms", pct(0.5), pct(0.99),
                     times.reduce(0, +) / Double(times.count)))
    }

    static func run(path: String, analyzer: TextAnalyzer) {
        let report = CorpusLoader().load([path])
        let t0 = Date()
        let index = SearchIndex(articles: report.articles, analyzer: analyzer)
        let build = Date().timeIntervalSince(t0)
        print(String(format: "index: %d documents (titles and sentences) from %d articles, built in %.2f s, about %.0f MiB",
                     index.documents.count, report.articles.count, build, Double(index.approximateBytes) / 1_048_576))
        let list = queries(index)
        var ours: [Double] = []
        var found = 0
        for query in list {
            let start = Date()
            let hits = (try? SearchQuery.parse(query)).flatMap { try? index.search($0, limit: 20) } ?? []
            ours.append(Date().timeIntervalSince(start) * 1000)
            if !hits.isEmpty { found += 1 }
        }
        let peer = LikePeer(index)
        var theirs: [Double] = []
        for query in list {
            let start = Date()
            _ = peer.count(query)
            theirs.append(Date().timeIntervalSince(start) * 1000)
        }
        func pct(_ xs: [Double], _ p: Double) -> Double { let s = xs.sorted(); return s[min(s.count - 1, Int(Double(s.count) * p))] }
        print("queries: \(list.count), with hits: \(found)")
        print("                median ms  p99 ms  mean ms")
        print(String(format: "newsreader      %9.2f  %6.2f  %7.2f", pct(ours, 0.5), pct(ours, 0.99), ours.reduce(0, +) / Double(ours.count)))
        print(String(format: "SQLite LIKE     %9.2f  %6.2f  %7.2f", pct(theirs, 0.5), pct(theirs, 0.99), theirs.reduce(0, +) / Double(theirs.count)))
        print(String(format: "median speed-up: %.0fx", pct(theirs, 0.5) / pct(ours, 0.5)))
    }
}

/// The peer: every title and sentence in an in-memory SQLite table, searched with `LIKE '%word%'`
/// for each word (phrases as one pattern, -word as NOT LIKE); all matching rows are read, as
/// newsboat reads every match before sorting.
final class LikePeer {
    private var db: OpaquePointer?

    init(_ index: SearchIndex) {
        sqlite3_open(":memory:", &db)
        sqlite3_exec(db, "CREATE TABLE s(doc INTEGER PRIMARY KEY, text TEXT)", nil, nil, nil)
        sqlite3_exec(db, "BEGIN", nil, nil, nil)
        var insert: OpaquePointer?
        sqlite3_prepare_v2(db, "INSERT INTO s VALUES (?, ?)", -1, &insert, nil)
        let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
        for (d, document) in index.documents.enumerated() {
            sqlite3_bind_int64(insert, 1, Int64(d))
            sqlite3_bind_text(insert, 2, index.text(of: document), -1, transient)
            sqlite3_step(insert)
            sqlite3_reset(insert)
        }
        sqlite3_finalize(insert)
        sqlite3_exec(db, "COMMIT", nil, nil, nil)
    }

    deinit { sqlite3_close(db) }

    func count(_ query: String) -> Int {
        var clauses: [String] = []
        var patterns: [String] = []
        let parsed = try? SearchQuery.parse(query)
        for group in parsed?.groups ?? [] {
            clauses.append("(" + group.map { _ in "text LIKE ?" }.joined(separator: " OR ") + ")")
            patterns += group.map(Self.pattern)
        }
        for item in parsed?.excluded ?? [] {
            clauses.append("text NOT LIKE ?")
            patterns.append(Self.pattern(item))
        }
        guard !clauses.isEmpty else { return 0 }
        var statement: OpaquePointer?
        sqlite3_prepare_v2(db, "SELECT doc, text FROM s WHERE " + clauses.joined(separator: " AND "), -1, &statement, nil)
        let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
        for (k, pattern) in patterns.enumerated() { sqlite3_bind_text(statement, Int32(k + 1), pattern, -1, transient) }
        var rows = 0
        while sqlite3_step(statement) == SQLITE_ROW { rows += 1 }
        sqlite3_finalize(statement)
        return rows
    }

    private static func pattern(_ item: SearchQuery.Item) -> String {
        switch item {
        case .word(let w), .exact(let w): return "%\(w)%"
        case .phrase(let words): return "%\(words.joined(separator: " "))%"
        }
    }
}
