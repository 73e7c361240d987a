import Foundation

/// Why a path could not be read. The messages name the cause in words, never a framework's error
/// domain and code.
public enum FileAccessError: Error, CustomStringConvertible, Equatable, Sendable {
    /// open(2), read(2) or stat(2) failed with this errno.
    case system(Int32)
    /// The path is a folder where a file was expected.
    case isFolder
    /// More bytes than `IngestLimits.longestArticle` from a pipe or device.
    case tooLarge(limit: Int)

    public var description: String {
        switch self {
        case .system(ENAMETOOLONG):
            return "path longer than the system allows (\(PATH_MAX) bytes in all, \(NAME_MAX) a name)"
        case .system(ELOOP):
            return "symbolic link loop (too many levels of symbolic links)"
        case .system(let code):
            return String(cString: strerror(code))
        case .isFolder:
            return "is a folder, not a file"
        case .tooLarge(let limit):
            return "more than \(IngestLimits.describe(limit)) (the limit for one input)"
        }
    }
}

/// What a path names, found with stat(2) so that "missing" means missing.
enum PathKind: Equatable {
    case file
    case folder
    /// A FIFO, a character device (`/dev/stdin`) or a socket: read as a stream.
    case stream
    case missing
    case failed(FileAccessError)

    static func of(_ path: String) -> PathKind {
        var info = stat()
        guard stat(path, &info) == 0 else {
            let code = errno
            return code == ENOENT ? .missing : .failed(.system(code))
        }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .folder
        case S_IFREG: return .file
        default: return .stream
        }
    }
}

enum FileAccess {
    /// Reads a whole file with read(2): regular files, and pipes or devices to their end, up to
    /// `limit` bytes (a regular file's size is its own limit).
    static func read(_ path: String, limit: Int = IngestLimits.standard.longestArticle) throws(FileAccessError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .system(errno) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw .system(errno) }
        if info.st_mode & S_IFMT == S_IFDIR { throw .isFolder }
        let regular = info.st_mode & S_IFMT == S_IFREG
        var bytes: [UInt8] = []
        if regular { bytes.reserveCapacity(Int(info.st_size)) }
        let chunk = 1 << 16
        var buffer = [UInt8](repeating: 0, count: chunk)
        while true {
            let count = buffer.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, chunk) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .system(errno)
            }
            if count == 0 { return bytes }
            if !regular, bytes.count + count > limit { throw .tooLarge(limit: limit) }
            bytes.append(contentsOf: buffer[0..<count])
        }
    }
}
