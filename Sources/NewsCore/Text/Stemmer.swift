import CStemmer
import Foundation

/// Why a stemmer could not start.
public enum StemmerError: Error, CustomStringConvertible {
    case dictionaryMissing(aff: String, dic: String, package: String)
    case stemmerMissing(language: String, package: String)

    public var description: String {
        switch self {
        case .dictionaryMissing(let aff, let dic, let package):
            return "hunspell dictionary not found (\(aff), \(dic)); install the Debian package \(package)"
        case .stemmerMissing(let language, let package):
            return "no Snowball stemmer for \(language); install the Debian package \(package)"
        }
    }
}

/// Reduces a lower-case word to its stem. Implementations cache per word and are safe to share.
public protocol Stemmer: Sendable {
    func stem(_ word: String) -> String
}

/// Indonesian stems from hunspell's affix rules and the hunspell-id dictionary.
///
/// Hunspell gives "tegas" for menegaskan, ditegaskan and tegaskan. It gives nothing
/// for reduplicated forms and some stacked affixes (dipertukarkan). This wrapper
/// folds reduplication first, then strips affixes itself until hunspell knows
/// the rest. Words it cannot stem stay as they are.
public final class IndonesianStemmer: Stemmer, @unchecked Sendable {
    public static let defaultAff = "/usr/share/hunspell/id_ID.aff"
    public static let defaultDic = "/usr/share/hunspell/id_ID.dic"

    private let dictionary: HunspellDictionary
    private let lock = NSLock()
    private var cache: [String: String] = [:]

    public init(aff: String = IndonesianStemmer.defaultAff, dic: String = IndonesianStemmer.defaultDic) throws(StemmerError) {
        dictionary = try HunspellDictionary(aff: aff, dic: dic, package: "hunspell-id")
    }

    /// The process-wide Indonesian stemmer, or the reason there is none.
    public static let shared: Result<IndonesianStemmer, StemmerError> = Result { () throws(StemmerError) in
        try IndonesianStemmer()
    }

    public func stem(_ word: String) -> String {
        // The lock guards the cache only: a word first seen on two threads at once is stemmed
        // twice, to the same stem, rather than one thread waiting on the other's dictionary lookups.
        lock.lock()
        let cached = cache[word]
        lock.unlock()
        if let cached { return cached }
        let result = computeStem(word)
        lock.lock()
        cache[word] = result
        lock.unlock()
        return result
    }

    /// Whether the dictionary knows `word` as written (lower case: a common word, not a name).
    public func knows(_ word: String) -> Bool { dictionary.knows(word) }

    private func computeStem(_ word: String) -> String {
        let base = Reduplication.fold(word)
        guard base.count >= 4, base.allSatisfy({ $0.isLetter }) else { return base }
        if let stem = hunspellStem(base) { return stem }
        for candidate in AffixStripper.candidates(base) where candidate.count >= 3 {
            if let stem = hunspellStem(candidate) { return stem }
        }
        return base
    }

    /// Hunspell's shortest stem of `word`, if it knows the word.
    private func hunspellStem(_ word: String) -> String? {
        dictionary.stems(word).min { $0.count < $1.count }
    }
}

/// English stems from the Snowball (Porter 2) stemmer in libstemmer, and the words the
/// hunspell-en-us dictionary knows in lower case (so that "Revenue" opening a sentence is a word,
/// and "Cleveland" a name).
public final class EnglishStemmer: Stemmer, @unchecked Sendable {
    public static let defaultAff = "/usr/share/hunspell/en_US.aff"
    public static let defaultDic = "/usr/share/hunspell/en_US.dic"

    private let stemmer: OpaquePointer
    private let dictionary: HunspellDictionary
    private let lock = NSLock()
    private var cache: [String: String] = [:]

    public init(aff: String = EnglishStemmer.defaultAff, dic: String = EnglishStemmer.defaultDic) throws(StemmerError) {
        dictionary = try HunspellDictionary(aff: aff, dic: dic, package: "hunspell-en-us")
        guard let stemmer = sb_stemmer_new("english", "UTF_8") else {
            throw .stemmerMissing(language: "english", package: "libstemmer-dev")
        }
        self.stemmer = stemmer
    }

    deinit { sb_stemmer_delete(stemmer) }

    /// Whether the dictionary knows `word` as written in lower case: a common word, not a name.
    public func knows(_ word: String) -> Bool { dictionary.knows(word) }

    public static let shared: Result<EnglishStemmer, StemmerError> = Result { () throws(StemmerError) in
        try EnglishStemmer()
    }

    public func stem(_ word: String) -> String {
        lock.lock()
        defer { lock.unlock() }
        if let cached = cache[word] { return cached }
        let utf8 = Array(word.utf8)
        let result: String
        if let out = sb_stemmer_stem(stemmer, utf8, Int32(utf8.count)) {
            let length = Int(sb_stemmer_length(stemmer))
            result = String(decoding: UnsafeBufferPointer(start: out, count: length), as: UTF8.self)
        } else {
            result = word
        }
        cache[word] = result
        return result
    }
}

/// Folds Indonesian reduplication: "tantangan-tantangan" → "tantangan", "tantangan2" → "tantangan",
/// "sekutu-sekutunya" → "sekutunya". Lexical reduplications (kupu-kupu) fold the same way, which is
/// harmless for matching: both sides fold alike.
public enum Reduplication {
    public static func fold(_ word: String) -> String {
        if word.hasSuffix("2"), word.count > 3, word.dropLast().allSatisfy({ $0.isLetter }) {
            return String(word.dropLast())
        }
        guard let dash = word.firstIndex(of: "-") else { return word }
        let left = word[..<dash]
        let right = word[word.index(after: dash)...]
        guard !left.isEmpty, !right.isEmpty else { return word }
        if left == right { return String(left) }
        // The affix is on the second half only: "sekutu-sekutunya", "negara-negaranya".
        if right.hasPrefix(left), right.count - left.count <= 3 { return String(right) }
        // Or on both: "tantangan-tantangan" is covered above; "bermain-main" keeps the left.
        if left.hasSuffix(right), left.count - right.count <= 4 { return String(left) }
        return word
    }
}

/// Indonesian affix stripping, for words hunspell does not know: particles, possessives,
/// derivational suffixes, then prefixes with the nasal changes restored.
enum AffixStripper {
    private static let particles = ["lah", "kah", "tah", "pun"]
    private static let possessives = ["nya", "ku", "mu"]
    private static let suffixes = ["kan", "an", "i"]

    /// Candidate roots, most likely first.
    static func candidates(_ word: String) -> [String] {
        var stems: [String] = []
        var forms = [word]
        for group in [particles, possessives, suffixes] {
            var next = forms
            for form in forms {
                for suffix in group where form.hasSuffix(suffix) && form.count - suffix.count >= 3 {
                    next.append(String(form.dropLast(suffix.count)))
                }
            }
            forms = next
        }
        for form in forms.reversed() {
            stems += stripPrefixes(form)
            if form != word { stems.append(form) }
        }
        var seen = Set<String>()
        return stems.filter { seen.insert($0).inserted }
    }

    /// Up to two prefixes off `word` ("di-per-tukar"), restoring a nasal's lost consonant.
    private static func stripPrefixes(_ word: String) -> [String] {
        var results: [String] = []
        for (prefix, replacements) in prefixRules where word.hasPrefix(prefix) {
            let rest = String(word.dropFirst(prefix.count))
            for replacement in replacements {
                let root = replacement + rest
                results.append(root)
                for (inner, innerReplacements) in prefixRules where root.hasPrefix(inner) && inner != prefix {
                    let innerRest = String(root.dropFirst(inner.count))
                    results += innerReplacements.map { $0 + innerRest }
                }
            }
        }
        return results
    }

    /// Prefix → what the root may have started with (nasal assimilation: menulis ← tulis).
    private static let prefixRules: [(String, [String])] = [
        ("memper", [""]), ("diper", [""]), ("per", [""]),
        ("meny", ["s"]), ("meng", ["", "k"]), ("mem", ["", "p"]), ("men", ["", "t"]), ("me", [""]),
        ("peny", ["s"]), ("peng", ["", "k"]), ("pem", ["", "p"]), ("pen", ["", "t"]), ("pe", [""]),
        ("ber", [""]), ("be", [""]), ("ter", [""]), ("di", [""]), ("ke", [""]), ("se", [""]),
    ]
}
