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
        let language: Language? = query.filters.compactMap { if case .language(let l) = $0 { return l } else { return nil } }.first
        var groups: [[Matcher]] = []
        var dropped: [String] = []
        for group in query.groups {
            let matchers = group.compactMap { item -> Matcher? in
                let matcher = matcher(for: item, language: language)
                if matcher == nil, case .word(let w) = item { dropped.append(w) }
                return matcher
            }
            if !matchers.isEmpty { groups.append(matchers) }
        }
        if groups.isEmpty {
            if !dropped.isEmpty { throw .onlyStopwords(dropped) }
            if query.filters.isEmpty && query.after == nil && query.before == nil {
                throw query.excluded.isEmpty ? .empty : .onlyExclusions
            }
        }
        let excluded = query.excluded.compactMap { matcher(for: $0, language: language) }

        // Candidate documents: the rarest group's matches, then every group must match.
        var scores: [Int32: Double] = [:]
        var highlights: [Int32: Set<UInt16>] = [:]
        if groups.isEmpty {
            for d in documents.indices { scores[Int32(d)] = 0 }
        } else {
            let matches = groups.map { group in group.map { $0.matches(self) } }
            let order = matches.indices.sorted { matches[$0].reduce(0) { $0 + $1.count } < matches[$1].reduce(0) { $0 + $1.count } }
            var candidates = Set(matches[order[0]].flatMap { $0.keys })
            for g in order.dropFirst() {
                let docs = Set(matches[g].flatMap { $0.keys })
                candidates.formIntersection(docs)
            }
            for d in candidates {
                var total = 0.0
                for (g, group) in matches.enumerated() {
                    var best = 0.0
                    for (k, itemMatches) in group.enumerated() {
                        guard let positions = itemMatches[d] else { continue }
                        best = max(best, bm25(tf: positions.tf, df: groups[g][k].documentCount(self, itemMatches), doc: Int(d)))
                        highlights[d, default: []].formUnion(positions.units)
                    }
                    total += best
                }
                scores[d] = total
            }
        }
        for matcher in excluded {
            for d in matcher.matches(self).keys { scores[d] = nil }
        }
        let filtered = scores.filter { passes(documents[Int($0.key)], query) }
        let ranked = filtered.sorted { x, y in
            if x.value != y.value { return x.value > y.value }
            let ax = articles[documents[Int(x.key)].article].published, ay = articles[documents[Int(y.key)].article].published
            switch (ax, ay) {
            case let (p?, q?) where p != q: return p > q
            case (.some, nil): return true
            case (nil, .some): return false
            default: return x.key < y.key
            }
        }
        return ranked.prefix(max(0, limit)).map { d, score in
            let document = documents[Int(d)]
            let units = (highlights[d] ?? []).sorted().map { document.units[Int($0)] }
            return SearchHit(article: document.article, sentence: document.sentence, score: score,
                             highlights: SearchIndex.merged(units))
        }
    }

    private func bm25(tf: Int, df: Int, doc: Int) -> Double {
        let n = Double(documents.count)
        let idf = log(1 + (n - Double(df) + 0.5) / (Double(df) + 0.5))
        let length = Double(documents[doc].units.count)
        let t = Double(tf)
        return idf * t * (SearchIndex.k1 + 1) / (t + SearchIndex.k1 * (1 - SearchIndex.b + SearchIndex.b * length / averageLength))
    }

    private func passes(_ document: Document, _ query: SearchQuery) -> Bool {
        let article = articles[document.article]
        func holds(_ filter: SearchQuery.Filter) -> Bool {
            switch filter {
            case .outlet(let name):
                return article.outletDisplayName.lowercased().contains(name) || (article.syndicatedFrom?.lowercased().contains(name) ?? false)
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

        struct Match { var tf: Int; var units: [UInt16] }

        func documentCount(_ index: SearchIndex, _ matches: [Int32: Match]) -> Int { matches.count }

        /// Documents matching the item, with the term frequency and the matched unit positions.
        func matches(_ index: SearchIndex) -> [Int32: Match] {
            // Positions of each unit's alternatives, merged per document.
            let perUnit: [[Int32: [UInt16]]] = units.map { alternatives in
                var merged: [Int32: [UInt16]] = [:]
                for term in alternatives {
                    guard let postings = index.postings[term] else { continue }
                    for (k, d) in postings.documents.enumerated() { merged[d, default: []] += postings.positions(at: k) }
                }
                return merged
            }
            guard var result = perUnit.first?.mapValues({ Match(tf: Set($0).count, units: Array(Set($0))) }) else { return [:] }
            guard units.count > 1 else { return result }
            // A phrase: unit k at position p + k.
            result = [:]
            for (d, starts) in perUnit[0] {
                var hits: [UInt16] = []
                var occurrences = 0
                for p in Set(starts) {
                    if (1..<units.count).allSatisfy({ k in perUnit[k][d]?.contains(p + UInt16(k)) ?? false }) {
                        occurrences += 1
                        hits += (0..<units.count).map { p + UInt16($0) }
                    }
                }
                if occurrences > 0 { result[d] = Match(tf: occurrences, units: hits) }
            }
            return result
        }
    }

    /// The matcher of a query item, or `nil` for a word that is only a function word.
    func matcher(for item: SearchQuery.Item, language: Language?) -> Matcher? {
        switch item {
        case .exact(let word):
            return Matcher(units: [["=" + word.lowercased()]])
        case .word(let word):
            let units = queryUnits(word, language: language, keepStopwords: false)
            // A word that analyses into several units ("Jong-un") matches them in order.
            return units.isEmpty ? nil : Matcher(units: units)
        case .phrase(let words):
            let units = queryUnits(words.joined(separator: " "), language: language, keepStopwords: true)
            return units.isEmpty ? nil : Matcher(units: units)
        }
    }

    /// The units of query text, analysed as the documents were, with the stems of both languages
    /// unless `lang:` fixes one.
    private func queryUnits(_ text: String, language: Language?, keepStopwords: Bool) -> [[String]] {
        let languages: [Language] = language.map { [$0] } ?? [.indonesian, .english]
        var best: [[String]] = []
        for (n, lang) in languages.enumerated() {
            let analysis = analyzer.analyze(text, language: lang)
            let (units, _) = SearchIndex.units(analysis)
            var kept: [[String]] = []
            var spanAt: [Int: EntitySpan] = [:]
            for span in analysis.entities { spanAt[span.tokens.lowerBound] = span }
            var t = 0
            for unit in units {
                let isEntity = spanAt[t].map { $0.tokens.count > 1 || $0.kind != .name } ?? false
                let width = isEntity ? spanAt[t]!.tokens.count : 1
                let token = analysis.tokens[t]
                t += width
                if isEntity {
                    kept.append(["@" + spanAt[t - width]!.key])
                } else if token.flags.contains(.stopword) || token.flags.contains(.negation) {
                    if keepStopwords { kept.append(["=" + token.lower]) }
                } else {
                    kept.append(Array(Set(unit.filter { !$0.hasPrefix("=") } + [token.lower])))
                }
            }
            if n == 0 { best = kept } else { best = zip(best, kept).map { Array(Set($0 + $1)) } }
        }
        return best
    }
}
