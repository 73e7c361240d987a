import Foundation

/// Articles by corpus position: held in memory, or read from a persistent index when asked for.
///
/// An index-backed list keeps every article's header (id, title, outlet, date, language, with an
/// empty body) in memory, encoded, so that lists and orderings never read a body; `self[i]` reads
/// the full article and keeps the last few.
public struct ArticleList: RandomAccessCollection, Sendable {
    private enum Storage: Sendable {
        case memory([Article])
        case lazy(count: Int, fetch: @Sendable (Int) -> Article)
        case indexed(headers: ArticleHeaders, cache: RecentValues<Article>)
    }

    private let storage: Storage

    public init(_ articles: [Article]) {
        storage = .memory(articles)
    }

    /// `count` articles, each read by `fetch` when it is needed (not cached: callers ask for few).
    public init(count: Int, fetch: @escaping @Sendable (Int) -> Article) {
        storage = .lazy(count: count, fetch: fetch)
    }

    /// Articles known by their `headers`, each read in full by `fetch` when it is needed.
    public init(headers: ArticleHeaders, fetch: @escaping @Sendable (Int) -> Article) {
        storage = .indexed(headers: headers, cache: RecentValues(keep: 64, make: fetch))
    }

    public var startIndex: Int { 0 }

    public var endIndex: Int {
        switch storage {
        case .memory(let articles): articles.count
        case .lazy(let count, _): count
        case .indexed(let headers, _): headers.count
        }
    }

    public subscript(position: Int) -> Article {
        switch storage {
        case .memory(let articles): articles[position]
        case .lazy(_, let fetch): fetch(position)
        case .indexed(_, let cache): cache.value(position)
        }
    }

    /// The article at `position` for what its header holds (id, title, outlet, date, language,
    /// source): without its body when the list reads bodies from an index.
    public func header(_ position: Int) -> Article {
        switch storage {
        case .memory(let articles): articles[position]
        case .lazy(_, let fetch): fetch(position)
        case .indexed(let headers, _): headers.header(position)
        }
    }

    /// The publication date of the article at `position`, without decoding its header.
    public func published(_ position: Int) -> PublicationDate? {
        switch storage {
        case .indexed(let headers, _): headers.published[position]
        default: header(position).published
        }
    }

    /// The outlet of the article at `position`, if known, without decoding its header.
    public func outlet(_ position: Int) -> String? {
        switch storage {
        case .indexed(let headers, _): headers.outlets[position]
        default: header(position).outlet
        }
    }

    /// The outlet as a reader sees it (`Article.outletDisplayName`); decodes the header only
    /// when the outlet is unknown, for the file name.
    public func outletDisplayName(_ position: Int) -> String {
        outlet(position) ?? header(position).outletDisplayName
    }
}

/// Values made on demand by position, the most recently used few kept.
final class RecentValues<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private let keep: Int
    private let make: @Sendable (Int) -> Value
    private var values: [Int: (value: Value, used: Int)] = [:]
    private var clock = 0

    init(keep: Int, make: @escaping @Sendable (Int) -> Value) {
        self.keep = keep
        self.make = make
    }

    func value(_ position: Int) -> Value {
        lock.lock()
        clock += 1
        if let hit = values[position] {
            values[position] = (hit.value, clock)
            lock.unlock()
            return hit.value
        }
        lock.unlock()
        let made = make(position)
        lock.lock()
        defer { lock.unlock() }
        if values.count >= keep, let oldest = values.min(by: { $0.value.used < $1.value.used })?.key {
            values[oldest] = nil
        }
        values[position] = (made, clock)
        return made
    }
}
