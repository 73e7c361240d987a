import Testing
@testable import NewsCore

/// A link must be, for one of its two sentences at least, that sentence's best link into the
/// other article.
@Suite("Best links between two articles")
struct RivalLinkTests {
    typealias Edge = ClaimLinker.Edge

    static func kept(_ edges: [Edge], articles: [Int32]) -> Set<[Int]> {
        Set(ClaimLinker.bestOfTheirArticles(edges, articleOf: articles).map { [$0.a, $0.b] })
    }

    @Test func aCrossLinkBeatenOnBothSidesIsDropped() {
        // Mentions 0 and 3 are in article 0, 1 and 2 in article 1. 0 says what 1 says, 3 what 2
        // says; 0 also reaches 2, more weakly than both of their own links.
        let articles: [Int32] = [0, 1, 1, 0]
        let edges = [Edge(a: 0, b: 1, score: 0.9), Edge(a: 0, b: 2, score: 0.6), Edge(a: 2, b: 3, score: 0.8)]
        #expect(Self.kept(edges, articles: articles) == [[0, 1], [2, 3]])
        // Close to the best, within the margin, it stays.
        let close = [Edge(a: 0, b: 1, score: 0.61), Edge(a: 0, b: 2, score: 0.6), Edge(a: 2, b: 3, score: 0.8)]
        #expect(Self.kept(close, articles: articles).contains([0, 2]))
    }

    @Test func twoClausesKeepTheirLinksToOneSentenceThatHoldsBoth() {
        // Mentions 1 and 2 are two clauses of one sentence of article 1; mention 0 (article 0)
        // says both in one sentence. For 0, one of them is the better; for each clause, 0 is its best.
        let articles: [Int32] = [0, 1, 1]
        let edges = [Edge(a: 0, b: 1, score: 0.7), Edge(a: 0, b: 2, score: 0.55)]
        #expect(Self.kept(edges, articles: articles) == [[0, 1], [0, 2]])
    }
}
