/// Sets kept as ascending arrays without repeats (term ids, word hashes): compared by one merge.
enum SortedSets {
    /// How many values `a` and `b` have in common.
    static func sharedCount<T: Comparable>(_ a: [T], _ b: [T]) -> Int {
        var x = 0, y = 0, shared = 0
        while x < a.count && y < b.count {
            if a[x] == b[y] {
                shared += 1
                x += 1
                y += 1
            } else if a[x] < b[y] {
                x += 1
            } else {
                y += 1
            }
        }
        return shared
    }
}
