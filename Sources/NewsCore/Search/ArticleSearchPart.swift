import Foundation

/// One article's share of the search index: its documents (title, then sentences) and the
/// postings of its terms, with document ids local to the article. Parts depend on the article's
/// content alone, so a persistent index keeps them by content and merges them when it rebuilds.
///
/// Documents are held in flat arrays (a long article has hundreds of thousands); `document(_:)`
/// gives one as a value.
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

    /// Per document: its sentence, −1 for the title.
    private var sentences: [Int32] = []
    /// Per document: how many units it has (its ranges may be left out, see `Builder`).
    private var lengths: [Int32] = []
    /// Per document: its speaker's number in `speakerNames`, −1 for none.
    private var speakers: [Int32] = []
    private var speakerNames: [String] = []
    private var speakerNumbers: [String: Int32] = [:]
    /// Every document's unit ranges; empty for a document that holds no kept term (`Builder`).
    public private(set) var units = UnitRanges()
    /// Per term: local document numbers and unit positions.
    public var postings: [String: SearchIndex.Postings]

    public init(documents: [Document], postings: [String: SearchIndex.Postings]) {
        self.postings = postings
        for document in documents { append(sentence: document.sentence, units: document.units, speaker: document.speaker) }
    }

    /// A part with no documents yet.
    init() { postings = [:] }

    /// How many documents it holds.
    public var documentCount: Int { sentences.count }

    /// Document `k`: 0 is the title.
    public func document(_ k: Int) -> Document {
        Document(sentence: sentence(of: k), units: units.ranges(k), speaker: speaker(of: k))
    }

    public func sentence(of k: Int) -> Int? { sentences[k] < 0 ? nil : Int(sentences[k]) }

    /// How many units document `k` has.
    public func length(of k: Int) -> Int { Int(lengths[k]) }

    public func speaker(of k: Int) -> String? { speakers[k] < 0 ? nil : speakerNames[Int(speakers[k])] }

    /// Adds the next document.
    mutating func append(sentence: Int?, units ranges: some Collection<Range<Int>>, speaker: String?) {
        append(sentence: sentence, length: ranges.count, units: ranges, speaker: speaker)
    }

    private mutating func append(sentence: Int?, length: Int, units ranges: some Sequence<Range<Int>>, speaker: String?) {
        sentences.append(Int32(clamping: sentence ?? -1))
        lengths.append(Int32(clamping: length))
        if let speaker {
            if let known = speakerNumbers[speaker] {
                speakers.append(known)
            } else {
                let number = Int32(speakerNames.count)
                speakerNumbers[speaker] = number
                speakerNames.append(speaker)
                speakers.append(number)
            }
        } else {
            speakers.append(-1)
        }
        units.append(ranges)
    }

    public static func == (a: Self, b: Self) -> Bool {
        a.documentCount == b.documentCount && a.units == b.units && a.postings == b.postings && a.lengths == b.lengths
            && (0..<a.documentCount).allSatisfy { a.sentence(of: $0) == b.sentence(of: $0) && a.speaker(of: $0) == b.speaker(of: $0) }
    }

    /// Analyses the title and sentences as claim extraction does (stems, entities, speakers).
    /// With `keeping`, only those terms are indexed (see `Builder`).
    public init(_ article: Article, extractor: ClaimExtractor, keeping: Set<String>? = nil) {
        var builder = Builder(article, analyzer: extractor.analyzer, keeping: keeping)
        extractor.analyzeSentences(article) { _, analysis, speaker in builder.add(analysis, speaker: speaker) }
        self = builder.part
    }

    /// Builds a part sentence by sentence, so that a long article's analyses need not be held at once.
    ///
    /// A builder for one query (`keeping` its terms) indexes only those terms and keeps unit ranges
    /// only for documents that hold one: the others can be hits only of a query of filters alone,
    /// which highlights nothing.
    public struct Builder {
        public private(set) var part = ArticleSearchPart()
        private var positionsOf: [String: [UInt16]] = [:]
        private let keeping: Set<String>?

        /// Starts with the article's title.
        public init(_ article: Article, analyzer: TextAnalyzer, keeping: Set<String>? = nil) {
            self.keeping = keeping
            add(SearchIndex.units(analyzer.analyze(article.title, language: article.language)), sentence: nil, speaker: nil)
        }

        /// Adds the next sentence, in order.
        public mutating func add(_ analysis: AnalyzedText, speaker: String?) {
            add(SearchIndex.units(analysis), sentence: part.documentCount - 1, speaker: speaker)
        }

        private mutating func add(_ units: [SearchIndex.Unit], sentence: Int?, speaker: String?) {
            let local = Int32(part.documentCount)
            positionsOf.removeAll(keepingCapacity: true)
            for (p, unit) in units.enumerated() where p <= Int(UInt16.max) {
                for term in unit.terms where keeping?.contains(term) ?? true { positionsOf[term, default: []].append(UInt16(p)) }
            }
            let ranges = keeping == nil || !positionsOf.isEmpty ? units.map(\.range) : []
            part.append(sentence: sentence, length: units.count, units: ranges, speaker: speaker)
            for (term, positions) in positionsOf {
                part.postings[term, default: SearchIndex.Postings()].append(document: local, positions: positions[...])
            }
        }
    }
}
