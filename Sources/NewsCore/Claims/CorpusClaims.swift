import Foundation

/// The claims of a whole corpus: every article's mentions, linked across articles.
public struct CorpusClaims: Sendable {
    /// The articles; from an index, only their headers are in memory (`ArticleList.header`).
    public let articles: ArticleList
    /// Per article: its mentions and the sentences that are not claims.
    public let extractions: ExtractionList
    public let linking: Linking
    /// Per claim: how many sources (outlets) report it.
    public let sourceCounts: [Int]
    /// The analyser the mentions were made with, for looking at single sentences again.
    public let analyzer: TextAnalyzer
    /// Per article: its publication date (read once from the headers, for orderings).
    public let dates: [PublicationDate?]
    /// Per article: its source's number in `sourceNames`.
    private let sourceOfArticle: [Int32]
    private let sourceNames: [String]

    /// Seconds spent extracting and linking, for benchmarks.
    public private(set) var timings: (extract: Double, link: Double) = (0, 0)

    /// Extracts on all cores, then links; `senses` gives soft matches (WordNet).
    public init(articles: [Article], analyzer: TextAnalyzer, senses: WordSenses = .system) {
        let start = Date()
        let extractor = ClaimExtractor(analyzer: analyzer)
        var results = ParallelMap.map(articles.indices) { extractor.extract(articles[$0], index: $0) }
        self.init(articles: articles, taking: &results, analyzer: analyzer, senses: senses, started: start)
    }

    /// Links mentions extracted already (`extractions[i]` is article `i`'s, its mentions carrying
    /// `article == i`). With `claims`, as a persistent index stored them, nothing is linked again,
    /// and the scorer is rebuilt only if something asks for it (`explain`).
    public init(articles: [Article], extractions: [ClaimExtractor.Result], analyzer: TextAnalyzer,
                senses: WordSenses = .system, claims: ClaimList? = nil) {
        var extractions = extractions
        self.init(articles: articles, taking: &extractions, analyzer: analyzer, senses: senses, started: Date(), claims: claims)
    }

    /// As `init(articles:extractions:…)`, taking the extractions: `extractions` is left empty, so
    /// that each mention is held once, in the linker's list.
    public init(articles: [Article], taking extractions: inout [ClaimExtractor.Result], analyzer: TextAnalyzer,
                senses: WordSenses = .system) {
        self.init(articles: articles, taking: &extractions, analyzer: analyzer, senses: senses, started: Date())
    }

    private init(articles: [Article], taking results: inout [ClaimExtractor.Result], analyzer: TextAnalyzer,
                 senses: WordSenses, started start: Date, claims stored: ClaimList? = nil) {
        let mentions: [ClaimMention]
        (extractions, mentions) = ExtractionList.flattening(&results)
        self.articles = ArticleList(articles)
        self.analyzer = analyzer
        (dates, sourceOfArticle, sourceNames) = Self.headerFacts(self.articles)
        let extracted = Date()
        let languages = mentions.map { articles[$0.article].language }
        if let stored {
            linking = Linking(mentions: MentionList(mentions), claims: stored) { [mentions] in
                PairScorer(mentions, languages: languages, senses: senses)
            }
        } else {
            linking = ClaimLinker().link(mentions, languages: languages, senses: senses)
        }
        sourceCounts = Self.sourceCounts(linking, sourceOfArticle: sourceOfArticle)
        timings = (extracted.timeIntervalSince(start), Date().timeIntervalSince(extracted))
    }

    /// Claims a persistent index stored, over articles and extractions it reads when asked for.
    /// `places` are the mentions' articles and sentences, article by article.
    public init(articles: ArticleList, extractions: ExtractionList, places: [MentionPlace], claims: ClaimList,
                analyzer: TextAnalyzer, senses: WordSenses = .system) {
        self.articles = articles
        self.extractions = extractions
        self.analyzer = analyzer
        (dates, sourceOfArticle, sourceNames) = Self.headerFacts(articles)
        let mentions = MentionList(extractions, places: places)
        linking = Linking(mentions: mentions, claims: claims) {
            // Each header decoded once, not once per mention.
            let languageOf = articles.indices.map { articles.header($0).language }
            return PairScorer(Array(mentions), languages: places.map { languageOf[Int($0.article)] }, senses: senses)
        }
        sourceCounts = Self.sourceCounts(linking, sourceOfArticle: sourceOfArticle)
    }

    /// A scorer over the mentions of `articles` alone, weighted by the whole corpus's `statistics`
    /// (as a build stored them): it scores those mentions as the corpus's own scorer does, without
    /// reading every mention. `mentions[k]` is the corpus index of the scorer's mention `k`.
    public func scorer(of articles: [Int], statistics: TermStatistics,
                       senses: WordSenses = .system) -> (scorer: PairScorer, mentions: [Int]) {
        let indexes = Array(Set(articles)).sorted().flatMap { linking.mentions.range(ofArticle: $0) }
        let languages = indexes.map { self.articles.header(linking.mentions.article(of: $0)).language }
        return (PairScorer(indexes.map { linking.mentions[$0] }, languages: languages, senses: senses, statistics: statistics),
                indexes)
    }

    /// Each article's date and source, from one pass over the headers.
    private static func headerFacts(_ articles: ArticleList) -> ([PublicationDate?], [Int32], [String]) {
        var dates: [PublicationDate?] = []
        var sources: [Int32] = []
        var names: [String] = []
        var number: [String: Int32] = [:]
        dates.reserveCapacity(articles.count)
        sources.reserveCapacity(articles.count)
        for a in articles.indices {
            dates.append(articles.published(a))
            let name = articles.outlet(a) ?? "article:" + articles.header(a).id
            if let known = number[name] {
                sources.append(known)
            } else {
                number[name] = Int32(names.count)
                sources.append(Int32(names.count))
                names.append(name)
            }
        }
        return (dates, sources, names)
    }

    private static func sourceCounts(_ linking: Linking, sourceOfArticle: [Int32]) -> [Int] {
        let places = linking.mentions.places
        return linking.claims.distinctCounts { sourceOfArticle[Int(places[Int($0)].article)] }
    }

    /// The index in `linking.mentions` of a sentence, if it is a claim. A sentence of several
    /// clauses answers with the clause reported by the most sources (the first on a tie).
    public func mention(article: Int, sentence: Int) -> Int? {
        mostReported(mentions(article: article, sentence: sentence))
    }

    /// Of one sentence's mentions, the one whose claim the most sources report (the first on a tie).
    func mostReported(_ all: [Int]) -> Int? {
        guard all.count > 1 else { return all.first }
        return all.max { sourceCounts[linking.claimOfMention[$0]] < sourceCounts[linking.claimOfMention[$1]] }
    }

    /// Every mention of a sentence, one per clause, in order; empty when it is not a claim.
    public func mentions(article: Int, sentence: Int) -> [Int] {
        linking.mentions.range(ofArticle: article).filter { Int(linking.mentions.places[$0].sentence) == sentence }
    }

    /// The one speaker of a claim, in its fullest form ("Xi Jinping" over "Xi"); `nil` for the
    /// outlets' own voice. Clustering never puts two incompatible speakers in one claim.
    public func speaker(of claim: Claim) -> String? {
        claim.members.map { linking.mentions[$0] }.max { ($0.speakerKey?.count ?? -1) < ($1.speakerKey?.count ?? -1) }?.speaker
    }

    /// The outlets (or, where unknown, articles) a claim appears in.
    public func sources(of claim: Claim) -> Set<String> {
        Set(claim.members.map { source(ofArticle: linking.mentions.article(of: $0)) })
    }

    /// What counts as one source: the outlet, or the article itself when its outlet is unknown.
    public func source(ofArticle index: Int) -> String {
        sourceNames[Int(sourceOfArticle[index])]
    }

    /// A number for the source of an article: equal for articles of one source.
    public func sourceID(ofArticle index: Int) -> Int {
        Int(sourceOfArticle[index])
    }
}

/// Order-keeping parallel map over both cores.
enum ParallelMap {
    static func map<T: Sendable>(_ range: Range<Int>, _ transform: @Sendable (Int) -> T) -> [T] {
        let box = Box<T>(count: range.count)
        DispatchQueue.concurrentPerform(iterations: range.count) { offset in
            box.set(offset, transform(range.lowerBound + offset))
        }
        return box.values
    }

    /// `first()` on this thread while `second()` runs on a thread of its own.
    static func both<A, B: Sendable>(_ first: () -> A, _ second: @escaping @Sendable () -> B) -> (A, B) {
        let background = BackgroundTask(second)
        let a = first()
        return (a, background.wait())
    }

    private final class Box<T>: @unchecked Sendable {
        private let lock = NSLock()
        private var slots: [T?]
        init(count: Int) { slots = Array(repeating: nil, count: count) }
        func set(_ i: Int, _ value: T) {
            lock.lock()
            slots[i] = value
            lock.unlock()
        }
        var values: [T] { slots.map { $0! } }
    }
}

/// Work started on a thread of its own, for a caller that has other work meanwhile. Not through
/// `ParallelMap.map`: a `concurrentPerform` inside another runs its work on one core, and callers
/// (the linker) have parallel steps of their own.
///
/// The work closure is let go before its value is handed over, so that what it captured (an
/// index store, say) is released by the time `wait()` returns, not whenever the thread is torn
/// down.
final class BackgroundTask<Value: Sendable>: @unchecked Sendable {
    private let result = Handover<Value>()
    /// Set in `init`, then read and cleared by the task's thread alone.
    private var work: (@Sendable () -> Value)?

    init(_ work: @escaping @Sendable () -> Value) {
        self.work = work
        let thread = Thread { [self] in
            let value = self.work!()
            self.work = nil
            result.give(value)
        }
        thread.stackSize = 16 << 20
        thread.start()
    }

    /// The value, once the work is done. Called once.
    func wait() -> Value {
        result.take()
    }
}

/// A value made on one thread and waited for on another, once.
final class Handover<Value: Sendable>: @unchecked Sendable {
    private let ready = DispatchSemaphore(value: 0)
    private var value: Value?

    func give(_ value: Value) {
        self.value = value
        ready.signal()
    }

    func take() -> Value {
        ready.wait()
        return value!
    }
}
