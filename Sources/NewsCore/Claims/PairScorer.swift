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
public struct PairScorer: Sendable {
    /// The score at or above which two mentions report the same claim. Fixed for every corpus.
    public static let threshold = 0.4

    static let speakerConflict = 0.35
    static let timeConflict = 0.25
    static let negationMismatch = 0.5
    static let numberConflict = 0.6
    static let nameConflict = 0.6
    static let genericUndated = 0.6
    static let oppositeDirection = 0.5
    static let entityMismatch = 0.7
    /// A sentence with fewer content words than this (names aside) says little beyond who and what
    /// happened; it links only when both times are known.
    static let specificWords = 3

    let documentFrequency: [String: Int]
    let mentionCount: Int

    public init(_ mentions: [ClaimMention]) {
        var df: [String: Int] = [:]
        for mention in mentions { for term in mention.terms { df[term, default: 0] += 1 } }
        documentFrequency = df
        mentionCount = mentions.count
    }

    public func weight(_ term: String) -> Double {
        PairScorer.idf(documentFrequency[term] ?? 0, mentionCount)
    }

    static func idf(_ df: Int, _ n: Int) -> Double {
        log(1 + Double(n + 1) / Double(df + 1))
    }

    public func score(_ a: ClaimMention, _ b: ClaimMention) -> PairScore {
        let bTerms = Set(b.terms)
        let aTerms = Set(a.terms)
        let shared = a.terms.filter { bTerms.contains($0) }.map { ($0, weight($0)) }
        let wa = a.terms.reduce(0) { $0 + weight($1) }
        let wb = b.terms.reduce(0) { $0 + weight($1) }
        let ws = shared.reduce(0) { $0 + $1.1 }
        let containment = min(wa, wb) > 0 ? ws / min(wa, wb) : 0
        let dice = wa + wb > 0 ? 2 * ws / (wa + wb) : 0
        let lexical = shared.count >= 2 ? (containment + dice) / 2 : 0
        let factors = PairScorer.factors(a, b)
        let score = min(1, factors.reduce(lexical) { $0 * $1.value })
        return PairScore(shared: shared, onlyFirst: a.terms.filter { !bTerms.contains($0) },
                         onlySecond: b.terms.filter { !aTerms.contains($0) }, containment: containment, dice: dice,
                         lexical: lexical, factors: factors, score: score)
    }

    /// Agreement and conflict features; a factor of 1 is an agreement or no evidence either way.
    static func factors(_ a: ClaimMention, _ b: ClaimMention) -> [PairScore.Factor] {
        var factors: [PairScore.Factor] = []
        switch (a.speakerKey, b.speakerKey) {
        case let (x?, y?) where !NameMatch.compatible(x, y):
            factors.append(.init(name: "speaker", value: speakerConflict, note: "different speakers: \(a.speaker!) vs \(b.speaker!)"))
        case let (x?, y?):
            factors.append(.init(name: "speaker", value: 1, note: "same speaker: \(ClaimMention.displayName(x == y ? x : y))"))
        default:
            factors.append(.init(name: "speaker", value: 1, note: "speaker unknown on at least one side"))
        }
        if let x = a.time, let y = b.time {
            if x.conflicts(with: y) {
                factors.append(.init(name: "time", value: timeConflict, note: "different times: \(x) vs \(y)"))
            } else {
                factors.append(.init(name: "time", value: 1, note: "compatible times: \(x) and \(y)"))
            }
        } else {
            factors.append(.init(name: "time", value: 1, note: "time unknown on at least one side"))
        }
        if a.negated != b.negated {
            factors.append(.init(name: "negation", value: negationMismatch, note: "negated on one side only"))
        } else {
            factors.append(.init(name: "negation", value: 1, note: a.negated ? "both negated" : "neither negated"))
        }
        let termsA = Set(a.terms), termsB = Set(b.terms)
        if let (x, y) = Lexicon.opposites.first(where: { (termsA.contains($0.0) && termsB.contains($0.1) && !termsA.contains($0.1) && !termsB.contains($0.0))
                                                      || (termsA.contains($0.1) && termsB.contains($0.0) && !termsA.contains($0.0) && !termsB.contains($0.1)) }) {
            factors.append(.init(name: "direction", value: oppositeDirection, note: "opposite words: \(x) / \(y)"))
        }
        let onlyA = a.entities.filter { x in !b.entities.contains { NameMatch.compatible(x, $0) } }
        let onlyB = b.entities.filter { x in !a.entities.contains { NameMatch.compatible(x, $0) } }
        if !onlyA.isEmpty, !onlyB.isEmpty {
            factors.append(.init(name: "entities", value: entityMismatch,
                                 note: "each side names what the other does not: \(onlyA.sorted()) vs \(onlyB.sorted())"))
        }
        let words = { (m: ClaimMention) in m.terms.filter { !$0.hasPrefix("@") && !$0.hasPrefix("#") }.count }
        if min(words(a), words(b)) < specificWords, a.time == nil || b.time == nil {
            factors.append(.init(name: "generic", value: genericUndated,
                                 note: "a sentence with little beyond names, and no time on one side: may be another event"))
        }
        if !a.numbers.isEmpty, !b.numbers.isEmpty {
            let common = a.numbers.intersection(b.numbers)
            factors.append(common.isEmpty
                ? .init(name: "numbers", value: numberConflict, note: "different numbers: \(a.numbers.sorted()) vs \(b.numbers.sorted())")
                : .init(name: "numbers", value: 1, note: "shared numbers: \(common.sorted())"))
        }
        // Full names only: a single capitalised word is as often a place or a brand.
        let fullA = a.names.filter { $0.contains(" ") }, fullB = b.names.filter { $0.contains(" ") }
        if !fullA.isEmpty, !fullB.isEmpty {
            let common = a.names.filter { x in b.names.contains { NameMatch.compatible(x, $0) } }
            factors.append(common.isEmpty
                ? .init(name: "names", value: nameConflict, note: "no name in common: \(fullA.sorted()) vs \(fullB.sorted())")
                : .init(name: "names", value: 1, note: "shared names: \(common.sorted())"))
        }
        return factors
    }
}

/// Whether two name keys can be one person across articles: equal, or one is the other's
/// surname or given name alone ("xi" and "xi jinping", "biden" and "joe biden").
enum NameMatch {
    static func compatible(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        let (short, long) = a.count < b.count ? (a, b) : (b, a)
        guard !short.contains(" ") else { return false }
        let parts = long.split(separator: " ")
        return parts.first.map(String.init) == short || parts.last.map(String.init) == short
    }
}
