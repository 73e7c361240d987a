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
