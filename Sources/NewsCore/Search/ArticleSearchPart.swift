import Foundation

/// One article's share of the search index: its documents (title, then sentences) and the
/// postings of its terms, with document ids local to the article. Parts depend on the article's
/// content alone, so a persistent index keeps them by content and merges them when it rebuilds.
public struct ArticleSearchPart: Sendable, Equatable {
    /// A title (`sentence == nil`) or a sentence, with its units' ranges.
    public struct Document: Sendable, Equatable {
        public var sentence: Int?
        public var units: [Range<Int>]
        public var speaker: String?

        public init(sentence: Int?, units: [Range<Int>], speaker: String?) {
            self.sentence = sentence
            self.units = units
            self.speaker = speaker
        }
    }

    public var documents: [Document]
    /// Per term: local document numbers and unit positions.
    public var postings: [String: SearchIndex.Postings]

    public init(documents: [Document], postings: [String: SearchIndex.Postings]) {
        self.documents = documents
        self.postings = postings
    }

    /// Analyses the title and sentences as claim extraction does (stems, entities, speakers).
    public init(_ article: Article, extractor: ClaimExtractor) {
        var builder = Builder(article, analyzer: extractor.analyzer)
        extractor.analyzeSentences(article) { _, analysis, speaker in builder.add(analysis, speaker: speaker) }
        self = builder.part
    }

    /// Builds a part sentence by sentence, so that a long article's analyses need not be held at once.
    public struct Builder {
        private var documents: [Document] = []
        private var postings: [String: SearchIndex.Postings] = [:]
        private var positionsOf: [String: [UInt16]] = [:]

        /// Starts with the article's title.
        public init(_ article: Article, analyzer: TextAnalyzer) {
            add(SearchIndex.units(analyzer.analyze(article.title, language: article.language)), sentence: nil, speaker: nil)
        }

        /// Adds the next sentence, in order.
        public mutating func add(_ analysis: AnalyzedText, speaker: String?) {
            add(SearchIndex.units(analysis), sentence: documents.count - 1, speaker: speaker)
        }

        private mutating func add(_ units: [SearchIndex.Unit], sentence: Int?, speaker: String?) {
            let local = Int32(documents.count)
            documents.append(Document(sentence: sentence, units: units.map(\.range), speaker: speaker))
            positionsOf.removeAll(keepingCapacity: true)
            for (p, unit) in units.enumerated() where p <= Int(UInt16.max) {
                for term in unit.terms { positionsOf[term, default: []].append(UInt16(p)) }
            }
            for (term, positions) in positionsOf {
                postings[term, default: SearchIndex.Postings()].append(document: local, positions: positions[...])
            }
        }

        public var part: ArticleSearchPart { ArticleSearchPart(documents: documents, postings: postings) }
    }
}
