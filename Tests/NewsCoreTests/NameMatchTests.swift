import Testing
@testable import NewsCore

/// When two names can be one person, organisation or place across articles.
@Suite("Name matching")
struct NameMatchTests {
    @Test func aSurnameOrGivenNameAloneMatchesTheFullName() {
        #expect(NameMatch.compatible("xi", "xi jinping"))
        #expect(NameMatch.compatible("biden", "joe biden"))
        #expect(!NameMatch.compatible("ramos", "neymar"))
    }

    /// Many Indonesians go by a middle name: "Fickar" is Abdul Fickar Hadjar, "Wisnu" Indrasari
    /// Wisnu Wardhana. Only the name as written: "Fikri" is someone else.
    @Test func aMiddleNameAloneMatchesTheFullName() {
        #expect(NameMatch.compatible("fickar", "abdul fickar hadjar"))
        #expect(NameMatch.compatible("wisnu", "indrasari wisnu wardhana"))
        #expect(!NameMatch.compatible("fikri", "abdul fickar hadjar"))
        #expect(!NameMatch.compatible("wisnu", "indrasari wardhana"))
    }

    /// A name's first words, two or more, are the person: "Thareq Kemal" for Thareq Kemal Habibie,
    /// "Sri Mulyani" for Sri Mulyani Indrawati. Another last word is someone else.
    @Test func aNamesFirstWordsMatchTheFullName() {
        #expect(NameMatch.compatible("thareq kemal", "thareq kemal habibie"))
        #expect(NameMatch.compatible("sri mulyani", "sri mulyani indrawati"))
        #expect(!NameMatch.compatible("sri mulyani", "sri wahyuni indrawati"))
        #expect(!NameMatch.compatible("kim jong un", "kim jong il"))
    }

    /// Two words with digits are two things, however close: "Rp14.055" and "Rp14.057".
    @Test func wordsWithDigitsAreNotSpellingVariants() {
        #expect(!NameMatch.compatible("rp14.055", "rp14.057"))
        #expect(!NameMatch.compatible("b1856sin", "b1856sim"))
        #expect(NameMatch.compatible("sundwell", "sundwall"))
    }

    @Test func aTitleBeforeTheNameDoesNotMakeAnotherPerson() {
        #expect(NameMatch.compatible("margaret thatcher", "iron lady margaret thatcher"))
        #expect(NameMatch.compatible("uskup agung desmond tutu", "uskup agung afrika selatan desmond tutu"))
        #expect(NameMatch.compatible("world trade center", "one world trade center"))
    }

    @Test func spellingVariantsOfANameMatch() {
        #expect(NameMatch.compatible("taliban", "taleban"))
        #expect(NameMatch.compatible("hizbullah", "hezbollah"))
        #expect(NameMatch.compatible("sundwall", "microsoft sean sundwell"))
        #expect(NameMatch.compatible("makau", "macau"))
        // Two neighbouring letters swapped: one slip of the keyboard.
        #expect(NameMatch.compatible("ahmad zakarsih", "zarkasih"))
        #expect(NameMatch.compatible("kinsley", "michael kinsely"))
    }

    @Test func namesThatOnlyLookAlikeStayApart() {
        #expect(!NameMatch.compatible("iran", "irak"))
        #expect(!NameMatch.compatible("austria", "australia"))
        #expect(!NameMatch.compatible("bank indonesia", "universitas indonesia"))
        #expect(!NameMatch.compatible("joko widodo", "arief widodo"))
    }

    @Test func middleInitialsShortGivenNamesAndAccentsDoNotMakeAnotherPerson() {
        #expect(NameMatch.compatible("brian l halla", "brian halla"))
        #expect(NameMatch.compatible("neal r sonnett", "neal sonnett"))
        #expect(NameMatch.compatible("tim muris", "timothy muris"))
        #expect(NameMatch.compatible("ron kuby", "ronald l kuby"))
        #expect(NameMatch.compatible("jiménez", "marcos jimenez"))
        #expect(!NameMatch.compatible("tom muris", "timothy muris"))
        #expect(!NameMatch.compatible("brian l halla", "brian l smith"))
    }

    @Test func anAcronymMatchesTheNameItsInitialsSpell() {
        #expect(NameMatch.compatible("ecb", "european central bank"))
        #expect(NameMatch.compatible("kpk", "komisi pemberantasan korupsi"))
        #expect(NameMatch.compatible("boe", "bank of england"))
        #expect(!NameMatch.compatible("kpu", "komisi pemberantasan korupsi"))
        // Two letters are too few to tell: "ap" is not "andi pratama".
        #expect(!NameMatch.compatible("ap", "andi pratama"))
    }

    /// An Indonesian short name joins the beginnings of a person's names.
    @Test func aShortNameMadeOfTheNamesBeginningsMatchesTheFullName() {
        #expect(NameMatch.compatible("jokowi", "joko widodo"))
        #expect(NameMatch.compatible("zulhas", "zulkifli hasan"))
        #expect(!NameMatch.compatible("jokowi", "arief widodo"))
        // Every name must give two letters or more, in order, and the short name five or more.
        #expect(!NameMatch.compatible("jowid", "widodo joko"))
        #expect(!NameMatch.compatible("jwi", "joko widodo"))
        #expect(!NameMatch.compatible("jokowi", "joko"))
    }

    /// A public figure's nickname that their name does not spell is still their name: "Bamsoet"
    /// is Bambang Soesatyo, "JK" Jusuf Kalla (and so Kalla); not anyone else.
    @Test func aKnownNicknameMatchesTheFullName() {
        #expect(NameMatch.compatible("bamsoet", "bambang soesatyo"))
        #expect(NameMatch.compatible("bambang soesatyo", "bamsoet"))
        #expect(NameMatch.compatible("jk", "jusuf kalla"))
        #expect(NameMatch.compatible("kalla", "jk"))
        #expect(!NameMatch.compatible("bamsoet", "bambang brodjonegoro"))
        #expect(!NameMatch.compatible("jk", "jokowi"))
    }

    @Test func internedKeysMatchAsTheirStringsDo() {
        let keys = ["xi", "xi jinping", "biden", "joe biden", "ramos", "neymar", "margaret thatcher",
                    "iron lady margaret thatcher", "taliban", "taleban", "sundwall", "microsoft sean sundwell",
                    "ahmad zakarsih", "zarkasih", "iran", "irak", "bank indonesia", "universitas indonesia",
                    "joko widodo", "arief widodo", "ecb", "european central bank", "boe", "bank of england",
                    "kpk", "komisi pemberantasan korupsi", "kpu", "ap", "andi pratama", "sánchez", "pedro sanchez",
                    "pedro sánchez", "ümit", "école", "ebe", "brian l halla", "brian halla", "tim muris", "timothy muris",
                    "tom muris", "jiménez", "marcos jimenez", "r", "r tenn", "jokowi", "zulhas", "zulkifli hasan",
                    "bamsoet", "bambang soesatyo", "jk", "jusuf kalla", "kalla"]
        var table = NameKeys()
        let ids = keys.map { table.intern($0) }
        var agreed = 0, compatible = 0
        for (a, x) in zip(keys, ids) {
            for (b, y) in zip(keys, ids) {
                if table.compatible(x, y) == NameMatch.compatible(a, b) { agreed += 1 }
                if table.compatible(x, y) && a != b { compatible += 1 }
            }
        }
        #expect(agreed == keys.count * keys.count)
        #expect(compatible >= 20)  // both orders of ten matching pairs: the list exercises matches, not only refusals
    }
}

/// Words written with a capital that never belong to a name.
@Suite("Name breakers")
struct NameBreakerTests {
    static let analyzer = try! TextAnalyzer.system()

    func names(_ text: String, _ language: Language) -> [String] {
        Self.analyzer.analyze(text, language: language).entities.filter { $0.kind == .name }.map(\.key)
    }

    @Test func honorificsAndCompanyFormsAreNotPartOfTheName() {
        #expect(names("The deal was approved by Mr Sprayregen and Intel Inc. on Friday.", .english) == ["sprayregen", "intel"])
    }

    @Test func aQuotationOrColonStartsASentenceOfItsOwn() {
        #expect(names("Mr Abbas said: \"Every day without an agreement is an opportunity lost.\"", .english) == ["abbas"])
        #expect(names("Menurut Budi Santoso, \u{201C}Pemerintah sudah menyiapkan anggaran itu.\u{201D}", .indonesian) == ["budi santoso"])
    }

    @Test func weekdaysAndMonthsAreNotNames() {
        #expect(names("The agency said on Monday ElBaradei would visit in October.", .english) == ["elbaradei"])
        #expect(names("Pertemuan itu digelar Rabu Agustus lalu bersama Budi Santoso.", .indonesian) == ["budi santoso"])
    }

    @Test func firstNamesThatAreAlsoMonthsStayNames() {
        #expect(names("Lagu itu dinyanyikan Jan Ethes di depan kakeknya.", .indonesian) == ["jan ethes"])
    }
}

/// The entities rule and a side's own speaker.
@Suite("Entities and speakers")
struct EntitySpeakerTests {
    @Test func aSidesOwnSpeakerIsLeftToTheSpeakerRule() {
        func mention(speaker: String?, entities: Set<String>) -> ClaimMention {
            ClaimMention(article: 0, sentence: 0, speakerKey: speaker, cue: nil, relays: [], quoted: false, time: nil,
                         timeSource: .none, terms: [], names: entities, entities: entities, numbers: [], negated: false)
        }
        let burke = mention(speaker: "burke", entities: ["burke", "skagit river"])
        let service = mention(speaker: "national weather service", entities: ["national weather service", "skagit"])
        let other = mention(speaker: nil, entities: ["snohomish river"])
        let scorer = PairScorer([burke, service, other])
        #expect(!scorer.entitiesDiffer(0, 1))
        #expect(scorer.entitiesDiffer(0, 2))
    }
}

/// Surface wording fingerprints are stored in the index: their hash must not change by accident.
@Suite("Surface words")
struct SurfaceWordsTests {
    @Test func theHashIsFNV1aAndStable() {
        #expect(SurfaceWords.hash("") == 0x811C_9DC5)
        #expect(SurfaceWords.hash("a") == 0xE40C_292C)
    }

    @Test func jaccardCountsSharedWordsOverAllWords() {
        let a = SurfaceWords.fingerprint(["harga", "beras", "naik", "lagi", "harga"])
        let b = SurfaceWords.fingerprint(["harga", "beras", "turun"])
        #expect(a.count == 4)
        #expect(SurfaceWords.jaccard(a, b) == 2.0 / 5.0)
        #expect(SurfaceWords.jaccard([], []) == 0)
    }
}
