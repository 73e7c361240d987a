import Testing
@testable import NewsCore

@Suite("Negation scope")
struct NegationScopeTests {
    let harness = MentionHarness()

    func negated(_ sentence: String, language: Language = .indonesian) -> Bool? {
        harness.mentions([sentence], language: language)[0]?.negated
    }

    @Test func idiomsWithANegationDoNotNegate() {
        #expect(negated("Warga tak henti-hentinya mengirim bantuan ke lokasi banjir di Bekasi.") == false)
        #expect(negated("Pemerintah tidak hanya membangun jalan tetapi juga memperbaiki jembatan desa.") == false)
        #expect(negated("Bukan hanya petani, nelayan juga menerima bantuan subsidi bahan bakar.") == false)
        #expect(negated("Tak lama kemudian, petugas pemadam kebakaran tiba di lokasi kejadian.") == false)
        #expect(negated("Pelaku pembakaran hutan itu tidak lain adalah pemilik lahan sawit sendiri.") == false)
        #expect(negated("Belum lama ini, bank sentral menaikkan suku bunga acuan sebesar seperempat persen.") == false)
        #expect(negated("Tidak sedikit warga yang mengungsi ke rumah kerabat setelah gempa.") == false)
        #expect(negated("Tidak dapat dipungkiri bahwa intoleransi mencapai puncak pemerintahan Turki.") == false)
        #expect(negated("Peran almarhum dalam industri pesawat terbang tidak bisa disangkal siapa pun.") == false)
    }

    @Test func englishNotOnlyButAlso() {
        #expect(negated("The government will not only build roads but also repair village bridges.", language: .english) == false)
        #expect(negated("The government will not build roads in the village this year.", language: .english) == true)
    }

    @Test func realNegationsStillNegate() {
        #expect(negated("Fraksi itu tidak setuju dengan revisi undang-undang yang diajukan pemerintah.") == true)
        #expect(negated("Pemerintah belum memutuskan kenaikan harga bahan bakar minyak tahun ini.") == true)
        #expect(negated("Kebakaran itu bukan disebabkan oleh korsleting listrik di gudang.") == true)
        #expect(negated("Ia tidak lama tinggal di kota itu karena pekerjaan ayahnya berpindah.") == true)
        #expect(negated("Polisi tidak dapat memastikan penyebab kebakaran gudang tersebut.") == true)
        // An idiom does not hide a real negation later in the sentence.
        #expect(negated("Warga tidak hanya kecewa, mereka juga tidak mau membayar pajak daerah.") == true)
    }

    /// A negation in a relative clause describes a noun; the claim itself is not denied.
    @Test func aNegationInARelativeClauseDoesNotNegate() {
        #expect(negated("Pemerintah menyalurkan bantuan kepada warga yang tidak mampu di Kabupaten Bekasi.") == false)
        #expect(negated("Kepercayaan kedua negara makin kuat meski situasi internasional yang rumit dan belum pernah terjadi sebelumnya.")
                == false)
        #expect(negated("The agency helped families who did not receive aid after the flood.", language: .english) == false)
        // The clause ends at its comma: what follows it is the claim again.
        #expect(negated("Warga yang mengungsi, tidak mau kembali ke rumah mereka sebelum aman.") == true)
        #expect(negated("Pemerintah mengatakan bahwa warga tidak perlu panik menghadapi kabut asap.") == true)
    }
}
