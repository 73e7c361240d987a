import Testing
@testable import NewsCore

@Suite("Text analysis")
struct TextAnalyzerTests {
    let analyzer = try! TextAnalyzer.system()

    func stems(_ text: String, _ language: Language = .indonesian) -> [String] {
        analyzer.analyze(text, language: language).tokens.filter(\.isContent).map(\.stem)
    }

    @Test(arguments: [
        ("menegaskan", "tegas"), ("ditegaskan", "tegas"), ("tegaskan", "tegas"), ("mengatakan", "kata"),
        ("dikatakan", "kata"), ("bermusuhan", "musuh"), ("persahabatan", "sahabat"), ("pertukaran", "tukar"),
        ("dipertukarkan", "tukar"), ("tantangan-tantangan", "tantang"), ("tantangan2", "tantang"),
        ("kekuatan-kekuatan", "kuat"), ("sekutu-sekutunya", "sekutu"),
    ])
    func indonesianStems(_ word: String, _ stem: String) {
        #expect(analyzer.stem(Reduplication.fold(word.hasSuffix("2") ? String(word.dropLast()) : word), language: .indonesian) == stem)
    }

    @Test func anEnglishWordOpeningASentenceIsNotAName() {
        func names(_ text: String) -> [String] {
            analyzer.analyze(text, language: .english).entities.filter { $0.kind == .name }.map(\.key)
        }
        #expect(names("Revenue in the first quarter dropped 15 percent from a year earlier.") == [])
        #expect(names("Inhibited children tend to be timid with new people.") == [])
        #expect(names("Tunick said the concourse was the most beautiful building.") == ["tunick"])
        #expect(names("Cleveland upheld the school voucher programme.") == ["cleveland"])
    }

    @Test func englishStemsWithSnowball() {
        #expect(stems("The leaders pledged stronger cooperation", .english) == ["leader", "pledg", "stronger", "cooper"])
    }

    @Test func offsetsPointAtTheWords() {
        let text = "Kim Jong-un menyerukan kerja sama."
        let tokens = analyzer.analyze(text, language: .indonesian).tokens
        let scalars = Array(text.unicodeScalars)
        for token in tokens {
            #expect(String(String.UnicodeScalarView(scalars[token.start..<token.end])) == token.surface)
        }
        #expect(tokens.map(\.surface) == ["Kim", "Jong", "un", "menyerukan", "kerja", "sama"])
    }

    @Test func nameVariantsAreOneEntity() {
        for text in ["Kim Jong-un tiba.", "Kim Jong Un tiba.", "Kim Jong-Un tiba.", "Pemimpin Korut Kim Jong Un tiba."] {
            let names = analyzer.analyze(text, language: .indonesian).entities.filter { $0.kind == .name }.map(\.key)
            #expect(names == ["kim jong un"], "\(text)")
        }
        #expect(analyzer.analyze("Duta Besar Ri Ryong-nam hadir.", language: .indonesian).entities.map(\.key) == ["ri ryong nam"])
    }

    /// An apostrophe between letters is inside the word ("Ma'ruf", "Jum'at", "O'Brien"), and
    /// outlets that write "Maruf" or "Ma’ruf" name the same person; before an English clitic it
    /// splits as before.
    @Test func anApostropheInsideANameKeepsTheNameWhole() {
        func names(_ text: String, _ language: Language = .indonesian) -> [String] {
            analyzer.analyze(text, language: language).entities.filter { $0.kind == .name }.map(\.key)
        }
        #expect(names("Wakil Presiden terpilih Ma'ruf Amin hadir di Bogor.").first == "maruf amin")
        #expect(names("Wakil Presiden terpilih Ma\u{2019}ruf Amin hadir di Bogor.").first == "maruf amin")
        #expect(names("Wakil Presiden terpilih Maruf Amin hadir di Bogor.").first == "maruf amin")
        #expect(TextAnalyzer.tokenize("Shalat Jum'at di masjid").map(\.lower) == ["shalat", "jumat", "di", "masjid"])
        #expect(TextAnalyzer.tokenize("Trump's aides don't agree").map(\.surface) == ["Trump", "s", "aides", "don", "t", "agree"])
        #expect(TextAnalyzer.tokenize("'Kami siap,' katanya").map(\.surface) == ["Kami", "siap", "katanya"])
    }

    /// Words that look like names and are not: a Roman numeral numbering something, the letters
    /// of a number plate or route, the rest of a hyphenated acronym, a function word before a
    /// colon, God's capitalised "-Nya".
    @Test func numbersPlatesAndFragmentsStartNoName() {
        func names(_ text: String) -> [String] {
            analyzer.analyze(text, language: .indonesian).entities.filter { $0.kind == .name }.map(\.key)
        }
        #expect(names("Penjualan semester I-2019 turun menurut data Nielsen.") == ["nielsen"])
        #expect(names("Pimpinan KPK jilid V dilantik pekan depan.") == [])
        #expect(names("Sri Sultan Hamengku Buwono X membuka pameran.").last?.hasSuffix("hamengku buwono x") == true)
        #expect(names("Sopir mobil bernopol B 1856 SIN itu meminta maaf.") == [])
        #expect(names("Warga naik angkot M 15 ke pasar.") == [])
        #expect(names("Ketua DPP PDI-P hadir.").contains("p") == false)
        #expect(names("Menu Hari Ini: Salad Kentang dan Tumis Buncis") .contains("ini") == false)
        #expect(names("Semua terjadi atas kuasa-Nya.") == [])
    }

    /// A name ends before the words of a business title ("Product Manager") and before a
    /// sentence opener written after it ("Bahkan" where a full stop went missing); it keeps its
    /// own function words ("Jawa Tengah", "Zhou Yang").
    @Test func aNameEndsBeforeATitleOrASentenceOpener() {
        func names(_ text: String) -> [String] {
            analyzer.analyze(text, language: .indonesian).entities.filter { $0.kind == .name }.map(\.key)
        }
        #expect(names("Menurut Felix Christian Product Manager realme, lensa makro itu unggul.").contains("felix christian"))
        #expect(names("Pansel menilai Firli Bahuri Bahkan tidak melanggar etik.").contains("firli bahuri"))
        #expect(names("Kata Corporate Communications Strategic of Lion Air Group, Danang Mandala.").contains { $0.hasPrefix("communications") || $0.hasPrefix("strategic") } == false)
        #expect(names("Jaksa menyebut Zhou Yang menuang susu itu.").contains("zhou yang"))
    }

    /// "di semenanjung Korea" is the Korean Peninsula as much as "di Semenanjung Korea"; a place, so
    /// never a speaker. "barat laut Tuban" is a direction from Tuban, not a sea.
    @Test func aGeographicHeadInLowerCaseIsPartOfThePlace() {
        func spans(_ text: String) -> [EntitySpan] { analyzer.analyze(text, language: .indonesian).entities }
        #expect(spans("Perdamaian di semenanjung Korea dijaga.").map(\.key) == ["semenanjung korea"])
        #expect(spans("Perdamaian di Semenanjung Korea dijaga.").map(\.key) == ["semenanjung korea"])
        let river = spans("Air sungai Bengawan Solo dipakai petani.")
        #expect(river.map(\.key) == ["sungai bengawan solo"])
        #expect(river.map(\.kind) == [.place])
        #expect(spans("Asap menyebar ke semenanjung Malaysia.").allSatisfy { $0.kind != .name })
        #expect(spans("Gempa terjadi di barat laut Tuban.").map(\.key) == ["tuban"])
        // A head in lower case before a word in lower case names nothing.
        #expect(spans("Warga menyeberangi sungai kecil itu.").isEmpty)
    }

    @Test func aliasesShareAKey() {
        func keys(_ text: String) -> [String] { analyzer.analyze(text, language: .indonesian).entities.map(\.key) }
        #expect(keys("Korut dan AS bertemu.") == ["korea utara", "amerika serikat"])
        #expect(keys("Korea Utara dan Amerika Serikat bertemu.") == ["korea utara", "amerika serikat"])
        #expect(keys("Tiongkok, Cina dan RRT.") == ["china", "china", "china"])
        // Lower-case "as" is not the United States.
        #expect(keys("Hal itu disebut sebagai as roda.").isEmpty)
    }

    @Test func negationIsKeptAndNumbersNormalised() {
        let tokens = analyzer.analyze("Mereka tidak setuju membayar 2.375.000 atau 3,5 persen.", language: .indonesian).tokens
        #expect(tokens.contains { $0.flags.contains(.negation) && $0.lower == "tidak" })
        #expect(tokens.filter { $0.flags.contains(.number) }.map(\.lower) == ["2375000", "3.5"])
    }

    @Test func dictionaryWordOpeningASentenceIsNotAName() {
        let entities = analyzer.analyze("Pesan Kim menekankan persatuan.", language: .indonesian).entities
        #expect(entities.map(\.key) == ["kim"])
    }
}

@Suite("Attribution")
struct AttributionTests {
    let extractor = ClaimExtractor(analyzer: try! TextAnalyzer.system())

    func mentions(_ sentences: [String], published: PublicationDate? = nil) -> [Int: ClaimMention] {
        let body = sentences.joined(separator: " ")
        let article = Article(id: "t", source: SourceLocation(path: "t"), title: "t", published: published, body: body,
                              sentences: SentenceSplitter.split(body))
        #expect(article.sentences.count == sentences.count)
        return Dictionary(uniqueKeysWithValues: extractor.extract(article, index: 0).mentions.map { ($0.sentence, $0) })
    }

    @Test func agencyIsARelayAndTheSubjectSpeaks() {
        let m = mentions(["Presiden China Xi Jinping menerima pesan itu.",
                          "KCNA mengatakan Xi juga menyatakan komitmennya untuk memberi rakyat kehidupan yang lebih baik."])
        #expect(m[1]?.speaker == "Xi Jinping")
        #expect(m[1]?.relays == ["KCNA"])
        #expect(m[1]?.cue == "menyatakan")
    }

    @Test func quoteCueNamesTheSpeakerAndQuotesOfSeveralSentencesShareIt() {
        let m = mentions(["Pemimpin Korea Utara Kim Jong Un menulis pesan panjang kepada sekutunya.",
                          "\"Kami siap memperkuat kerja sama kedua negara.",
                          "Kekuatan musuh semakin putus asa menghadapi persatuan kita,\" kata Kim dalam pesannya."])
        #expect(m[2]?.speaker == "Kim Jong Un")
        #expect(m[2]?.quoted == true)
        #expect(m[1]?.speaker == "Kim Jong Un")
    }

    /// A quote that stands alone right after an attributed quote goes on quoting the same person;
    /// one after a sentence of narration does not.
    @Test func aQuoteStandingAloneAfterAQuoteKeepsItsSpeaker() {
        let m = mentions(["\"Dunia melihat percepatan perubahan yang belum pernah terjadi,\" kata Xi Jinping dalam pesannya.",
                          "\"Saya ingin memimpin hubungan bilateral ke tingkat baru untuk kepentingan kedua negara.\"",
                          "\"Persahabatan ini akan terus berkembang bagi rakyat kedua negara.\"",
                          "Pertemuan itu berlangsung di Beijing pada pekan lalu bersama para pejabat.",
                          "\"Kerja sama ekonomi kedua negara akan diperluas tahun depan.\""])
        #expect(m[0]?.speaker == "Xi Jinping")
        #expect(m[1]?.speaker == "Xi Jinping")
        #expect(m[1]?.quoted == true)
        #expect(m[2]?.speaker == "Xi Jinping")
        #expect(m[4]?.speaker == nil)
    }

    /// Confirming, revealing, denying and holding an opinion are ways of saying: the subject is the speaker.
    @Test func confirmingAndRevealingNameTheSpeaker() {
        let m = mentions(["Kepala BPBD Jateng, Sudaryanto, membenarkan kebakaran di kawasan Gunung Merbabu masih berlangsung.",
                          "Menteri Luar Negeri Iran, Mohammad Javad Zarif, menampik tuduhan Amerika Serikat atas serangan kilang itu.",
                          "Peneliti ICW Donal Fariz berpendapat hal itu mempertegas anggapan bahwa DPR hanya menimbang aspek politik."])
        #expect(m[0]?.speaker == "Sudaryanto")
        #expect(m[1]?.speaker == "Mohammad Javad Zarif")
        #expect(m[2]?.speaker == "Donal Fariz")
    }

    /// "Sebab, …", "Karena …", "Pasalnya, …" give the reason of the sentence before: its speaker's
    /// reasoning goes on; after narration they stay the outlet's.
    @Test func aReasonGoesOnWithTheSpeakerBefore() {
        let m = mentions(["Menurut Jusuf Kalla, mengubah budaya masyarakat untuk menaiki transportasi umum tidaklah mudah.",
                          "Karena masyarakat Indonesia masih berorientasi pada kendaraan pribadi setiap hari.",
                          "Harga minyak dunia naik tajam sepanjang pekan ini di pasar Asia.",
                          "Sebab, pasokan dari kilang Saudi Aramco berkurang setengahnya sejak serangan itu."])
        #expect(m[0]?.speaker == "Jusuf Kalla")
        #expect(m[1]?.speaker == "Jusuf Kalla")
        #expect(m[3]?.speaker == nil)
    }

    @Test func menurutAndContinuation() {
        let m = mentions(["Menurut para analis, China akan segera mengirim bantuan pangan ke Korea Utara.",
                          "Pesan Xi menyinggung rencana memberikan dukungan yang lebih besar kepada rakyat.",
                          "Yakni dengan memperkuat komunikasi dan memimpin hubungan kedua negara ke tahap baru."])
        #expect(m[0]?.speaker == "Analysts")
        #expect(m[1]?.speaker == "Xi")
        #expect(m[2]?.speaker == "Xi")
    }

    @Test func relayPhrasesAreNotSpeakers() {
        let m = mentions(["Pemimpin Korea Utara Kim Jong-un menyerukan komunikasi strategis yang lebih kuat.",
                          "\"Kim mengirim pesan untuk mengintensifkan komunikasi strategis,\" kata Korea Central News Agency (KCNA), seperti dilansir The Korea Herald."])
        #expect(m[1]?.speaker == "Kim Jong Un")
        #expect(m[1]?.relays == ["KCNA", "The Korea Herald"])
    }

    @Test func timeAnchorsComeFromSentenceParagraphOrArticle() {
        let m = mentions(["Pertemuan pada Kamis (28/10/2021) itu dilakukan untuk mempererat hubungan kedua negara.",
                          "Kedua belah pihak bertukar pandangan tentang Semenanjung Korea dan masalah lain."],
                         published: PublicationDate(year: 2021, month: 10, day: 29))
        #expect(m[0]?.time?.description == "2021-10-28")
        #expect(m[0]?.timeSource == .sentence)
        #expect(m[1]?.time?.description == "2021-10-28")
        #expect(m[1]?.timeSource == .paragraph)

        // The nearest earlier date of the paragraph, not the first one.
        let later = mentions(["Pertemuan pada Kamis (28/10/2021) itu dilakukan untuk mempererat hubungan kedua negara.",
                              "Sehari kemudian, pada Jumat (29/10/2021), kedua menteri kembali bertemu di Beijing.",
                              "Kedua belah pihak bertukar pandangan tentang Semenanjung Korea dan masalah lain."],
                             published: PublicationDate(year: 2021, month: 10, day: 30))
        #expect(later[2]?.time?.description == "2021-10-29")
        #expect(later[2]?.timeSource == .paragraph)
    }

    @Test func nonClaimsAreSkippedWithAReason() {
        let body = "AS perkuat sekutu\nKIM JONG UN TIBA DI BEIJING HARI INI UNTUK BERTEMU\n12 34 56 78\nJoko Widodo, Ma'ruf Amin, Prabowo Subianto."
        let article = Article(id: "t", source: SourceLocation(path: "t"), title: "t", body: body, sentences: SentenceSplitter.split(body))
        let result = extractor.extract(article, index: 0)
        #expect(result.mentions.isEmpty)
        #expect(result.skipped == [0: .tooShort, 1: .allCaps, 2: .numbersOnly, 3: .nameList])
    }

    /// A sentence of names with a verb between them says something; names with a word or two and
    /// no verb are a caption or a credit.
    @Test func namesWithAVerbAreAClaim() {
        let body = "Presiden Joko Widodo (Jokowi) berencana membangun Istana Kepresidenan di Papua.\nFoto: Rans Entertainment untuk Raffi Ahmad, Nagita Slavina dan Rafathar Malik Ahmad."
        let article = Article(id: "t", source: SourceLocation(path: "t"), title: "t", body: body, sentences: SentenceSplitter.split(body))
        let result = extractor.extract(article, index: 0)
        #expect(result.mentions.map(\.sentence) == [0])
        #expect(result.skipped == [1: .nameList])
    }

    /// English function words inside an Indonesian sentence stand in an English name or phrase:
    /// they are no terms, so two statements of "Institute for Criminal Justice Reform" do not
    /// share "for" as if it were content.
    @Test func englishFunctionWordsInIndonesianTextAreNoTerms() {
        let body = "Institute for Criminal Justice Reform (ICJR) mengatakan banyak pasal bermasalah dalam perubahan Kitab Hukum Pidana."
        let article = Article(id: "t", source: SourceLocation(path: "t"), title: "t", body: body, sentences: SentenceSplitter.split(body))
        let terms = extractor.extract(article, index: 0).mentions.first?.terms ?? []
        #expect(terms.contains("pasal"))
        #expect(!terms.contains("for"))
    }
}

@Suite("Linking edge cases")
struct LinkingEdgeCaseTests {
    let extractor = ClaimExtractor(analyzer: try! TextAnalyzer.system())

    func article(_ id: String, _ body: String, published: PublicationDate? = nil) -> Article {
        Article(id: id, source: SourceLocation(path: id), title: id, published: published, body: body,
                sentences: SentenceSplitter.split(body))
    }

    @Test func tenThousandCopiesLinkCheaplyAsOneClaim() {
        let sentence = "Menteri keuangan mengatakan harga beras akan turun bulan depan karena panen raya."
        let articles = (0..<10_000).map { article("a\($0)", sentence) }
        let claims = CorpusClaims(articles: articles, analyzer: extractor.analyzer)
        #expect(claims.linking.claims.count == 1)
        #expect(claims.linking.claims[0].members.count == 10_000)
    }

    @Test func negationAndOppositesKeepClaimsApart() {
        let claims = CorpusClaims(articles: [
            article("a", "Pemerintah Indonesia setuju menaikkan harga bahan bakar minyak pekan depan."),
            article("b", "Pemerintah Indonesia tidak setuju menaikkan harga bahan bakar minyak pekan depan."),
            article("c", "Pemerintah Indonesia setuju menurunkan harga bahan bakar minyak pekan depan."),
            article("d", "Pemerintah Indonesia menyetujui kenaikan harga bahan bakar minyak pekan depan."),
        ], analyzer: extractor.analyzer)
        let claimOf = claims.linking.claimOfMention
        #expect(claimOf[0] == claimOf[3])
        #expect(claimOf[0] != claimOf[1])
        #expect(claimOf[0] != claimOf[2])
    }

    @Test func differentSpeakersDoNotLink() {
        let claims = CorpusClaims(articles: [
            article("a", "Presiden Joko Widodo mengatakan hubungan persahabatan dan kerja sama kedua negara semakin erat."),
            article("b", "Perdana Menteri Anwar Ibrahim mengatakan hubungan persahabatan dan kerja sama kedua negara semakin erat."),
        ], analyzer: extractor.analyzer)
        #expect(claims.linking.claims.count == 2)
    }
}

extension TextAnalyzerTests {
    /// "Marcus/Kevin" is a badminton pair, two people; "Rp14.055" is the amount "Rp 14.055"
    /// writes with a space, and a capitalised "Triliun" after a number is the number's.
    @Test func pairsAndAmountsAreNotOneName() {
        func names(_ text: String) -> [String] {
            analyzer.analyze(text, language: .indonesian).entities.filter { $0.kind == .name }.map(\.key)
        }
        func numbers(_ text: String) -> [String] {
            analyzer.analyze(text, language: .indonesian).tokens.filter { $0.flags.contains(.number) }.map(\.lower)
        }
        #expect(names("Kemenangan Marcus/Kevin menambah wakil di babak perempat final.") == ["marcus", "kevin"])
        #expect(numbers("Rupiah bergerak di kisaran Rp14.055 hingga Rp14.099/USD.") == ["14055", "14099"])
        #expect(numbers("Imam diduga menerima Rp 26,5 miliar.") == numbers("Imam diduga menerima Rp26,5 miliar."))
        #expect(names("Aliran modal asing telah mencapai Rp189,9 Triliun sepanjang tahun.") == [])
    }
}
