/// A sentence of an article's cleaned body, as a half-open range of Unicode scalar offsets.
///
/// Offsets are kept in 32 bits (a long article has a million sentences; an article is at most
/// `IngestLimits.longestArticle`, far below 2 GiB), so a sentence takes 20 bytes, not 56.
public struct Sentence: Sendable, Equatable, Hashable {
    private var storedIndex: Int32
    private var storedStart: Int32
    private var storedEnd: Int32
    /// −1 when not recorded.
    private var storedUTF8Start: Int32
    private var storedUTF8End: Int32

    /// 0-based position in the article.
    public var index: Int {
        get { Int(storedIndex) }
        set { storedIndex = Int32(clamping: newValue) }
    }

    public var start: Int {
        get { Int(storedStart) }
        set { storedStart = Int32(clamping: newValue) }
    }

    public var end: Int {
        get { Int(storedEnd) }
        set { storedEnd = Int32(clamping: newValue) }
    }

    /// The same range as UTF-8 offsets into the body, when the splitter recorded them: with them
    /// `Article.text(of:)` costs the sentence's length, not its position in the body.
    public var utf8Start: Int? {
        get { storedUTF8Start < 0 ? nil : Int(storedUTF8Start) }
        set { storedUTF8Start = newValue.map { Int32(clamping: $0) } ?? -1 }
    }

    public var utf8End: Int? {
        get { storedUTF8End < 0 ? nil : Int(storedUTF8End) }
        set { storedUTF8End = newValue.map { Int32(clamping: $0) } ?? -1 }
    }

    public init(index: Int, start: Int, end: Int, utf8Start: Int? = nil, utf8End: Int? = nil) {
        storedIndex = Int32(clamping: index)
        storedStart = Int32(clamping: start)
        storedEnd = Int32(clamping: end)
        storedUTF8Start = utf8Start.map { Int32(clamping: $0) } ?? -1
        storedUTF8End = utf8End.map { Int32(clamping: $0) } ?? -1
    }
}
