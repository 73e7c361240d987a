/// Text made safe to show on a terminal.
///
/// A terminal obeys control characters: ESC starts sequences that can recolour the screen, set
/// the window title (OSC 2) or write the clipboard (OSC 52), and bidi overrides reorder what is
/// shown. Every string that reaches a terminal passes through `visible(_:)`, which keeps the
/// text readable and shows each such character as a visible placeholder instead:
///
/// - C0 controls (U+0000–U+001F) as their Control Pictures: ESC as `␛`, BEL as `␇`, LF as `␊`;
/// - DEL as `␡`;
/// - C1 controls (U+0080–U+009F) as `�`;
/// - bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) as `⇄`.
public enum TerminalText {
    /// `text` with every control character replaced by its placeholder; the same string when
    /// there is none.
    public static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            out.append(isUnsafe(scalar) ? placeholder(for: scalar) : scalar)
        }
        return String(out)
    }

    /// Whether a scalar must not be written to a terminal as it is.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// The visible stand-in for an unsafe scalar.
    public static func placeholder(for scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x00...0x1F: return Unicode.Scalar(0x2400 + scalar.value)!
        case 0x7F: return "\u{2421}"
        case 0x80...0x9F: return "\u{FFFD}"
        default: return "\u{21C4}"
        }
    }
}
