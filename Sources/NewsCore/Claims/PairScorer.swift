import Foundation

/// How alike two claim mentions are, and why.
///
/// The lexical part is a learned probability (`LinkModel`) over idf-weighted overlap features:
/// containment and Dice of the shared terms, and the same with soft matches (words that share a
/// WordNet synset, across languages too). Explicit agreement rules then scale it down: different speakers, times
/// that are different events, a negation on one side only, opposite words, disjoint numbers,
/// names and entities, and different stories.
public struct PairScore: Sendable {
    /// A feature that lowered (or left) the lexical score.
    public struct Factor: Sendable {
        public var name: String
        public var value: Double
        public var note: String
    }

    /// A soft match: two different words that share a WordNet synset.
    public struct SoftMatch: Sendable {
        public var first: String
        public var second: String
        /// "05093890-n".
        public var synset: String
    }

    public var shared: [(term: String, weight: Double)]
    public var soft: [SoftMatch]
    public var features: PairFeatures
    public var onlyFirst: [String]
    public var onlySecond: [String]
    public var containment: Double
    public var dice: Double
    public var lexical: Double
    public var factors: [Factor]
    public var score: Double
    /// The threshold of this pair's languages.
    public var threshold: Double
}

/// Term weights for one corpus, and the scoring of mention pairs.
///
/// `score(i, j)` is the fast path used by the linker: interned term ids, numbers only, and an
/// exact early exit (every factor is at most 1, so a lexical score under the threshold can never
/// link). `explain(_:_:)` gives the same score with the reasons spelled out.
public struct PairScorer: Sendable {
    /// The score at or above which two mentions of a language report the same claim.
    public static func threshold(for language: Language) -> Double {
        LinkModel.model(for: language).threshold
    }

    /// The Indonesian threshold, the default of the corpus.
    public static var threshold: Double { threshold(for: .indonesian) }

    /// Pairs whose shared words alone reach less than this fraction of the threshold are not
    /// searched for soft matches (the search is the costly part of scoring).
    static let softGate = 0.5
    /// A soft match counts this much of the smaller idf weight of its two words.
    static let softMatchWeight = 0.8

    static let speakerConflict = 0.35
    static let timeConflict = 0.25
    /// Days apart at which two reports with no name and no number are two events.
    static let bareMaxDays = 2
    /// Days apart at which two sentences that each give their own day tell of two events (a day
    /// either way is left for "yesterday" counted from two publication days).
    static let statedMaxDays = 1
    static let negationMismatch = 0.5
    static let numberConflict = 0.6
    static let nameConflict = 0.6
    static let genericUndated = 0.6
    static let oppositeDirection = 0.3
    static let entityMismatch = 0.7
    static let storyMismatch = 0.5
    /// The story rule needs this many mentions in each article: a sentence or two is no story.
    static let storyMentions = 3
    /// Articles less alike than this (cosine of their claims' weighted terms) tell different stories.
    static let sameStory = 0.25
    /// A headline stands for its whole article: when one side is a headline or standfirst, the
    /// two articles must be this alike to tell one story ("Truk Semen Seruduk Mobil … Satu
    /// Tewas" and "Pengendara Sepeda Motor Tewas Setelah Menyeruduk Truk" are two crashes).
    static let sameStoryForHeadlines = 0.4
    /// Two sentences of articles long enough to tell a story that share this many terms or
    /// fewer are scaled by `fewShared`: within one story, sentences that say different things
    /// share a name and a word or two by chance. A pair judged alone has no such base rate.
    static let fewSharedTerms = 3
    static let fewShared = 0.6
    /// A sentence whose subject points to another sentence ("Hal ini", "Mereka") links only when
    /// the two share at least this much of their wording; otherwise it is scaled by `anaphorFactor`.
    static let anaphorWording = 0.5
    static let anaphorFactor = 0.6
    /// Two sentences that share names or numbers but no word have one subject, not one statement.
    static let namesOnly = 0.6
    /// Two sentences of two languages that share no name, speaker included: a translation keeps
    /// the names, while English words inside an Indonesian sentence meet English sentences by chance.
    static let noNameAcross = 0.5
    /// A sentence with fewer content words than this (names aside) says little beyond who and what
    /// happened; it links only when both times are known.
    static let specificWords = 3

    public let mentions: [ClaimMention]
    let languages: [Language]
    let senses: WordSenses
    /// Per language (0 Indonesian, 1 English), per term id: its synsets.
    let termSynsets: [[[WordSenses.Synset]]]
    /// Per language of the first term, per language of the second, per term id: the term ids it
    /// soft-matches (`softMatch`), sorted. Found once for the vocabulary through an inverted index
    /// of synsets, so that scoring a pair never compares sense lists.
    let softNeighbours: [[[[Int32]]]]
    let documentFrequency: [String: Int]
    /// The number of mentions the idf weights count: these, or the corpus of `TermStatistics`.
    let mentionCount: Int
    /// The interned id of each term.
    let termID: [String: Int32]
    /// Per term id: whether it is an entity key (`@…`).
    let termIsEntity: [Bool]
    /// Per term id: whether it is a word, neither an entity nor a number.
    let termIsWord: [Bool]
    /// Interned terms, per mention sorted by id.
    let termIDs: [[Int32]]
    /// Every mention's terms with their weights, one mention after another (see `PairFacts`).
    let weightedTerms: [WeightedTerm]
    /// Every mention's `ClaimMention.words`, one mention after another.
    let surfaceWords: [UInt32]
    /// Per mention: what scoring a pair reads of it first.
    let facts: [PairFacts]
    let idf: [Double]
    let wordCount: [Int]
    let directionMasks: [(first: UInt64, second: UInt64)]
    /// Per article: its claims' terms with tf-idf weights, sorted by id and L2-normalised.
    let articleVectors: [Int: [(id: Int32, weight: Double)]]
    let mentionsPerArticle: [Int: Int]
    /// Per mention: its article.
    let articleOf: [Int32]
    /// The speakers, names and entities of all mentions, interned.
    let nameKeys: NameKeys
    /// Per mention: its speaker's key id, or -1 for the outlet's own voice.
    let speakerIDs: [Int32]
    /// Per mention: the key ids of its entities and of its names, sorted.
    let entityIDs: [[Int32]]
    let nameIDs: [[Int32]]
    /// Per mention: whether one of its names has more than one word.
    let hasFullName: [Bool]
    /// Per mention: its numbers as interned ids, sorted.
    let numberIDs: [[Int32]]

    /// `languages[i]` is the language of mention `i`'s article (Indonesian when not given).
    /// `statistics` are those of a larger corpus these mentions belong to (whole articles of it):
    /// the scores are then the ones the whole corpus's scorer gives.
    public init(_ mentions: [ClaimMention], languages: [Language]? = nil, senses: WordSenses = .none,
                statistics: TermStatistics? = nil) {
        // Steps that do not need each other run on a second thread meanwhile.
        let participantsWork = BackgroundTask { MentionParticipants(mentions) }
        // Terms are numbered in order of first appearance, and counted per number.
        var ids: [String: Int32] = [:]
        var terms: [String] = []
        var counts: [Int] = []
        termIDs = mentions.map { mention in
            mention.terms.map { term -> Int32 in
                if let id = ids[term] {
                    counts[Int(id)] += 1
                    return id
                }
                let id = Int32(terms.count)
                ids[term] = id
                terms.append(term)
                counts.append(1)
                return id
            }.sorted()
        }
        var df = statistics?.documentFrequency ?? [:]
        if statistics == nil {
            df.reserveCapacity(terms.count)
            for (term, count) in zip(terms, counts) { df[term] = count }
        } else {
            for term in terms where df[term] == nil { df[term] = 1 }
        }
        let n = max(mentions.count, statistics?.mentionCount ?? 0)
        let idf = terms.map { PairScorer.idf(df[$0]!, n) }
        self.idf = idf
        termID = ids
        let isWord = terms.map { !$0.hasPrefix("@") && !$0.hasPrefix("#") }
        termIsWord = isWord
        self.languages = languages ?? mentions.map { _ in .indonesian }
        self.senses = senses
        termIsEntity = terms.map { $0.hasPrefix("@") }
        let usedLanguages = Set(self.languages)
        let sensesWork = BackgroundTask { [terms] in
            let synsets = [Language.indonesian, .english].map { language -> [[WordSenses.Synset]] in
                guard usedLanguages.contains(language), !senses.isEmpty else { return [] }
                return terms.map { $0.hasPrefix("@") || $0.hasPrefix("#") ? [] : senses.synsets(of: $0, language: language) }
            }
            return (synsets, synsets.map { a in synsets.map { b in PairScorer.neighbours(a, b) } })
        }
        let termWeights = PairScorer.topicWeights(mentions, termIDs: termIDs, idf: idf, isWord: isWord)
        // Per term id, once: which side of which opposite pair it is.
        var sides = [(first: UInt64, second: UInt64)](repeating: (0, 0), count: terms.count)
        for (k, pair) in Lexicon.opposites.enumerated() where k < 64 {
            if let id = ids[pair.0] { sides[Int(id)].first |= 1 << UInt64(k) }
            if let id = ids[pair.1] { sides[Int(id)].second |= 1 << UInt64(k) }
        }
        wordCount = termIDs.map { list in list.reduce(0) { $0 + (isWord[Int($1)] ? 1 : 0) } }
        directionMasks = termIDs.map { list in
            list.reduce((first: UInt64(0), second: UInt64(0))) { ($0.first | sides[Int($1)].first, $0.second | sides[Int($1)].second) }
        }
        var vectors: [Int: [Int32: Double]] = [:]
        for (m, mention) in mentions.enumerated() {
            for t in termIDs[m] { vectors[mention.article, default: [:]][t, default: 0] += idf[Int(t)] }
        }
        var perArticle: [Int: Int] = [:]
        for mention in mentions { perArticle[mention.article, default: 0] += 1 }
        mentionsPerArticle = perArticle
        articleVectors = vectors.mapValues { vector in
            let norm = vector.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
            return vector.map { (id: $0.key, weight: $0.value / norm) }.sorted { $0.id < $1.id }
        }
        documentFrequency = df
        mentionCount = n
        articleOf = mentions.map { Int32($0.article) }
        let (synsetTables, neighbours) = sensesWork.wait()
        termSynsets = synsetTables
        softNeighbours = neighbours
        let (termLists, languageOf) = (termIDs, self.languages)
        let softableWeight = termLists.indices.map { m -> Double in
            let table = synsetTables[languageOf[m] == .english ? 1 : 0]
            guard !table.isEmpty else { return 0 }
            return zip(termLists[m], termWeights[m]).reduce(0) { $0 + (table[Int($1.0)].isEmpty ? 0 : $1.1) }
        }
        let participants = participantsWork.wait()
        var flat: [WeightedTerm] = []
        flat.reserveCapacity(termIDs.reduce(0) { $0 + $1.count })
        var words: [UInt32] = []
        words.reserveCapacity(mentions.reduce(0) { $0 + $1.words.count })
        var facts: [PairFacts] = []
        facts.reserveCapacity(mentions.count)
        for m in mentions.indices {
            let (termStart, wordStart) = (Int32(flat.count), Int32(words.count))
            for (id, weight) in zip(termIDs[m], termWeights[m]) { flat.append(WeightedTerm(id: id, weight: weight)) }
            words += mentions[m].words
            facts.append(PairFacts(termStart: termStart, termEnd: Int32(flat.count), wordStart: wordStart,
                                   wordEnd: Int32(words.count), numbersKey: participants.numbersKey[m],
                                   totalWeight: termWeights[m].reduce(0, +), softableWeight: softableWeight[m]))
        }
        weightedTerms = flat
        surfaceWords = words
        self.facts = facts
        nameKeys = participants.nameKeys
        speakerIDs = participants.speakerIDs
        entityIDs = participants.entityIDs
        nameIDs = participants.nameIDs
        hasFullName = participants.hasFullName
        numberIDs = participants.numberIDs
        self.mentions = mentions
    }

    /// The statistics these weights come from, to store beside the claims.
    public var termStatistics: TermStatistics {
        TermStatistics(documentFrequency: documentFrequency, mentionCount: mentionCount)
    }

    /// A term in `s` mentions of one article weighs `1/√s` of its idf in each: the words of the
    /// article's topic ("TBC" in a story on tuberculosis) say what the story is about, not what a
    /// sentence claims, so two sentences that share only those are not one claim. A sentence alone
    /// (as in the tuning pairs) keeps its idf weights.
    static func topicDiscount(_ s: Int) -> Double {
        1 / Double(max(1, s)).squareRoot()
    }

    static func topicWeights(_ mentions: [ClaimMention], termIDs: [[Int32]], idf: [Double], isWord: [Bool]) -> [[Double]] {
        var byArticle: [Int: [Int]] = [:]
        for (m, mention) in mentions.enumerated() { byArticle[mention.article, default: []].append(m) }
        var weights = [[Double]](repeating: [], count: mentions.count)
        var spread: [Int32: Int] = [:]
        for list in byArticle.values {
            spread.removeAll(keepingCapacity: true)
            for m in list { for t in termIDs[m] { spread[t, default: 0] += 1 } }
            for m in list {
                weights[m] = termIDs[m].map { isWord[Int($0)] ? idf[Int($0)] * topicDiscount(spread[$0]!) : idf[Int($0)] }
            }
        }
        return weights
    }

    /// Cosine similarity of two articles' term vectors: do they tell the same story?
    public func storySimilarity(_ a: Int, _ b: Int) -> Double {
        guard let x = articleVectors[a], let y = articleVectors[b] else { return 0 }
        var dot = 0.0
        SortedSets.forEachShared(x, y, by: \.id) { i, j in
            dot += x[i].weight * y[j].weight
            return true
        }
        return dot
    }

    public func weight(_ term: String) -> Double {
        PairScorer.idf(documentFrequency[term] ?? 0, mentionCount)
    }

    static func idf(_ df: Int, _ n: Int) -> Double {
        log(1 + Double(n + 1) / Double(df + 1))
    }

    /// The threshold for a pair: the stricter of its two languages'.
    public func threshold(_ i: Int, _ j: Int) -> Double {
        max(Self.threshold(for: languages[i]), Self.threshold(for: languages[j]))
    }

    func synsets(of term: Int32, language: Language) -> [WordSenses.Synset] {
        let table = termSynsets[language == .english ? 1 : 0]
        return table.isEmpty ? [] : table[Int(term)]
    }

    /// The features of mentions `i` and `j`, and their soft matches (as term id pairs and synset).
    func features(_ i: Int, _ j: Int, soft collect: Bool) -> (PairFeatures, [(Int32, Int32, WordSenses.Synset)]) {
        let a = terms(of: i), b = terms(of: j)
        var x = a.startIndex, y = b.startIndex, shared = 0
        var weight = 0.0
        var unmatchedA: [(id: Int32, weight: Double)] = [], unmatchedB: [(id: Int32, weight: Double)] = []
        while x < a.endIndex || y < b.endIndex {
            if x < a.endIndex && y < b.endIndex && a[x].id == b[y].id {
                weight += min(a[x].weight, b[y].weight)
                shared += 1
                x += 1
                y += 1
            } else if y >= b.endIndex || (x < a.endIndex && a[x].id < b[y].id) {
                unmatchedA.append((a[x].id, a[x].weight))
                x += 1
            } else {
                unmatchedB.append((b[y].id, b[y].weight))
                y += 1
            }
        }
        var softWeight = 0.0
        var softCount = 0
        var softPairs: [(Int32, Int32, WordSenses.Synset)] = []
        if !termSynsets[0].isEmpty || !termSynsets[1].isEmpty, softSearchOpen(i, j, weight: weight) {
            var used = [Bool](repeating: false, count: unmatchedB.count)
            let table = softNeighbours[languages[i] == .english ? 1 : 0][languages[j] == .english ? 1 : 0]
            for (ta, weightA) in unmatchedA where !table.isEmpty {
                let near = table[Int(ta)]
                guard !near.isEmpty else { continue }
                // Both lists are sorted: the first unused term of b that `ta` soft-matches.
                var n = 0
                for (k, (tb, weightB)) in unmatchedB.enumerated() where !used[k] {
                    while n < near.count && near[n] < tb { n += 1 }
                    guard n < near.count else { break }
                    guard near[n] == tb else { continue }
                    used[k] = true
                    softWeight += Self.softMatchWeight * min(weightA, weightB)
                    softCount += 1
                    if collect, let common = Self.softMatch(synsets(of: ta, language: languages[i]),
                                                            synsets(of: tb, language: languages[j])) {
                        softPairs.append((ta, tb, common))
                    }
                    break
                }
            }
        }
        let totalA = facts[i].totalWeight, totalB = facts[j].totalWeight
        let smaller = min(totalA, totalB)
        let containment = smaller > 0 ? weight / smaller : 0
        let dice = totalA + totalB > 0 ? 2 * weight / (totalA + totalB) : 0
        let softContainment = smaller > 0 ? min(1, (weight + softWeight) / smaller) : 0
        let softDice = totalA + totalB > 0 ? min(1, 2 * (weight + softWeight) / (totalA + totalB)) : 0
        // Across languages, the words that match in meaning stand in for the shared wording.
        let (coverage, lengthRatio, numbersDiffer, wording) = exactFeatures(i, j, weight: weight,
                                                                            wording: languages[i] == languages[j] ? nil : softDice)
        // One shared word is a coincidence, not a claim.
        let values = shared + softCount >= 2
            ? [containment, dice, softContainment, softDice, coverage, lengthRatio, numbersDiffer, wording]
            : [0, 0, 0, 0, 0, lengthRatio, numbersDiffer, wording]
        return (PairFeatures(values: values), softPairs)
    }

    /// The features that soft matches do not change: the shared weight over the longer mention's,
    /// the ratio of the term counts, whether the numbers differ, and the share of their words
    /// (function words too) the two sentences have in common. Two languages share no wording: there
    /// the Dice of their terms (names, numbers) stands in for it, and the Dice with soft matches
    /// once those are counted.
    /// `wording`, when given, stands in for the share of surface words.
    func exactFeatures(_ i: Int, _ j: Int, weight: Double, wording given: Double? = nil)
        -> (coverage: Double, lengthRatio: Double, numbersDiffer: Double, wording: Double) {
        let (a, b) = (facts[i], facts[j])
        let longer = max(a.totalWeight, b.totalWeight)
        let (ni, nj) = (a.termCount, b.termCount)
        let wording = given ?? (languages[i] == languages[j] ? wordingShared(i, j)
            : a.totalWeight + b.totalWeight > 0 ? 2 * weight / (a.totalWeight + b.totalWeight) : 0)
        return (longer > 0 ? weight / longer : 0,
                max(ni, nj) > 0 ? Double(min(ni, nj)) / Double(max(ni, nj)) : 0,
                a.numbersKey == b.numbersKey ? 0 : 1, wording)
    }

    /// `LinkModel.exactPart` of mentions `i` and `j` sharing `weight`.
    func exactPart(_ i: Int, _ j: Int, weight: Double, wording: Double? = nil) -> Double {
        let (coverage, lengthRatio, numbersDiffer, wording) = exactFeatures(i, j, weight: weight, wording: wording)
        return LinkModel.model(for: languages[i]).exactPart(coverage: coverage, lengthRatio: lengthRatio,
                                                            numbersDiffer: numbersDiffer, wording: wording)
    }

    /// Whether the shared words of a pair reach `softGate` of its threshold, so that soft matches
    /// are looked for. Two languages share names and numbers only: their soft matches are always
    /// looked for.
    func softSearchOpen(_ i: Int, _ j: Int, weight: Double) -> Bool {
        languages[i] != languages[j] || exactProbability(i, j, weight: weight) >= Self.softGate * threshold(i, j)
    }

    /// The model's probability from the shared words alone: soft features equal to the exact ones.
    func exactProbability(_ i: Int, _ j: Int, weight: Double) -> Double {
        exactProbability(i, j, weight: weight, rest: exactPart(i, j, weight: weight))
    }

    /// The same, given `exactPart` of the pair.
    func exactProbability(_ i: Int, _ j: Int, weight: Double, rest: Double) -> Double {
        let wa = facts[i].totalWeight, wb = facts[j].totalWeight
        guard min(wa, wb) > 0 else { return 0 }
        let containment = weight / min(wa, wb), dice = 2 * weight / (wa + wb)
        return LinkModel.model(for: languages[i]).probability(containment: containment, dice: dice, softContainment: containment,
                                                              softDice: dice, rest: rest)
    }

    /// The weight and number of the terms two mentions share exactly.
    func exactOverlap(_ i: Int, _ j: Int) -> (weight: Double, shared: Int) {
        let (a, b) = (facts[i], facts[j])
        return weightedTerms.withUnsafeBufferPointer { terms in
            var shared = 0
            var weight = 0.0
            var x = Int(a.termStart), y = Int(b.termStart)
            let (xEnd, yEnd) = (Int(a.termEnd), Int(b.termEnd))
            // Without branches (see `SurfaceWords.sharedCount`); adding 0 leaves the sum exact.
            while x < xEnd && y < yEnd {
                let (p, q) = (terms[x], terms[y])
                let same = p.id == q.id
                weight += same ? min(p.weight, q.weight) : 0
                shared &+= same ? 1 : 0
                x &+= p.id <= q.id ? 1 : 0
                y &+= q.id <= p.id ? 1 : 0
            }
            return (weight, shared)
        }
    }

    /// The Jaccard of the surface words of mentions `i` and `j` (`SurfaceWords.jaccard`).
    func wordingShared(_ i: Int, _ j: Int) -> Double {
        let (a, b) = (facts[i], facts[j])
        return surfaceWords.withUnsafeBufferPointer { words in
            SurfaceWords.jaccard(UnsafeBufferPointer(rebasing: words[Int(a.wordStart)..<Int(a.wordEnd)]),
                                 UnsafeBufferPointer(rebasing: words[Int(b.wordStart)..<Int(b.wordEnd)]))
        }
    }

    /// Mention `m`'s terms with their weights, sorted by id.
    func terms(of m: Int) -> ArraySlice<WeightedTerm> {
        weightedTerms[Int(facts[m].termStart)..<Int(facts[m].termEnd)]
    }

    /// The features of a pair, as the model sees them.
    public func features(_ i: Int, _ j: Int) -> PairFeatures {
        features(i, j, soft: false).0
    }

    /// The learned lexical score of mentions `i` and `j`.
    func lexical(_ i: Int, _ j: Int) -> Double {
        let (features, _) = features(i, j, soft: false)
        // Two mentions of different languages are judged by the model of the first.
        return LinkModel.model(for: languages[i]).probability(features)
    }

    /// The highest probability the model could give mentions `i` and `j` once soft matches are
    /// counted, from their exact overlap alone: soft matches add at most `softMatchWeight` of the
    /// weight of the terms that have senses. Cheap (no allocation), so the linker skips the soft
    /// matching of pairs that cannot reach their threshold anyway.
    func lexicalUpperBound(_ i: Int, _ j: Int) -> Double {
        let (weight, shared) = exactOverlap(i, j)
        // First with the most wording two sentences of these lengths could share (the shorter
        // inside the longer): most candidates stay below their threshold even so, and their
        // shared words need not be counted. The bound only grows with the wording.
        if languages[i] == languages[j] {
            let (na, nb) = (facts[i].wordCount, facts[j].wordCount)
            let most = max(na, nb) > 0 ? Double(min(na, nb)) / Double(max(na, nb)) : 0
            let optimistic = LinkModel.model(for: languages[i]).weights[7] > 0 ? most : 0
            let bound = lexicalUpperBound(i, j, weight: weight, shared: shared,
                                          rest: exactPart(i, j, weight: weight, wording: optimistic))
            if bound < threshold(i, j) { return bound }
        }
        return lexicalUpperBound(i, j, weight: weight, shared: shared, rest: exactPart(i, j, weight: weight),
                                 softWording: languages[i] != languages[j])
    }

    /// The bound of a pair sharing `shared` terms of `weight`, given `exactPart` of the pair.
    /// `softWording`: the pair's wording is its Dice with soft matches (two languages), so the
    /// bound takes the most that Dice could be, and soft matches are always looked for.
    private func lexicalUpperBound(_ i: Int, _ j: Int, weight: Double, shared: Int, rest: Double,
                                   softWording: Bool = false) -> Double {
        let wa = facts[i].totalWeight, wb = facts[j].totalWeight
        let smaller = min(wa, wb)
        guard smaller > 0 else { return 0 }
        // Soft matches refine pairs that already share words; they are not looked for where the
        // shared words alone give less than half the threshold.
        let exact = exactProbability(i, j, weight: weight, rest: rest)
        guard softWording || exact >= Self.softGate * threshold(i, j) else { return shared >= 2 ? exact : 0 }
        let softable = Self.softMatchWeight * min(facts[i].softableWeight, facts[j].softableWeight)
        guard shared >= 2 || softable > 0 else { return 0 }
        let containment = weight / smaller, dice = 2 * weight / (wa + wb)
        let softContainment = min(1, (weight + softable) / smaller), softDice = min(1, 2 * (weight + softable) / (wa + wb))
        let model = LinkModel.model(for: languages[i])
        let most = softWording ? max(rest, exactPart(i, j, weight: weight, wording: softDice)) : rest
        var z = model.bias + model.weights[0] * containment + model.weights[1] * dice + most
        z += max(model.weights[2] * containment, model.weights[2] * softContainment)
        z += max(model.weights[3] * dice, model.weights[3] * softDice)
        return 1 / (1 + exp(-z))
    }

    /// A synset two words share when the evidence is strong enough to call them one meaning: at
    /// least `sharedSenseFraction` of the senses of the word with fewer senses are shared, or it
    /// has at most `fewSenses`. Two common many-sense words that meet in one rare sense do not
    /// match ("tingkat" and "buat" share 1 of 67), while "tahap" and "tingkat" (3 of 18) do.
    static func softMatch(_ a: [WordSenses.Synset], _ b: [WordSenses.Synset]) -> WordSenses.Synset? {
        var common = 0
        var first: WordSenses.Synset?
        SortedSets.forEachShared(a, b) { x, _ in
            common += 1
            if first == nil { first = a[x] }
            return true
        }
        guard let first else { return nil }
        let fewer = min(a.count, b.count)
        return fewer <= fewSenses || Double(common) >= sharedSenseFraction * Double(fewer) ? first : nil
    }

    static let sharedSenseFraction = 0.15

    /// Two sentences of one language whose shared words weigh less than this (Dice) say
    /// different things, however well the shorter one is contained in the longer: "Neymar ada di
    /// grup" is contained in any sentence about Neymar. Across languages soft matches count.
    static let minimumDice = 0.3
    static let lowOverlap = 0.5

    /// The Dice overlap the `overlap` rule reads: of exact words within a language, with soft
    /// matches across languages (where they are all two reports share besides names).
    func overlapDice(_ i: Int, _ j: Int) -> Double {
        if languages[i] != languages[j] { return features(i, j, soft: false).0.values[3] }
        let total = facts[i].totalWeight + facts[j].totalWeight
        return total > 0 ? 2 * exactOverlap(i, j).weight / total : 0
    }

    /// For every term of `a` (synsets by term id), the terms of `b` it soft-matches, sorted: the
    /// terms sharing a synset, counted through an inverted index, kept when `softMatch` would keep
    /// them (enough of the smaller sense list shared, or few senses).
    static func neighbours(_ a: [[WordSenses.Synset]], _ b: [[WordSenses.Synset]]) -> [[Int32]] {
        guard !a.isEmpty, !b.isEmpty else { return [] }
        var bySynset: [WordSenses.Synset: [Int32]] = [:]
        for (t, synsets) in b.enumerated() { for synset in synsets { bySynset[synset, default: []].append(Int32(t)) } }
        var shared = [Int32](repeating: 0, count: b.count)
        var touched: [Int32] = []
        return a.map { senses -> [Int32] in
            guard !senses.isEmpty else { return [] }
            for synset in senses {
                for t in bySynset[synset] ?? [] {
                    if shared[Int(t)] == 0 { touched.append(t) }
                    shared[Int(t)] += 1
                }
            }
            var near: [Int32] = []
            for t in touched {
                let fewer = min(senses.count, b[Int(t)].count)
                if fewer <= fewSenses || Double(shared[Int(t)]) >= sharedSenseFraction * Double(fewer) { near.append(t) }
                shared[Int(t)] = 0
            }
            touched.removeAll(keepingCapacity: true)
            return near.sorted()
        }
    }

    /// A word with this many synsets or fewer soft-matches on one shared synset.
    static let fewSenses = 4

    /// The pair score of mentions `i` and `j` when it can reach their threshold, else `nil`: the
    /// linker's fast path, which skips soft matching where even the best case stays below.
    func linkScore(_ i: Int, _ j: Int) -> Double? {
        guard lexicalUpperBound(i, j) >= threshold(i, j) else { return nil }
        let s = score(i, j)
        return s >= threshold(i, j) ? s : nil
    }

    /// The pair score of mentions `i` and `j` (indexes into `mentions`).
    public func score(_ i: Int, _ j: Int) -> Double {
        let lexical = lexical(i, j)
        guard lexical >= threshold(i, j) else { return lexical }
        var product = FactorProduct()
        applyFactors(i, j, to: &product)
        return min(1, lexical * product.value)
    }

    /// The score of mentions `i` and `j` with every reason.
    public func explain(_ i: Int, _ j: Int) -> PairScore {
        let a = mentions[i], b = mentions[j]
        let (features, softPairs) = features(i, j, soft: true)
        let lexical = LinkModel.model(for: languages[i]).probability(features)
        let bTerms = Set(b.terms), aTerms = Set(a.terms)
        let shared = a.terms.filter { bTerms.contains($0) }.map { ($0, sharedWeight($0, i, j)) }
        let soft = softPairs.map { pair in
            PairScore.SoftMatch(first: term(pair.0, in: i), second: term(pair.1, in: j), synset: WordSenses.name(pair.2))
        }
        var notes = FactorNotes()
        applyFactors(i, j, to: &notes)
        let factors = notes.factors
        return PairScore(shared: shared, soft: soft, features: features, onlyFirst: a.terms.filter { !bTerms.contains($0) },
                         onlySecond: b.terms.filter { !aTerms.contains($0) }, containment: features.values[0],
                         dice: features.values[1], lexical: lexical, factors: factors,
                         score: min(1, factors.reduce(lexical) { $0 * $1.value }), threshold: threshold(i, j))
    }

    /// The weight a term shared by mentions `i` and `j` adds to their overlap: the smaller of its
    /// two weights (see `topicDiscount`).
    func sharedWeight(_ term: String, _ i: Int, _ j: Int) -> Double {
        guard let id = termID[term], let x = terms(of: i).first(where: { $0.id == id }),
              let y = terms(of: j).first(where: { $0.id == id }) else { return 0 }
        return min(x.weight, y.weight)
    }

    /// Whether mentions `i` and `j` share a word (not only names and numbers), the same or one of
    /// like meaning (WordNet: "asset" and "aset").
    func sharesWord(_ i: Int, _ j: Int) -> Bool {
        let x = termIDs[i], y = termIDs[j]
        var exact = false
        SortedSets.forEachShared(x, y) { p, _ in
            exact = termIsWord[Int(x[p])]
            return !exact
        }
        if exact { return true }
        let table = softNeighbours[languages[i] == .english ? 1 : 0][languages[j] == .english ? 1 : 0]
        guard !table.isEmpty else { return false }
        let inJ = Set(y)
        return x.contains { t in termIsWord[Int(t)] && table[Int(t)].contains(where: inJ.contains) }
    }

    /// Whether mentions `i` and `j` share an entity term (a person, place or body, aliases joined:
    /// "North Korea" and "Korea Utara" are one).
    func sharesEntity(_ i: Int, _ j: Int) -> Bool {
        let x = termIDs[i]
        var found = false
        SortedSets.forEachShared(x, termIDs[j]) { p, _ in
            found = termIsEntity[Int(x[p])]
            return !found
        }
        return found
    }

    /// The text of term id `id` of mention `m`.
    func term(_ id: Int32, in m: Int) -> String {
        mentions[m].terms.first { termID[$0] == id } ?? "?"
    }

    /// Whether each side names a place, body or person the other does not. A side's own speaker
    /// is left to the speaker rule: "Burke said" and "the weather service said" are one conflict.
    func entitiesDiffer(_ i: Int, _ j: Int) -> Bool {
        let a = entityIDs[i], b = entityIDs[j]
        guard a != b else { return false }
        func namesMore(_ x: [Int32], speaker: Int32, than other: [Int32]) -> Bool {
            x.contains { e in
                !(speaker >= 0 && nameKeys.compatible(e, speaker)) && !other.contains { nameKeys.compatible(e, $0) }
            }
        }
        return namesMore(a, speaker: speakerIDs[i], than: b) && namesMore(b, speaker: speakerIDs[j], than: a)
    }

    /// Whether both sides give a full name and no name of one can be a name of the other.
    func fullNamesDiffer(_ i: Int, _ j: Int) -> Bool {
        guard hasFullName[i], hasFullName[j] else { return false }
        let b = nameIDs[j]
        return !nameIDs[i].contains { x in b.contains { nameKeys.compatible(x, $0) } }
    }

    /// Gives `sink` the agreement and conflict features of mentions `i` and `j`. A factor of 1 is an
    /// agreement or no evidence either way. Values come from the scorer's tables; only notes (which
    /// the linker's sink never asks for) read the mentions themselves.
    func applyFactors<Sink: FactorSink>(_ i: Int, _ j: Int, to sink: inout Sink) {
        func add(_ name: String, _ value: Double, _ note: @autoclosure () -> String) {
            sink.add(name, value, note())
        }
        if speakerIDs[i] >= 0, speakerIDs[j] >= 0 {
            let same = nameKeys.compatible(speakerIDs[i], speakerIDs[j])
            add("speaker", same ? 1 : Self.speakerConflict, same ? "same speaker: \(mentions[i].speaker ?? "")"
                : "different speakers: \(mentions[i].speaker ?? "") vs \(mentions[j].speaker ?? "")")
        } else {
            add("speaker", 1, "speaker unknown on at least one side")
        }
        let timeA = mentions[i].time, timeB = mentions[j].time
        if let x = timeA, let y = timeB {
            // "Gempa tidak berpotensi tsunami": with no name and no number, nothing but the day
            // tells one event's report from the next one's.
            let bare = mentions[i].names.isEmpty && mentions[j].names.isEmpty && mentions[i].numbers.isEmpty
                && mentions[j].numbers.isEmpty
            // Two sentences that each give their event's day ("Jumat (20/9/2019)" against "Senin
            // (16/9/2019)") tell of two events when the days are apart: the week's forecasts, a
            // match and the next one, two summonses of one witness.
            let stated = mentions[i].timeSource == .sentence && mentions[j].timeSource == .sentence
            let conflict = stated ? x.conflicts(with: y, maxDays: Self.statedMaxDays)
                : bare ? x.conflicts(with: y, maxDays: Self.bareMaxDays) : x.conflicts(with: y)
            add("time", conflict ? Self.timeConflict : 1, conflict
                ? "different times: \(x) vs \(y)"
                    + (stated ? " (each sentence gives its day, so \(Self.statedMaxDays + 1) days apart is another event)"
                       : bare ? " (no name or number, so \(Self.bareMaxDays) days apart is another event)" : "")
                : "compatible times: \(x) and \(y)")
        } else {
            add("time", 1, "time unknown on at least one side")
        }
        let negatedA = mentions[i].negated, negatedB = mentions[j].negated
        add("negation", negatedA != negatedB ? Self.negationMismatch : 1,
            negatedA != negatedB ? "negated on one side only" : (negatedA ? "both negated" : "neither negated"))
        let (af, asec) = directionMasks[i], (bf, bsec) = directionMasks[j]
        let opposed = (af & bsec & ~asec & ~bf) | (asec & bf & ~af & ~bsec)
        if opposed != 0 {
            let pair = Lexicon.opposites[opposed.trailingZeroBitCount]
            add("direction", Self.oppositeDirection, "opposite words: \(pair.0) / \(pair.1)")
        }
        if entitiesDiffer(i, j) {
            add("entities", Self.entityMismatch, "each side names what the other does not: "
                + "\(mentions[i].entities.subtracting(mentions[j].entities).sorted()) vs "
                + "\(mentions[j].entities.subtracting(mentions[i].entities).sorted())")
        }
        let dice = overlapDice(i, j)
        if dice < Self.minimumDice {
            add("overlap", Self.lowOverlap, String(format: "the two share little of their words' weight (Dice %.2f, under %.2f): "
                + "one sentence says much the other does not", dice, Self.minimumDice))
        }
        if min(wordCount[i], wordCount[j]) < Self.specificWords, timeA == nil || timeB == nil {
            add("generic", Self.genericUndated, "a sentence with little beyond names, and no time on one side: may be another event")
        }
        if !numberIDs[i].isEmpty, !numberIDs[j].isEmpty {
            let disjoint = SortedSets.sharedCount(numberIDs[i], numberIDs[j]) == 0
            add("numbers", disjoint ? Self.numberConflict : 1, disjoint
                ? "different numbers: \(mentions[i].numbers.sorted()) vs \(mentions[j].numbers.sorted())"
                : "shared numbers: \(mentions[i].numbers.intersection(mentions[j].numbers).sorted())")
        }
        if !sharesWord(i, j) {
            add("words", Self.namesOnly, "no word in common, only names or numbers: the same subject, not the same statement")
        }
        if fullNamesDiffer(i, j) {
            add("names", Self.nameConflict, "no name in common: \(mentions[i].names.sorted()) vs \(mentions[j].names.sorted())")
        }
        if languages[i] != languages[j] {
            add("story", 1, "articles in two languages: their words cannot tell their stories apart")
            let sameSpeaker = speakerIDs[i] >= 0 && speakerIDs[j] >= 0 && nameKeys.compatible(speakerIDs[i], speakerIDs[j])
            if !sameSpeaker, !sharesEntity(i, j) {
                add("across", Self.noNameAcross, "two languages and no name in common: words written alike in both "
                    + "(\"prime time\" in an Indonesian sentence) are a coincidence, not a translation")
            }
        } else if min(mentionsPerArticle[Int(articleOf[i])] ?? 0, mentionsPerArticle[Int(articleOf[j])] ?? 0) >= Self.storyMentions {
            let story = storySimilarity(Int(articleOf[i]), Int(articleOf[j]))
            let cut = mentions[i].kind == .body && mentions[j].kind == .body ? Self.sameStory : Self.sameStoryForHeadlines
            add("story", story < cut ? Self.storyMismatch : 1, String(format: "the articles' similarity is %.2f%@",
                story, story < cut ? String(format: ", under %.2f: different stories", cut) : ""))
            let shared = exactOverlap(i, j).shared
            add("few", shared <= Self.fewSharedTerms ? Self.fewShared : 1, shared <= Self.fewSharedTerms
                ? "\(shared) terms in common: sentences of one story share that many by chance"
                : "\(shared) terms in common")
            // In an article, "Hal ini" and "Mereka" mean something said before; two articles'
            // may mean different things.
            if mentions[i].opensWithAnaphor || mentions[j].opensWithAnaphor {
                let wording = wordingShared(i, j)
                if wording < Self.anaphorWording {
                    add("anaphor", Self.anaphorFactor, String(format: "a sentence opens with a subject that points to another "
                        + "sentence (hal ini, mereka) and the two share %.2f of their wording, under %.2f", wording, Self.anaphorWording))
                }
            }
        } else {
            add("story", 1, "an article too short to tell its story")
        }
    }
}

/// What receives a pair's factors: their product for the linker, or each with its note for `explain`.
protocol FactorSink {
    mutating func add(_ name: String, _ value: Double, _ note: @autoclosure () -> String)
}

/// The product of the factors, without notes or allocation.
struct FactorProduct: FactorSink {
    var value = 1.0

    mutating func add(_ name: String, _ value: Double, _ note: @autoclosure () -> String) {
        self.value *= value
    }
}

/// Every factor with its note.
struct FactorNotes: FactorSink {
    var factors: [PairScore.Factor] = []

    mutating func add(_ name: String, _ value: Double, _ note: @autoclosure () -> String) {
        factors.append(.init(name: name, value: value, note: note()))
    }
}

/// Whether two name keys can be one person (or one organisation, one place) across articles:
/// equal; one word that is the other's first, middle or last ("xi" and "xi jinping", "fickar" and
/// "abdul fickar hadjar"); one a word-suffix of the other ("margaret thatcher" in "iron lady
/// margaret thatcher"); or ending in the same two words. A word matches another spelled alike ("taliban" and "taleban", "sundwell" and
/// "sundwall"), but "bank indonesia" and "universitas indonesia" stay apart.
enum NameMatch {
    static func compatible(_ a: String, _ b: String) -> Bool {
        func matches(_ a: String, _ b: String) -> Bool {
            a == b || compatible(words: a.split(separator: " "), b.split(separator: " "), isAcronym: isAcronym, spelledAlike: spelledAlike,
                                 isInitial: { $0.count == 1 }, sameGivenName: sameGivenName)
        }
        // A public figure's nickname is their name: "Bamsoet" is Bambang Soesatyo, "JK" Jusuf Kalla.
        return matches(a, b) || Lexicon.personNicknames[a].map { matches($0, b) } == true
            || Lexicon.personNicknames[b].map { matches(a, $0) } == true
    }

    /// The rules over two names' words, however words are held (substrings, or interned ids in
    /// `NameKeys`): `isAcronym(word, of: words)`, `spelledAlike`, `isInitial` (one letter: "Brian
    /// L. Halla" is Brian Halla) and `sameGivenName` ("Tim" for "Timothy") answer for one word.
    @inline(__always)
    static func compatible<Word: Equatable>(words a: [Word], _ b: [Word], isAcronym: (Word, [Word]) -> Bool,
                                            spelledAlike: (Word, Word) -> Bool, isInitial: (Word) -> Bool,
                                            sameGivenName: (Word, Word) -> Bool) -> Bool {
        func withoutInitials(_ words: [Word]) -> [Word] {
            guard words.count > 1, words.contains(where: isInitial) else { return words }
            let rest = words.filter { !isInitial($0) }
            return rest.isEmpty ? words : rest
        }
        let x = withoutInitials(a), y = withoutInitials(b)
        let (short, long) = x.count <= y.count ? (x, y) : (y, x)
        if short.count == 1, long.count >= 2, isAcronym(short[0], long) { return true }
        guard let last = short.last, let longLast = long.last, let first = short.first, let longFirst = long.first else { return false }
        if short.count == 1 {
            // "Fickar" for Abdul Fickar Hadjar: a middle name the person goes by, written as is.
            return spelledAlike(last, longLast) || (long.count > 1 && spelledAlike(first, longFirst))
                || (long.count >= 3 && !isInitial(first) && long.dropFirst().dropLast().contains(first))
        }
        // "Thareq Kemal" for Thareq Kemal Habibie: a name's first words, two or more.
        if long.starts(with: short) { return true }
        guard spelledAlike(last, longLast) else { return false }
        let tail = long.suffix(short.count)
        return zip(short.dropLast(), tail.dropLast()).allSatisfy { $0 == $1 || sameGivenName($0, $1) }
            || short[short.count - 2] == long[long.count - 2]
    }

    /// A given name and its short form: one begins the other, three letters or more ("tim" and
    /// "timothy", "ron" and "ronald").
    static func sameGivenName<Name: Collection>(_ a: Name, _ b: Name) -> Bool where Name.Element: Equatable {
        min(a.count, b.count) >= 3 && (a.starts(with: b) || b.starts(with: a))
    }

    /// Words an acronym may skip: "Centers for Disease Control" is CDC, though "Bank of England"
    /// is BOE.
    static let acronymSkips: Set<Substring> = ["of", "the", "and", "for", "dan", "untuk", "&"]

    /// Whether `word` (three letters or more) is made of the initials of `words`, with or without
    /// their function words: "ecb" and "european central bank", "kpk" and "komisi pemberantasan
    /// korupsi", "boe" and "bank of england".
    static func isAcronym(_ word: Substring, of words: [Substring]) -> Bool {
        guard word.count >= 3 else { return false }
        func spells(_ initials: [Character]) -> Bool { initials.count == word.count && zip(initials, word).allSatisfy { $0 == $1 } }
        return spells(words.compactMap(\.first)) || spells(words.filter { !acronymSkips.contains($0) }.compactMap(\.first))
            || word.count >= contractionLength && isContraction(Array(word), of: words.map { Array($0) })
    }

    /// The fewest letters of a short name that `isContraction` reads.
    static let contractionLength = 5

    /// Whether `word` (five letters or more) joins the first two letters or more of each of
    /// `words`, in order: the Indonesian short name of a person ("jokowi" is Joko Widodo,
    /// "zulhas" Zulkifli Hasan).
    static func isContraction(_ word: [Character], of words: [[Character]]) -> Bool {
        guard word.count >= contractionLength, words.count >= 2 else { return false }
        func joins(_ at: Int, _ w: Int) -> Bool {
            if w == words.count { return at == word.count }
            let part = words[w]
            var length = 0
            while length < part.count, at + length < word.count, word[at + length] == part[length] {
                length += 1
                if length >= 2, joins(at + length, w + 1) { return true }
            }
            return false
        }
        return joins(0, 0)
    }

    /// The same word, or a spelling variant of a name: the same first letter, at least five
    /// letters, and one edit apart (two from eight letters on); a swap of two neighbouring
    /// letters is one edit. "iran" and "irak" are not, nor are two words with digits.
    static func spelledAlike(_ a: Substring, _ b: Substring) -> Bool {
        a == b || spelledAlike(bytes: foldedBytes(a), foldedBytes(b))
    }

    /// A word's UTF-8 without accents: "jiménez" is spelled as "jimenez".
    static func foldedBytes(_ word: Substring) -> [UInt8] {
        word.utf8.allSatisfy({ $0 < 0x80 }) ? Array(word.utf8) : Array(word.folding(options: .diacriticInsensitive, locale: nil).utf8)
    }

    /// `spelledAlike` of two different words, given as UTF-8.
    static func spelledAlike(bytes x: [UInt8], _ y: [UInt8]) -> Bool {
        let shorter = min(x.count, y.count)
        guard shorter >= 5, x.first == y.first else { return false }
        // "Rp14.055" and "Rp14.057" are two amounts, not one written two ways.
        func hasDigit(_ word: [UInt8]) -> Bool { word.contains { $0 >= 0x30 && $0 <= 0x39 } }
        guard !hasDigit(x), !hasDigit(y) else { return false }
        let allowed = shorter >= 8 ? 2 : 1
        guard abs(x.count - y.count) <= allowed else { return false }
        // Edits are insertions, deletions, substitutions and swaps of two neighbouring letters
        // ("Zarkasih" typed "Zakarsih"): the optimal string alignment distance.
        var beforePrevious = [Int](repeating: 0, count: y.count + 1)
        var previous = Array(0...y.count)
        for i in 1...x.count {
            var current = [i] + [Int](repeating: 0, count: y.count)
            for j in 1...y.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)
                }
            }
            if current.min()! > allowed { return false }
            beforePrevious = previous
            previous = current
        }
        return previous[y.count] <= allowed
    }
}

/// A term of a mention and its weight there (see `PairScorer.topicWeights`).
struct WeightedTerm: Sendable {
    var id: Int32
    var weight: Double
}

/// What scoring a pair reads of each of its two mentions before anything else, side by side in
/// memory. A mention's candidates lie anywhere in the corpus, and every separately allocated array
/// a pair reads is another cache miss: these and the mention's run of `weightedTerms` are two.
struct PairFacts: Sendable {
    /// The mention's terms: `weightedTerms[termStart..<termEnd]`.
    var termStart: Int32
    var termEnd: Int32
    /// Its distinct surface words: `surfaceWords[wordStart..<wordEnd]`.
    var wordStart: Int32
    var wordEnd: Int32
    /// An id of its set of numbers, equal exactly when the sets are equal.
    var numbersKey: Int32
    /// The sum of its terms' weights.
    var totalWeight: Double
    /// The weight of its terms that have senses (what soft matches could add).
    var softableWeight: Double

    var termCount: Int { Int(termEnd - termStart) }
    var wordCount: Int { Int(wordEnd - wordStart) }
}
