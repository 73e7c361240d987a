import Testing
@testable import NewsCore

/// A long article is analysed in windows of sentences; what comes out must not depend on it.
@Suite("Windowed analysis")
struct WindowedAnalysisTests {
    let harness = MentionHarness()

    /// Names resolved across windows, a -nya cue after a window boundary, a quote that closes in
    /// the next window, a continuation, and a date earlier in the paragraph.
    let paragraphs = [
        "Menteri Kelautan Susi Pudjiastuti meninjau pelabuhan ikan di Cilacap pada Senin (2/9/2019).",
        "Susi mengatakan, kapal asing yang mencuri ikan akan ditenggelamkan tanpa pengecualian.",
        "\"Kami tidak akan memberi ampun kepada pencuri ikan.",
        "Laut kita harus dijaga bersama oleh nelayan dan aparat,\" ujarnya.",
        "Ia juga meminta nelayan melapor bila melihat kapal asing di perairan Indonesia.",
        "Kepala Dinas Perikanan Cilacap Budi Santoso menyambut baik rencana tersebut.",
        "Menurutnya, hasil tangkapan nelayan setempat naik sejak penertiban dimulai.",
        "Harga ikan di pasar Cilacap tidak naik meski permintaan bertambah.",
        "Budi menambahkan, pemerintah daerah akan membangun gudang pendingin tahun depan.",
    ]

    @Test func windowsGiveTheSameMentionsAndSearchPart() {
        let article = harness.article(paragraphs)
        var windowed = harness.extractor
        windowed.window = 2
        let whole = harness.extractor.extractWithSearchPart(article, index: 0)
        let parts = windowed.extractWithSearchPart(article, index: 0)
        #expect(parts.result.mentions == whole.result.mentions)
        #expect(parts.result.skipped == whole.result.skipped)
        #expect(parts.part == whole.part)
        #expect(whole.result.mentions.count >= 7)
        let speaker = { (i: Int) in whole.result.mentions.first { $0.sentence == i }?.speaker }
        #expect(speaker(1) == "Susi Pudjiastuti" && speaker(3) == speaker(1) && speaker(4) == speaker(1))
        #expect(speaker(6) == "Budi Santoso")
        var windowedSpeakers: [String?] = [], wholeSpeakers: [String?] = []
        windowed.analyzeSentences(article) { _, _, speaker in windowedSpeakers.append(speaker) }
        harness.extractor.analyzeSentences(article) { _, _, speaker in wholeSpeakers.append(speaker) }
        #expect(windowedSpeakers == wholeSpeakers)
        #expect(windowedSpeakers.count == paragraphs.count)
    }
}
