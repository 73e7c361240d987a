import Foundation
import NewsCore
import NewsStore

/// The corpus as the commands get it: from its persistent index when that is current, after
/// building or updating the index when it is not, or all in memory with `--no-index` (or when
/// the index's location cannot be written, with a warning).
struct IndexedInput {
    /// What a command needs; only that is read from a current index.
    enum Need {
        case articles, claims, everything
        /// The search index; in memory, made for `query` alone when one is given (see `SearchIndex`).
        case search(for: SearchQuery?)
        /// Claims and search as the reader uses them: from an index, articles and mentions are
        /// read when shown, so that opening reads only headers, places and claims.
        case reader
        /// Claims for scoring a pair (`explain`): from an index, read on demand with the linker's
        /// term statistics, so that two articles' mentions are scored without reading every one.
        case pair
    }

    /// What was opened. Each part is there when it was needed.
    struct Opened {
        var articles: ArticleList
        var claims: CorpusClaims?
        var search: SearchIndex?
        /// Stories as the index stored them (the reader groups them itself otherwise).
        var stories: Stories?
        /// The linker's term statistics as the index stored them (`Need.pair`).
        var statistics: TermStatistics?
        /// Opens the search index when it is first needed (`Need.reader` from an index).
        var openSearch: (@Sendable () throws -> SearchIndex)?

        /// The search index, or how to open it.
        var searchOpener: @Sendable () throws -> SearchIndex {
            if let openSearch { return openSearch }
            let search = self.search
            return {
                guard let search else { throw MissingPart.search }
                return search
            }
        }
    }

    /// A part of the corpus a command asked for without opening it (a bug, reported, not a crash).
    enum MissingPart: Error, CustomStringConvertible {
        case search

        var description: String { "the search index was not opened" }
    }

    let options: CorpusOptions

    /// The paths that make the corpus (the bundled seeds when none are given).
    func targets() throws -> [String] {
        guard options.paths.isEmpty else { return options.paths }
        do {
            return [try Seeds.directory()]
        } catch {
            Diagnostics.print("newsreader: \(error)")
            throw ExitStatus.nothingLoaded.exitCode
        }
    }

    /// The index file this corpus uses.
    func indexPath() throws -> String {
        try options.indexPath ?? IndexLocation.file(for: targets())
    }

    func open(_ need: Need) throws -> Opened {
        let analyzer = try Analysis.analyzer()
        guard !options.noIndex else { return try inMemory(need, analyzer: analyzer) }
        let path = try indexPath()
        let store: SQLiteCorpusStore
        do {
            store = try IndexFile.open(path, note: Diagnostics.print)
        } catch {
            Diagnostics.print("newsreader: warning: \(Self.reason(error)); working in memory")
            return try inMemory(need, analyzer: analyzer)
        }
        let outcome: CorpusIndexer.Outcome
        do {
            outcome = try update(store, analyzer: analyzer, path: path)
        } catch let error as StoreError {
            Diagnostics.print("newsreader: warning: \(error); working in memory")
            return try inMemory(need, analyzer: analyzer)
        }
        report(outcome.problems)
        guard outcome.changes.articles > 0 else {
            Diagnostics.print("newsreader: no article could be loaded")
            throw ExitStatus.nothingLoaded.exitCode
        }
        if let notSaved = outcome.notSaved {
            Diagnostics.print("newsreader: warning: the index could not be saved (\(notSaved)); using it in memory")
        }
        if let built = outcome.built {
            return Opened(articles: built.claims.articles, claims: built.claims, search: built.search, stories: built.stories)
        }
        return try fromStore(store, need, analyzer: analyzer)
    }

    /// Brings the index up to date under the update lock, with a progress bar on a terminal.
    func update(_ store: SQLiteCorpusStore, analyzer: TextAnalyzer, path: String) throws -> CorpusIndexer.Outcome {
        var indexer = CorpusIndexer(loader: try loader(), analyzer: analyzer)
        let bar = ProgressBar()
        if bar.isEnabled { indexer.progress = { bar.show($0) } }
        defer { bar.clear() }
        if store.isReadOnly {
            let outcome = try indexer.currentOutcome(try targets(), in: store)
            guard let outcome else { throw StoreError.unwritable(path: path, reason: "it is read-only and not current") }
            return outcome
        }
        let lock = try IndexLock(path) {
            Diagnostics.print("newsreader: another process is updating the index \(path); waiting for it")
        }
        defer { withExtendedLifetime(lock) {} }
        return try indexer.update(try targets(), in: store)
    }

    private func fromStore(_ store: SQLiteCorpusStore, _ need: Need, analyzer: TextAnalyzer) throws -> Opened {
        do {
            switch need {
            case .articles:
                return Opened(articles: ArticleList(try IndexedCorpus.articles(from: store)))
            case .claims:
                let claims = try IndexedCorpus.claims(from: store, analyzer: analyzer)
                return Opened(articles: claims.articles, claims: claims)
            case .search:
                return Opened(articles: ArticleList([]), search: try IndexedCorpus.search(from: store, analyzer: analyzer))
            case .reader:
                let onDemand = try IndexedCorpus.claimsOnDemand(from: store, analyzer: analyzer)
                let claims = try onDemand?.claims ?? IndexedCorpus.claims(from: store, analyzer: analyzer)
                let articles = claims.articles
                // The reader's first frame needs no search: its tables are read at the first one.
                return Opened(articles: articles, claims: claims, stories: onDemand?.stories, openSearch: {
                    try IndexedCorpus.search(from: store, analyzer: analyzer, articles: articles)
                })
            case .everything:
                let claims = try IndexedCorpus.claims(from: store, analyzer: analyzer)
                let search = try IndexedCorpus.search(from: store, analyzer: analyzer, articles: claims.articles)
                return Opened(articles: claims.articles, claims: claims, search: search)
            case .pair:
                guard let statistics = try IndexedCorpus.termStatistics(from: store),
                      let onDemand = try IndexedCorpus.claimsOnDemand(from: store, analyzer: analyzer) else {
                    return try fromStore(store, .claims, analyzer: analyzer)
                }
                return Opened(articles: onDemand.claims.articles, claims: onDemand.claims, statistics: statistics)
            }
        } catch {
            Diagnostics.print("newsreader: the index \(store.path) is damaged (\(Self.reason(error))); "
                + "run `newsreader index --rebuild` or delete it")
            throw ExitStatus.nothingLoaded.exitCode
        }
    }

    private func inMemory(_ need: Need, analyzer: TextAnalyzer) throws -> Opened {
        let loaded = try options.load()
        let articles = ArticleList(loaded)
        switch need {
        case .articles:
            return Opened(articles: articles)
        case .claims, .pair:
            return Opened(articles: articles, claims: CorpusClaims(articles: loaded, analyzer: analyzer))
        case .search(let query):
            return Opened(articles: articles, search: SearchIndex(articles: loaded, analyzer: analyzer, onlyFor: query))
        case .everything, .reader:
            return Opened(articles: articles, claims: CorpusClaims(articles: loaded, analyzer: analyzer),
                          search: SearchIndex(articles: loaded, analyzer: analyzer))
        }
    }

    /// A loader with the outlet maps given by `--outlets`.
    func loader() throws -> CorpusLoader {
        var problems: [IngestProblem] = []
        var map = OutletMap()
        for path in options.outletMaps { CorpusLoader.readOutletMap(path, into: &map, problems: &problems) }
        report(problems.map(StoredProblem.init))
        return CorpusLoader(outletMap: map)
    }

    func report(_ problems: [StoredProblem]) {
        for problem in problems where !(options.quiet && problem.isWarning) { Diagnostics.print(problem.text) }
    }

    static func reason(_ error: Error) -> String {
        String(describing: error)
    }
}

/// A progress bar on stderr for long index builds, shown only when stderr is a terminal:
/// the step, a bar, the count, articles per second and the time left.
final class ProgressBar: @unchecked Sendable {
    private let line = ProgressLine()
    private let lock = NSLock()
    private var started: [String: Date] = [:]
    private var lastDraw = Date.distantPast

    var isEnabled: Bool { line.isEnabled }

    func show(_ progress: CorpusIndexer.Progress) {
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        let start = started[progress.step] ?? now
        started[progress.step] = start
        guard now.timeIntervalSince(lastDraw) > 0.1 || progress.done == progress.total else { return }
        lastDraw = now
        guard progress.total > 1 else {
            line.show("newsreader: \(progress.step)…")
            return
        }
        let fraction = Double(progress.done) / Double(progress.total)
        let width = 24
        let filled = Int(fraction * Double(width))
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        let elapsed = now.timeIntervalSince(start)
        let rate = elapsed > 0 ? Double(progress.done) / elapsed : 0
        let left = rate > 0 ? Double(progress.total - progress.done) / rate : 0
        line.show(String(format: "newsreader: %@ [%@] %d/%d · %.0f/s · %.0f s left",
                         progress.step, bar, progress.done, progress.total, rate, left))
    }

    func clear() { line.clear() }
}
