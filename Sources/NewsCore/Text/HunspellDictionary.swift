import CHunspell
import Foundation

/// One hunspell dictionary (an `.aff` and a `.dic` file), safe to share between threads.
///
/// Hunspell's handle is not thread-safe, so every call goes through one lock; answers to
/// `knows` are cached, since the analyser asks about the same words again and again, behind a
/// lock of their own, so that a cached answer never waits on another thread's hunspell call.
final class HunspellDictionary: @unchecked Sendable {
    private let handle: OpaquePointer
    private let lock = NSLock()
    private let cacheLock = NSLock()
    private var known: [String: Bool] = [:]

    /// Opens the dictionary, or names the Debian `package` that provides it.
    init(aff: String, dic: String, package: String) throws(StemmerError) {
        guard FileManager.default.isReadableFile(atPath: aff), FileManager.default.isReadableFile(atPath: dic),
              let handle = Hunspell_create(aff, dic) else {
            throw .dictionaryMissing(aff: aff, dic: dic, package: package)
        }
        self.handle = handle
    }

    deinit { Hunspell_destroy(handle) }

    /// Whether the dictionary knows `word` as written.
    func knows(_ word: String) -> Bool {
        cacheLock.lock()
        let cached = known[word]
        cacheLock.unlock()
        if let cached { return cached }
        lock.lock()
        let result = Hunspell_spell(handle, word) != 0
        lock.unlock()
        cacheLock.lock()
        known[word] = result
        cacheLock.unlock()
        return result
    }

    /// The stems hunspell gives for `word`, lower-cased; empty when it does not know the word.
    func stems(_ word: String) -> [String] {
        lock.lock()
        defer { lock.unlock() }
        var list: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
        let count = Hunspell_stem(handle, &list, word)
        defer { Hunspell_free_list(handle, &list, count) }
        guard count > 0, let list else { return [] }
        return (0..<Int(count)).compactMap { list[$0].map { String(cString: $0).lowercased() } }
    }
}
