import NewsCore
import SnapshotTesting
import Testing
@testable import ReaderUI

/// The reader's screens as text, compared with the snapshots in __Snapshots__. A missing
/// snapshot is recorded locally; CI sets SNAPSHOT_TESTING_RECORD=never so that it fails there.
@Suite("Render snapshots")
struct RenderSnapshotTests {
    let wartaEkonomi = SeedReader.article("000")

    /// Warta Ekonomi's "aset berharga" sentence under the cursor, at a size.
    func onAsetBerharga(width: Int, height: Int) -> ReaderState {
        var s = SeedReader.state(width: width, height: height)
        s.open(article: wartaEkonomi, sentence: SeedReader.sentence(wartaEkonomi, containing: "aset berharga"))
        s.reveal(articleInLeft: wartaEkonomi)
        s.focus = .article
        return s
    }

    @Test func threePanesAt160x50() {
        let frame = render(onAsetBerharga(width: 160, height: 50))
        assertSnapshot(of: frame.text, as: .lines)
        #expect(frame.text.contains("reported by 3 outlets"))
        #expect(frame.text.contains("Okezone · 2021-03-24"))
    }

    @Test func threePanesAt100x40() {
        let s = onAsetBerharga(width: 100, height: 40)
        #expect(!s.panes.stacked)
        assertSnapshot(of: render(s).text, as: .lines)
    }

    @Test func crossReferencesBelowTheArticleAt60x20() {
        let s = onAsetBerharga(width: 60, height: 20)
        #expect(s.panes.stacked)
        let frame = render(s)
        assertSnapshot(of: frame.text, as: .lines)
        #expect(frame.text.contains("aset"))
        #expect(frame.text.contains("Cross-references"))
    }

    @Test func aWindowTooSmallAsksForABiggerOne() {
        let frame = render(onAsetBerharga(width: 40, height: 10))
        assertSnapshot(of: frame.text, as: .lines)
        #expect(frame.text.contains("bigger window"))
    }

    @Test func helpOverlay() {
        let frame = render(onAsetBerharga(width: 100, height: 40).after(.character("?")))
        assertSnapshot(of: frame.text, as: .lines)
        for binding in KeyTable.bindings { #expect(frame.text.contains(binding.help)) }
    }

    @Test func storiesPane() {
        let frame = render(SeedReader.state(width: 120, height: 30).after(.character("s"), .enter))
        assertSnapshot(of: frame.text, as: .lines)
        #expect(frame.text.contains("Stories ("))
    }

    @Test func claimsView() {
        let frame = render(SeedReader.state(width: 120, height: 30).after(.character("c"), .character("g")))
        assertSnapshot(of: frame.text, as: .lines)
        #expect(frame.text.contains("Claims by number of outlets"))
    }

    @Test func coverageMatrix() {
        let frame = render(onAsetBerharga(width: 120, height: 30).after(.character("m")))
        assertSnapshot(of: frame.text, as: .lines)
        #expect(frame.text.contains("●"))
        #expect(frame.text.contains("·"))
    }

    @Test func searchHitsInTheLeftPane() {
        let frame = render(SeedReader.state(width: 160, height: 50).after(.character("/")).typing("aset berharga").after(.enter))
        assertSnapshot(of: frame.text, as: .lines)
        #expect(frame.text.contains("Hits (3)"))
    }

    @Test func theCursorSentenceAndSharedWordsAreMarkedWithoutColour() throws {
        let s = onAsetBerharga(width: 160, height: 50)
        let frame = render(s)
        let rect = s.panes.article
        let line = s.layout!.sentenceLines[s.cursor].lowerBound - s.articleScroll
        let cell = frame[rect.row + 1 + line, rect.column + PaneLayout.gutterWidth]
        #expect(cell.style.attributes.contains(.reverse))
        #expect(frame[rect.row + 1 + line, rect.column + 2].text == "▶")
        // Shared words in the cross-reference pane are bold and underlined, not only coloured.
        let refs = s.panes.references
        let underlined = (refs.row..<(refs.row + refs.height)).flatMap { row in
            (refs.column..<(refs.column + refs.width)).map { frame[row, $0] }
        }.filter { $0.style.attributes.contains(.underline) && $0.style.attributes.contains(.bold) }
        #expect(underlined.map(\.text).joined().contains("aset"))
    }
}
