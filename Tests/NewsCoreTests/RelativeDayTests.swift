import Foundation
import Testing
@testable import NewsCore

/// Days a sentence names from the day it was written, and ranges of days.
@Suite("Relative days and ranges")
struct RelativeDayTests {
    let harness = MentionHarness()
    /// A Tuesday.
    let tuesday = PublicationDate(year: 2019, month: 9, day: 10)

    @Test func daysCountFromThePublicationDay() {
        let m = harness.mentions([
            "Balapan MotoGP kembali bergulir akhir pekan ini di Sirkuit Misano.",
            "Pembalap Spanyol Marc Marquez tiba di Italia kemarin.",
            "Sesi latihan bebas pertama akan dimulai besok pagi.",
            "Tim pabrikan Honda hari ini mengumumkan pembalap pengganti Jorge Lorenzo.",
            "Lorenzo cedera saat tampil di Belanda pada Minggu kemarin.",
            "Hingga hari ini pihak tim belum memberikan keterangan tentang kontrak Lorenzo.",
        ], published: tuesday)
        #expect(m[0]?.time?.description == "2019-09-14")
        #expect(m[0]?.timeSource == .sentence)
        #expect(m[1]?.time?.description == "2019-09-09")
        #expect(m[2]?.time?.description == "2019-09-11")
        #expect(m[3]?.time?.description == "2019-09-10")
        // "Minggu kemarin" is last Sunday, not yesterday; "hingga hari ini" is a span up to now.
        #expect(m[4]?.timeSource == .article)
        #expect(m[5]?.timeSource == .article)
    }

    @Test func theByteScanFindsTheWordsInAnyCase() {
        #expect(DateParser.mayNameRelativeDay("KEMARIN, Presiden meresmikan jembatan."))
        #expect(DateParser.mayNameRelativeDay("Pertandingan digelar Akhir Pekan Ini."))
        #expect(!DateParser.mayNameRelativeDay("Presiden meresmikan jembatan baru di Kalimantan."))
        #expect(!DateParser.mayNameRelativeDay("hari"))
    }

    /// The speaker's "besok" counts from the day of speaking, which the text may not give.
    @Test func aQuotationsDaysAreTheSpeakers() {
        let m = harness.mentions([
            "\"Besok kami akan mengumumkan jadwal balapan Formula E di Monas,\" kata Gubernur DKI Jakarta Anies Baswedan.",
            "Jadwal itu kata Anies akan diumumkan bersama tim penyelenggara Formula E besok.",
        ], published: tuesday)
        #expect(m[0]?.timeSource == .article)
        #expect(m[1]?.time?.description == "2019-09-11")
    }

    @Test func aRangeOfDaysIsAnchoredOnItsFirstDay() {
        #expect(DateParser.anchors(in: "digelar pada 20-22 September 2019 di Singapura", referenceYear: nil).first?.description
                == "2019-09-20")
        #expect(DateParser.anchors(in: "digelar pada 17 - 22 September 2019", referenceYear: nil).first?.description
                == "2019-09-17")
        #expect(DateParser.anchors(in: "digelar 17 hingga 22 September", referenceYear: 2019).first?.description
                == "2019-09-17")
        #expect(DateParser.anchors(in: "skor 2-1 pada babak pertama", referenceYear: 2019).isEmpty)
    }

    /// The days of a range are no figures of the claim: only the counts differ here.
    @Test func theDaysOfARangeAreNoNumbers() {
        let m = harness.mentions([
            "Sebanyak 15 wakil Indonesia akan mengikuti turnamen yang digelar di Changzhou, China, 17-22 September.",
        ], published: tuesday)
        #expect(m[0]?.numbers == ["15"])
    }

    /// Two reports that a race series resumes "this weekend", written a week apart, are two
    /// weekends; the F1 report's range of days says which.
    @Test func twoWeekendsAreTwoEvents() throws {
        let folder = TemporaryFolder()
        func record(_ id: String, _ outlet: String, _ published: String, _ body: String) -> String {
            let fields: [String: String] = ["id": id, "outlet": outlet, "title": "Balap", "published": published, "body": body]
            return String(decoding: try! JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys]), as: UTF8.self)
        }
        folder.write("races.jsonl", [
            record("f1", "Kompas", "2019-09-20T09:20:00+07:00",
                   "Rangkaian seri balap F1 akan kembali bergulir akhir pekan ini, tepatnya pada 20-22 September 2019."),
            record("moto", "Tempo", "2019-09-10T17:58:00+07:00", "Rangkaian seri balap akan kembali bergulir akhir pekan ini."),
        ].joined(separator: "\n") + "\n")
        let articles = CorpusLoader().load([folder.path]).articles
        let f1 = try #require(articles.firstIndex { $0.id == "f1" })
        let moto = try #require(articles.firstIndex { $0.id == "moto" })
        let claims = CorpusClaims(articles: articles, analyzer: try TextAnalyzer.system())
        let a = try #require(claims.mention(article: f1, sentence: 0))
        let b = try #require(claims.mention(article: moto, sentence: 0))
        #expect(claims.linking.mentions[a].time?.description == "2019-09-20")
        #expect(claims.linking.mentions[b].time?.description == "2019-09-14")
        #expect(claims.linking.scorer.explain(a, b).factors.contains { $0.name == "time" && $0.value < 1 })
        #expect(claims.linking.claimOfMention[a] != claims.linking.claimOfMention[b])
    }
}
