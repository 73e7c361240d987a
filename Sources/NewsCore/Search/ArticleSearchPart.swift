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
        self.init(article, sentences: extractor.analyzeSentences(article), analyzer: extractor.analyzer)
    }

    /// The part from sentences analysed already (`ClaimExtractor.extractWithSentences`).
    public init(_ article: Article, sentences: [(analysis: AnalyzedText, speaker: String?)], analyzer: TextAnalyzer) {
        var documents: [Document] = []
        var postings: [String: SearchIndex.Postings] = [:]
        func add(_ units: [SearchIndex.Unit], sentence: Int?, speaker: String?) {
            let local = Int32(documents.count)
            documents.append(Document(sentence: sentence, units: units.map(\.range), speaker: speaker))
            var positionsOf: [String: [UInt16]] = [:]
            for (p, unit) in units.enumerated() where p <= Int(UInt16.max) {
                for term in unit.terms { positionsOf[term, default: []].append(UInt16(p)) }
            }
            for (term, positions) in positionsOf {
                postings[term, default: SearchIndex.Postings()].append(document: local, positions: positions[...])
            }
        }
        add(SearchIndex.units(analyzer.analyze(article.title, language: article.language)), sentence: nil, speaker: nil)
        for (i, sentence) in sentences.enumerated() {
            add(SearchIndex.units(sentence.analysis), sentence: i, speaker: sentence.speaker)
        }
        self.documents = documents
        self.postings = postings
    }
}
