/// Sets kept as ascending arrays without repeats (term ids, word hashes, synsets, an article's
/// term vector): compared by one merge of the two arrays.
enum SortedSets {
    /// Visits each value `a` and `b` share, in ascending order, as its position in each, until
    /// `visit` returns `false`. `key` gives the value an element is ordered by.
    @inline(__always)
    static func forEachShared<Element, Key: Comparable>(_ a: [Element], _ b: [Element], by key: (Element) -> Key,
                                                        _ visit: (_ inA: Int, _ inB: Int) -> Bool) {
        var x = 0, y = 0
        while x < a.count && y < b.count {
            let kx = key(a[x]), ky = key(b[y])
            if kx == ky {
                guard visit(x, y) else { return }
                x += 1
                y += 1
            } else if kx < ky {
                x += 1
            } else {
                y += 1
            }
        }
    }

    /// `forEachShared` for arrays ordered by their own values.
    @inline(__always)
    static func forEachShared<T: Comparable>(_ a: [T], _ b: [T], _ visit: (_ inA: Int, _ inB: Int) -> Bool) {
        forEachShared(a, b, by: { $0 }, visit)
    }

    /// How many values `a` and `b` have in common.
    static func sharedCount<T: Comparable>(_ a: [T], _ b: [T]) -> Int {
        var shared = 0
        forEachShared(a, b) { _, _ in
            shared += 1
            return true
        }
        return shared
    }
}
