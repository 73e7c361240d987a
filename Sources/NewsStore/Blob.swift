import Foundation

/// Bytes handed to SQLite as a blob without a Foundation copy first.
///
/// `Data([UInt8])` copies, and an index write holds each large blob twice over while it binds: a
/// long article's analysis is hundreds of megabytes. GRDB binds the `Data` for the length of one
/// `execute` (SQLite's static binding), so a `Data` that only borrows the array's storage is
/// enough, as long as it is used inside `body` alone.
enum Blob {
    static func with<R>(_ bytes: [UInt8], _ body: (Data) throws -> R) rethrows -> R {
        try bytes.withUnsafeBytes { raw in
            guard let base = raw.baseAddress, raw.count > 0 else { return try body(Data()) }
            return try body(Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: raw.count, deallocator: .none))
        }
    }
}
