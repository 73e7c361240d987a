import Foundation

/// An inverted index over the titles and sentences of a corpus, built with the claim linker's
/// analyser: the same stems, aliases and names.
///
/// Every position of a document (a title or a sentence) is a unit: a word, or a whole entity
/// ("Korea Utara" is one unit). A unit is indexed under its stem, its exact lower-case form
/// (`=korut`) and, for an entity, its canonical key (`@korea utara`) and each word's stem, so
/// "Korut" finds "Korea Utara" and "kekuatan musuh" matches as a phrase of two units.
public final class SearchIndex: Sendable {
    /// A title (`sentence == nil`) or a sentence of an article.
    public struct Document: Sendable {
        public let article: Int
        public let sentence: Int?
        /// Scalar ranges of the units, for highlights.
        let units: [Range<Int>]
        let speaker: String?
    }

    /// One term's documents, with the unit positions in each.
    struct Postings: Sendable {
        var documents: [Int32] = []
        var starts: [Int32] = []
        var positions: [UInt16] = []

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
            let end = k + 1 < starts.count ? Int(starts[k + 1]) : positions.count
            return positions[Int(starts[k])..<end]
        }
    }

    public let articles: [Article]
    public let documents: [Document]
    let postings: [String: Postings]
    let averageLength: Double
    let analyzer: TextAnalyzer

    public init(articles: [Article], analyzer: TextAnalyzer) {
        let extractor = ClaimExtractor(analyzer: analyzer)
        // Analysis runs on all cores; postings are then appended in document order.
        let perArticle = ParallelMap.map(articles.indices) { a -> [(Int?, [[String]], [Range<Int>], String?)] in
            let article = articles[a]
            var docs: [(Int?, [[String]], [Range<Int>], String?)] = []
            let title = SearchIndex.units(analyzer.analyze(article.title, language: article.language))
            docs.append((nil, title.map(\.terms), title.map(\.range), nil))
            for (i, sentence) in extractor.analyzeSentences(article).enumerated() {
                let units = SearchIndex.units(sentence.analysis)
                docs.append((i, units.map(\.terms), units.map(\.range), sentence.speaker))
            }
            return docs
        }
        var documents: [Document] = []
        var postings: [String: Postings] = [:]
        var totalLength = 0
        for (a, docs) in perArticle.enumerated() {
            for (sentence, units, ranges, speaker) in docs {
                let id = Int32(documents.count)
                documents.append(Document(article: a, sentence: sentence, units: ranges, speaker: speaker))
                totalLength += units.count
                var positionsOf: [String: [UInt16]] = [:]
                for (p, terms) in units.enumerated() where p <= Int(UInt16.max) {
                    for term in terms { positionsOf[term, default: []].append(UInt16(p)) }
                }
                for (term, positions) in positionsOf {
                    postings[term, default: Postings()].documents.append(id)
                    postings[term]!.starts.append(Int32(postings[term]!.positions.count))
                    postings[term]!.positions.append(contentsOf: positions)
                }
            }
        }
        self.articles = articles
        self.documents = documents
        self.postings = postings
        self.averageLength = documents.isEmpty ? 1 : Double(totalLength) / Double(documents.count)
        self.analyzer = analyzer
    }

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

    /// Bytes held by postings and unit ranges (an estimate that leaves out dictionary overhead).
    public var approximateBytes: Int {
        let postingBytes = postings.reduce(0) { total, entry in
            total + entry.key.utf8.count + entry.value.documents.count * 8 + entry.value.positions.count * 2
        }
        return postingBytes + documents.reduce(0) { $0 + $1.units.count * 16 + 32 }
    }

    /// Distinct indexed terms with their document frequency.
    public var vocabulary: [(term: String, documents: Int)] {
        postings.map { ($0.key, $0.value.documents.count) }
    }

    /// The text a document shows: the title or the sentence.
    public func text(of document: Document) -> String {
        let article = articles[document.article]
        return document.sentence.map { article.text(of: article.sentences[$0]) } ?? article.title
    }
}
