import Foundation

/// A claim: mentions in one or more articles that report the same thing.
public struct Claim: Sendable {
    /// Indexes into `Linking.mentions`, in corpus order.
    public var members: [Int]
    /// The member whose text labels the claim (the one most alike to the others).
    public var representative: Int
    /// Per member: its mean score against members from other articles (1 for a claim of one article).
    public var scores: [Double]

    public init(members: [Int], representative: Int, scores: [Double]) {
        self.members = members
        self.representative = representative
        self.scores = scores
    }
}

/// All claims of a corpus, with the scorer that made them.
public struct Linking: Sendable {
    public var mentions: MentionList
    public var claims: ClaimList
    /// Claim index of each mention.
    public var claimOfMention: [Int]
    private let scorerCell: OnFirstUse<PairScorer, Never>

    /// The scorer of the linked mentions. Claims read from an index build it on first use.
    public var scorer: PairScorer { scorerCell.value() }

    public init(mentions: [ClaimMention], claims: ClaimList, scorer: PairScorer, claimOfMention: [Int]) {
        self.mentions = MentionList(mentions)
        self.claims = claims
        self.claimOfMention = claimOfMention
        scorerCell = OnFirstUse(scorer)
    }

    /// Claims made before (a persistent index keeps them), with `claimOfMention` derived. Only
    /// `explain` needs the scorer then, so `makeScorer` runs when it is first asked for.
    public init(mentions: MentionList, claims: ClaimList, makeScorer: @escaping @Sendable () -> PairScorer) {
        self.mentions = mentions
        self.claims = claims
        claimOfMention = claims.claimOfMentions(count: mentions.count)
        scorerCell = OnFirstUse(make: makeScorer)
    }
}

/// Links claim mentions across articles.
///
/// Candidates come from an inverted index over each mention's rarest terms, so the cost grows
/// with the corpus, not with its square. Exact duplicates are grouped by their term set first,
/// and only one of each group is compared. Edges at or above the threshold, less those that are
/// neither mention's best link into the other's article, are merged strongest first. A merge is
/// refused when it would put different speakers, different negation or times more than a month
/// apart in one claim. For small clusters, the mean score across the two sides must also hold up,
/// so that a chain of look-alikes does not fuse two events.
public struct ClaimLinker: Sendable {
    /// How many of a mention's rarest terms look up candidates.
    static let probeTerms = 5
    /// Entity terms that look up candidates besides the rarest terms.
    static let entityProbes = 2
    /// Terms in more mentions than this do not look up candidates (they still score).
    static let maxPostings = 1_000
    /// Postings one mention may visit, rarest terms first: a fixed budget keeps the cost linear.
    static let postingBudget = 2_500
    /// Candidates scored per mention.
    static let candidatesPerMention = 40
    /// Two small clusters merge only when their pairs score, on average, at least this fraction
    /// of their threshold.
    static let meanCrossFraction = 1.0
    /// Members of each side that the mean cross score of two large clusters compares.
    static let crossSample = 20
    /// Largest span of time anchors within one claim, in days.
    static let maxClaimSpanDays = 31

    public init() {}

    /// Links mentions; `languages[i]` is mention `i`'s language, `senses` gives soft matches.
    public func link(_ mentions: [ClaimMention], languages: [Language]? = nil, senses: WordSenses = .none) -> Linking {
        let scorer = PairScorer(mentions, languages: languages, senses: senses)
        let n = mentions.count
        // Exact duplicates: same terms, speaker, negation and time, compared once.
        struct Signature: Hashable {
            var terms: [Int32]
            var negated: Bool
            var speaker: Int32
            var time: DateAnchor?
        }
        var groupOf: [Signature: Int] = [:]
        var representativeOf = [Int](repeating: 0, count: n)
        var representatives: [Int] = []
        for (i, mention) in mentions.enumerated() {
            let signature = Signature(terms: scorer.termIDs[i], negated: mention.negated, speaker: scorer.speakerIDs[i],
                                      time: mention.time)
            if let rep = groupOf[signature] {
                representativeOf[i] = rep
            } else {
                groupOf[signature] = i
                representativeOf[i] = i
                representatives.append(i)
            }
        }
        let edges = Self.bestOfTheirArticles(candidateEdges(mentions, representatives: representatives, scorer: scorer),
                                             articleOf: scorer.articleOf)
        var clusters = Clusters(mentions)
        for i in 0..<n where representativeOf[i] != i {
            clusters.merge(i, representativeOf[i], check: nil)
        }
        // A refused pair of clusters is refused again until one of them grows. A cluster's member
        // list starts with its root and only grows, so its root and size name its members.
        struct Sides: Hashable { let left: Int, leftCount: Int, right: Int, rightCount: Int }
        var refused = Set<Sides>()
        for edge in edges.sorted(by: { $0.score > $1.score || ($0.score == $1.score && ($0.a, $0.b) < ($1.a, $1.b)) }) {
            clusters.merge(edge.a, edge.b) { left, right in
                let sides = Sides(left: left[0], leftCount: left.count, right: right[0], rightCount: right.count)
                guard !refused.contains(sides) else { return false }
                guard ClaimLinker.meanCrossScore(left, right, mentions, scorer) >= Self.meanCrossFraction else {
                    refused.insert(sides)
                    return false
                }
                return true
            }
        }
        return build(mentions, clusters: clusters, scorer: scorer)
    }

    struct Edge: Sendable { let a: Int; let b: Int; let score: Double }

    /// A mention holding a term, and its article.
    struct Posting { let mention: Int32; let article: Int32 }

    /// A link within `rivalMargin` of the best link its sentence has into the other article, on
    /// one side at least, is kept.
    static let rivalMargin = 0.02

    /// The edges that are, for at least one of their two mentions, its best link into the other
    /// mention's article. Two articles of one event hold several statements of it; when a sentence
    /// links to two of the other article's sentences, the stronger is what it says there. One
    /// side is enough: a sentence that joins two claims (one report's clauses in another's one
    /// sentence) keeps a link to each clause, through the clauses' side.
    static func bestOfTheirArticles(_ edges: [Edge], articleOf: [Int32]) -> [Edge] {
        var best: [Int: Double] = [:]
        best.reserveCapacity(2 * edges.count)
        func key(_ mention: Int, into other: Int) -> Int { mention << 32 | Int(articleOf[other]) }
        for edge in edges {
            best[key(edge.a, into: edge.b)] = max(best[key(edge.a, into: edge.b)] ?? 0, edge.score)
            best[key(edge.b, into: edge.a)] = max(best[key(edge.b, into: edge.a)] ?? 0, edge.score)
        }
        return edges.filter { edge in
            edge.score >= best[key(edge.a, into: edge.b)]! - rivalMargin || edge.score >= best[key(edge.b, into: edge.a)]! - rivalMargin
        }
    }

    private func candidateEdges(_ mentions: [ClaimMention], representatives: [Int], scorer: PairScorer) -> [Edge] {
        // Postings over representatives only, on the scorer's interned term ids. Each posting
        // carries its mention's article, which the walk would otherwise look up far away.
        let termsOf = scorer.termIDs
        let articleOf = scorer.articleOf
        var postings = [[Posting]](repeating: [], count: scorer.idf.count)
        for r in representatives { for t in termsOf[r] { postings[Int(t)].append(Posting(mention: Int32(r), article: articleOf[r])) } }
        // The rarest terms, plus the rarest entities: a name is what a report in another language
        // shares with it, when none of its words are the same.
        let isEntity = scorer.termIsEntity
        let probes: [[Int32]] = termsOf.map { terms in
            let usable = terms.filter { postings[Int($0)].count <= Self.maxPostings }
                .sorted { postings[Int($0)].count < postings[Int($1)].count }
            var chosen = Array(usable.prefix(Self.probeTerms))
            for t in usable.dropFirst(Self.probeTerms).filter({ isEntity[Int($0)] }).prefix(Self.entityProbes) { chosen.append(t) }
            return chosen
        }
        let postingLists = postings
        let weights = scorer.idf
        let chunkSize = 512
        let chunks = (representatives.count + chunkSize - 1) / chunkSize
        return ParallelMap.map(0..<chunks) { chunk -> [Edge] in
            var accumulator = [Double](repeating: 0, count: mentions.count)
            var touched: [Int] = []
            var edges: [Edge] = []
            for r in representatives[(chunk * chunkSize)..<min(representatives.count, (chunk + 1) * chunkSize)] {
                let article = articleOf[r]
                var budget = Self.postingBudget
                for t in probes[r] where budget > 0 {
                    budget -= postingLists[Int(t)].count
                    let weight = weights[Int(t)]
                    for posting in postingLists[Int(t)] where posting.article != article {
                        let j = Int(posting.mention)
                        if accumulator[j] == 0 { touched.append(j) }
                        accumulator[j] += weight
                    }
                }
                let best = touched.count <= Self.candidatesPerMention ? touched
                    : TopK.select(touched, count: Self.candidatesPerMention) { accumulator[$0] }
                // A pair may be scored from both sides; the duplicate edge merges nothing new.
                for j in best {
                    if let s = scorer.linkScore(r, j) { edges.append(Edge(a: min(r, j), b: max(r, j), score: s)) }
                }
                for j in touched { accumulator[j] = 0 }
                touched.removeAll(keepingCapacity: true)
            }
            return edges
        }.flatMap { $0 }
    }

    /// The mean, over pairs across two clusters, of each pair's score relative to its threshold.
    /// Two large clusters are compared through `crossSample` members of each, evenly spaced, so
    /// that a chain of look-alikes cannot grow without bound while the check stays cheap.
    static func meanCrossScore(_ left: [Int], _ right: [Int], _ mentions: [ClaimMention], _ scorer: PairScorer) -> Double {
        func sample(_ list: [Int]) -> [Int] {
            guard list.count > crossSample else { return list }
            return (0..<crossSample).map { list[$0 * list.count / crossSample] }
        }
        let (left, right) = left.count * right.count <= crossSample * crossSample ? (left, right) : (sample(left), sample(right))
        var total = 0.0, count = 0
        for a in left {
            for b in right where scorer.articleOf[a] != scorer.articleOf[b] {
                total += scorer.score(a, b) / scorer.threshold(a, b)
                count += 1
            }
        }
        return count == 0 ? 1 : total / Double(count)
    }

    private func build(_ mentions: [ClaimMention], clusters: Clusters, scorer: PairScorer) -> Linking {
        var members: [Int: [Int]] = [:]
        var order: [Int] = []
        for i in mentions.indices {
            let root = clusters.root(i)
            if members[root] == nil { order.append(root) }
            members[root, default: []].append(i)
        }
        var claims = ClaimList()
        var claimOfMention = [Int](repeating: 0, count: mentions.count)
        for root in order {
            let list = members[root]!
            var scores: [Double] = []
            scores.reserveCapacity(list.count)
            // Members are in corpus order, so each article's members form one run; the others of
            // a member are the list outside its run (found without scanning the list per member).
            var seen = Set<Int>(), contiguous = true
            for (k, m) in list.enumerated() where k == 0 || mentions[m].article != mentions[list[k - 1]].article {
                if !seen.insert(mentions[m].article).inserted { contiguous = false }
            }
            var runStart = 0
            while !contiguous, runStart < list.count {
                let a = list[runStart]
                let others = list.filter { mentions[$0].article != mentions[a].article }
                scores.append(others.isEmpty || others.count > 50 ? 1
                              : others.reduce(0) { $0 + scorer.score(a, $1) } / Double(others.count))
                runStart += 1
            }
            while runStart < list.count {
                var runEnd = runStart + 1
                while runEnd < list.count && mentions[list[runEnd]].article == mentions[list[runStart]].article { runEnd += 1 }
                let othersCount = list.count - (runEnd - runStart)
                for a in list[runStart..<runEnd] {
                    if othersCount == 0 || othersCount > 50 {
                        scores.append(1)  // one article alone, or a large duplicate group linked by identity
                    } else {
                        let others = list[..<runStart] + list[runEnd...]
                        scores.append(others.reduce(0) { $0 + scorer.score(a, $1) } / Double(othersCount))
                    }
                }
                runStart = runEnd
            }
            // A body sentence labels the claim before a headline, whose style is terse.
            let body = scores.indices.filter { mentions[list[$0]].kind == .body }
            let best = (body.isEmpty ? Array(scores.indices) : body)
                .max { scores[$0] < scores[$1] || (scores[$0] == scores[$1] && $0 > $1) }!
            for m in list { claimOfMention[m] = claims.count }
            claims.append(members: list, representative: list[best], scores: scores)
        }
        return Linking(mentions: mentions, claims: claims, scorer: scorer, claimOfMention: claimOfMention)
    }
}

/// Union-find over mentions that refuses merges which would mix speakers, negation or times.
struct Clusters {
    private var parent: [Int]
    private var members: [[Int]]
    private var speakers: [Set<String>]
    private var negation: [Set<Bool>]
    private var firstDay: [Int?]
    private var lastDay: [Int?]

    init(_ mentions: [ClaimMention]) {
        parent = Array(mentions.indices)
        members = mentions.indices.map { [$0] }
        speakers = mentions.map { $0.speakerKey.map { [$0] } ?? [] }
        negation = mentions.map { [$0.negated] }
        firstDay = mentions.map { $0.time?.dayNumber ?? nil }
        lastDay = firstDay
    }

    func root(_ i: Int) -> Int {
        var r = i
        while parent[r] != r { r = parent[r] }
        return r
    }

    /// Merges the clusters of `a` and `b` if they are compatible and `check` agrees.
    mutating func merge(_ a: Int, _ b: Int, check: (([Int], [Int]) -> Bool)?) {
        var ra = root(a), rb = root(b)
        guard ra != rb else { return }
        if check != nil {
            let allSpeakers = speakers[ra].union(speakers[rb])
            guard allSpeakers.allSatisfy({ x in allSpeakers.allSatisfy { NameMatch.compatible(x, $0) } }),
                  negation[ra].union(negation[rb]).count <= 1 else { return }
            let first = [firstDay[ra], firstDay[rb]].compactMap { $0 }.min()
            let last = [lastDay[ra], lastDay[rb]].compactMap { $0 }.max()
            if let first, let last, last - first > ClaimLinker.maxClaimSpanDays { return }
            guard check!(members[ra], members[rb]) else { return }
        }
        if members[ra].count < members[rb].count { swap(&ra, &rb) }
        parent[rb] = ra
        members[ra] += members[rb]
        members[rb] = []
        speakers[ra].formUnion(speakers[rb])
        negation[ra].formUnion(negation[rb])
        firstDay[ra] = [firstDay[ra], firstDay[rb]].compactMap { $0 }.min()
        lastDay[ra] = [lastDay[ra], lastDay[rb]].compactMap { $0 }.max()
    }
}

/// The `count` items with the largest keys, in O(n log count), through a bounded min-heap.
enum TopK {
    static func select(_ items: [Int], count: Int, key: (Int) -> Double) -> [Int] {
        var heap: [(key: Double, item: Int)] = []
        heap.reserveCapacity(count)
        func siftDown(_ start: Int) {
            var i = start
            while true {
                let l = 2 * i + 1, r = l + 1
                var smallest = i
                if l < heap.count && heap[l].key < heap[smallest].key { smallest = l }
                if r < heap.count && heap[r].key < heap[smallest].key { smallest = r }
                if smallest == i { return }
                heap.swapAt(i, smallest)
                i = smallest
            }
        }
        for item in items {
            let k = key(item)
            if heap.count < count {
                heap.append((k, item))
                var i = heap.count - 1
                while i > 0 && heap[(i - 1) / 2].key > heap[i].key {
                    heap.swapAt(i, (i - 1) / 2)
                    i = (i - 1) / 2
                }
            } else if k > heap[0].key {
                heap[0] = (k, item)
                siftDown(0)
            }
        }
        return heap.map(\.item)
    }
}
