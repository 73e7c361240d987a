import Testing
@testable import ReaderUI

@Suite("Frame, display widths and wrapping")
struct FrameTests {
    @Test func widthsMatchWhatAUTF8TerminalShows() {
        #expect(DisplayWidth.of("a" as Character) == 1)
        #expect(DisplayWidth.of("新" as Character) == 2)
        #expect(DisplayWidth.of("📰" as Character) == 2)
        #expect(DisplayWidth.of("☀" as Character) == 1)
        #expect(DisplayWidth.of(Unicode.Scalar(0xFE0F)!) == 0)
        #expect(DisplayWidth.of(Unicode.Scalar(0x0301)!) == 0)
        #expect(DisplayWidth.of("e\u{301}" as Character) == 1)
        #expect(DisplayWidth.of("한국어") == 6)
        #expect(DisplayWidth.of("Korea Utara") == 11)
    }

    @Test func wideCharactersTakeTwoCellsAndAreNeverSplit() {
        var frame = Frame(width: 5, height: 1)
        let end = frame.put("新闻a", row: 0, column: 0)
        #expect(end == 5)
        #expect(frame.line(0) == "新闻a")
        #expect(frame[0, 1].text == "")
        var clipped = Frame(width: 5, height: 1)
        clipped.put("ab新闻", row: 0, column: 0)
        #expect(clipped.line(0) == "ab新 ")
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var frame = Frame(width: 4, height: 1)
        frame.put("新新", row: 0, column: 0)
        frame.put("x", row: 0, column: 1)
        #expect(frame.line(0) == " x新")
    }

    @Test func combiningMarksJoinTheirBase() {
        var frame = Frame(width: 4, height: 1)
        frame.put("e\u{301}x", row: 0, column: 0)
        #expect(frame[0, 0].text == "e\u{301}")
        #expect(frame[0, 1].text == "x")
    }

    @Test func controlCharactersNeverReachACell() {
        var frame = Frame(width: 40, height: 1)
        frame.put("a\u{1B}[31mb\u{1B}]52;c;eA==\u{07}\u{9B}\u{202E}", row: 0, column: 0)
        let text = frame.line(0)
        #expect(text.hasPrefix("a␛[31mb␛]52;c;eA==␇�⇄"))
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
    }

    @Test func writesStopAtTheLimitAndOutsideRowsAreIgnored() {
        var frame = Frame(width: 10, height: 2)
        frame.put("abcdefgh", row: 0, column: 2, limit: 5)
        frame.put("zzz", row: 5, column: 0)
        #expect(frame.line(0) == "  abc     ")
        #expect(frame.line(1) == "          ")
    }

    @Test func wrapsOnWordsAndCutsLongWords() {
        #expect(WordWrap.strings("Kim dan Xi saling bertukar pesan", width: 10)
                == ["Kim dan Xi", "saling", "bertukar", "pesan"])
        #expect(WordWrap.strings("abcdefghijkl", width: 5) == ["abcde", "fghij", "kl"])
        #expect(WordWrap.strings("新闻新闻 ab", width: 4) == ["新闻", "新闻", "ab"])
        let lines = WordWrap.lines("ab cd", width: 2)
        #expect(lines == [WordWrap.Line(start: 0, end: 2), WordWrap.Line(start: 3, end: 5)])
        #expect(WordWrap.truncated("Warta Ekonomi", width: 6) == "Warta…")
        #expect(WordWrap.truncated("新闻新闻", width: 4) == "新…")
    }
}
