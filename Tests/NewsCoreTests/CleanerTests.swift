import Testing
@testable import NewsCore

@Suite("Cleaning rules")
struct CleanerTests {
    func clean(_ lines: [String], title: Bool = false) -> Cleaner.Result {
        Cleaner.clean(lines.enumerated().map { SourceLine(number: $0.offset + 1, text: $0.element) },
                      expectTitleLine: title)
    }

    @Test func lostLinkKeepsTheParagraphAfterTheLabel() {
        let result = clean([
            "Presiden meresmikan jembatan baru di kota itu pada Senin pagi.",
            "Baca Juga:,,Sebelumnya, KPK telah menetapkan lima tersangka dalam kasus itu.",
            "Baca juga:,Baca juga:,,Ditanya wartawan, menteri itu menolak menjawab.",
            "https://img.example.net/a/b/foto.jpeg,,,,,Video kedua hadir dengan tampilan baru.",
            "Baca juga: Presiden Xi Jinping Ingatkan Negara Lain Jangan Menekan China",
        ])
        #expect(result.body.map(\.text) == [
            "Presiden meresmikan jembatan baru di kota itu pada Senin pagi.",
            "Sebelumnya, KPK telah menetapkan lima tersangka dalam kasus itu.",
            "Ditanya wartawan, menteri itu menolak menjawab.",
            "Video kedua hadir dengan tampilan baru.",
        ])
        #expect(result.removed == [
            RemovedLine(line: 2, text: "Baca Juga:,,", reason: .relatedArticle),
            RemovedLine(line: 3, text: "Baca juga:,Baca juga:,,", reason: .relatedArticle),
            RemovedLine(line: 4, text: "https://img.example.net/a/b/foto.jpeg,,,,,", reason: .imageURL),
            RemovedLine(line: 5, text: "Baca juga: Presiden Xi Jinping Ingatkan Negara Lain Jangan Menekan China",
                        reason: .relatedArticle),
        ])
    }

    @Test func leadingScrapeJunkIsDropped() {
        #expect(Cleaner.stripLeadingJunk(",,,Warga menyambut gembira.") == "Warga menyambut gembira.")
        #expect(Cleaner.stripLeadingJunk(", - Agenda rapat paripurna digelar.") == "Agenda rapat paripurna digelar.")
        #expect(Cleaner.stripLeadingJunk("- Tanpa koma tetap.") == "- Tanpa koma tetap.")
    }

    @Test func aDatelineThatLostItsPlaceLeavesNoDash() {
        let opened = ["- Persaingan di ranah skutik tidak menjadi ketakutan bagi perusahaan itu.",
                      "— Peneliti senior itu menyebutkan pengesahan revisi menunjukkan hal lain.",
                      "-, keenam kualifikasi mempertemukan Inggris lawan Kosovo pada Rabu."]
        for line in opened {
            let result = clean([line, "- Butir kedua daftar tetap memakai tanda pisahnya sendiri."])
            #expect(result.body.map(\.text) == [String(line.drop { "-—, ".contains($0) }),
                                                "- Butir kedua daftar tetap memakai tanda pisahnya sendiri."])
            #expect(result.dateline == nil)
        }
        #expect(clean(["- Terlalu pendek."]).body.map(\.text) == ["- Terlalu pendek."])
    }

    @Test func finishedParagraphsAboveADatelineAreBodyNotHeader() {
        let result = clean([
            "Rapat paripurna digelar di gedung dewan pada Selasa pagi dan dihadiri gubernur serta para anggota.",
            "BANDUNG - Dewan mengusulkan enam calon pimpinan yang akan diajukan ke kementerian.",
        ])
        #expect(result.dateline == nil)
        #expect(result.removed.isEmpty)
        #expect(result.body.count == 2)
    }

    @Test func lowerCaseFragmentIsNotAPrompt() {
        #expect(LineRules.classify("tulis komentar salah satu netizen.") == nil)
        #expect(LineRules.classify("Tulis komentar") == .prompt)
    }

    @Test(arguments: [
        ("Terpopuler", RemovalReason.widget), ("spinner loading", .widget), ("[Gambas:Video CNBC]", .widget),
        ("Editor: Muhammad Syahrianto", .byline), ("(hoi/hoi)", .signOff), ("(Tribunnews.com/Andari)", .signOff),
        ("© 2021 TRIBUNnews.com,a subsidiary of KG Media.", .copyright), ("12", .pageNumber),
        ("KCNA VIA KNS/AFP", .caption), ("Presiden Joko Widodo (Foto: Biro Pers)", .caption),
        ("Yuk Follow Kami di Google News", .prompt), ("BERITA TERKINI", .widget),
    ])
    func classifiesClutter(_ line: String, _ reason: RemovalReason) {
        #expect(LineRules.classify(line) == reason)
    }

    @Test(arguments: [
        "Presiden mengatakan foto itu beredar luas di media sosial sejak pekan lalu dan memicu perdebatan panjang di kalangan warga.",
        "KCNA mengatakan Xi juga menyatakan komitmennya untuk memberi rakyat kedua negara kehidupan yang lebih baik.",
        "AS perkuat sekutu",
        "(Korea Utara menyebut latihan itu sebagai provokasi.)",
    ])
    func keepsStoryText(_ line: String) {
        #expect(LineRules.classify(line) == nil)
    }
}
