import Testing
@testable import NewsCore

@Suite("One claim per clause")
struct ClauseTests {
    let harness = MentionHarness()
    let extractor = ClaimExtractor(analyzer: try! TextAnalyzer.system(), splitsClauses: true)

    func clauses(_ paragraphs: [String], language: Language = .indonesian) -> [ClaimMention] {
        extractor.extract(harness.article(paragraphs, language: language), index: 0).mentions
    }

    func text(_ sentence: String, _ mention: ClaimMention) -> String {
        let scalars = Array(sentence.unicodeScalars)
        return String(String.UnicodeScalarView(scalars[mention.clause!]))
    }

    @Test func twoPredicatesMakeTwoMentionsWithOneSpeaker() throws {
        let sentence = "Xi menggambarkan hubungan kedua negara sebagai aset berharga dan berjanji untuk memberikan kontribusi bagi perdamaian kawasan."
        let m = clauses(["Presiden China Xi Jinping membalas pesan Kim Jong Un pada Senin.", sentence])
            .filter { $0.sentence == 1 }
        try #require(m.count == 2)
        #expect(text(sentence, m[0]) == "Xi menggambarkan hubungan kedua negara sebagai aset berharga")
        #expect(text(sentence, m[1]) == "berjanji untuk memberikan kontribusi bagi perdamaian kawasan")
        #expect(m.allSatisfy { $0.speaker == "Xi Jinping" })
        #expect(m[0].terms.contains("aset") && !m[0].terms.contains("damai"))
        #expect(!m[1].terms.contains("aset"))
    }

    @Test func englishClauses() throws {
        let sentence = "Xi described the relationship as a valuable asset and pledged to contribute to peace and stability in the region."
        let m = clauses(["Chinese President Xi Jinping replied to Kim Jong Un on Monday.", sentence], language: .english)
            .filter { $0.sentence == 1 }
        try #require(m.count == 2)
        #expect(text(sentence, m[0]) == "Xi described the relationship as a valuable asset")
        #expect(m.allSatisfy { $0.speaker == "Xi Jinping" })
    }

    @Test func noSplitWithoutASecondPredicate() {
        let m = clauses([
            "Kedua negara sepakat memperkuat hubungan persahabatan dan kerja sama di bidang ekonomi.",
            "Pejabat tinggi kedua negara saling melontarkan kritik tajam dan terbuka di Anchorage.",
            "Kim membalas pesan itu dan berterima kasih.",
            "Meski sudah berusia 15 tahun, KPK dinilai belum berhasil memberantas dan mencegah korupsi di lembaga negara.",
        ])
        #expect(m.count == 4)
        #expect(m.allSatisfy { $0.clause == nil })
    }

    @Test func splittingIsOnByDefaultAndCanBeTurnedOff() {
        let sentence = "Xi menggambarkan hubungan kedua negara sebagai aset berharga dan berjanji untuk memberikan kontribusi bagi perdamaian kawasan."
        let whole = ClaimExtractor(analyzer: harness.extractor.analyzer, splitsClauses: false)
            .extract(harness.article([sentence]), index: 0).mentions.filter { $0.kind == .body }
        #expect(whole.count == 1 && whole[0].clause == nil)
        let split = harness.extractor.extract(harness.article([sentence]), index: 0).mentions.filter { $0.kind == .body }
        #expect(split.count == 2 && split.allSatisfy { $0.clause != nil })
    }

    @Test func corpusLooksUpEveryMentionOfASentence() {
        let body = "Presiden China Xi Jinping membalas pesan Kim Jong Un pada Senin.\nXi menggambarkan hubungan kedua negara sebagai aset berharga bagi rakyat."
        let article = Article(id: "c", source: SourceLocation(path: "c"), title: "c", body: body,
                              sentences: SentenceSplitter.split(body))
        let claims = CorpusClaims(articles: [article], analyzer: harness.extractor.analyzer)
        #expect(claims.mentions(article: 0, sentence: 1).count == 1)
        #expect(claims.mention(article: 0, sentence: 1) == claims.mentions(article: 0, sentence: 1).first)
        #expect(claims.mentions(article: 0, sentence: 5).isEmpty)
    }
}

extension ClauseTests {
    /// A sentence of two clauses, each reported by another outlet: the sentence lists both.
    @Test func aSentenceListsTheSourcesOfEachOfItsClauses() throws {
        let folder = TemporaryFolder()
        folder.write("a.txt", """
            Pesan Xi untuk Kim

            Presiden China Xi Jinping membalas pesan Pemimpin Korea Utara Kim Jong Un pada Senin, 22 Maret 2021.
            Xi menggambarkan hubungan kedua negara sebagai aset berharga bagi rakyat dan berjanji memberikan kontribusi bagi perdamaian di Semenanjung Korea.
            """)
        folder.write("b.txt", """
            Balasan Xi

            Presiden China Xi Jinping membalas pesan Kim Jong Un pada Senin, 22 Maret 2021.
            Xi menggambarkan hubungan kedua negara sebagai aset berharga bagi rakyat.
            """)
        folder.write("c.txt", """
            Janji Xi

            Presiden China Xi Jinping membalas pesan Kim Jong Un pada Senin, 22 Maret 2021.
            Xi berjanji memberikan kontribusi bagi perdamaian di Semenanjung Korea.
            """)
        folder.write("outlets.tsv", "a\\tKompas\\nb\\tTempo\\nc\\tAntara\\n")
        let articles = CorpusLoader().load([folder.path]).articles
        let claims = CorpusClaims(articles: articles, analyzer: harness.extractor.analyzer)
        let a = try #require(articles.firstIndex { $0.id == "a" })
        #expect(claims.mentions(article: a, sentence: 1).count == 2)
        let listed = Set(claims.crossReferences(article: a, sentence: 1).references.map { articles[$0.article].id })
        #expect(listed == ["b", "c"])
    }
}
