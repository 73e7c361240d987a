import CNCursesw
import ReaderUI
import Testing
@testable import ReaderTerminal

@Suite("Key and mouse decoding")
struct KeyDecoderTests {
    @Test func functionKeysMapToReaderKeys() {
        let expected: [(Int32, Key)] = [
            (KEY_UP, .up), (KEY_DOWN, .down), (KEY_LEFT, .left), (KEY_RIGHT, .right),
            (KEY_PPAGE, .pageUp), (KEY_NPAGE, .pageDown), (KEY_HOME, .home), (KEY_END, .end),
            (KEY_ENTER, .enter), (KEY_BACKSPACE, .backspace), (KEY_DC, .delete), (KEY_BTAB, .backTab),
        ]
        for (code, key) in expected {
            #expect(KeyDecoder.key(code: code) == key, "code \(code)")
        }
        #expect(KeyDecoder.key(code: KEY_F0 + 5) == nil)
    }

    @Test func controlCharactersMapToNamedKeys() {
        #expect(KeyDecoder.key(character: 9) == .tab)
        #expect(KeyDecoder.key(character: 10) == .enter)
        #expect(KeyDecoder.key(character: 13) == .enter)
        #expect(KeyDecoder.key(character: 8) == .backspace)
        #expect(KeyDecoder.key(character: 127) == .backspace)
        #expect(KeyDecoder.key(character: 27) == .escape)
        #expect(KeyDecoder.key(character: 1) == .control("a"))
        #expect(KeyDecoder.key(character: 3) == .control("c"))
        #expect(KeyDecoder.key(character: 26) == .control("z"))
        #expect(KeyDecoder.key(character: 0) == nil)
        #expect(KeyDecoder.key(character: 28) == nil)
        #expect(KeyDecoder.key(character: 0x9B) == nil)
    }

    @Test func printableAndWideCharactersPassThrough() {
        #expect(KeyDecoder.key(character: 0x20) == .character(" "))
        #expect(KeyDecoder.key(character: 0x71) == .character("q"))
        #expect(KeyDecoder.key(character: 0x2F) == .character("/"))
        #expect(KeyDecoder.key(character: 0xE9) == .character("é"))
        #expect(KeyDecoder.key(character: 0x65B0) == .character("新"))
        #expect(KeyDecoder.key(character: 0x1F4F0) == .character("📰"))
        #expect(KeyDecoder.key(character: 0xD800) == nil)
    }

    @Test func mouseButtonsMapToClicksAndWheel() {
        #expect(KeyDecoder.mouse(buttons: nr_BUTTON1_PRESSED(), row: 3, column: 7) == MouseEvent(.click, row: 3, column: 7))
        #expect(KeyDecoder.mouse(buttons: nr_BUTTON1_CLICKED(), row: 0, column: 0) == MouseEvent(.click, row: 0, column: 0))
        #expect(KeyDecoder.mouse(buttons: nr_BUTTON4_PRESSED(), row: 1, column: 2) == MouseEvent(.wheelUp, row: 1, column: 2))
        #expect(KeyDecoder.mouse(buttons: nr_BUTTON5_PRESSED(), row: 1, column: 2) == MouseEvent(.wheelDown, row: 1, column: 2))
        #expect(KeyDecoder.mouse(buttons: nr_BUTTON1_RELEASED(), row: 1, column: 2) == nil)
    }
}
