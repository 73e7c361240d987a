import Foundation

/// Word meanings from WordNet: which synsets a stem can name, in Indonesian and in English.
///
/// Indonesian comes from Wordnet Bahasa (MIT; a table derived from its `wn-data-ind.tab` ships
/// in the bundle, keyed by this analyser's stems). English comes from Princeton WordNet 3.0 as
/// Debian's `wordnet-base` installs it (`/usr/share/wordnet/index.*`), read here and keyed by
/// Snowball stems. Wordnet Bahasa's synset ids are Princeton WordNet 3.0 offsets, so an
/// Indonesian and an English word that share a synset share an id: "tingkat" and "level" both
/// name 05093890-n.
///
/// Polysemy: a stem with more than `maxSenses` synsets names too much to say anything; it gets no
/// senses. English lemmas contribute only their `englishSensesPerLemma` most frequent senses
/// (WordNet lists senses by frequency). The scorer also asks two words to share a good part of
/// their senses, not one (`PairScorer.softMatch`).
public final class WordSenses: Sendable {
    /// A synset: its offset times 4 plus the part of speech (n 0, v 1, a/s 2, r 3).
    public typealias Synset = Int32

    public static let maxSenses = 200
    public static let englishSensesPerLemma = 3

    /// `nil`: the bundled Wordnet Bahasa table, read on the first Indonesian look-up.
    private let indonesian: [String: [Synset]]?
    /// `nil`: Princeton WordNet from the system, read on the first English look-up.
    private let english: [String: [Synset]]?

    public init(indonesian: [String: [Synset]]?, english: [String: [Synset]]?) {
        self.indonesian = indonesian?.filter { $0.value.count <= Self.maxSenses }
        self.english = english?.filter { $0.value.count <= Self.maxSenses }
    }

    /// No senses at all: soft matching off.
    public static let none = WordSenses(indonesian: [:], english: [:])

    /// The synsets of a stem, sorted; empty when it has none or too many.
    public func synsets(of stem: String, language: Language) -> [Synset] {
        language == .english ? (english ?? Self.systemEnglish)[stem] ?? [] : (indonesian ?? Self.systemIndonesian)[stem] ?? []
    }

    public var isEmpty: Bool { indonesian?.isEmpty == true && english?.isEmpty == true }

    /// "05093890-n" → the packed id; nil for anything else.
    public static func synset(_ text: Substring) -> Synset? {
        guard text.count == 10, let dash = text.firstIndex(of: "-"), let offset = Int32(text[..<dash]) else { return nil }
        let pos: Int32
        switch text[text.index(after: dash)] {
        case "n": pos = 0
        case "v": pos = 1
        case "a", "s": pos = 2
        case "r": pos = 3
        default: return nil
        }
        return offset * 4 + pos
    }

    /// The packed id as WordNet writes it ("05093890-n").
    public static func name(_ synset: Synset) -> String {
        let offset = String(synset / 4)
        return String(repeating: "0", count: max(0, 8 - offset.count)) + offset + "-" + ["n", "v", "a", "r"][Int(synset % 4)]
    }

    // MARK: loading

    /// The senses this machine has: the bundled Indonesian table and, when `wordnet-base` is
    /// installed, English. Each is read once, on its first look-up: opening an index whose claims
    /// are stored reads neither.
    public static let system = WordSenses(indonesian: nil, english: nil)

    static let systemIndonesian: [String: [Synset]] = readStemTable(bundledTablePath()).filter { $0.value.count <= maxSenses }

    /// English senses from `wordnet-base`, read once, when an English word is first looked up
    /// (about a second): a corpus without English never pays for it.
    static let systemEnglish: [String: [Synset]] = {
        guard let stemmer = try? EnglishStemmer.shared.get() else { return [:] }
        return readPrincetonIndex(folder: "/usr/share/wordnet", stem: stemmer.stem).filter { $0.value.count <= maxSenses }
    }()

    /// `stem<TAB>synset synset …` lines, as written by `newsreader-bench wordnet-table`.
    static func readStemTable(_ path: String?) -> [String: [Synset]] {
        guard let path, let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [:] }
        var table: [String: [Synset]] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            guard let tab = line.firstIndex(of: "\t") else { continue }
            let ids = line[line.index(after: tab)...].split(separator: " ").compactMap(synset)
            if !ids.isEmpty { table[String(line[..<tab])] = ids.sorted() }
        }
        return table
    }

    /// Princeton WordNet's `index.noun|verb|adj|adv`: `lemma pos synset_cnt p_cnt [ptr…] sense_cnt
    /// tagsense_cnt offset…`, offsets in order of frequency. One-word lemmas only.
    static func readPrincetonIndex(folder: String, stem: (String) -> String) -> [String: [Synset]] {
        var table: [String: Set<Synset>] = [:]
        for (file, pos) in [("index.noun", Int32(0)), ("index.verb", 1), ("index.adj", 2), ("index.adv", 3)] {
            guard let text = try? String(contentsOfFile: folder + "/" + file, encoding: .utf8) else { continue }
            for line in text.split(separator: "\n") where !line.hasPrefix(" ") {
                let fields = line.split(separator: " ")
                guard fields.count > 4, !fields[0].contains("_"), !fields[0].contains("-"),
                      let synsetCount = Int(fields[2]), let pointerCount = Int(fields[3]) else { continue }
                let firstOffset = 4 + pointerCount + 2
                guard fields.count >= firstOffset + synsetCount else { continue }
                let offsets = fields[firstOffset..<(firstOffset + min(synsetCount, englishSensesPerLemma))]
                let key = stem(String(fields[0]))
                for offset in offsets {
                    if let value = Int32(offset) { table[key, default: []].insert(princetonOffset(value, pos: pos) * 4 + pos) }
                }
            }
        }
        return table.mapValues { $0.sorted() }
    }

    /// The offset Princeton's own WordNet 3.0 files give a synset that Debian's `wordnet-base`
    /// files put at `offset`. Debian builds the files again from the lexicographer sources, and two
    /// of its verb glosses differ in length from Princeton's: "suppress, repress" is 18 bytes
    /// longer and "restrain, keep, keep_back, hold_back" 18 bytes shorter, so the verbs between
    /// them sit 18 bytes later; one adjective gloss before "confused, disoriented, lost" is a byte
    /// longer, so the adjectives from there on sit one byte later. Wordnet Bahasa uses Princeton's
    /// offsets: without this, 66% of its verb synsets and half its adjective synsets met no English
    /// word ("promise" is 00884029 in Debian's files, 00884011 in Wordnet Bahasa's). Nouns and
    /// adverbs agree. Measured on Debian 12's wordnet-base 1:3.0-37; the adjectives between the
    /// last Wordnet Bahasa synset before the shift and the first after it have no Indonesian word.
    static func princetonOffset(_ offset: Int32, pos: Int32) -> Int32 {
        switch pos {
        case 1 where (613_036...2_422_681).contains(offset): offset - 18
        case 2 where offset >= 1_684_134: offset - 1
        default: offset
        }
    }

    /// The Indonesian table in the resource bundle, else in the source checkout.
    static func bundledTablePath() -> String? {
        BundledResource.candidates("wordnet-bahasa/wn-ind-stems.tab").first { FileManager.default.fileExists(atPath: $0) }
    }
}
