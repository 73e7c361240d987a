/// Each article's claim extraction, in memory or read from a persistent index when asked for.
public struct ExtractionList: RandomAccessCollection, Sendable {
    private enum Storage: Sendable {
        /// Every article's mentions in one list (`starts[a]..<starts[a + 1]` are article `a`'s),
        /// shared with the linker, so that they are held once.
        case memory(Flat)
        case indexed(count: Int, cache: RecentValues<ClaimExtractor.Result>)
    }

    private let storage: Storage

    private struct Flat: Sendable {
        let mentions: [ClaimMention]
        let starts: [Int]
        let skipped: [[Int: SkipReason]]
    }

    public init(_ results: [ClaimExtractor.Result]) {
        var results = results
        self = Self.flattening(&results).list
    }

    /// The list, and every mention in article order. Each article's mentions are let go as they
    /// are copied and `results` is left empty, so its mentions are held once, not twice.
    static func flattening(_ results: inout [ClaimExtractor.Result]) -> (list: ExtractionList, mentions: [ClaimMention]) {
        var mentions: [ClaimMention] = []
        var starts = [0]
        var skipped: [[Int: SkipReason]] = []
        starts.reserveCapacity(results.count + 1)
        skipped.reserveCapacity(results.count)
        if results.count == 1 {
            mentions = results[0].mentions  // one (possibly huge) article: its list, not a copy
            results[0].mentions = []
        } else {
            mentions.reserveCapacity(results.reduce(0) { $0 + $1.mentions.count })
        }
        for a in results.indices {
            mentions += results[a].mentions
            results[a].mentions = []
            starts.append(mentions.count)
            skipped.append(results[a].skipped)
        }
        results = []
        return (ExtractionList(storage: .memory(Flat(mentions: mentions, starts: starts, skipped: skipped))), mentions)
    }

    private init(storage: Storage) {
        self.storage = storage
    }

    /// `count` articles' extractions, each read by `fetch` (its mentions carrying their article).
    public init(count: Int, fetch: @escaping @Sendable (Int) -> ClaimExtractor.Result) {
        storage = .indexed(count: count, cache: RecentValues(keep: 256, make: fetch))
    }

    public var startIndex: Int { 0 }

    public var endIndex: Int {
        switch storage {
        case .memory(let flat): flat.skipped.count
        case .indexed(let count, _): count
        }
    }

    public subscript(article: Int) -> ClaimExtractor.Result {
        switch storage {
        case .memory(let flat):
            ClaimExtractor.Result(mentions: Array(flat.mentions[flat.starts[article]..<flat.starts[article + 1]]),
                                  skipped: flat.skipped[article])
        case .indexed(_, let cache): cache.value(article)
        }
    }
}

/// Where a mention is: its article and sentence.
public struct MentionPlace: Sendable, Equatable {
    public var article: Int32
    public var sentence: Int32

    public init(article: Int32, sentence: Int32) {
        self.article = article
        self.sentence = sentence
    }
}

/// Every mention of a corpus, article by article in corpus order. The places of all mentions are
/// held; a mention itself (terms, speaker, time) comes from its article's extraction, which an
/// index-backed corpus reads when asked for.
public struct MentionList: RandomAccessCollection, Sendable {
    private let extractions: ExtractionList?
    /// Per mention: its article and sentence.
    public let places: [MentionPlace]
    /// Per article: the index of its first mention; one more entry holds the total.
    private let firstOfArticle: [Int]
    private let held: [ClaimMention]?

    /// `mentions`, in memory, article by article.
    public init(_ mentions: [ClaimMention]) {
        extractions = nil
        held = mentions
        places = mentions.map { MentionPlace(article: Int32($0.article), sentence: Int32($0.sentence)) }
        firstOfArticle = Self.starts(places, articles: (mentions.map(\.article).max() ?? -1) + 1)
    }

    /// Mentions at `places` (article by article, as the extractions list them), read from
    /// `extractions` when asked for.
    public init(_ extractions: ExtractionList, places: [MentionPlace]) {
        self.extractions = extractions
        held = nil
        self.places = places
        firstOfArticle = Self.starts(places, articles: extractions.count)
    }

    private static func starts(_ places: [MentionPlace], articles: Int) -> [Int] {
        var starts = [Int](repeating: places.count, count: articles + 1)
        for (m, place) in places.enumerated().reversed() where Int(place.article) < articles {
            starts[Int(place.article)] = m
        }
        for a in stride(from: articles - 1, through: 0, by: -1) where starts[a] > starts[a + 1] {
            starts[a] = starts[a + 1]
        }
        return starts
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { places.count }

    public subscript(m: Int) -> ClaimMention {
        if let held { return held[m] }
        let article = Int(places[m].article)
        let list = extractions![article].mentions, k = m - firstOfArticle[article]
        // An extraction that cannot be read (a damaged index) gives a bare mention, not a crash.
        guard k < list.count else { return Self.bare(places[m]) }
        return list[k]
    }

    private static func bare(_ place: MentionPlace) -> ClaimMention {
        ClaimMention(article: Int(place.article), sentence: Int(place.sentence), speakerKey: nil, cue: nil, relays: [],
                     quoted: false, time: nil, timeSource: .none, terms: [], names: [], numbers: [], negated: false)
    }

    /// The article of mention `m`, without reading the mention.
    public func article(of m: Int) -> Int { Int(places[m].article) }

    /// The mentions of article `a`, a range of indexes.
    public func range(ofArticle a: Int) -> Range<Int> {
        guard a >= 0, a + 1 < firstOfArticle.count else { return 0..<0 }
        return firstOfArticle[a]..<firstOfArticle[a + 1]
    }
}
