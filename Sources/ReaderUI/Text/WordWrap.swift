/// Greedy word wrapping by display width.
///
/// Lines break after spaces; a word wider than the line is cut. Each line is given as a
/// half-open range of Unicode scalar offsets into the text, so that highlights (which are scalar
/// ranges) map onto wrapped lines. Spaces at a break belong to neither line.
public enum WordWrap {
    /// One wrapped line: scalar offsets `start..<end` into the wrapped text.
    public struct Line: Sendable, Equatable {
        public var start: Int
        public var end: Int
    }

    public static func lines(_ text: String, width: Int) -> [Line] {
        let width = max(1, width)
        var glyphs: [(offset: Int, width: Int, isSpace: Bool)] = []
        var offset = 0
        for character in text {
            let isSpace = character == " " || character == "\n"
            glyphs.append((offset, isSpace ? 1 : DisplayWidth.of(character), isSpace))
            offset += character.unicodeScalars.count
        }
        let total = offset
        var lines: [Line] = []
        var i = 0
        while i < glyphs.count {
            while i < glyphs.count && glyphs[i].isSpace { i += 1 }
            guard i < glyphs.count else { break }
            let start = i
            var used = 0
            var lastBreak: Int?
            var j = i
            while j < glyphs.count {
                if glyphs[j].isSpace { lastBreak = j }
                if used + glyphs[j].width > width && !glyphs[j].isSpace { break }
                used += glyphs[j].width
                j += 1
            }
            var end = j
            if j < glyphs.count, let b = lastBreak, b > start { end = b }
            if end == start { end = start + 1 }
            var last = end
            while last > start && glyphs[last - 1].isSpace { last -= 1 }
            let endOffset = last < glyphs.count ? glyphs[last].offset : total
            lines.append(Line(start: glyphs[start].offset, end: endOffset))
            i = end
        }
        return lines
    }

    /// The wrapped lines as strings (for headers and plain text).
    public static func strings(_ text: String, width: Int) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return lines(text, width: width).map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) }
    }

    /// `text` cut to `width` columns, with "…" where it was cut.
    public static func truncated(_ text: String, width: Int) -> String {
        guard width > 0 else { return "" }
        guard DisplayWidth.of(text) > width else { return text }
        var out = ""
        var used = 0
        for character in text {
            let w = DisplayWidth.of(character)
            if used + w > width - 1 { break }
            out.append(character)
            used += w
        }
        return out + "…"
    }
}
