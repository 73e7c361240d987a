/// The article formats a file can hold, chosen by its name.
enum FileFormat {
    /// One article: the first non-empty line is the title, the rest is the body.
    case plainText
    /// One JSON article a line, possibly gzip-compressed.
    case jsonl

    static func of(path: String) -> FileFormat {
        let lower = path.lowercased()
        if lower.hasSuffix(".txt.gz") { return .plainText }
        if lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") || lower.hasSuffix(".jsonl.gz")
            || lower.hasSuffix(".ndjson.gz") || lower.hasSuffix(".gz") {
            return .jsonl
        }
        return .plainText
    }

    /// Whether a folder walk picks up this file.
    static func isArticleFile(_ name: String) -> Bool {
        let lower = name.lowercased()
        return [".txt", ".txt.gz", ".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz"].contains { lower.hasSuffix($0) }
    }

    /// The file name without folders and without its extension(s): "a/000_x.txt" → "000_x".
    static func stem(of path: String) -> String {
        var name = path.split(separator: "/").last.map(String.init) ?? path
        for suffix in [".gz", ".jsonl", ".ndjson", ".txt"] where name.lowercased().hasSuffix(suffix) {
            name = String(name.dropLast(suffix.count))
        }
        if name.isEmpty { return path }
        if !path.lowercased().hasSuffix(".txt"), !path.lowercased().containsBytes(".json"),
           let dot = name.lastIndex(of: "."), dot != name.startIndex {
            name = String(name[..<dot])
        }
        return name
    }
}
