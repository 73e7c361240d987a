import Testing
@testable import NewsCore

@Suite("Timeless statements")
struct TimelessTests {
    let harness = MentionHarness()
    let published = PublicationDate(year: 2021, month: 7, day: 11)

    @Test func statementsOfStateTakeNoDate() {
        let m = harness.mentions([
            "Presiden China Xi Jinping bertukar pesan dengan Kim Jong Un pada Minggu (11/7/2021).",
            "China adalah satu-satunya sekutu utama Korea Utara dan mitra dagang terbesarnya.",
            "Kedua negara terikat perjanjian persahabatan dan pertahanan bersama sejak 1961.",
        ], published: published)
        #expect(m[0]?.timeSource == .sentence)
        #expect(m[1]?.time == nil)
        #expect(m[1]?.timeSource == ClaimMention.TimeSource.none)
        #expect(m[2]?.time == nil)
    }

    @Test func englishStatementOfState() {
        let m = harness.mentions([
            "China is North Korea's only major ally and its biggest trading partner.",
        ], language: .english, published: published)
        #expect(m[0]?.time == nil)
    }

    @Test func eventsAndAttributedStatementsKeepTheirDate() {
        let m = harness.mentions([
            "Presiden China Xi Jinping bertukar pesan dengan Kim Jong Un pada Minggu (11/7/2021).",
            "Kim mengatakan hubungan kedua negara adalah aset berharga bagi rakyat.",
            "Kini harga beras adalah yang tertinggi dalam sepuluh tahun terakhir.",
            "Pemerintah menaikkan harga bahan bakar minyak sebesar sepuluh persen.",
        ], published: published)
        #expect(m[1]?.time?.description == "2021-07-11")
        #expect(m[2]?.time?.description == "2021-07-11")
        #expect(m[3]?.time?.description == "2021-07-11")
    }
}

extension TimelessTests {
    /// "Gempa tidak berpotensi tsunami" in two reports four days apart: with no name and no number,
    /// nothing but the day tells one earthquake's report from the next one's. A named speaker
    /// keeps the ten days any claim is allowed.
    @Test func reportsWithNoNameOrNumberDaysApartAreTwoEvents() throws {
        func article(_ id: String, day: Int, _ sentence: String) -> Article {
            let body = "Guncangan gempa dirasakan warga di sejumlah kecamatan sejak sore hari.\n" + sentence
            return Article(id: id, source: SourceLocation(path: id), title: id, outlet: id,
                           published: PublicationDate(year: 2019, month: 9, day: day), body: body,
                           sentences: SentenceSplitter.split(body))
        }
        let claims = CorpusClaims(articles: [
            article("a", day: 10, "Gempa tersebut tidak berpotensi menimbulkan tsunami di wilayah pesisir."),
            article("b", day: 14, "Gempa itu tidak berpotensi menimbulkan tsunami di wilayah pesisir."),
            article("c", day: 10, "Dwikorita Karnawati memastikan gempa tidak berpotensi menimbulkan tsunami di pesisir."),
            article("d", day: 14, "Dwikorita Karnawati memastikan gempa itu tidak berpotensi menimbulkan tsunami di pesisir."),
        ], analyzer: try TextAnalyzer.system())
        func time(_ a: Int, _ b: Int) throws -> Double {
            let first = try #require(claims.mention(article: a, sentence: 1)), second = try #require(claims.mention(article: b, sentence: 1))
            return try #require(claims.linking.scorer.explain(first, second).factors.first { $0.name == "time" }).value
        }
        #expect(try time(0, 1) < 1)
        #expect(try time(2, 3) == 1)
    }
}
