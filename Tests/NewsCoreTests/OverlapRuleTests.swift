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
