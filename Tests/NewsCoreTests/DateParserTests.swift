import Testing
@testable import NewsCore

@Suite("Dates")
struct DateParserTests {
    @Test(arguments: [
        ("Agregasi VOA, · Rabu 24 Maret 2021 08:17 WIB", "2021-03-24T08:17:00+07:00"),
        ("28 October 2021 20:47", "2021-10-28T20:47:00+07:00"),
        ("Senin, 22/03/2021 10:00 WITA", "2021-03-22T10:00:00+08:00"),
        ("Kamis (28/10/2021)", "2021-10-28"),
        ("Jumat, 1 Januari 2021 | 14.58 WIT", "2021-01-01T14:58:00+09:00"),
        ("March 24, 2021", "2021-03-24"),
        ("Diperbarui 2019-09-19 pukul 10:05", "2019-09-19T10:05:00+07:00"),
    ])
    func readsDatesInText(_ text: String, _ expected: String) {
        #expect(DateParser.firstDate(in: text)?.description == expected)
    }

    @Test(arguments: ["Selasa (23/3)", "31 Februari 2021", "pada pekan lalu", "Juni 2021", "14.58 WIB"])
    func rejectsIncompleteOrImpossibleDates(_ text: String) {
        #expect(DateParser.firstDate(in: text) == nil)
    }

    @Test func isoForms() {
        #expect(DateParser.parseISO("2019-09-19")?.description == "2019-09-19")
        #expect(DateParser.parseISO("2019-09-19T14:54:00+07:00")?.description == "2019-09-19T14:54:00+07:00")
        #expect(DateParser.parseISO("2019-09-19T07:54:00Z")?.description == "2019-09-19T07:54:00+00:00")
        #expect(DateParser.parseISO("2019-09-19T14:54:00.123+0700")?.utcOffsetMinutes == 420)
        #expect(DateParser.parseISO("2019-13-01") == nil)
        #expect(DateParser.parseISO("19 Sept 2019") == nil)
    }

    @Test func ordersByInstantAcrossZones() throws {
        let wib = try #require(DateParser.parseISO("2021-03-24T08:00:00+07:00"))
        let utc = try #require(DateParser.parseISO("2021-03-24T02:00:00Z"))
        #expect(wib < utc)
        #expect(wib.secondsSince1970 == 1_616_547_600)
    }
}

@Suite("Datelines")
struct DatelineTests {
    @Test(arguments: [
        ("JAKARTA - Presiden meresmikan jembatan baru di kota itu.", "JAKARTA" as String?, nil as String?),
        ("TRIBUNNEWS.COM - Pemimpin Korea Utara Kim Jong Un dan Presiden China bertukar pesan.", nil as String?, "TRIBUNNEWS.COM" as String?),
        ("Jakarta, CNBC Indonesia - Diplomat top China Yang Jiechi melakukan pertemuan.", "Jakarta", "CNBC Indonesia"),
        ("TEMPO.CO, Jakarta - Menteri mengatakan harga beras akan turun bulan depan.", "Jakarta", "TEMPO.CO"),
        ("Jakarta (ANTARA) - Menteri mengatakan harga beras akan turun bulan depan.", "Jakarta", "ANTARA"),
        ("JAKARTA, KOMPAS.com — Presiden meresmikan jembatan baru di kota itu.", "JAKARTA", "KOMPAS.com"),
    ])
    func readsDatelines(_ line: String, _ place: String?, _ outlet: String?) throws {
        let dateline = try #require(Dateline.match(line))
        #expect(dateline.place == place)
        #expect(dateline.outlet == outlet)
        #expect(dateline.rest.first?.isUppercase == true)
    }

    @Test(arguments: [
        "News - Thea Fathanah Arbar, CNBC Indonesia",
        "Korea Utara - China sepakat memperkuat hubungan kedua negara tahun ini.",
        "Presiden mengatakan - dalam pidatonya - bahwa harga akan turun.",
        "China-Korut Makin Mesra, Ini Bukti Terbarunya",
    ])
    func ignoresLinesThatAreNotDatelines(_ line: String) {
        #expect(Dateline.match(line) == nil)
    }
}
