import Testing
@testable import NewsCore

/// The search index's compact layouts: term lists that keep document starts only when a document
/// holds a term more than once, and unit ranges in flat arrays.
@Suite("Search index layout")
struct SearchLayoutTests {
    /// A term list from (document, positions) pairs, in order.
    static func postings(_ entries: [(Int32, [UInt16])]) -> SearchIndex.Postings {
        var postings = SearchIndex.Postings()
        for (document, positions) in entries { postings.append(document: document, positions: positions[...]) }
        return postings
    }

    static func read(_ postings: SearchIndex.Postings) -> [(Int32, [UInt16])] {
        postings.documents.indices.map { (postings.documents[$0], Array(postings.positions(at: $0))) }
    }

    @Test(arguments: [
        [(0, [3]), (2, [1]), (5, [0])],            // one position each: starts left implicit
        [(0, [1, 4]), (1, [2])],                     // the first document holds it twice
        [(0, [3]), (4, [0, 2, 9]), (7, [5])],        // a later one does
    ] as [[(Int32, [UInt16])]])
    func positionsReadBackAsWritten(_ entries: [(Int32, [UInt16])]) throws {
        let postings = Self.postings(entries)
        #expect(Self.read(postings).map(\.0) == entries.map(\.0))
        #expect(Self.read(postings).map(\.1) == entries.map(\.1))
        var writer = ByteWriter(reservingCapacity: 64)
        postings.write(to: &writer)
        var reader = ByteReader(writer.bytes)
        #expect(try SearchIndex.Postings(reading: &reader) == postings)
    }

    @Test func appendingMixesTheTwoLayouts() {
        let single = Self.postings([(0, [3]), (1, [4])])
        let repeated = Self.postings([(0, [1, 2]), (2, [7])])
        var first = single
        first.append(repeated, offset: 10)
        #expect(Self.read(first).map(\.0) == [0, 1, 10, 12])
        #expect(Self.read(first).map(\.1) == [[3], [4], [1, 2], [7]])
        var second = repeated
        second.append(single, offset: 10)
        #expect(Self.read(second).map(\.0) == [0, 2, 10, 11])
        #expect(Self.read(second).map(\.1) == [[1, 2], [7], [3], [4]])
        // The same lists, one with starts kept and one without, are equal.
        var kept = Self.postings([(0, [1, 2])])
        kept.append(single, offset: 5)
        var implicit = Self.postings([(0, [1, 2])])
        for (document, positions) in Self.read(single) { implicit.append(document: document + 5, positions: positions[...]) }
        #expect(kept == implicit)
        #expect(Self.postings([(0, [1])]) != Self.postings([(0, [1, 2])]))
    }

    @Test func unitRangesKeepEachDocumentsRanges() {
        var a = UnitRanges()
        a.append([0..<3, 4..<9])
        a.append([])
        var b = UnitRanges()
        b.append([2..<5])
        a.append(contentsOf: b)
        #expect(a.count == 3)
        #expect(a.ranges(0) == [0..<3, 4..<9])
        #expect(a.ranges(1).isEmpty && a.unitCount(1) == 0)
        #expect(a.ranges(2) == [2..<5])
        var empty = UnitRanges()
        empty.append(contentsOf: a)
        #expect(empty == a)
    }
}
