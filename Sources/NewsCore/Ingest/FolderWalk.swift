import Foundation

/// The files under a folder, walked recursively with opendir(3) so that nothing is passed over in
/// silence: a subfolder that cannot be listed, an entry that cannot be examined, a name that is not
/// UTF-8 and a symbolic link back to a folder already walked each leave a problem.
struct FolderWalk {
    /// Article files, in name order.
    private(set) var files: [String] = []
    /// Outlet maps (`outlets.tsv`), in name order.
    private(set) var maps: [String] = []
    /// Other files, relative to the folder walked.
    private(set) var skipped: [String] = []
    private(set) var problems: [IngestProblem] = []
    /// Whether the top folder itself could be listed.
    private(set) var listed = true
    private var visited: Set<[UInt64]> = []

    init(_ folder: String) {
        let base = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        listed = visit(base.isEmpty ? "/" : base, relative: "")
        files.sort()
        maps.sort()
    }

    /// Walks one folder; returns whether it could be listed.
    private mutating func visit(_ folder: String, relative: String) -> Bool {
        var info = stat()
        if stat(folder, &info) == 0 {
            guard visited.insert([UInt64(info.st_dev), UInt64(info.st_ino)]).inserted else {
                problems.append(.folderCycle(folder))
                return true
            }
        }
        guard let directory = opendir(folder) else {
            problems.append(.unreadable(folder, reason: "cannot list folder: " + FileAccessError.system(errno).description))
            return false
        }
        var names: [String] = []
        while let entry = readdir(directory) {
            let raw = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
            if raw == [0x2E] || raw == [0x2E, 0x2E] || raw.first == 0x2E { continue }
            guard let name = String(validating: raw, as: UTF8.self) else {
                problems.append(.nonUTF8FileName(folder: folder, name: FolderWalk.escaped(raw)))
                continue
            }
            names.append(name)
        }
        closedir(directory)
        for name in names.sorted() {
            let full = folder == "/" ? "/" + name : folder + "/" + name
            let path = relative.isEmpty ? name : relative + "/" + name
            switch PathKind.of(full) {
            case .folder:
                _ = visit(full, relative: path)
            case .file, .stream:
                if name == OutletMap.fileName {
                    maps.append(full)
                } else if FileFormat.isArticleFile(name) {
                    files.append(full)
                } else {
                    skipped.append(path)
                }
            case .missing:
                problems.append(.unreadable(full, reason: "broken symbolic link"))
            case .failed(let error):
                problems.append(.unreadable(full, reason: error.description))
            }
        }
        return true
    }

    /// A name that is not UTF-8, shown with each odd byte as `\xNN`.
    static func escaped(_ raw: [UInt8]) -> String {
        var out = ""
        var i = 0
        while i < raw.count {
            let slice = raw[i...]
            if raw[i] < 0x80 {
                out.unicodeScalars.append(Unicode.Scalar(raw[i]))
                i += 1
                continue
            }
            var length = 2
            while length <= 4, i + length <= raw.count, String(validating: slice.prefix(length), as: UTF8.self) == nil {
                length += 1
            }
            if length <= 4, i + length <= raw.count, let valid = String(validating: slice.prefix(length), as: UTF8.self) {
                out += valid
                i += length
            } else {
                out += String(format: "\\x%02X", raw[i])
                i += 1
            }
        }
        return out
    }
}
