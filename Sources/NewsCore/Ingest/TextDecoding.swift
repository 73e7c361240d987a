/// Turns raw file bytes into clean text: UTF-8, UTF-16 with a byte-order mark, or Windows-1252
/// for the bytes that are not UTF-8; no BOM, `\n` line ends, and no control characters that would
/// corrupt a terminal.
public enum TextDecoding {
    /// The decoded text and what had to be repaired on the way.
    public struct Result: Sendable, Equatable {
        public var text: String
        /// 1-based line of the first line that was not valid UTF-8.
        public var windows1252FallbackLine: Int?
        /// How many lines held bytes that are not UTF-8 (decoded as Windows-1252, byte by byte).
        public var windows1252Lines: Int = 0
        /// How many control characters were replaced by placeholders.
        public var controlCharactersRemoved: Int
        /// Whether the bytes were UTF-16 with a byte-order mark.
        public var utf16: Bool = false
    }

    /// Returns the byte offset of the first NUL, which marks a binary file.
    public static func firstNUL(in bytes: [UInt8]) -> Int? {
        bytes.firstIndex(of: 0)
    }

    /// Whether `bytes` open with a UTF-16 byte-order mark (`FF FE` or `FE FF`).
    public static func hasUTF16BOM(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF))
    }

    /// UTF-16 text with its byte-order mark, re-encoded as UTF-8 (unpaired surrogates become U+FFFD).
    public static func utf8(fromUTF16 bytes: [UInt8]) -> [UInt8] {
        let bigEndian = bytes[0] == 0xFE
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = 2
        while i + 1 < bytes.count {
            units.append(bigEndian ? UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]) : UInt16(bytes[i + 1]) << 8 | UInt16(bytes[i]))
            i += 2
        }
        return Array(String(decoding: units, as: UTF16.self).utf8)
    }

    /// Decodes `bytes`; with `sanitizing`, also normalises lines and spaces (see `sanitize`).
    ///
    /// The encoding is decided line by line: a line of valid UTF-8 is UTF-8, and in a line that is
    /// not, each valid UTF-8 sequence is kept and every other byte is read as Windows-1252. So one
    /// stray byte changes one character, not the whole file.
    public static func decode(_ bytes: [UInt8], sanitizing: Bool = true) -> Result {
        var input = bytes
        var utf16 = false
        if hasUTF16BOM(input) {
            input = utf8(fromUTF16: input)
            utf16 = true
        }
        var body = input[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        let raw: String
        var fallbackLine: Int?
        var fallbackLines = 0
        if firstInvalidUTF8Offset(body) == nil {
            raw = String(decoding: body, as: UTF8.self)
        } else {
            var out = String.UnicodeScalarView()
            out.reserveCapacity(body.count)
            for (offset, line) in body.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
                if offset > 0 { out.append("\n") }
                if decodeLine(line, into: &out) {
                    fallbackLines += 1
                    if fallbackLine == nil { fallbackLine = offset + 1 }
                }
            }
            raw = String(out)
        }
        guard sanitizing else {
            return Result(text: raw, windows1252FallbackLine: fallbackLine, windows1252Lines: fallbackLines,
                          controlCharactersRemoved: 0, utf16: utf16)
        }
        let (text, removed) = sanitize(raw)
        return Result(text: text, windows1252FallbackLine: fallbackLine, windows1252Lines: fallbackLines,
                      controlCharactersRemoved: removed, utf16: utf16)
    }

    /// One line of bytes as text: UTF-8 where it is valid, Windows-1252 for every other byte.
    /// Returns the text and whether any byte needed Windows-1252.
    public static func decodeLine(_ bytes: ArraySlice<UInt8>) -> (text: String, windows1252: Bool) {
        if firstInvalidUTF8Offset(bytes) == nil { return (String(decoding: bytes, as: UTF8.self), false) }
        var out = String.UnicodeScalarView()
        _ = decodeLine(bytes, into: &out)
        return (String(out), true)
    }

    /// Appends `bytes` decoded as `decodeLine(_:)` does; returns whether a byte needed Windows-1252.
    private static func decodeLine(_ bytes: ArraySlice<UInt8>, into out: inout String.UnicodeScalarView) -> Bool {
        var i = bytes.startIndex
        var repaired = false
        while i < bytes.endIndex {
            if bytes[i] < 0x80 {
                out.append(Unicode.Scalar(bytes[i]))
                i += 1
            } else if let (scalar, length) = sequence(bytes, at: i) {
                out.append(scalar)
                i += length
            } else {
                out.append(windows1252(bytes[i]))
                repaired = true
                i += 1
            }
        }
        return repaired
    }

    /// Normalises line ends and spacing and makes control characters visible.
    ///
    /// CR and CRLF become LF; tabs, no-break and other Unicode spaces become a space;
    /// zero-width spaces and stray BOMs go. C0 and C1 controls, DEL and bidi overrides are
    /// replaced by their visible placeholders (`TerminalText`) and counted: the reader sees
    /// that something was there, and no terminal ever receives the control itself.
    public static func sanitize(_ text: String) -> (text: String, controlsRemoved: Int) {
        // Most text needs no change: found in one pass that builds nothing.
        guard text.unicodeScalars.contains(where: { cleaning(of: $0) != .keep }) else { return (text, 0) }
        var out = String.UnicodeScalarView()
        out.reserveCapacity(text.utf8.count)
        var removed = 0
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar.value == 0x0D }
            switch cleaning(of: scalar) {
            case .keep:
                // The line feed of a CRLF: the CR already became one.
                if !(scalar.value == 0x0A && previousWasCR) { out.append(scalar) }
            case .lineBreak:
                out.append("\n")
            case .space:
                out.append(" ")
            case .drop:
                continue
            case .placeholder:
                out.append(TerminalText.placeholder(for: scalar))
                removed += 1
            }
        }
        return (String(out), removed)
    }

    /// What `sanitize` does with a scalar.
    private enum Cleaning { case keep, lineBreak, space, drop, placeholder }

    private static func cleaning(of scalar: Unicode.Scalar) -> Cleaning {
        switch scalar.value {
        case 0x0A: .keep
        case 0x0D, 0x2028, 0x2029: .lineBreak
        case 0x09, 0x0B, 0x0C, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: .space
        case 0x200B, 0xFEFF, 0x2060: .drop
        case _ where TerminalText.isUnsafe(scalar): .placeholder
        default: .keep
        }
    }

    /// The offset of the first byte that breaks UTF-8, or `nil` when all of it is valid.
    static func firstInvalidUTF8Offset(_ bytes: ArraySlice<UInt8>) -> Int? {
        var i = bytes.startIndex
        while i < bytes.endIndex {
            if bytes[i] < 0x80 { i += 1; continue }
            guard let (_, length) = sequence(bytes, at: i) else { return i }
            i += length
        }
        return nil
    }

    /// The scalar of the valid multi-byte UTF-8 sequence at `i`, and its length.
    private static func sequence(_ bytes: ArraySlice<UInt8>, at i: Int) -> (Unicode.Scalar, Int)? {
        let length: Int
        let minimum: UInt32
        switch bytes[i] {
        case 0xC2...0xDF: length = 2; minimum = 0x80
        case 0xE0...0xEF: length = 3; minimum = 0x800
        case 0xF0...0xF4: length = 4; minimum = 0x10000
        default: return nil
        }
        guard bytes.endIndex - i >= length else { return nil }
        var value = UInt32(bytes[i]) & (0xFF >> (length + 1))
        for k in 1..<length {
            let c = bytes[i + k]
            guard c & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(c & 0x3F)
        }
        guard value >= minimum, let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, length)
    }

    /// Windows-1252 differs from Latin-1 only in 0x80...0x9F.
    private static let cp1252High: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    static func windows1252(_ byte: UInt8) -> Unicode.Scalar {
        Unicode.Scalar((0x80...0x9F).contains(byte) ? cp1252High[Int(byte) - 0x80] : UInt32(byte))!
    }
}
