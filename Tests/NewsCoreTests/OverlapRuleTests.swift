import Foundation
import Testing
@testable import NewsCore

/// The overlap rule, and the soft-match table the linker looks matches up in.
@Suite("Overlap and soft-match table")
struct OverlapRuleTests {
    @Test func aShortSentenceContainedInALongOneIsNotTheSameClaim() throws {
        let folder = TemporaryFolder()
        folder.write("a.txt", """
            Neymar Bawa PSG Menang

            Neymar Jr mencetak gol di masa injury time babak kedua untuk memastikan kemenangan Paris Saint-Germain atas Strasbourg dengan skor akhir 1-0 pada Sabtu malam.
            Pelatih Thomas Tuchel memuji penampilan Neymar dalam laga itu.
            """)
        folder.write("b.txt", """
            Skuad PSG untuk Liga Champions

            Neymar ada di grup, itu sudah pasti.
            Thomas Tuchel memuji penampilan Neymar dalam laga tersebut.
            """)
        folder.write("outlets.tsv", "a\tOkezone\nb\tSINDOnews\n")
        let articles = CorpusLoader().load([folder.path]).articles
        let a = try #require(articles.firstIndex { $0.id == "a" })
        let b = try #require(articles.firstIndex { $0.id == "b" })
        let claims = CorpusClaims(articles: articles, analyzer: try TextAnalyzer.system())
        let long = try #require(claims.mention(article: a, sentence: 0))
        let short = try #require(claims.mention(article: b, sentence: 0))
        let contained = claims.linking.scorer.explain(long, short)
        #expect(contained.factors.contains { $0.name == "overlap" && $0.value < 1 })
        #expect(claims.linking.claimOfMention[long] != claims.linking.claimOfMention[short])

        // Two tellings of one statement share most of their words: the rule leaves them alone.
        let praise = claims.linking.scorer.explain(try #require(claims.mention(article: a, sentence: 1)),
                                                   try #require(claims.mention(article: b, sentence: 1)))
        #expect(!praise.factors.contains { $0.name == "overlap" })
        #expect(claims.crossReferences(article: a, sentence: 1).references.map(\.article) == [b])
    }

    /// A word in many sentences of both articles is their topic: two sentences that share it and
    /// little else are not one claim, while the sentence that both outlets carry still links.
    @Test func wordsOfTheArticlesTopicWeighLess() throws {
        let folder = TemporaryFolder()
        folder.write("a.txt", """
            Kasus Obat Kedaluwarsa di Depok

            Dinas kesehatan menjelaskan bahwa penyakit tuberkulosis memiliki beberapa tingkatan pengobatan.
            Petugas puskesmas memberikan obat tuberkulosis kedaluwarsa kepada seorang pasien di Depok.
            Obat tuberkulosis itu seharusnya sudah ditarik dari gudang puskesmas bulan lalu.
            Pasien tuberkulosis tersebut kini dirawat oleh dokter dinas kesehatan.
            """)
        folder.write("b.txt", """
            Kronologi Obat Kedaluwarsa

            Petugas salah membaca nama pasien pada kotak obat milik penderita tuberkulosis lain.
            Petugas puskesmas memberikan obat tuberkulosis kedaluwarsa kepada seorang pasien di Depok.
            Keluarga pasien tuberkulosis melapor ke dinas kesehatan kota.
            Dinas kesehatan memeriksa seluruh stok obat tuberkulosis di puskesmas.
            """)
        folder.write("outlets.tsv", "a\tOkezone\nb\tTempo\n")
        let articles = CorpusLoader().load([folder.path]).articles
        let a = try #require(articles.firstIndex { $0.id == "a" })
        let b = try #require(articles.firstIndex { $0.id == "b" })
        let claims = CorpusClaims(articles: articles, analyzer: try TextAnalyzer.system())
        let scorer = claims.linking.scorer
        let stages = try #require(claims.mention(article: a, sentence: 0))
        let misread = try #require(claims.mention(article: b, sentence: 0))
        let shared = try #require(scorer.mentions[stages].terms.first { $0.hasPrefix("tuberkulosis") || $0 == "@tuberkulosis" })
        #expect(scorer.sharedWeight(shared, stages, misread) < scorer.weight(shared) / 1.5)
        #expect(claims.linking.claimOfMention[stages] != claims.linking.claimOfMention[misread])
        #expect(claims.crossReferences(article: a, sentence: 1).references.map(\.article) == [b])
    }

    /// The table of soft neighbours, found through an inverted index of synsets, holds exactly
    /// the pairs that comparing sense lists one by one accepts.
    @Test func softNeighboursAreThePairsSoftMatchAccepts() {
        let words = ["tahap", "tingkat", "buat", "jadi", "kerja", "operasi", "kondisi", "situasi", "aset", "harta",
                     "kata", "ujar", "sebut", "naik", "turun", "harga", "nilai", "serang", "tabrak", "suka", "gemar",
                     "negara", "bangsa", "pemimpin", "kepala", "jalan", "lewat", "rumah", "gedung", "uang", "dana"]
        let senses = words.map { WordSenses.system.synsets(of: $0, language: .indonesian) }
        #expect(senses.filter { !$0.isEmpty }.count > 20)
        let table = PairScorer.neighbours(senses, senses)
        var matches = 0
        for i in words.indices {
            let expected = words.indices.filter { j in !senses[i].isEmpty && PairScorer.softMatch(senses[i], senses[j]) != nil }
            #expect(table[i] == expected.map(Int32.init), "\(words[i])")
            matches += expected.count
        }
        #expect(matches > words.count)
    }
}

/// The rules that keep one subject apart from one statement, and one story from another.
@Suite("Subject and story rules")
struct SubjectAndStoryRuleTests {
    /// Two articles read with their outlets (Kompas and Tempo).
    func claims(_ a: String, _ b: String) throws -> (CorpusClaims, Int, Int) {
        let folder = TemporaryFolder()
        folder.write("a.txt", a)
        folder.write("b.txt", b)
        folder.write("outlets.tsv", "a\tKompas\nb\tTempo\n")
        let articles = CorpusLoader().load([folder.path]).articles
        let claims = CorpusClaims(articles: articles, analyzer: try TextAnalyzer.system())
        return (claims, try #require(articles.firstIndex { $0.id == "a" }), try #require(articles.firstIndex { $0.id == "b" }))
    }

    @Test func sentencesSharingOnlyNamesAreOneSubjectNotOneStatement() throws {
        let (claims, a, b) = try claims("""
            Konser Band Senja Kelabu

            Band Senja Kelabu merilis album keempat berisi sepuluh lagu baru pada Jumat malam.
            """, """
            Festival Musik Jakarta

            Penampilan Senja Kelabu menjadi penutup festival musik di Ancol.
            """)
        let first = try #require(claims.mention(article: a, sentence: 0))
        let second = try #require(claims.mention(article: b, sentence: 0))
        let explained = claims.linking.scorer.explain(first, second)
        #expect(explained.factors.contains { $0.name == "words" && $0.value < 1 })
        #expect(claims.crossReferences(article: a, sentence: 0).references.isEmpty)
    }

    @Test func aSharedWordLeavesTheSubjectRuleAlone() throws {
        let (claims, a, b) = try claims("""
            Album Baru

            Band Senja Kelabu merilis album keempat berisi sepuluh lagu baru pada Jumat malam.
            """, """
            Rilis Album

            Senja Kelabu merilis album keempat dengan sepuluh lagu baru, Jumat malam.
            """)
        let explained = claims.linking.scorer.explain(try #require(claims.mention(article: a, sentence: 0)),
                                                      try #require(claims.mention(article: b, sentence: 0)))
        #expect(!explained.factors.contains { $0.name == "words" })
        #expect(claims.crossReferences(article: a, sentence: 0).references.map(\.article) == [b])
    }

    /// One generic sentence in two articles about different things: the articles' other sentences
    /// share nothing, so the story rule lowers the pair. Their similarity is about 0.2: the cut of
    /// 0.15 used before let it through.
    @Test func articlesOfDifferentStoriesLowerTheirSentencePairs() throws {
        let (claims, a, b) = try claims("""
            Banjir di Kampung Melayu

            Warga Kampung Melayu mengungsi ke masjid setelah air sungai meluap setinggi satu meter.
            Petugas pemadam kebakaran mengevakuasi lansia dengan perahu karet.
            Relawan membagikan selimut dan makanan di posko pengungsian.
            Harga kebutuhan pokok di pasar terdekat naik karena pasokan terhambat.
            """, """
            Pameran Mobil Listrik

            Produsen mobil listrik memamerkan lima model terbaru di Kemayoran.
            Pengunjung pameran bisa mencoba mengemudi di lintasan khusus.
            Harga kebutuhan pokok di pasar terdekat naik karena pasokan terhambat.
            """)
        let first = try #require(claims.mention(article: a, sentence: 2))
        let second = try #require(claims.mention(article: b, sentence: 2))
        let story = try #require(claims.linking.scorer.explain(first, second).factors.first { $0.name == "story" })
        #expect(story.value < 1)
        let similarity = claims.linking.scorer.storySimilarity(a, b)
        #expect(similarity < PairScorer.sameStory && similarity > 0.15, "similarity \(similarity)")
    }

    /// A headline stands for its article: two crash headlines that share their words link only
    /// when the articles tell one story.
    @Test func headlinesOfArticlesThatTellDifferentStoriesStayApart() throws {
        let truck = """
            Truk Semen Seruduk Mobil dan Motor di Sukabumi, Satu Tewas

            Sebuah truk pengangkut semen mengalami rem blong di turunan Cikidang, Sukabumi, Kamis sore.
            Truk itu menabrak dua mobil dan tiga sepeda motor sebelum berhenti di sebuah warung.
            Seorang pengendara motor tewas di lokasi dan empat orang lainnya dibawa ke rumah sakit.
            Polisi memeriksa sopir truk yang selamat dengan luka ringan.
            """
        let (different, a, b) = try claims(truck, """
            Pengendara Motor Tewas Setelah Seruduk Truk di Sleman

            Seorang mahasiswa tewas setelah sepeda motornya menabrak bagian belakang truk yang parkir di Jalan Magelang.
            Korban diduga mengantuk saat pulang dari kampus pada Rabu dini hari.
            Warga sekitar membawa korban ke puskesmas, tetapi nyawanya tidak tertolong.
            Polisi memeriksa sopir truk yang memarkir kendaraannya tanpa lampu peringatan di bahu jalan.
            """)
        let titles = try (#require(different.mention(article: a, sentence: -1)), #require(different.mention(article: b, sentence: -1)))
        let explained = different.linking.scorer.explain(titles.0, titles.1)
        #expect(explained.lexical >= explained.threshold, "the headlines alone look alike")
        #expect(explained.factors.contains { $0.name == "story" && $0.value < 1 })
        let similarity = different.linking.scorer.storySimilarity(a, b)
        #expect(similarity >= PairScorer.sameStory && similarity < PairScorer.sameStoryForHeadlines,
                "similarity \(similarity): only the headlines' cut tells these stories apart")
        #expect(different.linking.claimOfMention[titles.0] != different.linking.claimOfMention[titles.1])
        let (same, c, d) = try claims(truck, """
            Rem Blong, Truk Semen Seruduk Mobil dan Motor di Sukabumi, Satu Orang Tewas

            Truk pengangkut semen yang remnya blong di turunan Cikidang, Sukabumi, menabrak dua mobil dan tiga motor, Kamis sore.
            Satu pengendara sepeda motor tewas di lokasi, sementara empat orang lain dibawa ke rumah sakit.
            Sopir truk selamat dengan luka ringan dan kini diperiksa polisi.
            """)
        let linked = try (#require(same.mention(article: c, sentence: -1)), #require(same.mention(article: d, sentence: -1)))
        #expect(same.linking.claimOfMention[linked.0] == same.linking.claimOfMention[linked.1])
    }

    /// Two reports of one story: their sentences share the story's name and a word or two by
    /// chance. A pair with three shared terms or fewer is lowered; the report of the same statement
    /// (nine shared terms) is not, and links.
    @Test func sentencesOfOneStorySharingFewTermsAreLowered() throws {
        let (claims, a, b) = try claims("""
            Tol Cisumdawu

            Menteri Basuki mengatakan jalan tol Cisumdawu harus punya terowongan kembar sepanjang 472 meter.
            Pembebasan lahan di Sumedang ditargetkan selesai akhir tahun ini.
            Kontraktor mengerahkan empat ratus pekerja di lokasi proyek setiap hari.
            """, """
            Proyek Cisumdawu

            Kementerian PUPR menyiapkan solusi bagi warga Sumedang yang tanahnya terkena proyek.
            Basuki mengatakan jalan tol Cisumdawu harus punya terowongan kembar sepanjang 472 meter.
            Kontraktor menambah alat berat agar pekerjaan tidak terlambat.
            """)
        let few = claims.linking.scorer.explain(try #require(claims.mention(article: a, sentence: 1)),
                                                try #require(claims.mention(article: b, sentence: 0)))
        #expect(few.factors.contains { $0.name == "few" && $0.value < 1 }, "\(few.factors.map(\.name))")
        let same = claims.linking.scorer.explain(try #require(claims.mention(article: a, sentence: 0)),
                                                 try #require(claims.mention(article: b, sentence: 1)))
        #expect(!same.factors.contains { $0.name == "few" && $0.value < 1 })
        #expect(claims.crossReferences(article: a, sentence: 0).references.map(\.article) == [b])
    }

    /// A sentence alone, as in the tuning pairs, has no story whose chance overlaps could explain
    /// a few shared terms: the rule does not apply.
    @Test func sentencesWithoutAStoryKeepTheirFewSharedTerms() throws {
        let (claims, a, b) = try claims("""
            Harga Cabai

            Harga cabai rawit di Pasar Induk naik menjadi Rp 80.000 per kilogram.
            """, """
            Cabai Mahal

            Pedagang di Pasar Induk mengeluhkan sepinya pembeli cabai.
            """)
        let explained = claims.linking.scorer.explain(try #require(claims.mention(article: a, sentence: 0)),
                                                      try #require(claims.mention(article: b, sentence: 0)))
        #expect(!explained.factors.contains { $0.name == "few" })
    }

    /// Thirty outlets repeat one statement, thirty another, and one sentence says a part of each:
    /// the two statements must not become one claim through it. Groups that large used to merge
    /// without their cross score being looked at.
    @Test func aBridgeSentenceDoesNotChainTwoLargeClaims() throws {
        let folder = TemporaryFolder()
        var outlets = ""
        let filler = [
            "Cuaca di kota itu cerah sepanjang hari dengan angin yang bertiup pelan.",
            "Harga cabai di pasar tradisional turun dibandingkan pekan sebelumnya.",
        ]
        func write(_ name: String, _ sentence: String) {
            folder.write("\(name).txt", "Berita \(name)\n\n" + ([sentence] + filler).joined(separator: " ") + "\n")
            outlets += "\(name)\tOutlet \(name)\n"
        }
        for k in 0..<30 {
            write("a\(k)", "Gubernur Budi Santoso meresmikan jembatan gantung baru di Kecamatan Sukamaju pada Senin pagi.")
            write("b\(k)", "Bupati Ani Lestari membuka pasar rakyat di Desa Mekarsari dan membagikan sembako kepada pedagang.")
        }
        write("m", "Gubernur Budi Santoso meresmikan jembatan gantung baru di Kecamatan Sukamaju, lalu Bupati Ani Lestari membuka pasar rakyat di Desa Mekarsari.")
        folder.write("outlets.tsv", outlets)
        let articles = CorpusLoader().load([folder.path]).articles
        let claims = CorpusClaims(articles: articles, analyzer: try TextAnalyzer.system())
        let a = try #require(articles.firstIndex { $0.id == "a0" }), b = try #require(articles.firstIndex { $0.id == "b0" })
        let claimA = claims.linking.claimOfMention[try #require(claims.mention(article: a, sentence: 0))]
        let claimB = claims.linking.claimOfMention[try #require(claims.mention(article: b, sentence: 0))]
        #expect(claims.linking.claims[claimA].members.count >= 30)
        #expect(claims.linking.claims[claimB].members.count >= 30)
        #expect(claimA != claimB)
        // The bridge itself is linked to one of them: the chain was there to be made.
        let m = try #require(articles.firstIndex { $0.id == "m" })
        let bridge = claims.linking.claimOfMention[try #require(claims.mention(article: m, sentence: 0))]
        #expect(bridge == claimA || bridge == claimB)
    }

    @Test func aSubjectThatPointsToAnotherSentenceIsRecognised() {
        let analyzer = try! TextAnalyzer.system()
        func opens(_ text: String, _ language: Language = .indonesian) -> Bool {
            ClaimExtractor.opensWithAnaphor(analyzer.analyze(text, language: language).tokens)
        }
        #expect(opens("Hal ini menunjukkan fungsi intermediasi perbankan berjalan."))
        #expect(opens("Sehingga hal ini dapat mengoptimalkan fungsi intermediasi perbankan."))
        #expect(opens("Mereka juga menilai beberapa pasal bertentangan dengan demokrasi."))
        #expect(opens("Kebijakan tersebut berlaku mulai Januari 2020."))
        #expect(opens("They said the plan would cost more than expected.", .english))
        #expect(!opens("Presiden Joko Widodo menilai beberapa pasal bertentangan dengan demokrasi."))
        #expect(!opens("Jakarta tersebut tidak ada dalam daftar."))
    }

    /// In a story, "Hal ini" means what an article said before: two articles' sentences that
    /// open so and share little wording may speak of different things; a repeated one still links.
    @Test func anAnaphoricSubjectNeedsSharedWording() throws {
        let (claims, a, b) = try claims("""
            Bank Indonesia Catat Kredit Melambat

            Bank Indonesia mencatat pertumbuhan kredit perbankan melambat menjadi 9,9 persen pada Juli.
            Bank sentral menyatakan stabilitas sistem keuangan tetap terjaga di tengah ketidakpastian global.
            Hal ini disertai dengan risiko kredit yang terkendali dan fungsi intermediasi perbankan yang berlanjut.
            Rasio kredit bermasalah tercatat 2,6 persen pada akhir Juli.
            """, """
            Penurunan Suku Bunga Dorong Kredit

            Bank Indonesia menurunkan suku bunga acuan sebesar 25 basis poin menjadi 5,25 persen.
            Bank sentral juga melonggarkan kebijakan makroprudensial untuk perbankan.
            Hal ini dapat mengoptimalkan fungsi intermediasi perbankan dan memacu permintaan kredit perbankan.
            Rasio kredit bermasalah tercatat 2,6 persen pada akhir Juli.
            """)
        let first = try #require(claims.mention(article: a, sentence: 2))
        let second = try #require(claims.mention(article: b, sentence: 2))
        let explained = claims.linking.scorer.explain(first, second)
        #expect(explained.factors.contains { $0.name == "anaphor" && $0.value < 1 })
        #expect(claims.linking.claimOfMention[first] != claims.linking.claimOfMention[second])
        let repeated = claims.linking.scorer.explain(try #require(claims.mention(article: a, sentence: 3)),
                                                     try #require(claims.mention(article: b, sentence: 3)))
        #expect(!repeated.factors.contains { $0.name == "anaphor" })
    }
}
