import Foundation

/// One search result: a title or sentence, its BM25 score, and the scalar ranges to highlight.
public struct SearchHit: Sendable, Equatable {
    public var article: Int
    /// `nil` for a title.
    public var sentence: Int?
    public var score: Double
    /// Half-open Unicode scalar ranges in the hit's text, in order.
    public var highlights: [Range<Int>]
}

extension SearchIndex {
    /// BM25 parameters: term-frequency saturation and length normalisation.
    static let k1 = 1.2
    static let b = 0.75

    /// Runs `query`. Hits are ranked by BM25; ties go to the newest article first.
    public func search(_ query: SearchQuery, limit: Int = 20) throws(SearchQueryError) -> [SearchHit] {
        let language = query.language
        var groups: [[Matcher]] = []
        var dropped: [String] = []
        // Per kept group: how many function words the query had just before it.
        var skippedBefore: [Int] = []
        var skipped = 0
        for group in query.groups {
            let matchers = group.compactMap { item -> Matcher? in
                let matcher = matcher(for: item, language: language)
                if matcher == nil, case .word(let w) = item { dropped.append(w) }
                return matcher
            }
            if matchers.isEmpty {
                skipped += 1
            } else {
                groups.append(matchers)
                skippedBefore.append(skipped)
                skipped = 0
            }
        }
        if groups.isEmpty {
            if !dropped.isEmpty { throw .onlyStopwords(dropped) }
            if query.filters.isEmpty && query.after == nil && query.before == nil {
                throw query.excluded.isEmpty ? .empty : .onlyExclusions
            }
        }
        // Each item's documents (sorted, with term frequency); each group's best BM25 per document.
        let itemMatches = groups.map { group in group.map { $0.documents(in: self) } }
        var scores: [Int32: Double]
        if groups.isEmpty {
            scores = Dictionary(uniqueKeysWithValues: documents.indices.map { (Int32($0), 0.0) })
        } else {
            let groupScores: [[Int32: Double]] = itemMatches.map { items in
                var best: [Int32: Double] = [:]
                for list in items {
                    for (doc, tf) in list {
                        let s = bm25(tf: Int(tf), df: list.count, doc: Int(doc))
                        if s > best[doc, default: -1] { best[doc] = s }
                    }
                }
                return best
            }
            let order = groupScores.indices.sorted { groupScores[$0].count < groupScores[$1].count }
            scores = groupScores[order[0]]
            for g in order.dropFirst() {
                var next: [Int32: Double] = [:]
                for (doc, score) in scores { if let other = groupScores[g][doc] { next[doc] = score + other } }
                scores = next
            }
        }
        for item in query.excluded {
            guard let matcher = matcher(for: item, language: language) else { continue }
            for (doc, _) in matcher.documents(in: self) { scores[doc] = nil }
        }
        var candidates = scores.filter { passes(documents[Int($0.key)], query) }
        raiseNearWords(&candidates, groups: groups, skippedBefore: skippedBefore)
        let top = ranked(candidates, limit: max(0, limit))
        return top.map { doc, score in
            let document = documents[Int(doc)]
            let ranges = self.units(of: Int(doc))
            var units = Set<UInt16>()
            for group in groups { for matcher in group { units.formUnion(matcher.units(in: doc, index: self)) } }
            return SearchHit(article: document.article, sentence: document.sentence, score: score,
                             highlights: SearchIndex.merged(units.sorted().compactMap { u in ranges.indices.contains(Int(u)) ? ranges[Int(u)] : nil }))
        }
    }

    /// How much a hit gains when every neighbouring pair of the query's words stands in it as typed:
    /// its score is raised by this times the share of the pairs found so.
    static let proximityWeight = 1.0

    /// Raises the scores of documents where the query's words (and phrases) stand in the order
    /// typed, each close after the one before: at most one more word between them than the
    /// function words the query had there ("Dukungan ini saya terima" finds "dukungan" and
    /// "terima" three apart). A remembered quote then ranks its sentence above the many that only
    /// share its words. OR groups take no part.
    private func raiseNearWords(_ scores: inout [Int32: Double], groups: [[Matcher]], skippedBefore: [Int]) {
        // The second group of each pair typed next to each other, neither an OR group.
        let pairs = groups.indices.dropFirst().filter { groups[$0].count == 1 && groups[$0 - 1].count == 1 }
        guard !pairs.isEmpty else { return }
        for (doc, score) in scores {
            var spans: [Int: [(start: UInt16, end: UInt16)]] = [:]
            func spansOf(_ g: Int) -> [(start: UInt16, end: UInt16)] {
                if let known = spans[g] { return known }
                let found = groups[g][0].spans(in: doc, index: self)
                spans[g] = found
                return found
            }
            var near = 0
            for g in pairs {
                let limit = 2 + skippedBefore[g]
                let after = spansOf(g)
                if spansOf(g - 1).contains(where: { a in after.contains { b in b.start > a.end && Int(b.start - a.end) <= limit } }) {
                    near += 1
                }
            }
            if near > 0 { scores[doc] = score * (1 + Self.proximityWeight * Double(near) / Double(pairs.count)) }
        }
    }

    /// The best `limit` documents by score, ties newest first, then in corpus order.
    private func ranked(_ scores: [Int32: Double], limit: Int) -> [(Int32, Double)] {
        guard limit > 0, !scores.isEmpty else { return [] }
        let keys = Array(scores.keys)
        let cut: Double
        if keys.count > limit {
            let best = TopK.select(keys.indices.map { $0 }, count: limit) { scores[keys[$0]]! }
            cut = best.map { scores[keys[$0]]! }.min()!
        } else {
            cut = -Double.infinity
        }
        func newer(_ x: Int32, _ y: Int32) -> Bool {
            let px = facts[documents[Int(x)].article].published, py = facts[documents[Int(y)].article].published
            switch (px, py) {
            case let (p?, q?) where p != q: return p > q
            case (.some, nil): return true
            case (nil, .some): return false
            default: return x < y
            }
        }
        return scores.filter { $0.value >= cut }
            .sorted { $0.value != $1.value ? $0.value > $1.value : newer($0.key, $1.key) }
            .prefix(limit).map { ($0.key, $0.value) }
    }

    private func bm25(tf: Int, df: Int, doc: Int) -> Double {
        let n = Double(documents.count)
        let idf = log(1 + (n - Double(df) + 0.5) / (Double(df) + 0.5))
        let length = Double(documents[doc].length)
        let t = Double(tf)
        return idf * t * (SearchIndex.k1 + 1) / (t + SearchIndex.k1 * (1 - SearchIndex.b + SearchIndex.b * length / averageLength))
    }

    private func passes(_ document: Document, _ query: SearchQuery) -> Bool {
        let article = facts[document.article]
        func holds(_ filter: SearchQuery.Filter) -> Bool {
            switch filter {
            case .outlet(let name):
                return article.outlet.lowercased().contains(name) || (article.syndicatedFrom?.lowercased().contains(name) ?? false)
            case .speaker(let name):
                return document.speaker.map { ClaimMention.displayName($0).lowercased().contains(name) } ?? false
            case .language(let language):
                return article.language == language
            }
        }
        guard query.filters.allSatisfy(holds), !query.excludedFilters.contains(where: holds) else { return false }
        if query.after != nil || query.before != nil {
            guard let published = article.published else { return false }
            let day = PublicationDate(year: published.year, month: published.month, day: published.day)
            if let after = query.after, day < after { return false }
            if let before = query.before, before < day { return false }
        }
        return true
    }

    /// Adjacent or overlapping ranges joined: one highlight per matched run of words.
    static func merged(_ ranges: [Range<Int>]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = result.last, range.lowerBound <= last.upperBound {
                result[result.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                result.append(range)
            }
        }
        return result
    }

    /// How one query item finds documents: alternative terms per unit, in sequence for a phrase.
    struct Matcher {
        /// Per unit of the item, the terms any of which may stand there.
        let units: [[String]]

        /// Matching documents in order, with the term frequency (phrase occurrences for a phrase).
        func documents(in index: SearchIndex) -> [(Int32, Int32)] {
            if units.count == 1 { return Self.union(units[0].compactMap { index.postings($0) }) }
            // A phrase: documents holding every unit, then unit k at position p + k.
            let lists = units.map { Self.union($0.compactMap { index.postings($0) }) }
            guard var common = lists.min(by: { $0.count < $1.count })?.map(\.0) else { return [] }
            for list in lists { let docs = Set(list.map(\.0)); common = common.filter { docs.contains($0) } }
            return common.compactMap { doc in
                let n = phraseStarts(in: doc, index: index).count
                return n > 0 ? (doc, Int32(n)) : nil
            }
        }

        /// Where this item stands in `doc`: each match's first and last unit.
        func spans(in doc: Int32, index: SearchIndex) -> [(start: UInt16, end: UInt16)] {
            if units.count == 1 { return unitPositions(0, doc, index).map { ($0, $0) } }
            return phraseStarts(in: doc, index: index).map { ($0, $0 + UInt16(units.count - 1)) }
        }

        /// The unit positions this item matches in `doc`, for highlights.
        func units(in doc: Int32, index: SearchIndex) -> Set<UInt16> {
            Set(spans(in: doc, index: index).flatMap { $0.start...$0.end })
        }

        private func unitPositions(_ k: Int, _ doc: Int32, _ index: SearchIndex) -> [UInt16] {
            units[k].flatMap { term -> [UInt16] in
                guard let postings = index.postings(term), let slot = postings.slot(of: doc) else { return [] }
                return Array(postings.positions(at: slot))
            }
        }

        private func phraseStarts(in doc: Int32, index: SearchIndex) -> [UInt16] {
            let positions = units.indices.map { Set(unitPositions($0, doc, index)) }
            return positions[0].sorted().filter { p in
                (1..<units.count).allSatisfy { k in positions[k].contains(p + UInt16(k)) }
            }
        }

        /// Documents in any of `lists`, in order, with their summed term frequency.
        static func union(_ lists: [Postings]) -> [(Int32, Int32)] {
            if lists.count == 1 {
                let p = lists[0]
                return p.documents.indices.map { (p.documents[$0], Int32(p.positions(at: $0).count)) }
            }
            var tf: [Int32: Int32] = [:]
            for p in lists { for k in p.documents.indices { tf[p.documents[k], default: 0] += Int32(p.positions(at: k).count) } }
            return tf.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        }
    }

    /// The matcher of a query item, or `nil` for a word that is only a function word.
    func matcher(for item: SearchQuery.Item, language: Language?) -> Matcher? {
        Self.matcher(for: item, language: language, analyzer: analyzer)
    }

    /// Every term `query` may look up, its exclusions' too: an index made for this one query
    /// needs the postings of these terms alone.
    public static func terms(of query: SearchQuery, analyzer: TextAnalyzer) -> Set<String> {
        var terms = Set<String>()
        for item in query.groups.joined() + query.excluded {
            for unit in matcher(for: item, language: query.language, analyzer: analyzer)?.units ?? [] { terms.formUnion(unit) }
        }
        return terms
    }

    static func matcher(for item: SearchQuery.Item, language: Language?, analyzer: TextAnalyzer) -> Matcher? {
        switch item {
        case .exact(let word):
            return Matcher(units: [["=" + word.lowercased()]])
        case .word(let word):
            let units = queryUnits(word, language: language, keepStopwords: false, analyzer: analyzer)
            // A word that analyses into several units ("Jong-un") matches them in order.
            return units.isEmpty ? nil : Matcher(units: units)
        case .phrase(let words):
            let units = queryUnits(words.joined(separator: " "), language: language, keepStopwords: true, analyzer: analyzer)
            return units.isEmpty ? nil : Matcher(units: units)
        }
    }

    /// The units of query text, analysed as the documents were, with the stems of both languages
    /// unless `lang:` fixes one.
    private static func queryUnits(_ text: String, language: Language?, keepStopwords: Bool, analyzer: TextAnalyzer) -> [[String]] {
        let languages: [Language] = language.map { [$0] } ?? [.indonesian, .english]
        var best: [[String]] = []
        for (n, lang) in languages.enumerated() {
            var kept: [[String]] = []
            for unit in SearchIndex.units(analyzer.analyze(text, language: lang)) {
                let token = unit.token
                if let entity = unit.entity {
                    kept.append(["@" + entity])
                } else if token.flags.contains(.stopword) || token.flags.contains(.negation) {
                    if keepStopwords { kept.append(["=" + token.lower]) }
                } else {
                    kept.append(Array(Set(unit.terms.filter { !$0.hasPrefix("=") } + [token.lower])))
                }
            }
            if n == 0 { best = kept } else { best = zip(best, kept).map { Array(Set($0 + $1)) } }
        }
        return best
    }
}
