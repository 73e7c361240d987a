/// How a cell is drawn: attributes that carry meaning on any terminal, plus an optional tone
/// that a colour terminal may show. Meaning never rests on the tone alone.
public struct Style: Hashable, Sendable {
    /// Terminal attributes, shown on every terminal (including monochrome ones).
    public struct Attributes: OptionSet, Hashable, Sendable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        public static let bold = Attributes(rawValue: 1)
        public static let underline = Attributes(rawValue: 2)
        public static let reverse = Attributes(rawValue: 4)
        public static let dim = Attributes(rawValue: 8)
    }

    /// A colour role; a backend maps each to a colour pair, or ignores it (NO_COLOR, monochrome).
    public enum Tone: UInt8, Hashable, Sendable, CaseIterable {
        case plain, accent, highlight, muted, status, warning
    }

    public var attributes: Attributes
    public var tone: Tone

    public init(_ attributes: Attributes = [], tone: Tone = .plain) {
        self.attributes = attributes
        self.tone = tone
    }

    public static let plain = Style()
    public static let bold = Style(.bold)
    public static let reverse = Style(.reverse)
    public static let underline = Style(.underline)
}
