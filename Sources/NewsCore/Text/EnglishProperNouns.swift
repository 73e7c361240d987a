import Foundation

/// Capitalised English words: the nouns Princeton WordNet files as places or as people, read from
/// `wordnet-base`'s `data.noun` by each synset's lexicographer file (15 `noun.location`,
/// 18 `noun.person`), its capitalised adjectives (`data.adj`: "Mexican"), and the capitalised
/// entries of the hunspell dictionary (`Rod`, `Gibbons`).
/// Keys are lower case, words joined by spaces ("new york").
///
/// English speakers and pronouns need them: "Canada", "Brisbane" or "Tennessee" are never the
/// person a "he said" means, and "Rod", "White" or "Price" are names though the dictionary also
/// knows the words.
struct EnglishProperNouns: Sendable {
    var places: Set<String> = []
    var people: Set<String> = []
    /// Words the dictionary also lists with a capital: given names, surnames, places.
    var names: Set<String> = []
    /// Capitalised adjectives of `data.adj`: nationalities, peoples, faiths ("mexican", "iraqi").
    var adjectives: Set<String> = []

    /// A word that can be a name although it is also a common word.
    func canBeName(_ word: String) -> Bool { names.contains(word) || people.contains(word) }

    /// A name WordNet knows as a place and never as a person ("Canada"; not "Washington").
    func isOnlyPlace(_ key: String) -> Bool { places.contains(key) && !people.contains(key) }

    /// A nationality, people or faith ("Mexican", "Iraqi"): it describes, it names no one.
    func isDemonym(_ key: String) -> Bool { adjectives.contains(key) }

    /// Read once, on the first English article: empty where `wordnet-base` or the dictionary is
    /// not installed.
    static let system: EnglishProperNouns = {
        var result = read(path: "/usr/share/wordnet/data.noun")
        result.adjectives = read(path: "/usr/share/wordnet/data.adj", adjectives: true).adjectives
        result.names = capitalisedEntries(dictionary: EnglishStemmer.defaultDic)
        return result
    }()

    /// The entries of a hunspell `.dic` written with a capital, lower-cased, flags dropped.
    static func capitalisedEntries(dictionary path: String) -> Set<String> {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
        var result = Set<String>()
        for line in text.split(separator: "\n").dropFirst() {
            guard let first = line.unicodeScalars.first, first.isUppercaseFast else { continue }
            let word = line.split(separator: "/", maxSplits: 1)[0]
            // Acronyms and forms such as "AC" or "McDonald" are left to other rules.
            guard word.dropFirst().allSatisfy({ $0.isLowercase }) else { continue }
            result.insert(word.lowercased())
        }
        return result
    }

    /// `offset lex_filenum ss_type w_cnt word lex_id [word lex_id…] …`, `w_cnt` in hexadecimal.
    static func read(path: String, adjectives: Bool = false) -> EnglishProperNouns {
        var result = EnglishProperNouns()
        guard let data = FileManager.default.contents(atPath: path) else { return result }
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                if bytes[start] != 0x20 { add(line: bytes[start..<end], to: &result, adjectives: adjectives) }
                start = end + 1
            }
        }
        return result
    }

    private static func add(line: Slice<UnsafeBufferPointer<UInt8>>, to result: inout EnglishProperNouns, adjectives: Bool) {
        var fields: [Slice<UnsafeBufferPointer<UInt8>>] = []
        var a = line.startIndex
        for k in line.indices where line[k] == 0x20 {
            if k > a { fields.append(line[a..<k]) }
            a = k + 1
            // The words come before the pointer count; 4 + 2 × 255 fields is the most they take.
            if fields.count > 4, let count = hex(fields[3]), fields.count >= 4 + 2 * count { break }
        }
        guard fields.count > 4, let count = hex(fields[3]), fields.count >= 4 + 2 * count else { return }
        let lexFile = String(decoding: fields[1], as: UTF8.self)
        guard adjectives || lexFile == "15" || lexFile == "18" else { return }
        for w in 0..<count {
            let word = fields[4 + 2 * w]
            guard let first = word.first, first >= 0x41, first <= 0x5A else { continue }
            var text = String(decoding: word, as: UTF8.self)
            if let paren = text.firstIndex(of: "(") { text = String(text[..<paren]) }  // "Georgia(a)"
            let key = TextAnalyzer.wordKeys(text.replacingOccurrences(of: "_", with: " "))
                .joined(separator: " ")
            if adjectives {
                result.adjectives.insert(key)
            } else if lexFile == "15" {
                result.places.insert(key)
            } else {
                result.people.insert(key)
            }
        }
    }

    private static func hex(_ field: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        Int(String(decoding: field, as: UTF8.self), radix: 16)
    }
}
