import Testing
@testable import NewsCore

/// A number written with a magnitude word, in digits, or as a time with a colon is one value, so
/// that two outlets' ways of writing it agree (and two different numbers still do not).
@Suite("Number values")
struct NumberValueTests {
    let harness = MentionHarness()

    @Test func oneValueHoweverItIsWritten() {
        let m = harness.mentions([
            "Kunjungan wisman ke Sumut mencapai 137 ribu orang dengan belanja Rp 3,5 juta per orang pada pukul 16:33 WIB.",
            "Kunjungan wisman ke Sumut mencapai 137.000 orang dengan belanja Rp 3.500.000 per orang pada pukul 16.33 WIB.",
            "KPK menduga Imam menerima uang Rp 26,5 miliar dari pengurusan proposal hibah KONI tahun itu.",
            "KPK menduga Imam menerima uang Rp 26.500.000.000 dari pengurusan proposal hibah KONI tahun itu.",
            "Sebanyak 36 anggota BPBD Kobar memeriksakan kesehatan di Dinas Kesehatan Kobar hari itu.",
            "Sebanyak 39 anggota BPBD Kobar memeriksakan kesehatan di Dinas Kesehatan Kobar hari itu.",
            "Kerugian negara dari bea masuk dan cukai yang tidak tertagih yaitu sebesar Rp797,293,831.",
        ])
        #expect(m[0]?.numbers == ["137000", "3500000", "16.33"])
        #expect(m[0]?.numbers == m[1]?.numbers)
        #expect(m[2]?.numbers == ["26500000000"])
        #expect(m[2]?.numbers == m[3]?.numbers)
        #expect(m[4]?.numbers != m[5]?.numbers)
        #expect(m[6]?.numbers == ["797293831"])
    }

    /// "Rp 26,5 miliar" names no one: the currency before an amount is no entity.
    @Test func aCurrencyBeforeAnAmountIsNoEntity() {
        let m = harness.mentions(["KPK menduga Imam menerima uang Rp 26,5 miliar dari pengurusan proposal hibah KONI."])
        #expect(m[0] != nil)
        #expect(m[0]?.entities.contains("rp") == false)
        #expect(m[0]?.terms.contains("@rp") == false)
    }
}
