import CNCursesw
import ReaderUI
import Testing
@testable import ReaderTerminal

@Suite("Style, colour and locale policy")
struct StyleMappingTests {
    @Test func attributesAlwaysApply() {
        #expect(CursesColors.attributes(for: []) == nr_A_NORMAL())
        #expect(CursesColors.attributes(for: .bold) == nr_A_BOLD())
        #expect(CursesColors.attributes(for: [.reverse, .underline]) == nr_A_REVERSE() | nr_A_UNDERLINE())
        #expect(CursesColors.attributes(for: [.bold, .underline, .reverse, .dim])
                == nr_A_BOLD() | nr_A_UNDERLINE() | nr_A_REVERSE() | nr_A_DIM())
    }

    @Test func tonesBecomePairsOnlyWithColour() {
        let on = CursesColors(enabled: true), off = CursesColors(enabled: false)
        #expect(on.pair(for: .plain) == 0)
        let pairs = Style.Tone.allCases.filter { $0 != .plain }.map { on.pair(for: $0) }
        #expect(Set(pairs).count == pairs.count)
        #expect(!pairs.contains(0))
        for tone in Style.Tone.allCases { #expect(off.pair(for: tone) == 0) }
    }

    @Test func noColorAndMonochromeTurnColourOff() {
        #expect(CursesColors.shouldUse(noColor: nil, terminalHasColors: true))
        #expect(CursesColors.shouldUse(noColor: "", terminalHasColors: true))
        #expect(!CursesColors.shouldUse(noColor: "1", terminalHasColors: true))
        #expect(!CursesColors.shouldUse(noColor: nil, terminalHasColors: false))
    }

    @Test func nonUTF8LocaleGetsAWarningNamingLANG() {
        #expect(LocaleCheck.warning(codeset: "UTF-8", lang: "C.UTF-8") == nil)
        #expect(LocaleCheck.warning(codeset: "utf8", lang: nil) == nil)
        let warning = LocaleCheck.warning(codeset: "ANSI_X3.4-1968", lang: "C")
        #expect(warning == "the locale is not UTF-8 (LANG=C); text may show wrongly: set LANG=C.UTF-8")
    }

    @Test func errorsReadAsOneLine() {
        let errors: [TerminalError] = [.notATerminal(stream: "standard output"), .termNotSet, .unknownTerm("nosuchterm")]
        for error in errors { #expect(!error.description.contains("\n")) }
        #expect(TerminalError.unknownTerm("nosuchterm").description.contains("'nosuchterm'"))
        #expect(TerminalError.unknownTerm("nosuchterm").description.contains("TERM=xterm-256color"))
    }
}
