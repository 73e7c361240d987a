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
    /// An article of September 2019 whose second sentence (index 1) is `sentence`, after `lead`.
    static func article(_ id: String, day: Int, lead: String, _ sentence: String) -> Article {
        let body = lead + "\n" + sentence
        return Article(id: id, source: SourceLocation(path: id), title: id, outlet: id,
                       published: PublicationDate(year: 2019, month: 9, day: day), body: body,
                       sentences: SentenceSplitter.split(body))
    }

    @Test func reportsWithNoNameOrNumberDaysApartAreTwoEvents() throws {
        func article(_ id: String, day: Int, _ sentence: String) -> Article {
            Self.article(id, day: day, lead: "Guncangan gempa dirasakan warga di sejumlah kecamatan sejak sore hari.", sentence)
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

extension TimelessTests {
    /// Two forecasts, each giving its own day: "Jumat (20/9/2019)" and "Selasa (17/9/2019)" are
    /// two forecasts, though the ten days any claim is allowed would join them, and though they
    /// name BMKG. The same day written two ways, or the next day, is one event.
    @Test func sentencesThatEachGiveTheirDayDaysApartAreTwoEvents() throws {
        func article(_ id: String, day: Int, _ sentence: String) -> Article {
            Self.article(id, day: day, lead: "Warga diimbau tetap waspada terhadap perubahan cuaca di wilayah ibu kota.", sentence)
        }
        let claims = CorpusClaims(articles: [
            article("a", day: 20, "BMKG memprediksi cuaca di Jakarta cerah berawan sepanjang hari, Jumat (20/9/2019)."),
            article("b", day: 17, "BMKG memprediksi cuaca di Jakarta cerah berawan sepanjang hari, Selasa (17/9/2019)."),
            article("c", day: 20, "BMKG memprediksi cuaca Jakarta cerah berawan sepanjang hari pada Jumat, 20 September 2019."),
            article("d", day: 21, "BMKG memprediksi cuaca di Jakarta cerah berawan sepanjang hari, Sabtu (21/9/2019)."),
        ], analyzer: try TextAnalyzer.system())
        func mention(_ a: Int) throws -> Int { try #require(claims.mention(article: a, sentence: 1)) }
        func time(_ a: Int, _ b: Int) throws -> Double {
            try #require(claims.linking.scorer.explain(try mention(a), try mention(b)).factors.first { $0.name == "time" }).value
        }
        #expect(try time(0, 1) < 1)
        let note = try #require(claims.linking.scorer.explain(try mention(0), try mention(1)).factors.first { $0.name == "time" }).note
        #expect(note.contains("each sentence gives its day"), "\(note)")
        #expect(try time(0, 2) == 1)
        #expect(try time(0, 3) == 1)
        #expect(claims.linking.claimOfMention[try mention(0)] != claims.linking.claimOfMention[try mention(1)])
        #expect(claims.linking.claimOfMention[try mention(0)] == claims.linking.claimOfMention[try mention(2)])
    }
}
