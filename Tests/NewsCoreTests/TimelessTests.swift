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
    /// Articles of September 2019, one per `(day, sentence)`, each opening with `lead`: the
    /// sentence is their sentence 1.
    static func claims(lead: String, _ reports: [(day: Int, sentence: String)]) throws -> CorpusClaims {
        CorpusClaims(articles: reports.enumerated().map { k, report in
            let body = lead + "\n" + report.sentence
            return Article(id: "a\(k)", source: SourceLocation(path: "a\(k)"), title: "a\(k)", outlet: "o\(k)",
                           published: PublicationDate(year: 2019, month: 9, day: report.day), body: body,
                           sentences: SentenceSplitter.split(body))
        }, analyzer: try TextAnalyzer.system())
    }

    /// The time factor between sentence 1 of articles `a` and `b`.
    static func time(_ claims: CorpusClaims, _ a: Int, _ b: Int) throws -> PairScore.Factor {
        let first = try #require(claims.mention(article: a, sentence: 1)), second = try #require(claims.mention(article: b, sentence: 1))
        return try #require(claims.linking.scorer.explain(first, second).factors.first { $0.name == "time" })
    }

    /// "Gempa tidak berpotensi tsunami" in two reports four days apart: with no name and no number,
    /// nothing but the day tells one earthquake's report from the next one's. A named speaker
    /// keeps the ten days any claim is allowed.
    @Test func reportsWithNoNameOrNumberDaysApartAreTwoEvents() throws {
        let claims = try Self.claims(lead: "Guncangan gempa dirasakan warga di sejumlah kecamatan sejak sore hari.", [
            (10, "Gempa tersebut tidak berpotensi menimbulkan tsunami di wilayah pesisir."),
            (14, "Gempa itu tidak berpotensi menimbulkan tsunami di wilayah pesisir."),
            (10, "Dwikorita Karnawati memastikan gempa tidak berpotensi menimbulkan tsunami di pesisir."),
            (14, "Dwikorita Karnawati memastikan gempa itu tidak berpotensi menimbulkan tsunami di pesisir."),
        ])
        #expect(try Self.time(claims, 0, 1).value < 1)
        #expect(try Self.time(claims, 2, 3).value == 1)
    }
}

extension TimelessTests {
    /// Two forecasts, each giving its own day: "Jumat (20/9/2019)" and "Selasa (17/9/2019)" are
    /// two forecasts, though the ten days any claim is allowed would join them, and though they
    /// name BMKG. The same day written two ways, or the next day, is one event.
    @Test func sentencesThatEachGiveTheirDayDaysApartAreTwoEvents() throws {
        let claims = try Self.claims(lead: "Warga diimbau tetap waspada terhadap perubahan cuaca di wilayah ibu kota.", [
            (20, "BMKG memprediksi cuaca di Jakarta cerah berawan sepanjang hari, Jumat (20/9/2019)."),
            (17, "BMKG memprediksi cuaca di Jakarta cerah berawan sepanjang hari, Selasa (17/9/2019)."),
            (20, "BMKG memprediksi cuaca Jakarta cerah berawan sepanjang hari pada Jumat, 20 September 2019."),
            (21, "BMKG memprediksi cuaca di Jakarta cerah berawan sepanjang hari, Sabtu (21/9/2019)."),
        ])
        let apart = try Self.time(claims, 0, 1)
        #expect(apart.value < 1)
        #expect(apart.note.contains("each sentence gives its day"), "\(apart.note)")
        #expect(try Self.time(claims, 0, 2).value == 1)
        #expect(try Self.time(claims, 0, 3).value == 1)
        func claim(_ a: Int) throws -> Int { claims.linking.claimOfMention[try #require(claims.mention(article: a, sentence: 1))] }
        #expect(try claim(0) != claim(1))
        #expect(try claim(0) == claim(2))
    }
}
