import Testing
@testable import NewsCore

@Suite("Terminal-safe text")
struct TerminalTextTests {
    @Test func controlsAndBidiOverridesBecomeVisiblePlaceholders() {
        #expect(TerminalText.visible("\u{1B}[31mred\u{1B}[0m") == "␛[31mred␛[0m")
        #expect(TerminalText.visible("\u{1B}]52;c;aGk=\u{07}") == "␛]52;c;aGk=␇")
        #expect(TerminalText.visible("a\u{9B}b\u{7F}c\u{0}") == "a�b␡c␀")
        #expect(TerminalText.visible("\u{202E}abc\u{2066}") == "⇄abc⇄")
        #expect(TerminalText.visible("line\nnext\ttab") == "line␊next␉tab")
    }

    @Test func safeTextIsUnchanged() {
        for text in ["Korea Utara", "新闻 📰", "e\u{301}", "“kutipan” — ok"] {
            #expect(TerminalText.visible(text) == text)
        }
    }
}
