import Foundation

/// An inverted index over the titles and sentences of a corpus, built with the claim linker's
/// analyser: the same stems, aliases and names.
///
/// Every position of a document (a title or a sentence) is a unit: a word, or a whole entity
/// ("Korea Utara" is one unit). A unit is indexed under its stem, its exact lower-case form
/// (`=korut`) and, for an entity, its canonical key (`@korea utara`) and each word's stem, so
/// "Korut" finds "Korea Utara" and "kekuatan musuh" matches as a phrase of two units.
///
/// The index lives in memory, or in a persistent store (`SearchStore`) from which it reads only
/// the postings of the query's terms and the texts of the hits.
public final class SearchIndex: Sendable {
    /// A title (`sentence == nil`) or a sentence of an article.
    public struct Document: Sendable, Equatable {
        // 32-bit numbers: a corpus holds millions of documents.
        private let articleNumber: Int32
        private let sentenceNumber: Int32
        private let unitCount: Int32
        public let speaker: String?

        public var article: Int { Int(articleNumber) }
        public var sentence: Int? { sentenceNumber < 0 ? nil : Int(sentenceNumber) }
        /// How many units (words and entities) it holds.
        public var length: Int { Int(unitCount) }

        public init(article: Int, sentence: Int?, length: Int, speaker: String?) {
            articleNumber = Int32(clamping: article)
            sentenceNumber = Int32(clamping: sentence ?? -1)
            unitCount = Int32(clamping: length)
            self.speaker = speaker
        }
    }

    /// One term's documents, with the unit positions in each.
    public struct Postings: Sendable, Equatable {
        public internal(set) var documents: [Int32] = []
        /// Per document: where its positions start. `nil` while every document has exactly one
        /// position, as most terms of most sentences do: that saves four of every ten bytes.
        var starts: [Int32]?
        public internal(set) var positions: [UInt16] = []

        public init() {}

        /// The slot of `doc` in this term's documents (binary search), if it holds the term.
        func slot(of doc: Int32) -> Int? {
            var low = 0, high = documents.count
            while low < high {
                let mid = (low + high) / 2
                if documents[mid] < doc { low = mid + 1 } else { high = mid }
            }
            return low < documents.count && documents[low] == doc ? low : nil
        }

        func positions(at k: Int) -> ArraySlice<UInt16> {
            guard let starts else { return positions[k...k] }
            let end = k + 1 < starts.count ? Int(starts[k + 1]) : positions.count
            return positions[Int(starts[k])..<end]
        }

        /// Every document's start, also when they are implicit.
        var allStarts: [Int32] { starts ?? Array(0..<Int32(documents.count)) }

        /// Appends another term list whose documents all come after this one's, shifted by `offset`.
        mutating func append(_ other: Postings, offset: Int32) {
            if starts != nil || other.starts != nil {
                let shift = Int32(positions.count)
                if starts == nil { starts = allStarts }
                starts!.append(contentsOf: other.allStarts.lazy.map { $0 + shift })
            }
            documents.append(contentsOf: other.documents.lazy.map { $0 + offset })
            positions.append(contentsOf: other.positions)
        }

        /// Appends `other` as `append(_:offset:)` does; into an empty list, `other` moves without a copy.
        mutating func take(_ other: consuming Postings, offset: Int32) {
            guard documents.isEmpty else { return append(other, offset: offset) }
            if offset != 0 { for k in other.documents.indices { other.documents[k] += offset } }
            self = other
        }

        mutating func append(document: Int32, positions list: ArraySlice<UInt16>) {
            if starts == nil && list.count != 1 { starts = allStarts }
            starts?.append(Int32(positions.count))
            documents.append(document)
            positions.append(contentsOf: list)
        }

        /// Bytes held by the three lists.
        var bytes: Int { documents.count * 4 + (starts?.count ?? 0) * 4 + positions.count * 2 }

        public static func == (a: Postings, b: Postings) -> Bool {
            a.documents == b.documents && a.positions == b.positions
                && ((a.starts == nil) == (b.starts == nil) ? a.starts == b.starts : a.allStarts == b.allStarts)
        }
    }

    /// What filters and tie-breaks need of an article, kept in memory for every article.
    public struct ArticleFacts: Sendable, Equatable {
        public var published: PublicationDate?
        public var outlet: String
        public var syndicatedFrom: String?
        public var language: Language

        public init(_ article: Article) {
            published = article.published
            outlet = article.outletDisplayName
            syndicatedFrom = article.syndicatedFrom
            language = article.language
        }

        public init(published: PublicationDate?, outlet: String, syndicatedFrom: String?, language: Language) {
            self.published = published
            self.outlet = outlet
            self.syndicatedFrom = syndicatedFrom
            self.language = language
        }
    }

    public let articles: ArticleList
    public let documents: [Document]
    let facts: [ArticleFacts]
    let averageLength: Double
    let analyzer: TextAnalyzer
    private let backing: Backing

    private enum Backing: Sendable {
        case memory(postings: [String: Postings], units: UnitRanges)
        case store(SearchStore)
    }

    /// Analyses every article (on all cores) and indexes it in memory. An index made `onlyFor` one
    /// query holds the postings of that query's terms alone: it answers that query as the whole
    /// index would, in a fraction of the memory.
    public convenience init(articles: [Article], analyzer: TextAnalyzer, onlyFor query: SearchQuery? = nil) {
        let extractor = ClaimExtractor(analyzer: analyzer)
        let keeping = query.map { SearchIndex.terms(of: $0, analyzer: analyzer) }
        let parts = ParallelMap.map(articles.indices) { ArticleSearchPart(articles[$0], extractor: extractor, keeping: keeping) }
        self.init(articles: articles, parts: consume parts, analyzer: analyzer)
    }

    /// Indexes articles whose parts were made already (`parts[i]` is article `i`'s). Each part is
    /// released as it is merged, so pass the parts with `consume` to keep them from being held twice.
    public convenience init(articles: [Article], parts: consuming [ArticleSearchPart], analyzer: TextAnalyzer) {
        let box = PartsBox(parts)
        self.init(articles: articles, partCount: box.parts.count, analyzer: analyzer) { a in MergeablePart(box.take(a)) }
    }

    /// Indexes articles whose parts `part(i)` gives, asked for once each and in order: a caller
    /// that holds parts in a compact form (the blobs a store keeps) makes each one as it is merged.
    public init(articles: [Article], partCount: Int, analyzer: TextAnalyzer, part: (Int) -> MergeablePart) {
        // A title and each sentence: reserved at once, since doubling a long article's list as it
        // grows holds it twice.
        let expected = articles.reduce(0) { $0 + 1 + $1.sentences.count }
        let merged = SearchIndex.merge(count: partCount, expectedDocuments: expected, part: part)
        self.articles = ArticleList(articles)
        documents = merged.documents
        facts = articles.map(ArticleFacts.init)
        averageLength = SearchIndex.averageLength(merged.documents)
        self.analyzer = analyzer
        backing = .memory(postings: merged.postings, units: merged.units)
    }

    /// Parts given out one at a time, each let go as it is taken.
    private final class PartsBox {
        var parts: [ArticleSearchPart]
        init(_ parts: consuming [ArticleSearchPart]) { self.parts = parts }
        func take(_ a: Int) -> ArticleSearchPart {
            defer { parts[a] = ArticleSearchPart() }
            return parts[a]
        }
    }

    /// An index kept in a store: documents and facts in memory, postings and texts read on demand.
    public init(store: SearchStore, documents: [Document], facts: [ArticleFacts], articles: ArticleList,
                analyzer: TextAnalyzer) {
        self.articles = articles
        self.documents = documents
        self.facts = facts
        averageLength = SearchIndex.averageLength(documents)
        self.analyzer = analyzer
        backing = .store(store)
    }

    static func averageLength(_ documents: [Document]) -> Double {
        documents.isEmpty ? 1 : Double(documents.reduce(0) { $0 + $1.length }) / Double(documents.count)
    }

    /// The documents and postings of every article's part (`part(a)`, asked for in order), with
    /// global document ids in order. A term list seen for the first time is moved, not copied.
    static func merge(count: Int, expectedDocuments: Int = 0,
                      part: (Int) -> MergeablePart) -> (documents: [Document], units: UnitRanges, postings: [String: Postings]) {
        var documents: [Document] = []
        documents.reserveCapacity(expectedDocuments)
        var units = UnitRanges()
        var postings: [String: Postings] = [:]
        for a in 0..<count {
            var next = part(a)
            let base = Int32(documents.count)
            let local = next.documents
            for k in 0..<local.documentCount {
                documents.append(Document(article: a, sentence: local.sentence(of: k), length: local.length(of: k),
                                          speaker: local.speaker(of: k)))
            }
            units.append(contentsOf: local.units)
            next.documents = ArticleSearchPart()
            // Each list is taken out of the part's list, so that a new term's list moves rather than copies.
            for k in next.postings.indices {
                let term = next.postings[k].term
                let list = next.postings[k].postings
                next.postings[k].postings = Postings()
                // In place: a copy taken out of the dictionary would copy every common term's lists.
                postings[term, default: Postings()].take(list, offset: base)
            }
        }
        return (documents, units, postings)
    }

    /// A term's postings, if any document holds it.
    func postings(_ term: String) -> Postings? {
        switch backing {
        case .memory(let postings, _): postings[term]
        case .store(let store): store.postings(term)
        }
    }

    /// The unit ranges of a document, for highlights.
    func units(of document: Int) -> [Range<Int>] {
        switch backing {
        case .memory(_, let units):
            return units.ranges(document)
        case .store(let store):
            let article = documents[document].article
            var first = document
            while first > 0 && documents[first - 1].article == article { first -= 1 }
            let local = store.searchDocuments(ofArticle: article)
            return local.indices.contains(document - first) ? local[document - first].units : []
        }
    }

    /// Every term with its postings, for writing the index to a store (empty for a stored index).
    public var allPostings: [String: Postings] {
        if case .memory(let postings, _) = backing { return postings }
        return [:]
    }

    /// Per article: what filters need.
    public var articleFacts: [ArticleFacts] { facts }

    /// One position of a document: a word, or a whole entity.
    struct Unit {
        /// Every term the unit is indexed under.
        var terms: [String]
        /// Its scalar range in the text.
        var range: Range<Int>
        /// The entity key when the unit is an entity ("korea utara").
        var entity: String?
        /// Its first token.
        var token: Token
    }

    /// The units of analysed text. An entity of several words, or an alias, is one unit; a
    /// one-word name stays a word.
    static func units(_ text: AnalyzedText) -> [Unit] {
        var units: [Unit] = []
        var spanAt: [Int: EntitySpan] = [:]
        for span in text.entities { spanAt[span.tokens.lowerBound] = span }
        var i = 0
        while i < text.tokens.count {
            if let span = spanAt[i], span.tokens.count > 1 || span.kind != .name {
                var terms = ["@" + span.key]
                for t in span.tokens { terms += [text.tokens[t].stem, "=" + text.tokens[t].lower] }
                let range = text.tokens[span.tokens.lowerBound].start..<text.tokens[span.tokens.upperBound - 1].end
                units.append(Unit(terms: Array(Set(terms)), range: range, entity: span.key, token: text.tokens[i]))
                i = span.tokens.upperBound
            } else {
                let token = text.tokens[i]
                units.append(Unit(terms: [token.stem, "=" + token.lower], range: token.start..<token.end, entity: nil, token: token))
                i += 1
            }
        }
        return units
    }

    /// Bytes held by postings and unit ranges in memory (an estimate that leaves out dictionary
    /// overhead; a stored index holds only its documents).
    public var approximateBytes: Int {
        let documentBytes = documents.count * MemoryLayout<Document>.stride
        guard case .memory(let postings, let units) = backing else { return documentBytes }
        let postingBytes = postings.reduce(0) { total, entry in
            total + entry.key.utf8.count + entry.value.bytes
        }
        return postingBytes + documentBytes + units.bytes
    }

    /// Distinct indexed terms with their document frequency.
    public var vocabulary: [(term: String, documents: Int)] {
        switch backing {
        case .memory(let postings, _): postings.map { ($0.key, $0.value.documents.count) }
        case .store(let store): store.vocabulary()
        }
    }

    /// The text a document shows: the title or the sentence.
    public func text(of document: Document) -> String {
        let article = articles[document.article]
        return document.sentence.map { article.text(of: article.sentences[$0]) } ?? article.title
    }
}

/// Where a stored search index keeps its bulky parts.
public protocol SearchStore: Sendable {
    /// A term's postings; `nil` when no document holds it.
    func postings(_ term: String) -> SearchIndex.Postings?
    /// The search documents (title, then sentences) of the article at a corpus position.
    func searchDocuments(ofArticle article: Int) -> [ArticleSearchPart.Document]
    /// Every term with its document frequency (for benchmarks and tools; reads the whole table).
    func vocabulary() -> [(term: String, documents: Int)]
}
