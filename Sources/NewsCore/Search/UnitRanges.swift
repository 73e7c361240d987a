/// The unit ranges (scalar offsets in a title or sentence) of many documents, in two flat arrays.
///
/// A document's units are what search highlights. Kept as one array per document they cost an
/// allocation and a header each, more than the ranges themselves for short sentences; here they
/// cost eight bytes a unit and eight a document.
public struct UnitRanges: Sendable, Equatable {
    /// Per document, then one past the last: the first of its units in `bounds`, in units.
    private var starts: [Int] = [0]
    /// Each unit's start and end, two values a unit.
    private var bounds: [UInt32] = []

    public init() {}

    /// How many documents it holds.
    public var count: Int { starts.count - 1 }

    /// How many units document `k` has.
    public func unitCount(_ k: Int) -> Int { starts[k + 1] - starts[k] }

    /// The unit ranges of document `k`.
    public func ranges(_ k: Int) -> [Range<Int>] {
        (starts[k]..<starts[k + 1]).map { Int(bounds[2 * $0])..<Int(bounds[2 * $0 + 1]) }
    }

    /// Adds the next document's ranges.
    public mutating func append(_ ranges: some Sequence<Range<Int>>) {
        for range in ranges {
            bounds.append(UInt32(clamping: range.lowerBound))
            bounds.append(UInt32(clamping: range.upperBound))
        }
        starts.append(bounds.count / 2)
    }

    /// Adds every document of `other`, after this one's.
    public mutating func append(contentsOf other: UnitRanges) {
        guard count > 0 else {
            self = other
            return
        }
        let shift = bounds.count / 2
        starts.append(contentsOf: other.starts.dropFirst().lazy.map { $0 + shift })
        bounds.append(contentsOf: other.bounds)
    }

    /// Bytes held, for estimates.
    public var bytes: Int { starts.count * 8 + bounds.count * 4 }
}
