/// Why an index could not be used.
public enum StoreError: Error, CustomStringConvertible {
    /// The file is not a readable index (damaged, truncated, or not SQLite at all).
    case damaged(path: String, reason: String)
    /// The location cannot be written (read-only, missing permission, full disk).
    case unwritable(path: String, reason: String)
    /// Another process is updating the index and `wait` was not asked for.
    case busy(path: String)

    public var description: String {
        switch self {
        case .damaged(let path, let reason): "the index \(path) is damaged: \(reason)"
        case .unwritable(let path, let reason): "cannot write the index \(path): \(reason)"
        case .busy(let path): "the index \(path) is being updated by another process"
        }
    }
}
