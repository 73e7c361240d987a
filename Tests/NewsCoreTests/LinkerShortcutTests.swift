import Foundation
import Testing
@testable import NewsCore

/// The linker's shortcuts skip work whose answer is already known: they must never change a link.
@Suite("Linker shortcuts")
struct LinkerShortcutTests {
    @Test func theFastPathLinksExactlyThePairsTheFullScoreLinks() {
        Self.expectFastPathAgrees(SeedLinkingTests.claims.linking.scorer, minimumLinked: 20)
    }

    /// Across languages the wording is the Dice with soft matches: the bound must allow for it.
    @Test func theFastPathAgreesAcrossLanguages() throws {
        let folder = TemporaryFolder()
        folder.write("en.txt", CrossLanguageTests.englishReport)
        folder.write("outlets.tsv", "en\tAP\n")
        let english = CorpusLoader().load([folder.path]).articles
        try #require(english.first?.language == .english)
        let claims = CorpusClaims(articles: SeedCorpus.report.articles + english, analyzer: try TextAnalyzer.system())
        let scorer = claims.linking.scorer
        let en = try #require(claims.articles.firstIndex { $0.id == "en" })
        let crossLinked = (0..<scorer.mentions.count).filter { i in
            scorer.articleOf[i] == en && (0..<scorer.mentions.count).contains { j in
                scorer.articleOf[j] != en && scorer.score(i, j) >= scorer.threshold(i, j)
            }
        }
        #expect(crossLinked.count >= 2, "too few English sentences reach an Indonesian one to test the bound")
        Self.expectFastPathAgrees(scorer, minimumLinked: 20)
    }

    static func expectFastPathAgrees(_ scorer: PairScorer, minimumLinked: Int) {
        let n = scorer.mentions.count
        var pairs = 0, linked = 0, boundBelowScore: [String] = [], disagreements: [String] = []
        for i in 0..<n {
            for j in 0..<n where scorer.articleOf[i] != scorer.articleOf[j] {
                pairs += 1
                let full = scorer.score(i, j), threshold = scorer.threshold(i, j)
                // The bound answers one question, whether a pair can reach its threshold: where the
                // lexical score does, the bound must not be under it.
                let lexical = scorer.lexical(i, j)
                if lexical >= threshold, scorer.lexicalUpperBound(i, j) < lexical - 1e-12 { boundBelowScore.append("\(i)~\(j)") }
                let fast = scorer.linkScore(i, j)
                if full >= threshold { linked += 1 }
                if (fast != nil) != (full >= threshold) || (fast.map { $0 != full } ?? false) {
                    disagreements.append("\(i)~\(j): fast \(fast.map { "\($0)" } ?? "nil"), full \(full)")
                }
            }
        }
        #expect(pairs > 1_000 && linked > minimumLinked, "too few pairs to test: \(pairs), \(linked) linked")
        #expect(boundBelowScore.isEmpty, "upper bound under the lexical score: \(boundBelowScore.prefix(5))")
        #expect(disagreements.isEmpty, "\(disagreements.prefix(5))")
    }

    @Test func workOnASecondThreadComesBackBesideTheFirst() {
        // The first closure has parallel steps of its own, as the linker has.
        let (first, second) = ParallelMap.both({ ParallelMap.map(0..<100) { $0 * 2 }.reduce(0, +) },
                                               { (0..<1_000).reduce(0, +) })
        #expect(first == 9_900)
        #expect(second == 499_500)
    }
}
