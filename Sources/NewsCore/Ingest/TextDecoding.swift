/// Turns raw file bytes into clean text: UTF-8 (Windows-1252 when that fails), no BOM,
/// `\n` line ends, and no control characters that would corrupt a terminal.
public enum TextDecoding {
    /// The decoded text and what had to be repaired on the way.
    public struct Result: Sendable, Equatable {
        public var text: String
        /// 1-based line of the first byte that was not valid UTF-8, when the file fell back to Windows-1252.
        public var windows1252FallbackLine: Int?
        /// How many control characters were dropped.
        public var controlCharactersRemoved: Int
    }

    /// Returns the byte offset of the first NUL, which marks a binary file.
    public static func firstNUL(in bytes: [UInt8]) -> Int? {
        bytes.firstIndex(of: 0)
    }

    /// Decodes `bytes`; with `sanitizing`, also normalises lines and spaces (see `sanitize`).
    /// JSONL is decoded without it: its strings are sanitised after JSON parsing.
    public static func decode(_ bytes: [UInt8], sanitizing: Bool = true) -> Result {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        let raw: String
        var fallbackLine: Int?
        if let invalid = firstInvalidUTF8Offset(body) {
            fallbackLine = body[body.startIndex..<invalid].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            raw = decodeWindows1252(body)
        } else {
            raw = String(decoding: body, as: UTF8.self)
        }
        guard sanitizing else {
            return Result(text: raw, windows1252FallbackLine: fallbackLine, controlCharactersRemoved: 0)
        }
        let (text, removed) = sanitize(raw)
        return Result(text: text, windows1252FallbackLine: fallbackLine, controlCharactersRemoved: removed)
    }

    /// Normalises line ends and spacing and makes control characters visible.
    ///
    /// CR and CRLF become LF; tabs, no-break and other Unicode spaces become a space;
    /// zero-width spaces and stray BOMs go. C0 and C1 controls, DEL and bidi overrides are
    /// replaced by their visible placeholders (`TerminalText`) and counted: the reader sees
    /// that something was there, and no terminal ever receives the control itself.
    public static func sanitize(_ text: String) -> (text: String, controlsRemoved: Int) {
        var out = String.UnicodeScalarView()
        out.reserveCapacity(text.utf8.count)
        var removed = 0
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            let v = scalar.value
            defer { previousWasCR = v == 0x0D }
            switch v {
            case 0x0D:
                out.append("\n")
            case 0x0A:
                if !previousWasCR { out.append("\n") }
            case 0x09, 0x0B, 0x0C, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
                out.append(" ")
            case 0x2028, 0x2029:
                out.append("\n")
            case 0x200B, 0xFEFF, 0x2060:
                continue
            case _ where TerminalText.isUnsafe(scalar):
                out.append(TerminalText.placeholder(for: scalar))
                removed += 1
            default:
                out.append(scalar)
            }
        }
        return (String(out), removed)
    }

    /// The offset of the first byte that breaks UTF-8, or `nil` when all of it is valid.
    static func firstInvalidUTF8Offset(_ bytes: ArraySlice<UInt8>) -> Int? {
        var i = bytes.startIndex
        let end = bytes.endIndex
        while i < end {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length: Int
            var minimum: UInt32
            switch b {
            case 0xC2...0xDF: length = 2; minimum = 0x80
            case 0xE0...0xEF: length = 3; minimum = 0x800
            case 0xF0...0xF4: length = 4; minimum = 0x10000
            default: return i
            }
            guard end - i >= length else { return i }
            var value = UInt32(b) & (0xFF >> (length + 1))
            for k in 1..<length {
                let c = bytes[i + k]
                guard c & 0xC0 == 0x80 else { return i }
                value = value << 6 | UInt32(c & 0x3F)
            }
            if value < minimum || value > 0x10FFFF || (0xD800...0xDFFF).contains(value) { return i }
            minimum = 0
            i += length
        }
        return nil
    }

    /// Windows-1252 differs from Latin-1 only in 0x80...0x9F.
    private static let cp1252High: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    static func decodeWindows1252(_ bytes: ArraySlice<UInt8>) -> String {
        var out = String.UnicodeScalarView()
        out.reserveCapacity(bytes.count)
        for b in bytes {
            let value = (0x80...0x9F).contains(b) ? cp1252High[Int(b) - 0x80] : UInt32(b)
            out.append(Unicode.Scalar(value)!)
        }
        return String(out)
    }
}
