import Testing
@testable import NewsCore

@Suite("Cross-references, stories and coverage")
struct CrossReferenceTests {
    let claims = SeedLinkingTests.claims

    func article(_ prefix: String) -> Int {
        claims.articles.firstIndex { $0.id.hasPrefix(prefix) }!
    }

    func sentence(_ article: Int, _ text: String) -> Int {
        let a = claims.articles[article]
        return a.sentences.first { a.text(of: $0).contains(text) }!.index
    }

    @Test func asetBerhargaIsReportedByTwoOtherOutletsEarliestFirst() {
        let we = article("000")
        let refs = claims.crossReferences(article: we, sentence: sentence(we, "aset berharga")).references
        let outlets = refs.map { claims.articles[$0.article].outletDisplayName }
        #expect(outlets.first == "Okezone")
        #expect(Set(refs.map(\.article)).count == refs.count)
        #expect(!refs.contains { $0.article == we })
        #expect(refs.filter(\.isFirst).map(\.article) == [article("001")])
        #expect(refs.allSatisfy { $0.score >= PairScorer.threshold * 0.8 && $0.repeats == 0 })
        #expect(claims.sourceCount(article: we, sentence: sentence(we, "aset berharga")) == refs.count + 1)
        #expect(!claims.isFirstReport(article: we, sentence: sentence(we, "aset berharga")))
        #expect(claims.isFirstReport(article: refs[0].article, sentence: refs[0].sentence))
    }

    @Test func anOutletRepeatingItselfIsOneSourceWithRepeats() throws {
        let folder = TemporaryFolder()
        let body = "Menteri Keuangan Sri Mulyani mengatakan defisit anggaran tahun ini mencapai 2,5 persen dari PDB. "
            + "Ia menambahkan bahwa penerimaan pajak tumbuh lebih lambat dari target."
        func line(_ id: String, _ outlet: String, _ date: String) -> String {
            "{\"id\": \"\(id)\", \"outlet\": \"\(outlet)\", \"title\": \"Defisit \(id)\", \"published\": \"\(date)\", \"body\": \"\(body)\"}"
        }
        let file = folder.write("c.jsonl", [line("k1", "Kompas", "2021-03-01 08:00"), line("k2", "Kompas", "2021-03-02 08:00"),
                                            line("t1", "Tempo", "2021-03-01 09:00")].joined(separator: "\n"))
        let articles = CorpusLoader().load([file]).articles
        let corpus = CorpusClaims(articles: articles, analyzer: try TextAnalyzer.system())
        let k1 = try #require(articles.firstIndex { $0.id == "k1" })
        let t1 = try #require(articles.firstIndex { $0.id == "t1" })
        let fromKompas = corpus.crossReferences(article: k1, sentence: 0)
        #expect(fromKompas.references.map(\.article) == [t1])
        #expect(fromKompas.ownRepeats == 1)
        #expect(corpus.sourceCount(article: k1, sentence: 0) == 2)
        let fromTempo = corpus.crossReferences(article: t1, sentence: 0)
        #expect(fromTempo.references.map(\.article) == [k1])
        #expect(fromTempo.references[0].repeats == 1)
        #expect(fromTempo.references[0].isFirst)
        #expect(fromTempo.references[0].verbatim)
    }

    @Test func sharedWordsAreMarkedInTheOtherSentence() {
        let we = article("000")
        let own = claims.mention(article: we, sentence: sentence(we, "aset berharga"))!
        let other = claims.crossReferences(article: we, sentence: sentence(we, "aset berharga")).references[0]
        let text = Array(claims.text(ofMention: other.mention).unicodeScalars)
        let marked = claims.sharedWordRanges(of: own, in: other.mention).map {
            String(String.UnicodeScalarView(text[$0]))
        }
        #expect(marked.contains("aset"))
        #expect(marked.contains("berharga"))
        #expect(!marked.contains("dan"))
    }

    @Test func aSentenceThatIsNotAClaimHasNoReferences() {
        let we = article("000")
        let notClaims = (0..<claims.articles[we].sentences.count).filter { claims.mention(article: we, sentence: $0) == nil }
        for s in notClaims {
            #expect(claims.crossReferences(article: we, sentence: s) == .none)
            #expect(claims.sourceCount(article: we, sentence: s) == 0)
        }
    }

    @Test func verbatimMeansTheSameWordsInOrder() {
        let a = CorpusClaims.words("Kim dan Xi bertukar pesan pada Senin.")
        #expect(CorpusClaims.isVerbatim(a, CorpusClaims.words("kim dan xi bertukar pesan pada senin")))
        #expect(CorpusClaims.isVerbatim(a, CorpusClaims.words("Kata KCNA, Kim dan Xi bertukar pesan pada Senin, Selasa.")))
        #expect(!CorpusClaims.isVerbatim(a, CorpusClaims.words("Xi dan Kim bertukar pesan pada Senin.")))
    }

    @Test func storiesJoinArticlesOfDifferentOutletsSharingTwoClaims() {
        let stories = Stories(claims)
        #expect(!stories.stories.isEmpty)
        let story = stories.stories[0]
        #expect(story.sources.count >= 2)
        #expect(story.claims.count >= Stories.sharedClaims)
        // The Kim–Xi exchange of March 2021 is told by Warta Ekonomi, Okezone and seed 002.
        let march = stories.storyOfArticle[article("000")]
        #expect(march != nil)
        #expect(march == stories.storyOfArticle[article("001")])
        for (s, story) in stories.stories.enumerated() {
            for a in story.articles { #expect(stories.storyOfArticle[a] == s) }
            let dates = story.articles.compactMap { claims.articles[$0].published?.secondsSince1970 }
            #expect(dates == dates.sorted())
        }
    }

    @Test func theCoverageMatrixMarksWhoReportsWhat() {
        let stories = Stories(claims)
        let story = stories.stories[stories.storyOfArticle[article("000")]!]
        let matrix = CoverageMatrix(story: story, in: claims)
        #expect(matrix.sources == story.sources)
        #expect(matrix.cells.count == story.claims.count)
        for (row, c) in matrix.claims.enumerated() {
            #expect(matrix.cells[row].compactMap { $0 }.count >= 2)
            for case let m? in matrix.cells[row] { #expect(claims.linking.claimOfMention[m] == c) }
        }
    }
}
