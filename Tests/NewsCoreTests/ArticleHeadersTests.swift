import Testing
@testable import NewsCore

@Suite("Article headers of an index")
struct ArticleHeadersTests {
    /// The seeds' headers and one with every field set, as a build writes them.
    static let headers: [Article] = (SeedCorpus.report.articles + [BinaryCodingTests.fullArticle]).map(ReaderTables.header(of:))

    static var encoded: [UInt8] { ReaderTables(headers: headers, places: []).encodedHeaders() }

    @Test func datesAndOutletsAreReadAtOnceAndHeadersWhenAsked() throws {
        let table = try ArticleHeaders(decoding: Self.encoded)
        #expect(table.count == Self.headers.count)
        #expect(table.outlets == Self.headers.map(\.outlet))
        #expect(table.published.map { $0?.secondsSince1970 } == Self.headers.map { $0.published?.secondsSince1970 })
        #expect(table.outlets.contains(nil) && table.published.contains(nil) && table.published.contains { $0 != nil })
        for (i, header) in Self.headers.enumerated() {
            #expect(table.header(i) == header, "\(header.id)")
        }
    }

    @Test func anArticleListOfHeadersAnswersWithoutReadingBodies() throws {
        let list = ArticleList(headers: try ArticleHeaders(decoding: Self.encoded)) { _ in
            Article(id: "full", source: SourceLocation(path: "x"), title: "read in full", body: "")
        }
        for (i, header) in Self.headers.enumerated() {
            #expect(list.outlet(i) == header.outlet)
            #expect(list.published(i)?.secondsSince1970 == header.published?.secondsSince1970)
            #expect(list.outletDisplayName(i) == header.outletDisplayName)
            #expect(list.header(i).title == header.title)
        }
        #expect(list[0].title == "read in full")
    }

    @Test func aBrokenLayoutThrows() {
        let bytes = Self.encoded
        for cut in stride(from: 0, to: bytes.count, by: 7) {
            #expect(throws: BinaryDecodingError.self, "prefix of \(cut) bytes") { try ArticleHeaders(decoding: Array(bytes[..<cut])) }
        }
        #expect(throws: BinaryDecodingError.self) { try ArticleHeaders(decoding: bytes + [0]) }
        // A whole article is not a header: it has sentences.
        let full = ReaderTables(headers: [SeedCorpus.report.articles[0]], places: []).encodedHeaders()
        #expect(throws: BinaryDecodingError.self) { try ArticleHeaders(decoding: full) }
    }

    @Test func aHeaderThatDoesNotDecodeReadsAsAPlaceholderThatSaysSo() throws {
        let header = Self.headers[1]
        var bytes = ReaderTables(headers: [header], places: []).encodedHeaders()
        let title = Array(header.title.utf8)
        let at = try #require((0...(bytes.count - title.count)).first { Array(bytes[$0..<$0 + title.count]) == title })
        bytes[at] = 0xFF  // not UTF-8
        let table = try ArticleHeaders(decoding: bytes)
        let shown = table.header(0)
        #expect(shown.title.contains("newsreader index --rebuild"))
        #expect(shown.outlet == header.outlet)
        #expect(shown.published?.secondsSince1970 == header.published?.secondsSince1970)
    }

    @Test func claimsOfMentionsAndDistinctCountsComeFromOnePass() {
        let claims = ClaimList([
            Claim(members: [0, 3, 4], representative: 3, scores: [1, 1, 1]),
            Claim(members: [1], representative: 1, scores: [1]),
            Claim(members: [2, 5], representative: 2, scores: [1, 1]),
        ])
        #expect(claims.claimOfMentions(count: 6) == [0, 1, 2, 0, 0, 2])
        #expect(claims.claimOfMentions(count: 4) == [0, 1, 2, 0])
        let source: [Int32] = [7, 7, 8, 7, 9, 8]
        #expect(claims.distinctCounts { source[Int($0)] } == [2, 1, 1])
    }
}
