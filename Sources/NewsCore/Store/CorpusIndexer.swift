import Foundation

/// Brings a persistent index up to date with its source files, analysing only what changed.
///
/// A file whose size, modification time and inode are those the index recorded is not read
/// again. Articles are recognised by a digest of their content: one seen before keeps its claim
/// extraction and search part; a new or edited one is analysed. Linking runs again over every
/// mention after any change (its weights depend on the whole corpus), so the result of any
/// sequence of updates equals a build from nothing. Everything is written in one commit.
public struct CorpusIndexer: Sendable {
    /// A step of an update, for progress lines: what is being done, how far, out of how many.
    public struct Progress: Sendable {
        public var step: String
        public var done: Int
        public var total: Int
    }

    /// What an update found and did.
    public struct Changes: Sendable, Equatable {
        /// Whether the index was current and nothing was done.
        public var wasCurrent: Bool
        /// Why everything was analysed again, when it was ("made by an older version").
        public var rebuiltBecause: String?
        public var filesRead: Int
        public var filesRemoved: Int
        public var articles: Int
        public var articlesAnalysed: Int
        /// Articles whose content the index did not hold before, and held articles now gone.
        public var articlesAdded: Int
        public var articlesRemoved: Int
    }

    /// The outcome of an update: the changes, every problem with the input (stored ones too),
    /// and, when anything was rebuilt, the corpus as built, so the caller need not read it back.
    public struct Outcome: Sendable {
        public var changes: Changes
        public var problems: [StoredProblem]
        public var built: (claims: CorpusClaims, search: SearchIndex, stories: Stories)?
        /// Why the update could not be written (a full disk, say); `built` is still good.
        public var notSaved: String?
        /// Seconds per step, for `index --timings` and benchmarks.
        public var timings: [(step: String, seconds: Double)] = []
    }

    public var loader: CorpusLoader
    public let analyzer: TextAnalyzer
    public var senses: WordSenses
    public var progress: (@Sendable (Progress) -> Void)?

    public init(loader: CorpusLoader = CorpusLoader(), analyzer: TextAnalyzer, senses: WordSenses = .system,
                progress: (@Sendable (Progress) -> Void)? = nil) {
        self.loader = loader
        self.analyzer = analyzer
        self.senses = senses
        self.progress = progress
    }

    /// The outcome of `update` when the index is current, found without writing; `nil` when not.
    public func currentOutcome(_ paths: [String], in store: CorpusStore) throws -> Outcome? {
        let plan = loader.plan(paths)
        return try current(plan, stamps: plan.files.map(FileStamp.of), old: try store.manifest(), store: store)
    }

    private func current(_ plan: CorpusLoader.Plan, stamps: [FileStamp], old: IndexManifest?,
                         store: CorpusStore) throws -> Outcome? {
        guard let old, old.versions == IndexVersions.current, old.files.count == stamps.count,
              zip(old.files, stamps).allSatisfy({ $0.isSameFile(as: $1) }),
              old.outletMap == Self.digest(plan.outletMap) else { return nil }
        let changes = Changes(wasCurrent: true, rebuiltBecause: nil, filesRead: 0, filesRemoved: 0,
                              articles: try store.articleCount(), articlesAnalysed: 0, articlesAdded: 0, articlesRemoved: 0)
        return Outcome(changes: changes, problems: plan.problems.map(StoredProblem.init) + old.problems, built: nil)
    }

    static func digest(_ map: OutletMap) -> String {
        ContentHash.of(map.outlets.sorted { $0.key < $1.key }.map { $0.key + "\t" + $0.value }.joined(separator: "\n"))
    }

    /// Updates `store` to hold `paths`.
    public func update(_ paths: [String], in store: CorpusStore) throws -> Outcome {
        let plan = loader.plan(paths)
        let stamps = plan.files.map(FileStamp.of)
        let mapDigest = Self.digest(plan.outletMap)
        let old = try store.manifest()
        if let outcome = try current(plan, stamps: stamps, old: old, store: store) { return outcome }
        let versions = IndexVersions.current
        let sameIngest = old.map { $0.versions.ingest == versions.ingest && $0.versions.format == versions.format } ?? false
        let sameAnalyser = sameIngest && old?.versions.analyser == versions.analyser
        var problems = plan.problems.map(StoredProblem.init)
        let rebuiltBecause: String? = old == nil || sameAnalyser ? nil
            : !sameIngest ? "it was made by another version of the reading code"
            : "it was made by another version of the analyser"

        // Read the files that changed; take the others' articles from the store.
        let clock = Stopwatch()
        var timings: [(step: String, seconds: Double)] = []
        let oldStamps = Dictionary((old?.files ?? []).filter(\.isStable).map { ($0.inode, $0) }, uniquingKeysWith: { a, _ in a })
        var raw: [Article] = []
        var readFiles: [StoredFile] = []
        var filesRead = 0
        var fileProblems: [StoredProblem] = []
        for (n, (file, stamp)) in zip(plan.files, stamps).enumerated() {
            report("reading files", n, plan.files.count)
            if sameIngest, let oldStamp = oldStamps[stamp.inode], stamp.isSameFile(as: oldStamp),
               let stored = try store.file(oldStamp.path),
               let articles = try? stored.articles.map({ (bytes: [UInt8]) throws(BinaryDecodingError) in try Article(decoding: bytes) }) {
                raw += articles
                fileProblems += stored.problems
                // The same file named another way: kept under its new name.
                if oldStamp.path != file { readFiles.append(StoredFile(stamp: stamp, articles: stored.articles, problems: stored.problems)) }
                continue
            }
            filesRead += 1
            let loaded = loader.loadFile(file, loadedSoFar: raw.count)
            raw += loaded.articles
            let found = loaded.problems.map(StoredProblem.init)
            fileProblems += found
            readFiles.append(StoredFile(stamp: stamp, articles: loaded.articles.map { $0.encoded() }, problems: found))
        }
        timings.append(("read \(filesRead) of \(plan.files.count) files", clock.lap()))
        var finishing: [IngestProblem] = []
        let articles = CorpusLoader.finish(raw, outletMap: plan.outletMap, problems: &finishing)
        let storedProblems = fileProblems + finishing.map(StoredProblem.init)
        problems += storedProblems

        // Analyse what the store does not hold.
        let encoded = ParallelMap.map(articles.indices) { articles[$0].encoded() }
        let hashes = ParallelMap.map(articles.indices) { ContentHash.of(encoded[$0]) }
        let unique = Array(Set(hashes))
        let held = sameAnalyser ? try store.analyses(unique) : [:]
        let oldHashes = Set(try store.articleHashes())
        let extractor = ClaimExtractor(analyzer: analyzer)
        let counter = Counter()
        let total = articles.count
        let progress = self.progress
        // Each article's search part is kept as the blobs the store keeps (a tenth of its size as
        // tables) and made again from them when the search index is merged.
        var analyses = ParallelMap.map(articles.indices) { a -> (ClaimExtractor.Result, StoredAnalysis, isNew: Bool) in
            defer {
                let done = counter.increment()
                if done % 64 == 0 || done == total { progress?(Progress(step: "analysing articles", done: done, total: total)) }
            }
            if let stored = held[hashes[a]],
               var result = try? ClaimExtractor.Result(decoding: stored.extraction),
               (try? MergeablePart(documents: stored.searchDocuments, postings: stored.searchPostings)) != nil {
                for m in result.mentions.indices { result.mentions[m].article = a }
                return (result, stored, false)
            }
            let (result, part) = extractor.extractWithSearchPart(articles[a], index: a)
            var normalised = result
            for m in normalised.mentions.indices { normalised.mentions[m].article = 0 }
            return (result, StoredAnalysis(extraction: normalised.encoded(), searchDocuments: part.encodedDocuments(),
                                           searchPostings: part.encodedPostings()), true)
        }
        var newAnalyses: [String: StoredAnalysis] = [:]
        var extractions: [ClaimExtractor.Result] = []
        var partBlobs: [(documents: [UInt8], postings: [UInt8])] = []
        extractions.reserveCapacity(analyses.count)
        partBlobs.reserveCapacity(analyses.count)
        for (a, analysis) in analyses.enumerated() {
            if analysis.isNew { newAnalyses[hashes[a]] = analysis.1 }
            extractions.append(analysis.0)
            partBlobs.append((analysis.1.searchDocuments, analysis.1.searchPostings))
        }
        analyses = []
        timings.append(("analyse \(newAnalyses.count) of \(total) articles", clock.lap()))

        // Linking needs nothing of the search merge, nor of writing what the merge and the
        // analysis made: those run on a thread of their own, in the transaction that the linked
        // tables then close, while the linker's single-threaded steps leave a core free.
        report("linking claims and indexing for search", 0, 1)
        let analyzer = self.analyzer
        let manifest = IndexManifest(versions: versions, files: stamps, outletMap: mapDigest, problems: storedProblems)
        let written = Handover<IndexUpdate.Linked>()
        let ((claims, stories, linkSeconds), (search, mergeSeconds, notSaved)) = ParallelMap.both({
            let clock = Stopwatch()
            // Handed over, not shared: the claims keep each mention once, in the linker's list.
            let claims = CorpusClaims(articles: articles, taking: &extractions, analyzer: analyzer, senses: senses)
            let seconds = clock.lap()
            let stories = Stories(claims)
            let tables = ReaderTables(claims)
            written.give(IndexUpdate.Linked(
                claims: Claim.encode(claims.linking.claims), readerHeaders: tables.encodedHeaders(),
                readerPlaces: tables.encodedPlaces(), stories: stories.encoded(),
                termStatistics: claims.linking.scorer.termStatistics.encoded()))
            report("writing the index", 0, 1)
            return (claims, stories, seconds)
        }, { [partBlobs, readFiles, encoded, hashes, newAnalyses, store] in
            let clock = Stopwatch()
            let search = SearchIndex(articles: articles, partCount: partBlobs.count, analyzer: analyzer) { a in
                // The blobs were just made or read back whole: analysing again is for a blob that cannot be.
                (try? MergeablePart(documents: partBlobs[a].documents, postings: partBlobs[a].postings))
                    ?? MergeablePart(ArticleSearchPart(articles[a], extractor: extractor))
            }
            let seconds = clock.lap()
            var notSaved: String?
            do {
                try store.commit(IndexUpdate(
                    manifest: manifest, readFiles: readFiles,
                    articles: Array(zip(hashes, encoded)).map { (hash: $0.0, article: $0.1) }, newAnalyses: newAnalyses,
                    searchDocuments: SearchIndex.encode(documents: search.documents),
                    searchFacts: SearchIndex.encode(facts: search.articleFacts),
                    postings: search.allPostings.map { (term: $0.key, postings: $0.value.encoded()) })) { written.take() }
            } catch {
                notSaved = String(describing: error)
            }
            return (search, seconds, notSaved)
        })
        partBlobs = []
        timings.append(("link claims (\(String(format: "%.2f", linkSeconds)) s) beside the search merge (\(String(format: "%.2f", mergeSeconds)) s) and writing the index",
                        clock.lap()))

        let newHashes = Set(hashes)
        let changes = Changes(
            wasCurrent: false, rebuiltBecause: rebuiltBecause, filesRead: filesRead,
            filesRemoved: (old?.files ?? []).filter { previous in
                !plan.files.contains(previous.path) && !stamps.contains { $0.isSameFile(as: previous) }
            }.count,
            articles: articles.count,
            articlesAnalysed: newAnalyses.count, articlesAdded: newHashes.subtracting(oldHashes).count,
            articlesRemoved: oldHashes.subtracting(newHashes).count)
        return Outcome(changes: changes, problems: problems, built: (claims, search, stories),
                       notSaved: notSaved, timings: timings)
    }

    private func report(_ step: String, _ done: Int, _ total: Int) {
        progress?(Progress(step: step, done: done, total: total))
    }
}

/// Opens what a current index holds, without analysing anything.
public enum IndexedCorpus {
    /// The claims of the stored corpus: articles and extractions decoded, claims as stored. The
    /// pair scorer (and with it WordNet) is built only when something asks for it.
    public static func claims(from store: CorpusStore, analyzer: TextAnalyzer,
                              senses: WordSenses = .system) throws -> CorpusClaims {
        let rows = try store.articles()
        let articles = try decode(rows)
        let blobs = try store.extractions(Array(Set(rows.map(\.hash))))
        let extractions = try ParallelMap.map(rows.indices) { a in
            Result { () throws -> ClaimExtractor.Result in
                guard let blob = blobs[rows[a].hash] else { throw IndexError.missingAnalysis(article: articles[a].id) }
                var result = try ClaimExtractor.Result(decoding: blob)
                for m in result.mentions.indices { result.mentions[m].article = a }
                return result
            }
        }.map { try $0.get() }
        let claims = try Claim.decode(try store.claims(), mentions: extractions.reduce(0) { $0 + $1.mentions.count })
        return CorpusClaims(articles: articles, extractions: extractions, analyzer: analyzer, senses: senses, claims: claims)
    }

    /// The stored claims read as the reader needs them: articles' headers, mentions' places, the
    /// claims and stories at once; an article's body and extraction when it is asked for. `nil` when the
    /// index holds no reader tables (one made by an older version).
    public static func claimsOnDemand(from store: CorpusStore, analyzer: TextAnalyzer,
                                      senses: WordSenses = .system) throws -> (claims: CorpusClaims, stories: Stories)? {
        // The reader tables and the claims are read and decoded side by side, on two cores.
        enum Part: Sendable {
            case tables(ArticleHeaders, places: [MentionPlace], stories: [UInt8])
            case claims(ClaimList)
            case missing
        }
        let parts = try ParallelMap.map(0..<2) { k in
            Result { () throws -> Part in
                if k == 1 { return .claims(try Claim.decode(try store.claims(), mentions: Int.max)) }
                guard let blobs = try store.readerTables() else { return .missing }
                return .tables(try ArticleHeaders(decoding: blobs.headers), places: try ReaderTables.places(decoding: blobs.places),
                               stories: blobs.stories)
            }
        }.map { try $0.get() }
        guard case .tables(let headers, let places, let storyBlob) = parts[0], case .claims(let claims) = parts[1] else { return nil }
        guard zip(places, places.dropFirst()).allSatisfy({ $0.article <= $1.article }),
              (places.last.map { Int($0.article) < headers.count } ?? true) else {
            throw BinaryDecodingError.invalid(what: "mention places", offset: 0)
        }
        guard claims.allMembers.allSatisfy({ Int($0) < places.count }) else {
            throw BinaryDecodingError.invalid(what: "claim", offset: 0)
        }
        let articles = ArticleList(headers: headers) { position in
            (try? store.article(at: position)).flatMap { $0 }.flatMap { try? Article(decoding: $0) } ?? headers.header(position)
        }
        let extractions = ExtractionList(count: headers.count) { position in
            guard let blob = (try? store.extraction(at: position)).flatMap({ $0 }),
                  var result = try? ClaimExtractor.Result(decoding: blob) else {
                return ClaimExtractor.Result(mentions: [], skipped: [:])
            }
            for m in result.mentions.indices { result.mentions[m].article = position }
            return result
        }
        let stories = try Stories(decoding: storyBlob, articles: headers.count, claims: claims.count)
        return (CorpusClaims(articles: articles, extractions: extractions, places: places, claims: claims,
                             analyzer: analyzer, senses: senses), stories)
    }

    /// The linker's term statistics of the last build; `nil` from an index made before they were kept.
    public static func termStatistics(from store: CorpusStore) throws -> TermStatistics? {
        try store.termStatistics().map { try TermStatistics(decoding: $0) }
    }

    /// The stored articles, in order.
    public static func articles(from store: CorpusStore) throws -> [Article] {
        try decode(try store.articles())
    }

    /// Stored articles decoded on all cores, in order.
    private static func decode(_ rows: [(hash: String, article: [UInt8])]) throws -> [Article] {
        try ParallelMap.map(rows.indices) { i in Result { try Article(decoding: rows[i].article) } }.map { try $0.get() }
    }

    /// The stored search index. With `articles` (already decoded) texts come from them; without,
    /// each hit's article is read from the store when it is shown.
    public static func search(from store: CorpusStore, analyzer: TextAnalyzer, articles: ArticleList? = nil) throws -> SearchIndex {
        let tables = try store.searchTables()
        let documents = try SearchIndex.decodeDocuments(tables.documents)
        let facts = try SearchIndex.decodeFacts(tables.facts)
        if let bad = documents.first(where: { $0.article < 0 || $0.article >= facts.count }) {
            throw BinaryDecodingError.invalid(what: "search document of article \(bad.article)", offset: 0)
        }
        let list: ArticleList
        if let articles {
            list = articles
        } else {
            list = ArticleList(count: facts.count) { position in
                (try? store.article(at: position)).flatMap { $0 }.flatMap { try? Article(decoding: $0) }
                    ?? Article(id: "?", source: SourceLocation(path: "?"), title: "(missing from the index)", body: "")
            }
        }
        return SearchIndex(store: store, documents: documents, facts: facts, articles: list, analyzer: analyzer)
    }
}

/// What can be wrong with a stored index's contents.
public enum IndexError: Error, CustomStringConvertible {
    case missingAnalysis(article: String)

    public var description: String {
        switch self {
        case .missingAnalysis(let id): "the index holds article \(id) but not its analysis"
        }
    }
}

/// Seconds since the last lap.
final class Stopwatch {
    private var last = Date()

    func lap() -> Double {
        let now = Date()
        defer { last = now }
        return now.timeIntervalSince(last)
    }
}

/// A thread-safe count, for progress across cores.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func increment() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        return value
    }
}
