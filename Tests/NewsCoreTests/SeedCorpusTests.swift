import Foundation
import Testing
@testable import NewsCore

/// The five seeds, loaded the way the CLI loads them by default.
enum SeedCorpus {
    static let report: CorpusLoader.Report = {
        let folder = try! Seeds.directory()
        return CorpusLoader().load([folder])
    }()

    static func article(_ prefix: String) -> Article {
        report.articles.first { $0.id.hasPrefix(prefix) }!
    }
}

@Suite("Seed articles")
struct SeedCorpusTests {
    @Test func loadsAllFiveWithoutProblems() {
        #expect(SeedCorpus.report.articles.map(\.id) == [
            "000_9a2fe5602f12e20f", "001_d642c6b706a4b43b", "002_1c476190dc3753a6",
            "003_6b20b64fa4afd3ed", "004_7cab8cf64f69f02b",
        ])
        #expect(SeedCorpus.report.problems.isEmpty)
    }

    @Test func titles() {
        #expect(SeedCorpus.article("000").title
                == "Ada yang Baru Nih! Kim Jong-un dan Xi Jinping Saling Berbalas Pesan, Waspada Balasan AS")
        #expect(SeedCorpus.article("001").title == "Korea Utara dan China Tegaskan Aliansi Bersama")
        // 002 has no title line: it opens with its dateline, so the first sentence stands in.
        #expect(SeedCorpus.article("002").titleOrigin == .firstSentence)
        #expect(SeedCorpus.article("002").title.hasPrefix("Pemimpin Korea Utara Kim Jong-un menyerukan komunikasi"))
        // 003's first line is a "Breaking News:" kicker, not its title.
        #expect(SeedCorpus.article("003").title
                == "Kim Jong Un dan Xi Jinping Saling Bertukar Pesan, Bahas Kerja Sama Antar Kedua Negara")
        #expect(SeedCorpus.article("004").title == "China-Korut Makin Mesra, Ini Bukti Terbarunya")
    }

    @Test func outlets() {
        #expect(SeedCorpus.article("000").outlet == "Warta Ekonomi")
        #expect(SeedCorpus.article("000").outletEvidence == .selfReference)
        #expect(SeedCorpus.article("001").outlet == "Okezone")
        #expect(SeedCorpus.article("001").syndicatedFrom == "VOA")
        #expect(SeedCorpus.article("002").outlet == nil)
        #expect(SeedCorpus.article("002").outletDisplayName == "unknown (002_1c476190dc3753a6.txt)")
        #expect(SeedCorpus.article("003").outlet == "Tribunnews")
        #expect(SeedCorpus.article("004").outlet == "CNBC Indonesia")
    }

    @Test func publicationDatesOnlyFromHeaders() {
        #expect(SeedCorpus.article("001").published?.description == "2021-03-24T08:17:00+07:00")
        #expect(SeedCorpus.article("004").published?.description == "2021-10-28T20:47:00+07:00")
        // 000 and 002 mention 22 March 2021 in the story; that is not when they were published.
        #expect(SeedCorpus.article("000").published == nil)
        #expect(SeedCorpus.article("002").published == nil)
        #expect(SeedCorpus.article("003").published == nil)
    }

    @Test func peopleDatelinesAndLanguage() {
        #expect(SeedCorpus.article("000").editor == "Muhammad Syahrianto")
        #expect(SeedCorpus.article("000").author == nil)
        #expect(SeedCorpus.article("003").author == "Andari Wulan Nugrahani")
        #expect(SeedCorpus.article("004").author == "Thea Fathanah Arbar")
        #expect(SeedCorpus.article("001").dateline == "CHINA")
        #expect(SeedCorpus.article("002").dateline == "JAKARTA")
        #expect(SeedCorpus.article("004").dateline == "Jakarta")
        #expect(SeedCorpus.report.articles.allSatisfy { $0.language == .indonesian })
    }

    @Test func citedAgencies() {
        #expect(SeedCorpus.article("000").cited == ["KCNA", "Xinhua"])
        #expect(SeedCorpus.article("001").cited == ["VOA", "KCNA", "Xinhua"])
        #expect(SeedCorpus.article("002").cited == ["KCNA", "The Korea Herald", "Indonesian.cri.cn"])
        #expect(SeedCorpus.article("003").cited == ["KCNA", "Reuters"])
        #expect(SeedCorpus.article("004").cited == ["Reuters", "AP", "Xinhua"])
    }

    @Test(arguments: [
        "Baca juga", "BACA JUGA", "Berita lain terkait", "Follow", "Ikuti kami", "Bagikan", "KOMENTAR", "Terpopuler",
        "spinner", "Gambas", "Foto:", "KCNA VIA", "ATTENTION EDITORS", "Gambar ini diambil", "Foto dirilis",
        "AP Photo", "(AFP)", "https", ".jpg", "Editor:", "Tag Terkait", "©", "All Right Reserved", "(hoi/hoi)",
        "Tribunnews.com/", "Cari Berita", "Agregasi", "Breaking News", "TRIBUNNEWS.COM -", "JAKARTA -",
        "CNBC Indonesia -", "CHINA -", "28 October 2021",
    ])
    func noClutterSurvives(_ clutter: String) {
        for article in SeedCorpus.report.articles {
            #expect(!article.body.contains(clutter), "\(article.id) still contains \(clutter)")
        }
    }

    @Test func strayPageNumbersAreRemovedAndKept() {
        let removed = SeedCorpus.article("001").removed
        #expect(removed.filter { $0.reason == .pageNumber }.map(\.text) == ["1", "2"])
        #expect(!SeedCorpus.article("001").body.split(separator: "\n").contains("1"))
    }

    @Test func everyRemovedLineKeepsItsReasonAndLine() {
        let tribun = SeedCorpus.article("003").removed
        #expect(tribun.contains(RemovedLine(line: 1, text: "Breaking News:", reason: .widget)))
        #expect(tribun.contains(RemovedLine(line: 7, text: "KCNA VIA KNS/AFP", reason: .caption)))
        #expect(tribun.contains(RemovedLine(line: 39, text: "Presiden Tiongkok Xi Jinping", reason: .caption)))
        #expect(tribun.contains(RemovedLine(line: 50, text: "(Tribunnews.com/Andari Wulan Nugrahani)", reason: .signOff)))
        let cnbc = SeedCorpus.article("004").removed
        #expect(cnbc.contains { $0.line == 5 && $0.reason == .caption && $0.text.hasPrefix("North Korean leader") })
        #expect(cnbc.contains(RemovedLine(line: 29, text: "(hoi/hoi)", reason: .signOff)))
    }

    @Test func bodiesKeepTheStory() {
        // The subheading of 000 and the last paragraph of 002 are story text, not clutter.
        #expect(SeedCorpus.article("000").body.contains("AS perkuat sekutu"))
        #expect(SeedCorpus.article("002").body.hasSuffix("pada Senin 22 Maret kemarin."))
        #expect(SeedCorpus.article("003").body.hasPrefix("Pemimpin Korea Utara Kim Jong Un dan Presiden China"))
        #expect(SeedCorpus.article("004").body.hasPrefix("Diplomat top China Yang Jiechi"))
    }

    @Test func sentenceOffsetsPointIntoTheBody() {
        for article in SeedCorpus.report.articles {
            let scalars = Array(article.body.unicodeScalars)
            for sentence in article.sentences {
                #expect(sentence.start < sentence.end && sentence.end <= scalars.count)
                let text = article.text(of: sentence)
                #expect(text == String(String.UnicodeScalarView(scalars[sentence.start..<sentence.end])))
                #expect(text.first?.isWhitespace == false && text.last?.isWhitespace == false)
            }
        }
    }

    @Test func trickySeedSentences() {
        let cnbc = SeedCorpus.article("004")
        let texts = cnbc.sentences.map(cnbc.text(of:))
        // An ellipsis inside a quote does not end the sentence.
        #expect(texts.contains("\"Saya ingin ... memimpin hubungan bilateral untuk tak henti-hentinya naik ke tingkat baru untuk kepentingan kedua negara dan rakyat mereka.\""))
        let unknown = SeedCorpus.article("002")
        let unknownTexts = unknown.sentences.map(unknown.text(of:))
        // A domain does not end a sentence, and "KCNA." does.
        #expect(unknownTexts.contains("Sementara, melansir Indonesian.cri.cn, pesan ini disampaikan pada Senin 22 Maret kemarin."))
        let tribun = SeedCorpus.article("003")
        #expect(tribun.text(of: tribun.sentences[0])
                == "Pemimpin Korea Utara Kim Jong Un dan Presiden China Xi Jinping bertukar pesan, demikian KCNA melaporkan.")
        #expect(SeedCorpus.report.articles.map(\.sentences.count) == [13, 12, 10, 11, 15])
    }
}

@Suite("Bundled seeds")
struct BundledSeedsTests {
    /// The copy bundled as a resource must stay byte-identical to the top-level seeds/.
    @Test func resourceCopyMatchesTopLevelSeeds() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let top = root.appendingPathComponent("seeds")
        let bundled = root.appendingPathComponent("Sources/NewsCore/Resources/seeds")
        let names = try FileManager.default.contentsOfDirectory(atPath: top.path).sorted()
        #expect(names.count == 5)
        #expect(try FileManager.default.contentsOfDirectory(atPath: bundled.path).sorted() == names)
        for name in names {
            let a = try Data(contentsOf: top.appendingPathComponent(name))
            let b = try Data(contentsOf: bundled.appendingPathComponent(name))
            #expect(a == b, "\(name) differs")
        }
    }

    @Test func seedsAreFoundNextToTheBuiltProducts() throws {
        let folder = try Seeds.directory()
        #expect(folder.hasSuffix("newsreader_NewsCore.resources/seeds"))
    }
}
