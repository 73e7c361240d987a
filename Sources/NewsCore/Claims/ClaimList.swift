/// The claims of a corpus, stored flat: every claim's members and scores in one array each, so
/// that a million claims are five arrays, not two million. `list[c]` makes the `Claim` when it is
/// asked for; `members(of:)` reads a claim's members without making anything.
public struct ClaimList: RandomAccessCollection, Sendable {
    private var memberStore: [Int32] = []
    private var scoreStore: [Double] = []
    /// Per claim, where its members start in `memberStore`; one more at the end.
    private var starts: [Int32] = [0]
    private var representatives: [Int32] = []

    public init() {}

    /// Claims from their flat arrays, as `Claim.decode` reads them; `starts` has one more entry.
    init(members: [Int32], scores: [Double], starts: [Int32], representatives: [Int32]) {
        memberStore = members
        scoreStore = scores
        self.starts = starts
        self.representatives = representatives
    }

    public init(_ claims: some Sequence<Claim>) {
        for claim in claims { append(claim) }
    }

    /// Adds a claim whose members (corpus mention indexes) and scores are given in order.
    public mutating func append(members: some Collection<Int>, representative: Int, scores: some Collection<Double>) {
        memberStore.append(contentsOf: members.map { Int32($0) })
        scoreStore.append(contentsOf: scores)
        starts.append(Int32(memberStore.count))
        representatives.append(Int32(representative))
    }

    public mutating func append(_ claim: Claim) {
        append(members: claim.members, representative: claim.representative, scores: claim.scores)
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { representatives.count }

    public subscript(c: Int) -> Claim {
        let range = Int(starts[c])..<Int(starts[c + 1])
        return Claim(members: memberStore[range].map { Int($0) }, representative: Int(representatives[c]),
                     scores: Array(scoreStore[range]))
    }

    /// Claim `c`'s members, in corpus order.
    public func members(of c: Int) -> ArraySlice<Int32> {
        memberStore[Int(starts[c])..<Int(starts[c + 1])]
    }

    /// Every member of every claim: the largest mention index is `allMembers.max()`.
    public var allMembers: [Int32] { memberStore }

    /// Per mention (of `mentionCount`): the claim it is a member of, in one pass over the flat
    /// arrays. A mention no claim holds reads claim 0; a member past `mentionCount` is left out.
    public func claimOfMentions(count mentionCount: Int) -> [Int] {
        var claimOf = [Int](repeating: 0, count: mentionCount)
        claimOf.withUnsafeMutableBufferPointer { claimOf in
            memberStore.withUnsafeBufferPointer { members in
                starts.withUnsafeBufferPointer { starts in
                    for c in 0..<(starts.count - 1) {
                        for k in Int(starts[c])..<Int(starts[c + 1]) where Int(members[k]) < mentionCount {
                            claimOf[Int(members[k])] = c
                        }
                    }
                }
            }
        }
        return claimOf
    }

    /// Per claim: how many distinct values `group` gives its members (sources, say).
    public func distinctCounts(_ group: (Int32) -> Int32) -> [Int] {
        var counts = [Int](repeating: 1, count: count)
        var seen: [Int32] = []
        memberStore.withUnsafeBufferPointer { members in
            starts.withUnsafeBufferPointer { starts in
                for c in 0..<(starts.count - 1) where starts[c + 1] - starts[c] > 1 {
                    // Claims are small: a scan of the values seen so far beats hashing.
                    seen.removeAll(keepingCapacity: true)
                    for k in Int(starts[c])..<Int(starts[c + 1]) {
                        let value = group(members[k])
                        if !seen.contains(value) { seen.append(value) }
                    }
                    counts[c] = seen.count
                }
            }
        }
        return counts
    }
}
