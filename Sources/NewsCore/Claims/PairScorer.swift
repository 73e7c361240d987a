import Foundation

/// How alike two claim mentions are, and why.
///
/// The lexical part is an idf-weighted overlap of normalised terms: the mean of containment
/// (overlap over the smaller side, so a short report inside a longer one still scores) and
/// Dice. Agreement features then scale it down: different speakers, times that are different
/// events, a negation on one side only, disjoint numbers, and disjoint names.
public struct PairScore: Sendable {
    /// A feature that lowered (or left) the lexical score.
    public struct Factor: Sendable {
        public var name: String
        public var value: Double
        public var note: String
    }

    public var shared: [(term: String, weight: Double)]
    public var onlyFirst: [String]
    public var onlySecond: [String]
    public var containment: Double
    public var dice: Double
    public var lexical: Double
    public var factors: [Factor]
    public var score: Double
}

/// Term weights for one corpus, and the scoring of mention pairs.
///
/// `score(i, j)` is the fast path used by the linker: interned term ids, numbers only, and an
/// exact early exit (every factor is at most 1, so a lexical score under the threshold can never
/// link). `explain(_:_:)` gives the same score with the reasons spelled out.
public struct PairScorer: Sendable {
    /// The score at or above which two mentions report the same claim. Fixed for every corpus.
    public static let threshold = 0.4

    static let speakerConflict = 0.35
    static let timeConflict = 0.25
    static let negationMismatch = 0.5
    static let numberConflict = 0.6
    static let nameConflict = 0.6
    static let genericUndated = 0.6
    static let oppositeDirection = 0.3
    static let entityMismatch = 0.7
    static let storyMismatch = 0.5
    /// Articles less alike than this (cosine of their claims' weighted terms) tell different stories.
    static let sameStory = 0.15
    /// A sentence with fewer content words than this (names aside) says little beyond who and what
    /// happened; it links only when both times are known.
    static let specificWords = 3

    public let mentions: [ClaimMention]
    let documentFrequency: [String: Int]
    /// Interned terms, per mention sorted by id, with their idf weights.
    let termIDs: [[Int32]]
    let idf: [Double]
    let totalWeight: [Double]
    let wordCount: [Int]
    let directionMasks: [(first: UInt64, second: UInt64)]
    /// Per article: its claims' terms with tf-idf weights, sorted by id and L2-normalised.
    let articleVectors: [Int: [(id: Int32, weight: Double)]]

    public init(_ mentions: [ClaimMention]) {
        var df: [String: Int] = [:]
        for mention in mentions { for term in mention.terms { df[term, default: 0] += 1 } }
        var ids: [String: Int32] = [:]
        var idf: [Double] = []
        let n = mentions.count
        termIDs = mentions.map { mention in
            mention.terms.map { term -> Int32 in
                if let id = ids[term] { return id }
                let id = Int32(idf.count)
                ids[term] = id
                idf.append(PairScorer.idf(df[term]!, n))
                return id
            }.sorted()
        }
        self.idf = idf
        totalWeight = termIDs.map { $0.reduce(0) { $0 + idf[Int($1)] } }
        wordCount = mentions.map { $0.terms.filter { !$0.hasPrefix("@") && !$0.hasPrefix("#") }.count }
        directionMasks = mentions.map { mention in
            var first: UInt64 = 0, second: UInt64 = 0
            let terms = Set(mention.terms)
            for (k, pair) in Lexicon.opposites.enumerated() where k < 64 {
                if terms.contains(pair.0) { first |= 1 << UInt64(k) }
                if terms.contains(pair.1) { second |= 1 << UInt64(k) }
            }
            return (first, second)
        }
        var vectors: [Int: [Int32: Double]] = [:]
        for (m, mention) in mentions.enumerated() {
            for t in termIDs[m] { vectors[mention.article, default: [:]][t, default: 0] += idf[Int(t)] }
        }
        articleVectors = vectors.mapValues { vector in
            let norm = vector.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
            return vector.map { (id: $0.key, weight: $0.value / norm) }.sorted { $0.id < $1.id }
        }
        documentFrequency = df
        self.mentions = mentions
    }

    /// Cosine similarity of two articles' term vectors: do they tell the same story?
    public func storySimilarity(_ a: Int, _ b: Int) -> Double {
        guard let x = articleVectors[a], let y = articleVectors[b] else { return 0 }
        var i = 0, j = 0
        var dot = 0.0
        while i < x.count && j < y.count {
            if x[i].id == y[j].id {
                dot += x[i].weight * y[j].weight
                i += 1
                j += 1
            } else if x[i].id < y[j].id {
                i += 1
            } else {
                j += 1
            }
        }
        return dot
    }

    public func weight(_ term: String) -> Double {
        PairScorer.idf(documentFrequency[term] ?? 0, mentions.count)
    }

    static func idf(_ df: Int, _ n: Int) -> Double {
        log(1 + Double(n + 1) / Double(df + 1))
    }

    /// The lexical score of mentions `i` and `j`: mean of weighted containment and Dice.
    func lexical(_ i: Int, _ j: Int) -> (score: Double, containment: Double, dice: Double) {
        let a = termIDs[i], b = termIDs[j]
        var x = 0, y = 0, shared = 0
        var weight = 0.0
        while x < a.count && y < b.count {
            if a[x] == b[y] {
                weight += idf[Int(a[x])]
                shared += 1
                x += 1
                y += 1
            } else if a[x] < b[y] {
                x += 1
            } else {
                y += 1
            }
        }
        let wa = totalWeight[i], wb = totalWeight[j]
        let containment = min(wa, wb) > 0 ? weight / min(wa, wb) : 0
        let dice = wa + wb > 0 ? 2 * weight / (wa + wb) : 0
        return (shared >= 2 ? (containment + dice) / 2 : 0, containment, dice)
    }

    /// The pair score of mentions `i` and `j` (indexes into `mentions`).
    public func score(_ i: Int, _ j: Int) -> Double {
        let lexical = lexical(i, j).score
        guard lexical >= PairScorer.threshold else { return lexical }
        return min(1, factors(i, j, withNotes: false).reduce(lexical) { $0 * $1.value })
    }

    /// The score of mentions `i` and `j` with every reason.
    public func explain(_ i: Int, _ j: Int) -> PairScore {
        let a = mentions[i], b = mentions[j]
        let lex = lexical(i, j)
        let bTerms = Set(b.terms), aTerms = Set(a.terms)
        let shared = a.terms.filter { bTerms.contains($0) }.map { ($0, weight($0)) }
        let factors = factors(i, j, withNotes: true)
        return PairScore(shared: shared, onlyFirst: a.terms.filter { !bTerms.contains($0) },
                         onlySecond: b.terms.filter { !aTerms.contains($0) }, containment: lex.containment,
                         dice: lex.dice, lexical: lex.score, factors: factors,
                         score: min(1, factors.reduce(lex.score) { $0 * $1.value }))
    }

    static func entitiesDiffer(_ a: ClaimMention, _ b: ClaimMention) -> Bool {
        guard a.entities != b.entities else { return false }
        let onlyA = a.entities.contains { x in !b.entities.contains { NameMatch.compatible(x, $0) } }
        let onlyB = b.entities.contains { x in !a.entities.contains { NameMatch.compatible(x, $0) } }
        return onlyA && onlyB
    }

    static func fullNamesDiffer(_ a: ClaimMention, _ b: ClaimMention) -> Bool {
        let fullA = a.names.filter { $0.utf8.contains(0x20) }, fullB = b.names.filter { $0.utf8.contains(0x20) }
        guard !fullA.isEmpty, !fullB.isEmpty else { return false }
        return !a.names.contains { x in b.names.contains { NameMatch.compatible(x, $0) } }
    }

    /// Agreement and conflict features of mentions `i` and `j`. A factor of 1 is an agreement or no
    /// evidence either way. Notes are built only `withNotes` (for `explain`): the linker needs values.
    func factors(_ i: Int, _ j: Int, withNotes: Bool) -> [PairScore.Factor] {
        let a = mentions[i], b = mentions[j]
        var factors: [PairScore.Factor] = []
        func add(_ name: String, _ value: Double, _ note: @autoclosure () -> String) {
            if value < 1 || withNotes { factors.append(.init(name: name, value: value, note: withNotes ? note() : "")) }
        }
        if let x = a.speakerKey, let y = b.speakerKey {
            let same = x == y || NameMatch.compatible(x, y)
            add("speaker", same ? 1 : Self.speakerConflict,
                same ? "same speaker: \(a.speaker!)" : "different speakers: \(a.speaker!) vs \(b.speaker!)")
        } else {
            add("speaker", 1, "speaker unknown on at least one side")
        }
        if let x = a.time, let y = b.time {
            let conflict = x.conflicts(with: y)
            add("time", conflict ? Self.timeConflict : 1, conflict ? "different times: \(x) vs \(y)" : "compatible times: \(x) and \(y)")
        } else {
            add("time", 1, "time unknown on at least one side")
        }
        add("negation", a.negated != b.negated ? Self.negationMismatch : 1,
            a.negated != b.negated ? "negated on one side only" : (a.negated ? "both negated" : "neither negated"))
        let (af, asec) = directionMasks[i], (bf, bsec) = directionMasks[j]
        let opposed = (af & bsec & ~asec & ~bf) | (asec & bf & ~af & ~bsec)
        if opposed != 0 {
            let pair = Lexicon.opposites[opposed.trailingZeroBitCount]
            add("direction", Self.oppositeDirection, "opposite words: \(pair.0) / \(pair.1)")
        }
        if PairScorer.entitiesDiffer(a, b) {
            add("entities", Self.entityMismatch, "each side names what the other does not: "
                + "\(a.entities.subtracting(b.entities).sorted()) vs \(b.entities.subtracting(a.entities).sorted())")
        }
        if min(wordCount[i], wordCount[j]) < Self.specificWords, a.time == nil || b.time == nil {
            add("generic", Self.genericUndated, "a sentence with little beyond names, and no time on one side: may be another event")
        }
        if !a.numbers.isEmpty, !b.numbers.isEmpty {
            let disjoint = a.numbers.isDisjoint(with: b.numbers)
            add("numbers", disjoint ? Self.numberConflict : 1, disjoint
                ? "different numbers: \(a.numbers.sorted()) vs \(b.numbers.sorted())"
                : "shared numbers: \(a.numbers.intersection(b.numbers).sorted())")
        }
        if PairScorer.fullNamesDiffer(a, b) {
            add("names", Self.nameConflict, "no name in common: \(a.names.sorted()) vs \(b.names.sorted())")
        }
        let story = storySimilarity(a.article, b.article)
        add("story", story < Self.sameStory ? Self.storyMismatch : 1, String(format: "the articles' similarity is %.2f%@",
            story, story < Self.sameStory ? String(format: ", under %.2f: different stories", Self.sameStory) : ""))
        return factors
    }
}

/// Whether two name keys can be one person across articles: equal, or one is the other's
/// surname or given name alone ("xi" and "xi jinping", "biden" and "joe biden").
enum NameMatch {
    static func compatible(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        let (short, long) = a.count < b.count ? (a, b) : (b, a)
        guard !short.utf8.contains(0x20) else { return false }
        let parts = long.split(separator: " ")
        return parts.first.map(String.init) == short || parts.last.map(String.init) == short
    }
}
