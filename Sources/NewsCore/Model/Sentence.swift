/// A sentence of an article's cleaned body, as a half-open range of Unicode scalar offsets.
public struct Sentence: Sendable, Equatable, Hashable {
    /// 0-based position in the article.
    public var index: Int
    public var start: Int
    public var end: Int

    public init(index: Int, start: Int, end: Int) {
        self.index = index
        self.start = start
        self.end = end
    }
}
