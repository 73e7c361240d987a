/// Articles grouped into stories: articles of different outlets that share at least two linked
/// claims belong to one story, and so, transitively, do the articles linked to those.
///
/// A story is what a reader browses a large corpus by: "Xi's message to Kim, told by five
/// outlets over three days".
public struct Stories: Sendable {
    /// One story: its articles (earliest first), outlets and the claims they share.
    public struct Story: Sendable, Equatable {
        public var articles: [Int]
        /// Source names (outlet, or `article:ID` when unknown), sorted.
        public var sources: [String]
        public var first: PublicationDate?
        public var last: PublicationDate?
        /// Claims reported by at least two of the story's sources, most sources first.
        public var claims: [Int]
        /// The article whose title names the story: the earliest.
        public var lead: Int { articles[0] }
    }

    /// Linked claims two articles of different outlets must share to be one story.
    public static let sharedClaims = 2
    /// A claim in more articles than this is a stock phrase or background of a whole topic (a
    /// boilerplate line, "the KPK law was revised"), not a sign that two articles tell one story;
    /// counting it would chain a month of news into one story.
    public static let maxClaimArticles = 12

    /// Stories with at least two sources, most sources first, then most articles, then newest.
    public let stories: [Story]
    /// The story of each article that is in one.
    public let storyOfArticle: [Int: Int]

    /// Stories made before (a persistent index keeps them), in their order.
    public init(stories: [Story]) {
        self.stories = stories
        var storyOf: [Int: Int] = [:]
        for (s, story) in stories.enumerated() { for a in story.articles { storyOf[a] = s } }
        storyOfArticle = storyOf
    }

    public init(_ corpus: CorpusClaims) {
        let linking = corpus.linking
        // Per pair of articles of different sources: how many claims they share.
        var shared: [Int: Int] = [:]
        var multiSource: [Int] = []
        for c in linking.claims.indices where linking.claims.members(of: c).count > 1 {
            let articles = Set(linking.claims.members(of: c).map { linking.mentions.article(of: Int($0)) }).sorted()
            guard articles.count > 1 else { continue }
            if Set(articles.map(corpus.sourceID(ofArticle:))).count > 1 { multiSource.append(c) }
            guard articles.count <= Self.maxClaimArticles else { continue }
            for (x, a) in articles.enumerated() {
                for b in articles[(x + 1)...] where corpus.sourceID(ofArticle: a) != corpus.sourceID(ofArticle: b) {
                    shared[a << 32 | b, default: 0] += 1
                }
            }
        }
        var parent = Array(corpus.articles.indices)
        func root(_ x: Int) -> Int {
            var x = x
            while parent[x] != x {
                parent[x] = parent[parent[x]]
                x = parent[x]
            }
            return x
        }
        var joined = Set<Int>()
        for (pair, count) in shared where count >= Self.sharedClaims {
            let a = pair >> 32, b = pair & 0xFFFF_FFFF
            joined.insert(a)
            joined.insert(b)
            let ra = root(a), rb = root(b)
            if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
        }
        var members: [Int: [Int]] = [:]
        for article in joined.sorted() { members[root(article), default: []].append(article) }
        var claimsOfRoot: [Int: [Int]] = [:]
        for c in multiSource {
            let first = linking.mentions.article(of: linking.claims[c].members[0])
            guard joined.contains(first) else { continue }
            claimsOfRoot[root(first), default: []].append(c)
        }
        var stories: [Story] = members.map { r, articles in
            let ordered = articles.sorted {
                CorpusClaims.isEarlier(corpus.dates[$0], $0, corpus.dates[$1], $1)
            }
            let dates = ordered.compactMap { corpus.dates[$0] }
            let inStory = Set(articles)
            let claims = (claimsOfRoot[r] ?? []).map { c -> (Int, Int) in
                let sources = Set(linking.claims[c].members.map(linking.mentions.article(of:))
                    .filter(inStory.contains).map(corpus.sourceID(ofArticle:)))
                return (c, sources.count)
            }.filter { $0.1 >= 2 }.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.map(\.0)
            return Story(articles: ordered, sources: Set(articles.map(corpus.source(ofArticle:))).sorted(),
                         first: dates.min(), last: dates.max(), claims: claims)
        }
        stories.sort { a, b in
            if a.sources.count != b.sources.count { return a.sources.count > b.sources.count }
            if a.articles.count != b.articles.count { return a.articles.count > b.articles.count }
            let x = a.last?.secondsSince1970 ?? .min, y = b.last?.secondsSince1970 ?? .min
            return x != y ? x > y : a.lead < b.lead
        }
        self.init(stories: stories)
    }
}

/// Which source reports which claim of a story: rows are claims, columns are sources.
public struct CoverageMatrix: Sendable, Equatable {
    public var claims: [Int]
    public var sources: [String]
    /// `cells[row][column]`: the mention of that claim in that source's articles, or `nil`.
    public var cells: [[Int?]]

    public init(story: Stories.Story, in corpus: CorpusClaims) {
        claims = story.claims
        sources = story.sources
        let inStory = Set(story.articles)
        let column = Dictionary(uniqueKeysWithValues: sources.enumerated().map { ($1, $0) })
        cells = claims.map { c in
            var row = [Int?](repeating: nil, count: story.sources.count)
            for member in corpus.linking.claims[c].members {
                let article = corpus.linking.mentions.article(of: member)
                guard inStory.contains(article), let x = column[corpus.source(ofArticle: article)], row[x] == nil else { continue }
                row[x] = member
            }
            return row
        }
    }
}
