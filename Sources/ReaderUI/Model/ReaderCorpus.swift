import NewsCore

/// Everything the reader shows that depends on the whole corpus, computed once when it opens:
/// the claims and their links, the search index, the stories, and the outlets with their articles.
/// Rendering only looks things up here.
public final class ReaderCorpus: Sendable {
    /// An outlet and its articles, newest first.
    public struct Outlet: Sendable, Equatable {
        public var name: String
        public var articles: [Int]
    }

    public let claims: CorpusClaims
    public let stories: Stories
    /// Outlets with the most articles first; unknown outlets last.
    public let outlets: [Outlet]
    /// Per article: its index in `outlets`.
    public let outletOfArticle: [Int]
    /// Per article: how many of its claims another source also reports.
    public let sharedClaimCounts: [Int]
    /// Claims by number of sources, most first (ties in corpus order); sorted when first shown.
    public var claimsBySources: [(claim: Int, sources: Int)] { ranking.value() }
    private let ranking: OnFirstUse<[(claim: Int, sources: Int)], Never>
    private let searchIndex: OnFirstUse<SearchIndex, any Error>

    /// The search index; from a persistent index it is read at the first search, not at open.
    public func search() throws -> SearchIndex { try searchIndex.value() }

    /// The articles; `articles.header(i)` when only the title, outlet or date is needed.
    public var articles: ArticleList { claims.articles }

    /// The corpus of `claims`; `stories` when an index kept them, else they are grouped here.
    public convenience init(claims: CorpusClaims, search: SearchIndex, stories: Stories? = nil) {
        self.init(claims: claims, search: { search }, stories: stories)
    }

    /// The same, with the search index opened by `search` when it is first used.
    public init(claims: CorpusClaims, search: @escaping @Sendable () throws -> SearchIndex, stories: Stories? = nil) {
        self.claims = claims
        searchIndex = OnFirstUse(make: search)
        self.stories = stories ?? Stories(claims)
        let articles = claims.articles
        var byOutlet: [String: [Int]] = [:]
        var known = Set<String>()
        for i in articles.indices {
            let name = articles.outletDisplayName(i)
            byOutlet[name, default: []].append(i)
            if articles.outlet(i) != nil { known.insert(name) }
        }
        // Each date's seconds once, not at every comparison of the sort.
        let seconds = claims.dates.map { $0?.secondsSince1970 }
        outlets = byOutlet.map { name, list in
            Outlet(name: name, articles: list.sorted { CorpusOrder.newer(seconds[$0], $0, seconds[$1], $1) })
        }.sorted { a, b in
            let unknownA = !known.contains(a.name), unknownB = !known.contains(b.name)
            if unknownA != unknownB { return !unknownA }
            return a.articles.count != b.articles.count ? a.articles.count > b.articles.count : a.name < b.name
        }
        var outletOf = [Int](repeating: 0, count: articles.count)
        for (o, outlet) in outlets.enumerated() { for a in outlet.articles { outletOf[a] = o } }
        outletOfArticle = outletOf
        let sourceCounts = claims.sourceCounts
        var shared = [Int](repeating: 0, count: articles.count)
        for m in claims.linking.mentions.indices where sourceCounts[claims.linking.claimOfMention[m]] > 1 {
            shared[claims.linking.mentions.article(of: m)] += 1
        }
        sharedClaimCounts = shared
        ranking = OnFirstUse(make: {
            sourceCounts.enumerated().map { ($0.offset, $0.element) }.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
        })
    }

    /// Analyses the articles and builds the corpus; `progress` hears each step's name.
    public convenience init(articles: [Article], analyzer: TextAnalyzer, progress: (String) -> Void = { _ in }) {
        progress("linking claims of \(articles.count) articles")
        let claims = CorpusClaims(articles: articles, analyzer: analyzer)
        progress("indexing \(articles.count) articles for search")
        let search = SearchIndex(articles: articles, analyzer: analyzer)
        progress("grouping stories")
        self.init(claims: claims, search: search)
    }
}

/// Ordering of articles by publication date.
enum CorpusOrder {
    /// Newest first; undated last; then corpus order. `x` and `y` are seconds since 1970.
    static func newer(_ x: Int?, _ i: Int, _ y: Int?, _ j: Int) -> Bool {
        switch (x, y) {
        case let (x?, y?) where x != y: return x > y
        case (.some, nil): return true
        case (nil, .some): return false
        default: return i < j
        }
    }
}
