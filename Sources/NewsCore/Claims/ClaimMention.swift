/// A sentence that states something, with who said it, who relayed it, and when.
public struct ClaimMention: Sendable, Equatable {
    /// Index of the article in the corpus.
    public var article: Int
    /// Index of the sentence in the article; for a title or dek, `Kind.title.sentence` (-1) or
    /// `Kind.dek.sentence` (-2), which index no body sentence.
    public var sentence: Int
    /// Whether the mention is a body sentence, the headline or the standfirst.
    public var kind: Kind = .body
    /// The clause of the sentence this mention covers, as Unicode scalar offsets into the
    /// sentence's text; `nil` for the whole sentence. A sentence that joins two predicates
    /// ("… menggambarkan … sebagai aset berharga dan berjanji …") has one mention per clause.
    public var clause: Range<Int>?
    /// Canonical key of the speaker ("kim jong un", "analysts"); `nil` is the outlet's own voice.
    public var speakerKey: String?
    /// Per word of `speakerKey`, up to eight: bit `k` is set when the article writes word `k` in
    /// capitals ("BMKG", "SBY"), so it is shown so.
    public var speakerAcronyms: UInt8 = 0
    /// The speaker as shown ("Kim Jong Un", "BMKG").
    public var speaker: String? { speakerKey.map { ClaimMention.displayName($0, acronyms: speakerAcronyms) } }
    /// The reporting word that attributes it ("kata", "menyerukan", "according").
    public var cue: String?
    /// Agencies or outlets that passed it on (KCNA, Reuters), not the speaker.
    public var relays: [String]
    /// Whether the sentence quotes the speaker directly.
    public var quoted: Bool
    public var time: DateAnchor?
    public var timeSource: TimeSource
    /// Distinct content terms: stems, `@entity` keys and `#number`s.
    public var terms: [String]
    /// People and other named (non-alias) entities, resolved within the article.
    public var names: Set<String>
    /// Every entity key: countries, places, organisations and names (agencies aside).
    public var entities: Set<String> = []
    public var numbers: Set<String>
    public var negated: Bool
    /// The sentence's distinct lower-case words, function words too, as `SurfaceWords` hashes in
    /// ascending order: how much of its wording another sentence repeats.
    public var words: [UInt32] = []
    /// The clause opens with a subject that points to another sentence ("Hal ini", "Mereka",
    /// "Kebijakan tersebut", "They"): what it says depends on what that refers to.
    public var opensWithAnaphor = false

    /// Where the mention stands, as `claims` and `explain` write it after the article id: the
    /// sentence index, or `title` or `dek`.
    public var place: String { kind.place(sentence: sentence) }

    /// Where in the article a mention stands.
    public enum Kind: String, Sendable, Equatable, CaseIterable {
        case body, title, dek

        /// The sentence index a title or dek mention carries (never a body sentence's).
        public var sentence: Int {
            switch self {
            case .body: 0
            case .title: -1
            case .dek: -2
            }
        }

        /// The kind a sentence number stands for: the title's or the dek's, else a body sentence.
        public init(sentence: Int) {
            self = Self.allCases.first { $0 != .body && $0.sentence == sentence } ?? .body
        }

        /// How `claims` and `explain` write a place of this kind: the sentence index, or the kind.
        public func place(sentence: Int) -> String { self == .body ? String(sentence) : rawValue }
    }

    /// Where a mention's time anchor came from.
    public enum TimeSource: String, Sendable, Equatable {
        case sentence, paragraph, article, none
    }

    /// "kim jong un" → "Kim Jong Un".
    /// Two letters without a vowel after a name are its initials: "Mahfud MD".
    static func isInitials(_ word: Substring) -> Bool {
        word.count == 2 && word.allSatisfy { $0.isLetter && !"aeiou".contains($0) }
    }

    /// A letter after an acronym is its hyphenated rest: `pdi p` → "PDI-P".
    static func displayName(_ key: String, acronyms: UInt8 = 0) -> String {
        var shown = ""
        var previousIsAcronym = false
        let words = key.split(separator: " ")
        let wordCount = words.count
        for (k, word) in words.enumerated() {
            let isAcronym = k < 8 && acronyms & (1 << k) != 0
                || word.count <= 3 && ["kcna", "pbb", "kpk", "dpr", "tni", "asean", "nato"].contains(String(word))
                || Self.isInitials(word)
            if !shown.isEmpty { shown += previousIsAcronym && word.count == 1 ? "-" : " " }
            // "Pusat Kontrol dan Pencegahan Penyakit": a body's joining words stay in lower case.
            // "Abdulaziz bin Salman", "Van der Sar": so do a name's particles between its words
            // ("Al" of "Linda Al Amin" and the last word of "Hyun Bin" may be names of their own).
            let particle = Lexicon.nameParticles.contains(String(word)) && word != "al" && word != "el" && k + 1 < wordCount
            let joins = k > 0 && (["dan", "and", "of", "for"].contains(word) || particle)
            shown += isAcronym ? word.uppercased() : joins ? String(word) : word.prefix(1).uppercased() + word.dropFirst()
            previousIsAcronym = isAcronym && word.count > 1
        }
        return shown
    }

    /// `speakerAcronyms` for `key`: its words of five letters or fewer that `isAcronym` says the
    /// article writes in capitals (a name in a caption's capitals stays a name).
    static func acronymMask(_ key: String, isAcronym: (String) -> Bool) -> UInt8 {
        var mask: UInt8 = 0
        for (k, word) in key.split(separator: " ").prefix(8).enumerated() where word.count <= 5 && isAcronym(String(word)) {
            mask |= 1 << k
        }
        return mask
    }
}

/// Why a sentence is not treated as a claim.
public enum SkipReason: String, Sendable, Equatable {
    case tooShort = "too short"
    case allCaps = "all capitals"
    case nameList = "a list of names"
    case numbersOnly = "numbers only"
    case tooLong = "too long to be one claim"
}

extension Article {
    /// The text a mention stands for: its body sentence, or the title or dek.
    public func text(of mention: ClaimMention) -> String { text(of: mention.kind, sentence: mention.sentence) }

    /// The text of a place: body sentence `sentence`, or the title or dek.
    public func text(of kind: ClaimMention.Kind, sentence: Int) -> String {
        switch kind {
        case .title: title
        case .dek: dek ?? ""
        case .body: sentences.indices.contains(sentence) ? text(of: sentences[sentence]) : ""
        }
    }
}
