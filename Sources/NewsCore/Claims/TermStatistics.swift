/// What the pair scorer's weights depend on across a corpus: in how many mentions each term
/// occurs, and how many mentions there are. A build stores them, so that scoring two mentions
/// later (`explain`) needs only their two articles, not every mention of the corpus.
public struct TermStatistics: Sendable, Equatable {
    /// Per term (stem, `@entity`, `#number`): the number of mentions that hold it.
    public var documentFrequency: [String: Int]
    public var mentionCount: Int

    public init(documentFrequency: [String: Int], mentionCount: Int) {
        self.documentFrequency = documentFrequency
        self.mentionCount = mentionCount
    }
}
