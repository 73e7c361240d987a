import Foundation
import Testing
@testable import NewsCore

/// Word meaning from WordNet: soft matches within Indonesian, and across Indonesian and English.
@Suite("Word senses and cross-language links")
struct CrossLanguageTests {
    let senses = WordSenses.system

    @Test func indonesianSynonymsShareASynset() {
        let tahap = senses.synsets(of: "tahap", language: .indonesian)
        let tingkat = senses.synsets(of: "tingkat", language: .indonesian)
        #expect(tahap.contains(WordSenses.synset("05093890-n")!))
        #expect(PairScorer.softMatch(tahap, tingkat) != nil)
        #expect(WordSenses.name(WordSenses.synset("05093890-n")!) == "05093890-n")
    }

    @Test func aWordWithManySensesDoesNotMatchOnOneRareSense() {
        // Two words of many senses meeting in a single synset are not one meaning.
        let many = (0..<20).map { Int32($0 * 4) }
        let other = [Int32(0)] + (100..<120).map { Int32($0 * 4) }
        #expect(PairScorer.softMatch(many, other) == nil)
        #expect(PairScorer.softMatch([8, 12], [12, 40]) == 12)
    }

    @Test func englishAndIndonesianWordsShareSynsets() throws {
        try #require(!senses.synsets(of: "asset", language: .english).isEmpty, "wordnet-base is not installed")
        let asset = senses.synsets(of: "asset", language: .english)
        let aset = senses.synsets(of: "aset", language: .indonesian)
        #expect(PairScorer.softMatch(asset, aset) != nil)
    }

    /// Debian's files put some verbs and adjectives at other offsets than Princeton's, which
    /// Wordnet Bahasa uses: "promise" is read back at Princeton's 00884011-v, beside "berjanji".
    @Test func englishVerbsAndAdjectivesMeetWordnetBahasa() throws {
        try #require(!senses.synsets(of: "asset", language: .english).isEmpty, "wordnet-base is not installed")
        let stem = try EnglishStemmer.shared.get().stem
        let promise = senses.synsets(of: stem("promise"), language: .english)
        #expect(promise.contains(WordSenses.synset("00884011-v")!))
        #expect(PairScorer.softMatch(promise, senses.synsets(of: "janji", language: .indonesian)) != nil)
        let confused = senses.synsets(of: stem("confused"), language: .english)
        #expect(confused.contains(WordSenses.synset("01684133-a")!))
        #expect(WordSenses.princetonOffset(612_841, pos: 1) == 612_841)
        #expect(WordSenses.princetonOffset(2_422_967, pos: 1) == 2_422_967)
    }

    /// "North Korean leader" names the country as "pemimpin Korea Utara" does.
    @Test func anEnglishNationalityIsItsCountry() {
        let harness = MentionHarness()
        let english = harness.mentions(["North Korean leader Kim Jong Un and South Korean officials exchanged messages on Monday."],
                                       language: .english)[0]
        #expect(english?.entities.isSuperset(of: ["korea utara", "korea selatan"]) == true)
        #expect(english?.terms.contains("north") == false)
    }

    /// One claim told in English and in Indonesian, beside a different claim about the same people.
    @Test func anEnglishAndAnIndonesianReportOfOneClaimLink() throws {
        try #require(!senses.synsets(of: "asset", language: .english).isEmpty, "wordnet-base is not installed")
        let folder = TemporaryFolder()
        let english = """
            Xi calls ties with North Korea a valuable asset

            Chinese President Xi Jinping described the relationship between China and North Korea as a valuable asset for both countries, state media said on Tuesday.
            Kim Jong Un called for stronger unity with China against hostile forces.
            The exchange of messages came as the United States sought closer ties with its allies.
            """
        let indonesian = """
            Xi Sebut Hubungan dengan Korea Utara Aset Berharga

            Presiden China Xi Jinping menggambarkan hubungan China dan Korea Utara sebagai aset berharga bagi kedua negara, kata media pemerintah pada Selasa.
            Korea Utara menembakkan dua rudal balistik ke laut lepas pantai timurnya pada Kamis.
            Pertukaran pesan itu terjadi ketika Amerika Serikat mempererat hubungan dengan para sekutunya.
            """
        folder.write("en.txt", english)
        folder.write("id.txt", indonesian)
        folder.write("outlets.tsv", "en\tReuters\nid\tKompas\n")
        let articles = CorpusLoader().load([folder.path]).articles
        let en = try #require(articles.firstIndex { $0.id == "en" })
        let id = try #require(articles.firstIndex { $0.id == "id" })
        #expect(articles[en].language == .english)
        #expect(articles[id].language == .indonesian)
        let claims = CorpusClaims(articles: articles, analyzer: try TextAnalyzer.system())
        let refs = claims.crossReferences(article: en, sentence: 0).references
        #expect(refs.map(\.article) == [id])
        #expect(refs.first?.sentence == 0)
        // Kim's call for unity is not the missile launch.
        #expect(claims.crossReferences(article: en, sentence: 1).references.isEmpty)
        let explained = claims.linking.scorer.explain(claims.mention(article: en, sentence: 0)!,
                                                      claims.mention(article: id, sentence: 0)!)
        #expect(explained.soft.contains { $0.first.hasPrefix("asset") || $0.second.hasPrefix("aset") })
    }

    /// An English report of seed 001's story, written for these tests.
    static let englishReport = """
        North Korea and China reaffirm their alliance

        The leaders of China and North Korea reaffirmed their traditional alliance following contentious talks between the top diplomats of Washington and Beijing.
        North Korea's official news agency said Kim Jong Un called for stronger unity and cooperation with China in the face of challenges posed by hostile forces as he exchanged messages with Chinese President Xi Jinping.
        According to KCNA and Xinhua, Xi in his message to Kim described the bilateral ties as a valuable asset for both countries and pledged to contribute to peace and stability on the Korean Peninsula.
        Xinhua said the messages were exchanged during a meeting between senior Chinese diplomat Song Tao and North Korea's ambassador to China, Ri Ryong Nam, in Beijing on Monday.
        """

    /// Sentences that translate each other share only names exactly: their soft matches stand in
    /// for the shared wording, as words shared exactly do within one language, and are always
    /// looked for.
    @Test func aTranslatedReportLinksThoughItSharesOnlyNames() throws {
        try #require(!senses.synsets(of: "asset", language: .english).isEmpty, "wordnet-base is not installed")
        let folder = TemporaryFolder()
        folder.write("en.txt", Self.englishReport)
        folder.write("outlets.tsv", "en\tAP\n")
        let english = CorpusLoader().load([folder.path]).articles
        let claims = CorpusClaims(articles: SeedCorpus.report.articles + english, analyzer: try TextAnalyzer.system())
        let en = try #require(claims.articles.firstIndex { $0.id == "en" })
        let seed = try #require(claims.articles.firstIndex { $0.id.hasPrefix("001_") })
        // Leaders reaffirm the alliance; Kim calls for unity; Xi calls the ties an asset; where the
        // messages were exchanged: seed 001's sentences 0, 1, 2 and 5.
        for (sentence, original) in [(0, 0), (1, 1), (2, 2), (3, 5)] {
            let refs = claims.crossReferences(article: en, sentence: sentence).references
            #expect(refs.contains { $0.article == seed && $0.sentence == original }, "sentence \(sentence)")
        }
    }

    /// English words inside an Indonesian sentence ("prime time") meet an English sentence by
    /// chance; a translation keeps its names. Two languages with no name in common are marked so.
    @Test func wordsWrittenAlikeInTwoLanguagesWithoutANameDoNotLink() throws {
        try #require(!senses.synsets(of: "asset", language: .english).isEmpty, "wordnet-base is not installed")
        let folder = TemporaryFolder()
        folder.write("en.txt", """
            Prime minister to visit Moscow

            The prime minister will visit Moscow for the third time this year, his office said on Thursday.
            """)
        folder.write("id.txt", """
            Penyiar Radio Kesayangan Pendengar

            Sejak tahun lalu ia membawakan acara musik setiap malam pada jam prime time di radio swasta.
            """)
        folder.write("outlets.tsv", "en\tReuters\nid\tKompas\n")
        let articles = CorpusLoader().load([folder.path]).articles
        let claims = CorpusClaims(articles: articles, analyzer: try TextAnalyzer.system())
        let en = try #require(claims.articles.firstIndex { $0.id == "en" })
        let id = try #require(claims.articles.firstIndex { $0.id == "id" })
        #expect(claims.articles[en].language == .english && claims.articles[id].language == .indonesian)
        let a = try #require(claims.mention(article: en, sentence: 0)), b = try #require(claims.mention(article: id, sentence: 0))
        let explained = claims.linking.scorer.explain(a, b)
        #expect(explained.shared.map(\.term).contains("prime"))
        #expect(explained.factors.contains { $0.name == "across" && $0.value < 1 })
        #expect(claims.crossReferences(article: en, sentence: 0).references.isEmpty)
        // A translation that names its people keeps its link and meets no such factor.
        let reportFolder = TemporaryFolder()
        reportFolder.write("en.txt", Self.englishReport)
        reportFolder.write("outlets.tsv", "en\tAP\n")
        let seeds = CorpusClaims(articles: SeedCorpus.report.articles + CorpusLoader().load([reportFolder.path]).articles,
                                 analyzer: try TextAnalyzer.system())
        let report = try #require(seeds.articles.firstIndex { $0.id == "en" })
        let seed = try #require(seeds.articles.firstIndex { $0.id.hasPrefix("001_") })
        let translated = seeds.linking.scorer.explain(try #require(seeds.mention(article: report, sentence: 1)),
                                                      try #require(seeds.mention(article: seed, sentence: 1)))
        #expect(!translated.factors.contains { $0.name == "across" && $0.value < 1 })
    }
}
