/// The name keys of a set of mentions (speakers, names, entities), each interned and split into
/// words once, so that the linker's many name comparisons compare word ids and bytes instead of
/// splitting and re-reading strings. `compatible(_:_:)` answers as `NameMatch.compatible` does.
struct NameKeys: Sendable {
    /// A word of a name key, with what the matching rules read of it.
    struct Word: Sendable {
        /// UTF-8 without accents, for `NameMatch.spelledAlike`.
        var bytes: [UInt8]
        var characters: [Character]
        var isAcronymSkip: Bool
    }

    private var idOfKey: [String: Int32] = [:]
    private var idOfWord: [Substring: Int32] = [:]
    /// Per key: its words' ids.
    private(set) var keyWords: [[Int32]] = []
    /// Per key: the full name a nickname stands for ("bamsoet": "bambang soesatyo"), interned.
    private var fullNameOf: [Int32: Int32] = [:]
    private(set) var words: [Word] = []

    /// The id of `key`, interned on first sight.
    mutating func intern(_ key: String) -> Int32 {
        if let id = idOfKey[key] { return id }
        let id = Int32(keyWords.count)
        idOfKey[key] = id
        keyWords.append(key.split(separator: " ").map { word in
            if let w = idOfWord[word] { return w }
            let w = Int32(words.count)
            idOfWord[word] = w
            words.append(Word(bytes: NameMatch.foldedBytes(word), characters: Array(word),
                              isAcronymSkip: NameMatch.acronymSkips.contains(word)))
            return w
        })
        if let full = Lexicon.personNicknames[key] { fullNameOf[id] = intern(full) }
        return id
    }

    /// Sorted ids of `keys`.
    mutating func intern<S: Sequence<String>>(_ keys: S) -> [Int32] {
        keys.map { intern($0) }.sorted()
    }

    /// Whether keys `a` and `b` can name one person, body or place (`NameMatch.compatible`).
    func compatible(_ a: Int32, _ b: Int32) -> Bool {
        matches(a, b) || fullNameOf[a].map { matches($0, b) } == true || fullNameOf[b].map { matches(a, $0) } == true
    }

    private func matches(_ a: Int32, _ b: Int32) -> Bool {
        a == b || NameMatch.compatible(words: keyWords[Int(a)], keyWords[Int(b)], isAcronym: isAcronym, spelledAlike: spelledAlike,
                                       isInitial: { self.words[Int($0)].characters.count == 1 }, sameGivenName: sameGivenName)
    }

    private func sameGivenName(_ a: Int32, _ b: Int32) -> Bool {
        NameMatch.sameGivenName(words[Int(a)].characters, words[Int(b)].characters)
    }

    private func isAcronym(_ word: Int32, of list: [Int32]) -> Bool {
        let letters = words[Int(word)].characters
        guard letters.count >= 3 else { return false }
        func spells(_ initials: some Collection<Character>) -> Bool {
            initials.count == letters.count && zip(initials, letters).allSatisfy { $0 == $1 }
        }
        return spells(list.lazy.compactMap { self.words[Int($0)].characters.first })
            || spells(list.lazy.filter { !self.words[Int($0)].isAcronymSkip }.compactMap { self.words[Int($0)].characters.first })
            || letters.count >= NameMatch.contractionLength
            && NameMatch.isContraction(letters, of: list.map { self.words[Int($0)].characters })
    }

    private func spelledAlike(_ a: Int32, _ b: Int32) -> Bool {
        a == b || NameMatch.spelledAlike(bytes: words[Int(a)].bytes, words[Int(b)].bytes)
    }
}

/// Per mention, what the participant rules compare: its speaker, names, entities and numbers as
/// interned ids (sorted), and the table of name keys they index.
struct MentionParticipants: Sendable {
    var nameKeys = NameKeys()
    /// The speaker's key id, or -1 for the outlet's own voice.
    var speakerIDs: [Int32] = []
    var entityIDs: [[Int32]] = []
    var nameIDs: [[Int32]] = []
    /// Whether one of the names has more than one word.
    var hasFullName: [Bool] = []
    var numberIDs: [[Int32]] = []
    /// An id of the set of numbers, equal exactly when the sets are equal.
    var numbersKey: [Int32] = []

    init(_ mentions: [ClaimMention]) {
        var keys = NameKeys()
        speakerIDs = mentions.map { $0.speakerKey.map { keys.intern($0) } ?? -1 }
        entityIDs = mentions.map { keys.intern($0.entities) }
        nameIDs = mentions.map { keys.intern($0.names) }
        hasFullName = mentions.map { $0.names.contains { $0.utf8.contains(0x20) } }
        nameKeys = keys
        var numberID: [String: Int32] = [:]
        numberIDs = mentions.map { mention in
            mention.numbers.map { number in
                if let id = numberID[number] { return id }
                numberID[number] = Int32(numberID.count)
                return Int32(numberID.count - 1)
            }.sorted()
        }
        var numberSets: [[Int32]: Int32] = [:]
        numbersKey = numberIDs.map { set in
            if let key = numberSets[set] { return key }
            numberSets[set] = Int32(numberSets.count)
            return Int32(numberSets.count - 1)
        }
    }
}
