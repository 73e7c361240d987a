import Testing
@testable import NewsCore

@Suite("Relays")
struct RelayTests {
    let harness = MentionHarness()

    func mention(_ sentence: String, language: Language = .indonesian) -> ClaimMention? {
        harness.mentions([sentence], language: language)[0]
    }

    @Test func relayPhrasesFillRelaysAndAddNoTerms() {
        let a = mention("China adalah sekutu utama Korea Utara dalam bidang ekonomi, seperti dilansir The Korea Herald.")
        #expect(a?.relays == ["The Korea Herald"])
        let b = mention("China adalah sekutu utama Korea Utara dalam bidang ekonomi, melansir Indonesian.cri.cn.")
        #expect(b?.relays == ["Indonesian.cri.cn"])
        let c = mention("China adalah sekutu utama Korea Utara dalam bidang ekonomi, dikutip dari Reuters.")
        #expect(c?.relays == ["Reuters"])
        let d = mention("Dilansir dari laman Liputan 6, China adalah sekutu utama Korea Utara dalam bidang ekonomi.")
        #expect(d?.relays == ["Liputan6"] || d?.relays == ["Liputan 6"])
        // The same claim relayed by different outlets has the same terms and entities.
        for other in [b, c, d] {
            #expect(other?.terms.sorted() == a?.terms.sorted())
            #expect(other?.entities == a?.entities)
        }
        #expect(a?.entities == ["china", "korea utara"])
    }

    @Test func englishRelays() {
        let a = mention("China is North Korea's only major ally and its biggest trading partner, Reuters reported.", language: .english)
        let b = mention("China is North Korea's only major ally and its biggest trading partner, according to AP.", language: .english)
        #expect(a?.relays == ["Reuters"])
        #expect(b?.relays == ["AP"])
        #expect(a?.terms.sorted() == b?.terms.sorted())
        #expect(a?.entities == b?.entities)
        // "according to" a person attributes; it is no relay.
        let c = mention("China is North Korea's only major ally, according to Kim Jong Un.", language: .english)
        #expect(c?.relays == [])
        #expect(c?.speaker == "Kim Jong Un")
    }
}
