import CNCursesw
import ReaderUI

/// How a `Style` becomes curses attributes and a colour pair.
///
/// Attributes always apply; tones become colour pairs only when colour is on, which it is not
/// under NO_COLOR or on a terminal without colours.
struct CursesColors {
    let enabled: Bool

    /// Colour is used unless NO_COLOR has a non-empty value or the terminal has none.
    static func shouldUse(noColor: String?, terminalHasColors: Bool) -> Bool {
        terminalHasColors && (noColor ?? "").isEmpty
    }

    static func attributes(for attributes: Style.Attributes) -> attr_t {
        var result = nr_A_NORMAL()
        if attributes.contains(.bold) { result |= nr_A_BOLD() }
        if attributes.contains(.underline) { result |= nr_A_UNDERLINE() }
        if attributes.contains(.reverse) { result |= nr_A_REVERSE() }
        if attributes.contains(.dim) { result |= nr_A_DIM() }
        return result
    }

    /// The colour pair of a tone: its raw value, 0 (the terminal's own colours) for plain text
    /// or when colour is off.
    func pair(for tone: Style.Tone) -> Int16 {
        enabled ? Int16(tone.rawValue) : 0
    }

    /// Starts colour and defines one pair per tone. Call once, after `newterm`.
    static func start(noColor: String?) -> CursesColors {
        guard shouldUse(noColor: noColor, terminalHasColors: has_colors()), start_color() != ERR else {
            return CursesColors(enabled: false)
        }
        let hasDefaults = use_default_colors() != ERR
        let foreground: Int16 = hasDefaults ? -1 : Int16(COLOR_WHITE)
        let background: Int16 = hasDefaults ? -1 : Int16(COLOR_BLACK)
        let grey: Int16 = nr_colors() >= 16 ? 8 : foreground
        for tone in Style.Tone.allCases where tone != .plain {
            let color: Int16 = switch tone {
            case .plain: foreground
            case .accent: Int16(COLOR_CYAN)
            case .highlight: Int16(COLOR_YELLOW)
            case .muted: grey
            case .status: Int16(COLOR_CYAN)
            case .warning: Int16(COLOR_RED)
            }
            _ = init_pair(Int16(tone.rawValue), color, background)
        }
        return CursesColors(enabled: true)
    }
}
