/// A sentence of an article's cleaned body, as a half-open range of Unicode scalar offsets.
public struct Sentence: Sendable, Equatable, Hashable {
    /// 0-based position in the article.
    public var index: Int
    public var start: Int
    public var end: Int
    /// The same range as UTF-8 offsets into the body, when the splitter recorded them: with them
    /// `Article.text(of:)` costs the sentence's length, not its position in the body.
    public var utf8Start: Int?
    public var utf8End: Int?

    public init(index: Int, start: Int, end: Int, utf8Start: Int? = nil, utf8End: Int? = nil) {
        self.index = index
        self.start = start
        self.end = end
        self.utf8Start = utf8Start
        self.utf8End = utf8End
    }
}
