/// Something wrong with the input. Each problem names the file, and the line where there is one;
/// the rest of the corpus still loads.
public enum IngestProblem: Error, CustomStringConvertible, Equatable, Sendable {
    case missingPath(String)
    case emptyFolder(String)
    case emptyFile(String)
    case binaryFile(String, nulOffset: Int)
    case unreadable(String, reason: String)
    case corruptGzip(String, reason: String)
    case malformedRecord(String, line: Int, reason: String)
    case emptyArticle(SourceLocation)
    case malformedOutletMapLine(String, line: Int)
    /// Warnings: the data loaded, but was repaired or renamed on the way.
    case decodedAsWindows1252(String, line: Int)
    case controlCharactersRemoved(String, count: Int)
    case duplicateID(String, at: SourceLocation, firstAt: SourceLocation, renamedTo: String)
    case skippedFiles(folder: String, count: Int, examples: [String])

    /// Whether the data still loaded (repaired or renamed).
    public var isWarning: Bool {
        switch self {
        case .decodedAsWindows1252, .controlCharactersRemoved, .duplicateID, .skippedFiles: return true
        default: return false
        }
    }

    public var description: String {
        switch self {
        case .missingPath(let path):
            return "\(path): no such file or folder"
        case .emptyFolder(let path):
            return "\(path): folder holds no article files (.txt, .jsonl, .jsonl.gz)"
        case .emptyFile(let path):
            return "\(path): empty file, skipped"
        case .binaryFile(let path, let offset):
            return "\(path): binary file (NUL byte at offset \(offset)), skipped"
        case .unreadable(let path, let reason):
            return "\(path): cannot read (\(reason)), skipped"
        case .corruptGzip(let path, let reason):
            return "\(path): \(reason); skipped what could not be read"
        case .malformedRecord(let path, let line, let reason):
            return "\(path):\(line): \(reason); line skipped"
        case .emptyArticle(let location):
            return "\(location): article has no title and no text, skipped"
        case .malformedOutletMapLine(let path, let line):
            return "\(path):\(line): expected `ARTICLE-ID<TAB>OUTLET`; line ignored"
        case .decodedAsWindows1252(let path, let line):
            return "\(path):\(line): warning: not valid UTF-8; decoded the file as Windows-1252"
        case .controlCharactersRemoved(let path, let count):
            return "\(path): warning: \(count) control character\(count == 1 ? " shown as a placeholder" : "s shown as placeholders") (␛ for ESC)"
        case .duplicateID(let id, let at, let firstAt, let renamed):
            return "\(at): warning: duplicate id \(id) (first at \(firstAt)); loaded as \(renamed)"
        case .skippedFiles(let folder, let count, let examples):
            let list = examples.joined(separator: ", ") + (count > examples.count ? ", …" : "")
            return "\(folder): note: skipped \(count) file\(count == 1 ? "" : "s") that are not articles (\(list))"
        }
    }
}
