import Testing
@testable import NewsCore

@Suite("Search")
struct SearchTests {
    static let index = SearchIndex(articles: SeedCorpus.report.articles, analyzer: try! TextAnalyzer.system())

    func hits(_ query: String, limit: Int = 50) throws -> [SearchHit] {
        try Self.index.search(try SearchQuery.parse(query), limit: limit)
    }

    func text(_ hit: SearchHit) -> String {
        let article = Self.index.articles[hit.article]
        return hit.sentence.map { article.text(of: article.sentences[$0]) } ?? article.title
    }

    func highlighted(_ hit: SearchHit) -> [String] {
        let scalars = Array(text(hit).unicodeScalars)
        return hit.highlights.map { String(String.UnicodeScalarView(scalars[$0])) }
    }

    func prefixes(_ hits: [SearchHit]) -> Set<String> {
        Set(hits.map { String(Self.index.articles[$0.article].id.prefix(3)) })
    }

    @Test(arguments: ["aset berharga", "tegaskan", "\"kekuatan musuh\" -outlet:okezone", "Korut OR Beijing -amerika",
                      "=tegaskan", "kim speaker:xi", "lang:id after:2021-03-23", "-kim xi", "Jong-un"])
    func anIndexForOneQueryAnswersItAsTheWholeIndex(_ text: String) throws {
        let query = try SearchQuery.parse(text)
        let alone = SearchIndex(articles: SeedCorpus.report.articles, analyzer: try TextAnalyzer.system(), onlyFor: query)
        #expect(try alone.search(query, limit: 500) == Self.index.search(query, limit: 500))
        #expect(alone.vocabulary.count < Self.index.vocabulary.count / 10)
    }

    @Test func asetBerhargaFindsTheThreeMarchReports() throws {
        let found = try hits("aset berharga")
        #expect(prefixes(found) == ["000", "001", "002"])
        for hit in found { #expect(highlighted(hit) == ["aset", "berharga"]) }
    }

    @Test func tegaskanFindsEveryFormOfTheWord() throws {
        let found = try hits("tegaskan")
        #expect(found.contains { $0.sentence == nil && Self.index.articles[$0.article].id.hasPrefix("001") })
        let sentences = found.compactMap { $0.sentence == nil ? nil : text($0) }
        #expect(sentences.filter { $0.contains("menegaskan kembali aliansi") }.count == 2)
        #expect(Set(found.flatMap(highlighted)).isSubset(of: ["Tegaskan", "menegaskan"]))
    }

    @Test func aliasFindsTheFullName() throws {
        let found = try hits("Korut")
        #expect(found.contains { text($0).contains("Korea Utara") && !text($0).contains("Korut") })
        let hit = try #require(found.first { text($0).hasPrefix("Kim Jong-un menjelaskan") })
        #expect(highlighted(hit) == ["Korea Utara", "Korea Utara"])
    }

    @Test func phraseWithExcludedOutlet() throws {
        let found = try hits("\"kekuatan musuh\" -outlet:okezone")
        #expect(!found.isEmpty)
        #expect(!prefixes(found).contains("001"))  // Okezone
        for hit in found { #expect(highlighted(hit) == ["kekuatan", "musuh"]) }
        // 001 says "kekuatan-kekuatan bermusuhan": the phrase finds it once Okezone is allowed.
        #expect(prefixes(try hits("\"kekuatan musuh\"")).contains("001"))
        // Words not in order are not the phrase.
        #expect(try hits("\"musuh kekuatan\"").isEmpty)
    }

    @Test func orExclusionExactAndFilters() throws {
        #expect(prefixes(try hits("Yang OR Jiechi")) == ["000", "004"])
        #expect(prefixes(try hits("jiechi -anchorage")) == ["004"])
        #expect(try hits("=tegaskan").allSatisfy { highlighted($0) == ["Tegaskan"] })
        #expect(prefixes(try hits("xi lang:id outlet:tribun")) == ["003"])
        #expect(prefixes(try hits("xi after:2021-10-01")) == ["004"])
        #expect(prefixes(try hits("xi before:2021-03-31")) == ["001"])
        #expect(try hits("aset speaker:xi").count == 3)
        #expect(try hits("aset -speaker:xi").isEmpty)
    }

    @Test func tiesGoToTheNewestArticle() throws {
        let found = try hits("Korut", limit: 100)
        for (x, y) in zip(found, found.dropFirst()) where x.score == y.score {
            let px = Self.index.articles[x.article].published, py = Self.index.articles[y.article].published
            if let px, let py { #expect(px >= py) } else { #expect(py == nil || px != nil) }
        }
        #expect(zip(found, found.dropFirst()).allSatisfy { $0.score >= $1.score })
    }

    @Test(arguments: [
        ("", SearchQueryError.empty),
        ("   ", .empty),
        ("yang dan di", .onlyStopwords(["yang", "dan", "di"])),
        ("\"kekuatan musuh", .unbalancedQuote),
        ("foo:bar", .unknownField("foo")),
        ("after:2021-13-45", .badDate("after", "2021-13-45")),
        ("before:kemarin", .badDate("before", "kemarin")),
        ("lang:fr", .badLanguage("fr")),
        ("-korut", .onlyExclusions),
        ("korut OR", .misplacedOr),
        ("korut \u{1B}[31m", .controlCharacter("U+001B")),
    ])
    func badQueriesGetAClearError(_ query: String, _ expected: SearchQueryError) {
        #expect(throws: expected) { _ = try self.hits(query) }
    }

    @Test func tenThousandCharacterQueryIsRefused() {
        let query = String(repeating: "korut ", count: 1_700)
        #expect(throws: SearchQueryError.tooLong(query.count, limit: SearchQuery.longest)) { _ = try self.hits(query) }
    }
}

extension SearchTests {
    /// A remembered quote finds its sentence first: the query's words in the order typed, close
    /// together, rank above a shorter sentence that only shares them.
    @Test func wordsInTheOrderTypedRankFirst() throws {
        func article(_ id: String, _ body: String) -> Article {
            Article(id: id, source: SourceLocation(path: id), title: "Kabar \(id)", body: body,
                    sentences: SentenceSplitter.split(body))
        }
        let quote = "\"Dukungan ini saya terima dengan syarat kita harus kompak dan bersatu demi partai,\" kata Bamsoet."
        let other = "Ia terima kasih atas dukungan itu."
        let index = SearchIndex(articles: [article("a", other), article("b", quote)], analyzer: try TextAnalyzer.system())
        let found = try index.search(try SearchQuery.parse("dukungan ini saya terima"))
        #expect(found.map(\.article) == [1, 0])
        // Typed the other way round, the short sentence holds them in order and comes first.
        #expect(try index.search(try SearchQuery.parse("terima dukungan")).map(\.article) == [0, 1])
    }
}
