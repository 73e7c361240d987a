/// Articles by corpus position: held in memory, or read from a persistent index when asked for.
public struct ArticleList: RandomAccessCollection, Sendable {
    private enum Storage: Sendable {
        case memory([Article])
        case lazy(count: Int, fetch: @Sendable (Int) -> Article)
    }

    private let storage: Storage

    public init(_ articles: [Article]) {
        storage = .memory(articles)
    }

    /// `count` articles, each read by `fetch` when it is needed (not cached: callers ask for few).
    public init(count: Int, fetch: @escaping @Sendable (Int) -> Article) {
        storage = .lazy(count: count, fetch: fetch)
    }

    public var startIndex: Int { 0 }

    public var endIndex: Int {
        switch storage {
        case .memory(let articles): articles.count
        case .lazy(let count, _): count
        }
    }

    public subscript(position: Int) -> Article {
        switch storage {
        case .memory(let articles): articles[position]
        case .lazy(_, let fetch): fetch(position)
        }
    }
}
