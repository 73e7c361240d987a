import Testing
@testable import NewsCore

@Suite("Headlines and standfirsts")
struct HeadlineTests {
    let analyzer = try! TextAnalyzer.system()

    @Test func titleCaseWordsAreNotNames() {
        let a = analyzer.analyze("Kim Jong Un dan Xi Jinping Saling Bertukar Pesan, Bahas Kerja Sama Antar Kedua Negara",
                                 language: .indonesian)
        #expect(a.entities.map(\.key) == ["kim jong un", "xi jinping"])
    }
}

extension HeadlineTests {
    @Test func headlineStyleNamesOnlyUnknownWords() {
        let a = analyzer.analyze("Jokowi Minta KPK Diperkuat", language: .indonesian, headline: true)
        #expect(a.entities.map(\.key) == ["jokowi", "kpk"])
        let b = analyzer.analyze("Harga Beras Naik Lagi di Pasar Induk", language: .indonesian, headline: true)
        #expect(b.entities.isEmpty)
        // A sentence-case headline is analysed as a sentence.
        let c = analyzer.analyze("Kim Jong Un dan Xi Jinping bertukar pesan", language: .indonesian, headline: true)
        #expect(c.entities.map(\.key) == ["kim jong un", "xi jinping"])
    }
}

extension HeadlineTests {
    static let page = """
        Kim dan Xi Bertukar Pesan, Janjikan Kerja Sama Lebih Erat

        Kim Jong Un dan Xi Jinping bertukar pesan dan berjanji memperkuat hubungan pada peringatan perjanjian persahabatan

        PYONGYANG, KOMPAS.com - Pemimpin Korea Utara Kim Jong Un dan Presiden China Xi Jinping bertukar pesan pada Minggu (11/7/2021).
        Keduanya menandai peringatan 60 tahun perjanjian persahabatan kedua negara.
        """

    @Test func standfirstIsKeptAsTheDek() throws {
        let lines = ArticleBuilder.numberedLines(Self.page)
        let article = try #require(ArticleBuilder.build(id: "h", source: SourceLocation(path: "h"), lines: lines))
        #expect(article.title == "Kim dan Xi Bertukar Pesan, Janjikan Kerja Sama Lebih Erat")
        #expect(article.dek?.hasPrefix("Kim Jong Un dan Xi Jinping bertukar pesan") == true)
        #expect(!article.removed.contains { $0.text == article.dek })
        #expect(!article.body.contains("berjanji memperkuat hubungan pada peringatan"))
    }

    @Test func titleAndDekAreMarkedMentions() throws {
        let lines = ArticleBuilder.numberedLines(Self.page)
        let article = try #require(ArticleBuilder.build(id: "h", source: SourceLocation(path: "h"), lines: lines))
        let plain = ClaimExtractor(analyzer: analyzer, includeHeadlines: false).extract(article, index: 0).mentions
        #expect(plain.allSatisfy { $0.kind == .body && $0.sentence >= 0 })
        let mentions = ClaimExtractor(analyzer: analyzer).extract(article, index: 0).mentions
        let title = try #require(mentions.first { $0.kind == .title })
        let dek = try #require(mentions.first { $0.kind == .dek })
        #expect(title.sentence == -1 && dek.sentence == -2)
        #expect(title.names == ["kim jong un", "xi jinping"])
        #expect(!title.terms.contains("@bertukar") && !title.terms.contains("@janjikan"))
        #expect(article.text(of: dek) == article.dek)
        #expect(dek.time?.description == "2021-07-11")
        // Body mentions are the same with or without headlines.
        #expect(mentions.filter { $0.kind == .body } == plain)
    }
}

extension HeadlineTests {
    /// The headline's own speaker, from an article whose body names the person in full.
    func headlineSpeaker(_ title: String, body: String) throws -> String? {
        let article = Article(id: "h", source: SourceLocation(path: "h"), title: title, published: nil,
                              language: .indonesian, body: body, sentences: SentenceSplitter.split(body))
        let mentions = ClaimExtractor(analyzer: analyzer).extract(article, index: 0).mentions
        return try #require(mentions.first { $0.kind == .title }).speaker
    }

    @Test func aHeadlineNamesItsSpeakerBeforeAColonOrABareSpeechVerb() throws {
        let body = "Mantan Ketua KPK Antasari Azhar menilai pimpinan lembaga itu belum dewasa dalam bersikap.\n"
            + "Presiden Joko Widodo meminta semua pihak menahan diri hingga undang-undang itu disahkan."
        #expect(try headlineSpeaker("Antasari Anggap Pimpinan KPK Tak Dewasa", body: body) == "Antasari Azhar")
        #expect(try headlineSpeaker("Jokowi: KPK Itu Lembaga Negara, Jadi Bijaklah Bernegara", body: body) == "Jokowi")
        #expect(try headlineSpeaker("Revisi UU Disahkan, Antasari: Pimpinan KPK Harus Dewasa", body: body) == "Antasari Azhar")
        // Writing a letter is not speech; a verb the headline puts first names no one.
        #expect(try headlineSpeaker("Mahathir akan Surati Jokowi Soal Kebakaran Hutan", body: body) == nil)
    }
}
