/// Something wrong with the input. Each problem names the file, and the line where there is one;
/// the rest of the corpus still loads.
///
/// Descriptions are safe for a terminal: paths and quoted values pass through
/// `TerminalText.visible`, so a newline or escape sequence in a file name stays on one line.
public enum IngestProblem: Error, CustomStringConvertible, Equatable, Sendable {
    case missingPath(String)
    case emptyFolder(String)
    case emptyFile(String)
    case binaryFile(String, nulOffset: Int)
    case unreadable(String, reason: String)
    /// The gzip data is damaged after `keptLines` complete lines, which loaded.
    case corruptGzip(String, reason: String, keptLines: Int)
    case malformedRecord(String, line: Int, reason: String)
    case emptyArticle(SourceLocation)
    case malformedOutletMapLine(String, line: Int)
    /// A JSONL line holding a NUL byte (at a 0-based byte offset in the line).
    case nulInLine(String, line: Int, offset: Int)
    case lineTooLong(String, line: Int, limit: Int)
    case articleTooLarge(String, limit: Int)
    /// A folder entry whose name is not UTF-8, shown with `\xNN` escapes.
    case nonUTF8FileName(folder: String, name: String)
    /// Warnings: the data loaded, but was repaired or renamed on the way.
    case decodedAsWindows1252(String, line: Int, lines: Int)
    case controlCharactersRemoved(String, count: Int)
    case duplicateID(String, at: SourceLocation, firstAt: SourceLocation, renamedTo: String)
    case skippedFiles(folder: String, count: Int, examples: [String])
    case folderCycle(String)

    /// Whether the data still loaded (repaired or renamed).
    public var isWarning: Bool {
        switch self {
        case .decodedAsWindows1252, .controlCharactersRemoved, .duplicateID, .skippedFiles, .folderCycle: return true
        default: return false
        }
    }

    public var description: String {
        switch self {
        case .missingPath(let path):
            return "\(shown(path)): no such file or folder"
        case .emptyFolder(let path):
            return "\(shown(path)): folder holds no article files (.txt, .jsonl, .jsonl.gz)"
        case .emptyFile(let path):
            return "\(shown(path)): empty file, skipped"
        case .binaryFile(let path, let offset):
            return "\(shown(path)): binary file (NUL byte at offset \(offset)), skipped"
        case .unreadable(let path, let reason):
            return "\(shown(path)): cannot read (\(shown(reason))), skipped"
        case .corruptGzip(let path, let reason, 0):
            return "\(shown(path)): \(reason); nothing could be read"
        case .corruptGzip(let path, let reason, let kept):
            return "\(shown(path)):\(kept + 1): \(reason); loaded the \(kept) complete line\(kept == 1 ? "" : "s") before it"
        case .malformedRecord(let path, let line, let reason):
            return "\(shown(path)):\(line): \(shown(reason)); line skipped"
        case .emptyArticle(let location):
            return "\(shown(location.description)): article has no title and no text, skipped"
        case .malformedOutletMapLine(let path, let line):
            return "\(shown(path)):\(line): expected `ARTICLE-ID<TAB>OUTLET`; line ignored"
        case .nulInLine(let path, let line, let offset):
            return "\(shown(path)):\(line): NUL byte at column \(offset + 1) (binary data?); line skipped"
        case .lineTooLong(let path, let line, let limit):
            return "\(shown(path)):\(line): line longer than \(IngestLimits.describe(limit)), the limit for one record; line skipped"
        case .articleTooLarge(let path, let limit):
            return "\(shown(path)): larger than \(IngestLimits.describe(limit)), the limit for one article; skipped"
        case .nonUTF8FileName(let folder, let name):
            return "\(shown(folder)): file name \(shown(name)) is not valid UTF-8; skipped (rename it to load it)"
        case .decodedAsWindows1252(let path, let line, let lines):
            let what = lines == 1 ? "not valid UTF-8" : "\(lines) lines are not valid UTF-8, the first here"
            return "\(shown(path)):\(line): warning: \(what); decoded the odd bytes as Windows-1252"
        case .controlCharactersRemoved(let path, let count):
            return "\(shown(path)): warning: \(count) control character\(count == 1 ? " shown as a placeholder" : "s shown as placeholders") (␛ for ESC)"
        case .duplicateID(let id, let at, let firstAt, let renamed):
            return "\(shown(at.description)): warning: duplicate id \(shown(id)) (first at \(shown(firstAt.description))); loaded as \(shown(renamed))"
        case .skippedFiles(let folder, let count, let examples):
            let list = examples.map(shown).joined(separator: ", ") + (count > examples.count ? ", …" : "")
            return "\(shown(folder)): note: skipped \(count) file\(count == 1 ? "" : "s") that are not articles (\(list))"
        case .folderCycle(let path):
            return "\(shown(path)): note: a symbolic link back to a folder already read; not read again"
        }
    }

    /// A value as it may appear in a message: visible, and cut in the middle when it is very long
    /// (a path over the system limit).
    private func shown(_ value: String) -> String {
        let visible = TerminalText.visible(value)
        guard visible.count > 200 else { return visible }
        return visible.prefix(80) + "…" + visible.suffix(80)
    }
}
