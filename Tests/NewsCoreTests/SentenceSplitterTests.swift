import Testing
@testable import NewsCore

@Suite("Sentence splitting")
struct SentenceSplitterTests {
    func split(_ text: String) -> [String] {
        SentenceSplitter.split(text).map { sentence in
            let scalars = Array(text.unicodeScalars)
            return String(String.UnicodeScalarView(scalars[sentence.start..<sentence.end]))
        }
    }

    @Test func charactersBeyondTwoBytesKeepTheirOffsets() {
        // An emoji is one scalar outside the Basic Multilingual Plane: the splitter then reads four
        // bytes a scalar, and every offset must still point at the same text.
        let text = "Warga senang 🎉. Dr. Budi \u{1D400}datang. Lalu pulang."
        #expect(split(text) == ["Warga senang 🎉.", "Dr. Budi \u{1D400}datang.", "Lalu pulang."])
        let article = Article(id: "x", source: SourceLocation(path: "x.txt"), title: "T", body: text,
                              sentences: SentenceSplitter.split(text))
        #expect(article.sentenceTexts == ["Warga senang 🎉.", "Dr. Budi \u{1D400}datang.", "Lalu pulang."])
        // Without UTF-8 offsets (an older index), texts are found by scalar offset, in any order.
        var scalarOnly = article
        scalarOnly.sentences = article.sentences.map { Sentence(index: $0.index, start: $0.start, end: $0.end) }
        var texts = Article.SentenceTexts(scalarOnly)
        #expect([2, 0, 1].map { texts.text(of: $0) } == ["Lalu pulang.", "Warga senang 🎉.", "Dr. Budi \u{1D400}datang."])
    }

    @Test func dottedAbbreviationsDoNotEndSentences() {
        #expect(split("Dr. Budi tinggal di Jl. Merdeka No. 5 dan membayar Rp. 5000 untuk itu. Dia senang.")
                == ["Dr. Budi tinggal di Jl. Merdeka No. 5 dan membayar Rp. 5000 untuk itu.", "Dia senang."])
        #expect(split("Ia bertemu Prof. Andi dan H. Rahmat kemarin. Mereka makan.").count == 2)
    }

    @Test func listEndingAbbreviationEndsSentenceBeforeCapital() {
        #expect(split("Mereka membawa beras, gula, dll. Kemudian pulang.") == [
            "Mereka membawa beras, gula, dll.", "Kemudian pulang.",
        ])
        #expect(split("Mereka membawa beras, gula, dll. dan pulang.").count == 1)
    }

    @Test func undottedAcronymsEndSentences() {
        #expect(split("\"Kami siap,\" kata KCNA. Kim lalu pergi.") == ["\"Kami siap,\" kata KCNA.", "Kim lalu pergi."])
        #expect(split("Korut menuduh AS. Pyongyang marah.") == ["Korut menuduh AS.", "Pyongyang marah."])
    }

    @Test func numbersStayWhole() {
        #expect(split("Harganya Rp 2.375.000 atau naik 3,5 persen. Itu mahal.") == [
            "Harganya Rp 2.375.000 atau naik 3,5 persen.", "Itu mahal.",
        ])
        #expect(split("Pukul 14.58 WIB gempa terjadi. Warga panik.").count == 2)
        #expect(split("Perjanjian diteken pada 1961. China lalu membantu.").count == 2)
    }

    @Test func domainsAndInitialsStayWhole() {
        #expect(split("JAKARTA, KOMPAS.com menulis bahwa TRIBUNNEWS.COM dan Indonesian.cri.cn melaporkan hal sama. Lalu?")
                == ["JAKARTA, KOMPAS.com menulis bahwa TRIBUNNEWS.COM dan Indonesian.cri.cn melaporkan hal sama.", "Lalu?"])
        #expect(split("Jenderal A.H. Nasution dan B. J. Habibie hadir. Acara selesai.") == [
            "Jenderal A.H. Nasution dan B. J. Habibie hadir.", "Acara selesai.",
        ])
    }

    @Test func ellipsisInsideQuoteDoesNotSplit() {
        #expect(split("\"Saya ingin ... memimpin hubungan,\" katanya. Dia pergi.") == [
            "\"Saya ingin ... memimpin hubungan,\" katanya.", "Dia pergi.",
        ])
    }

    @Test func quotesSpanningSentences() {
        // `"A. B," kata X.`: two sentences, the second carrying the attribution.
        #expect(split("\"Kami siap berunding. Kami tidak takut,\" kata Kim. Xi setuju.") == [
            "\"Kami siap berunding.", "Kami tidak takut,\" kata Kim.", "Xi setuju.",
        ])
        // A closing quote after the stop belongs to the sentence it closes.
        #expect(split("Ia berkata, \"Kami siap.\" Lalu pergi.") == ["Ia berkata, \"Kami siap.\"", "Lalu pergi."])
        // A question in quotes followed by a lower-case attribution is one sentence.
        #expect(split("\"Apa kabar?\" tanya dia. Semua diam.") == ["\"Apa kabar?\" tanya dia.", "Semua diam."])
    }

    @Test func missingSpaceAfterFullStop() {
        #expect(split("Pertemuan berlangsung kemarin.Dia mengatakan hasilnya baik.") == [
            "Pertemuan berlangsung kemarin.", "Dia mengatakan hasilnya baik.",
        ])
    }

    @Test func lineBreaksEndSentencesAndEnglishWorks() {
        #expect(split("AS perkuat sekutu\nPertukaran pesan terjadi.") == ["AS perkuat sekutu", "Pertukaran pesan terjadi."])
        #expect(split("Mr. Smith said the U.S. Army was ready. He left at 5 p.m. on Monday.").first
                == "Mr. Smith said the U.S. Army was ready.")
    }

    @Test func punctuationOnlyIsNotASentence() {
        #expect(split("—\n...\nKata.").count == 1)
        #expect(split("").isEmpty)
    }

    @Test func offsetsCountUnicodeScalars() {
        let text = "Café 新 buka. Ramai sekali."
        let sentences = SentenceSplitter.split(text)
        #expect(sentences.map { [$0.start, $0.end] } == [[0, 12], [13, 26]])
    }

    @Test func stopFollowedByLinkHoleEndsTheSentence() {
        #expect(split("Latihan itu membuat tubuh lebih lentur., ,Selama hamil, tubuh terasa berat.") == [
            "Latihan itu membuat tubuh lebih lentur.", "Selama hamil, tubuh terasa berat.",
        ])
        #expect(split("Adonan bisa menjadi keras., kalaupun ingin menunggu, cukup sepuluh menit.") == [
            "Adonan bisa menjadi keras.", "kalaupun ingin menunggu, cukup sepuluh menit.",
        ])
        // A list abbreviation may take a comma inside the sentence.
        #expect(split("Mereka membawa beras, gula, dll., lalu pulang.").count == 1)
    }

    @Test func quoteOpeningRightAfterAStopStartsTheNextSentence() {
        #expect(split("Seorang penggemar bertanya.“Kamu terlalu banyak berubah,” tulisnya.") == [
            "Seorang penggemar bertanya.", "“Kamu terlalu banyak berubah,” tulisnya.",
        ])
        #expect(split("Itu sudah cukup,\" ujarnya.\"Kami akan kembali besok,\" katanya.") == [
            "Itu sudah cukup,\" ujarnya.", "\"Kami akan kembali besok,\" katanya.",
        ])
        // A closing quote after the stop still closes the sentence it belongs to.
        #expect(split("Ia berkata, \"Kami siap.\"Lalu pergi.") == ["Ia berkata, \"Kami siap.\"", "Lalu pergi."])
    }

    @Test func linkHolesAreClosed() {
        let holes = SentenceSplitter.closeLinkHoles
        #expect(holes("Bagi ibu hamil yang bingung selama ,, pilates bisa jadi pilihan.")
                == "Bagi ibu hamil yang bingung selama, pilates bisa jadi pilihan.")
        #expect(holes("Sementara itu, ,, selaku juara Liga Europa, akan menjamu , di Stamford Bridge.")
                == "Sementara itu, selaku juara Liga Europa, akan menjamu, di Stamford Bridge.")
        #expect(holes("Anak dapat berpikir ,. Manfaat ini terasa , .") == "Anak dapat berpikir. Manfaat ini terasa.")
        #expect(holes("Tubuh lebih lentur., ,Selama hamil") == "Tubuh lebih lentur. Selama hamil")
        // Ordinary commas, quotes and numbers stay.
        let plain = "\"Kami siap,\" kata Kim, lalu pergi dengan 3,5 ton beras, gula, dll."
        #expect(holes(plain) == plain)
        // No sentence of a cleaned corpus text holds a hole.
        let body = holes("Melansir dari laman ,, sarapan meningkatkan konsentrasi anak., ,Dilansir dari , , Selasa (10/9/2019), zodiak itu agresif , .")
        for sentence in split(body) {
            #expect(!sentence.contains(", ,") && !sentence.contains(",,") && !sentence.contains(" ,"), "\(sentence)")
            #expect(!sentence.contains(",.") && !sentence.hasPrefix(","), "\(sentence)")
        }
    }

    @Test func sentencesCarryUTF8OffsetsThatGiveTheSameText() {
        let body = "Café “Kopi” dibuka. 新闻 hari ini 📰 ramai.\nKalimat é ketiga."
        let sentences = SentenceSplitter.split(body)
        #expect(sentences.count == 3)
        let article = Article(id: "x", source: SourceLocation(path: "x"), title: "x", body: body, sentences: sentences)
        let scalars = Array(body.unicodeScalars)
        for sentence in sentences {
            #expect(sentence.utf8Start != nil && sentence.utf8End != nil)
            let expected = String(String.UnicodeScalarView(scalars[sentence.start..<sentence.end]))
            #expect(article.text(of: sentence) == expected)
        }
        #expect(article.sentenceTexts == sentences.map { article.text(of: $0) })
    }

    /// Each width the splitter's scalar store picks (Latin-1, the Basic Multilingual Plane, beyond
    /// it) reads back the text's scalars, and splitting gives the same sentences in each.
    @Test func scalarTextReadsBackEveryWidth() {
        for body in ["Harga naik. Café ramai.", "Harga “naik”. Kota 新闻 ramai.", "Harga naik 📰. Café ramai."] {
            #expect(Array(ScalarText(body)) == Array(body.unicodeScalars), "\(body)")
            #expect(split(body).count == 2, "\(body)")
        }
    }

    /// Link holes are closed into a string sized from the text's length and its commas: texts made
    /// of nothing but commas, spaces, stops, quotes and line ends never write past it (a debug
    /// build traps if they do) and come out without a hole.
    @Test func linkHolesCloseWithinTheirBoundOnAnyMixOfCommasAndSpaces() {
        let pieces: [String] = [",", " ", "\t", ".", "a", "\"", "\n", "é", "📰", "3"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 1...24, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let closed = SentenceSplitter.closeLinkHoles(text)
            #expect(closed.utf8.count <= text.utf8.count + text.utf8.filter { $0 == UInt8(ascii: ",") }.count, "\(text)")
            #expect(!closed.contains(", ,"), "\(text.debugDescription) → \(closed.debugDescription)")
        }
    }
}
