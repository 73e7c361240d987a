/// The most memory one piece of input may take. Input over a limit is skipped with a message that
/// names the limit; the rest of the file still loads. Documented in docs/formats.md.
public struct IngestLimits: Sendable, Equatable {
    /// One line of a JSONL corpus (one record), in bytes after inflating.
    public var longestLine: Int
    /// One plain-text article, or everything read from a pipe or device, in bytes after inflating.
    public var longestArticle: Int

    public init(longestLine: Int = 64 << 20, longestArticle: Int = 128 << 20) {
        self.longestLine = longestLine
        self.longestArticle = longestArticle
    }

    public static let standard = IngestLimits()

    /// "64 MiB", "512 KiB", "100 bytes".
    static func describe(_ bytes: Int) -> String {
        if bytes >= 1 << 20, bytes % (1 << 20) == 0 { return "\(bytes >> 20) MiB" }
        if bytes >= 1 << 10, bytes % (1 << 10) == 0 { return "\(bytes >> 10) KiB" }
        return "\(bytes) bytes"
    }
}
