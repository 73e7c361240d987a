import Foundation
import GRDB
import NewsCore

/// Opening an index file safely: a damaged or foreign file is set aside (renamed, never deleted)
/// and a fresh index takes its place; an index made by a newer schema is set aside the same way;
/// updates take a lock so that two processes never write at once.
public enum IndexFile {
    /// Opens the index at `path`, creating its folder and file when missing. `note` hears what
    /// the user should know (migrated, set aside). Throws `StoreError.unwritable` when the location
    /// cannot hold an index; an existing index there is then opened read-only if it can be.
    public static func open(_ path: String, note: (String) -> Void) throws -> SQLiteCorpusStore {
        try open(path, migrations: Schema.migrations.count, note: note)
    }

    /// `open` with only the first `migrations` of the schema (tests make older indexes with it).
    static func open(_ path: String, migrations: Int, note: (String) -> Void) throws -> SQLiteCorpusStore {
        // Creating the file, switching it to WAL and migrating it need it alone: two processes
        // doing that at once would find it locked. An index that needs none of it opens unlocked,
        // so a reader never waits for a writer.
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                return try readOnlyOrThrow(path, reason: "cannot create \(folder)")
            }
        }
        let known = Set(Schema.migrations.prefix(migrations).map(\.name))
        let ready = FileManager.default.fileExists(atPath: path) && (try? appliedMigrations(path)) == known
        var lock: IndexLock?
        if !ready {
            lock = try? IndexLock(path) {
                note("newsreader: another process is updating the index \(path); waiting for it")
            }
        }
        defer { withExtendedLifetime(lock) {} }
        return try openUnlocked(path, migrations: migrations, note: note)
    }

    private static func openUnlocked(_ path: String, migrations: Int, note: (String) -> Void) throws -> SQLiteCorpusStore {
        if let problem = damage(at: path) {
            try setAside(path, because: problem, note: note)
        }
        do {
            let before = try appliedMigrations(path)
            let known = Set(Schema.migrations.prefix(migrations).map(\.name))
            if let before, !before.isEmpty, !before.isSubset(of: known) {
                throw SupersededSchema()
            }
            let store = try SQLiteCorpusStore(path: path, migrations: migrations)
            if let before, !before.isEmpty, before != known {
                note("newsreader: the index \(path) was made by an older version; its schema was migrated")
            }
            _ = try store.manifest()
            return store
        } catch is SupersededSchema {
            try setAside(path, because: "it was made by a newer version of newsreader", note: note)
            return try SQLiteCorpusStore(path: path, migrations: migrations)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CORRUPT || error.resultCode == .SQLITE_NOTADB {
            try setAside(path, because: error.message ?? "\(error.resultCode)", note: note)
            return try SQLiteCorpusStore(path: path, migrations: migrations)
        } catch is BinaryDecodingError {
            try setAside(path, because: "its contents cannot be decoded", note: note)
            return try SQLiteCorpusStore(path: path, migrations: migrations)
        } catch let error as DatabaseError where [.SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_FULL, .SQLITE_IOERR]
            .contains(error.resultCode.primaryResultCode) {
            return try readOnlyOrThrow(path, reason: error.message ?? "\(error.resultCode)")
        }
    }

    /// Why the file at `path` is not a usable SQLite database, found without opening it: a
    /// foreign header, or fewer bytes than the header's page count needs (a truncated copy).
    /// `nil` when it looks whole or does not exist.
    static func damage(at path: String) -> String? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        let header = [UInt8](handle.readData(ofLength: 100))
        guard !header.isEmpty else { return nil }
        guard header.count == 100, Array(header[0..<16]) == Array("SQLite format 3\0".utf8) else {
            return "it is not an SQLite database"
        }
        var pageSize = Int(header[16]) << 8 | Int(header[17])
        if pageSize == 1 { pageSize = 65_536 }
        let pages = header[28..<32].reduce(0) { $0 << 8 | Int($1) }
        let changeCounter = header[24..<28].reduce(0) { $0 << 8 | Int($1) }
        let validFor = header[92..<96].reduce(0) { $0 << 8 | Int($1) }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        let walSize = (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0
        if pages > 0, changeCounter == validFor, walSize == 0, size < pages * pageSize {
            return "it is truncated (\(size) of \(pages * pageSize) bytes)"
        }
        return nil
    }

    /// Renames the index and its WAL files to `<path>.damaged-<time>`, never deleting them.
    public static func setAside(_ path: String, because reason: String, note: (String) -> Void) throws {
        let stamp = ISO8601DateFormatter().string(from: Date()).replacingOccurrences(of: ":", with: "")
        let target = path + ".set-aside-" + stamp
        for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
            do {
                try FileManager.default.moveItem(atPath: path + suffix, toPath: target + suffix)
            } catch {
                throw StoreError.unwritable(path: path, reason: "cannot set the damaged index aside: \(error.localizedDescription)")
            }
        }
        note("newsreader: the index \(path) was moved to \(target) and is rebuilt: \(reason)")
    }

    /// The migrations recorded in an existing file, or `nil` when there is none.
    private static func appliedMigrations(_ path: String) throws -> Set<String>? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(30)
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        return try queue.read { db in
            guard try db.tableExists("grdb_migrations") else { return [] }
            return Set(try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations"))
        }
    }

    private static func readOnlyOrThrow(_ path: String, reason: String) throws -> SQLiteCorpusStore {
        if FileManager.default.fileExists(atPath: path), let store = try? SQLiteCorpusStore(path: path, readOnly: true),
           (try? store.manifest()) != nil {
            return store
        }
        throw StoreError.unwritable(path: path, reason: reason)
    }

    private struct SupersededSchema: Error {}
}

/// An exclusive lock on an index for one updating process (flock on `<index>.lock`). Readers do
/// not take it: WAL lets them read while a writer works.
public final class IndexLock {
    private let descriptor: Int32

    /// Takes the lock, waiting while another process holds it; `waiting` is called once if that
    /// lasts longer than a second.
    public init(_ indexPath: String, waiting: () -> Void) throws {
        descriptor = Foundation.open(indexPath + ".lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw StoreError.unwritable(path: indexPath, reason: String(cString: strerror(errno)))
        }
        let started = Date()
        var told = false
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            if !told && Date().timeIntervalSince(started) > 1 {
                waiting()
                told = true
            }
            usleep(20_000)
        }
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
