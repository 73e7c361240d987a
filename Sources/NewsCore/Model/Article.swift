/// One cleaned news article with the metadata read from its text.
///
/// `body` is the cleaned text: kept lines joined by `\n`, one paragraph a line.
/// Sentence offsets count Unicode scalars into `body`.
public struct Article: Sendable, Equatable {
    /// Stable id: the file name without its extension, or the JSONL `id`.
    public var id: String
    /// Where the article came from.
    public var source: SourceLocation
    public var title: String
    /// The standfirst under the title ("Kim Jong Un dan Xi Jinping bertukar pesan …"): a summary
    /// in the outlet's words, kept apart from the body; `nil` when the article has none.
    public var dek: String?
    /// How the title was found.
    public var titleOrigin: TitleOrigin
    /// The outlet that published the article; `nil` when the text does not say.
    public var outlet: String?
    /// What the outlet was read from.
    public var outletEvidence: OutletEvidence
    /// The agency or outlet this article republishes whole ("Agregasi VOA").
    public var syndicatedFrom: String?
    public var published: PublicationDate?
    public var language: Language
    public var author: String?
    public var editor: String?
    /// The dateline place ("JAKARTA"), moved out of the body.
    public var dateline: String?
    public var url: String?
    /// Agencies and outlets the article cites or relays, in order of first mention.
    public var cited: [String]
    public var body: String
    public var sentences: [Sentence]
    /// Every line removed by cleaning, with the reason.
    public var removed: [RemovedLine]

    public init(
        id: String, source: SourceLocation, title: String, titleOrigin: TitleOrigin = .titleLine,
        outlet: String? = nil, outletEvidence: OutletEvidence = .none, syndicatedFrom: String? = nil,
        published: PublicationDate? = nil, language: Language = .indonesian, author: String? = nil,
        editor: String? = nil, dateline: String? = nil, url: String? = nil, cited: [String] = [],
        body: String, sentences: [Sentence] = [], removed: [RemovedLine] = []
    ) {
        self.id = id
        self.source = source
        self.title = title
        self.titleOrigin = titleOrigin
        self.outlet = outlet
        self.outletEvidence = outletEvidence
        self.syndicatedFrom = syndicatedFrom
        self.published = published
        self.language = language
        self.author = author
        self.editor = editor
        self.dateline = dateline
        self.url = url
        self.cited = cited
        self.body = body
        self.sentences = sentences
        self.removed = removed
    }

    /// The outlet as shown to a reader: "unknown (file)" when the text does not name it.
    public var outletDisplayName: String {
        if let outlet { return outlet }
        return "unknown (\(source.fileName))"
    }

    /// The text of sentence `index`.
    public func text(of sentence: Sentence) -> String {
        if let a = sentence.utf8Start, let b = sentence.utf8End, b <= body.utf8.count {
            let utf8 = body.utf8
            let start = utf8.index(utf8.startIndex, offsetBy: a)
            return String(body[start..<utf8.index(start, offsetBy: b - a)])
        }
        let scalars = body.unicodeScalars
        let start = scalars.index(scalars.startIndex, offsetBy: sentence.start)
        let end = scalars.index(start, offsetBy: sentence.end - sentence.start)
        return String(scalars[start..<end])
    }

    /// The text of every sentence, found in one pass over the body: `text(of:)` walks the body
    /// from its start, so calling it for each sentence is quadratic over a long article.
    public var sentenceTexts: [String] {
        var cursor = SentenceTexts(self)
        return sentences.indices.map { cursor.text(of: $0) }
    }

    /// Sentence texts made one at a time, each in time proportional to the distance from the one
    /// before: reading in order costs one pass over the body, and no text is held that is not asked for.
    public struct SentenceTexts {
        private let article: Article
        private var index: String.Index
        private var offset = 0

        public init(_ article: Article) {
            self.article = article
            index = article.body.unicodeScalars.startIndex
        }

        /// The text of sentence `i`.
        public mutating func text(of i: Int) -> String {
            let sentence = article.sentences[i]
            if sentence.utf8Start != nil { return article.text(of: sentence) }
            let scalars = article.body.unicodeScalars
            if sentence.start < offset {
                index = scalars.startIndex
                offset = 0
            }
            index = scalars.index(index, offsetBy: sentence.start - offset)
            offset = sentence.start
            let end = scalars.index(index, offsetBy: sentence.end - sentence.start)
            return String(scalars[index..<end])
        }
    }
}

/// A file and, for multi-article files, the line an article starts on.
public struct SourceLocation: Sendable, Equatable, CustomStringConvertible {
    public var path: String
    /// 1-based line within the file, for JSONL; `nil` for one-article files.
    public var line: Int?

    public init(path: String, line: Int? = nil) {
        self.path = path
        self.line = line
    }

    public var fileName: String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    public var description: String {
        if let line { return "\(path):\(line)" }
        return path
    }
}

/// Where an article's title came from.
public enum TitleOrigin: String, Sendable, Codable {
    /// The first non-empty line of a text file, or the JSONL `title`.
    case titleLine = "title-line"
    /// No title line: the first sentence of the body stands in.
    case firstSentence = "first-sentence"
}

/// What an article's outlet was read from.
public enum OutletEvidence: String, Sendable, Codable {
    case corpus            // the JSONL `outlet` field
    case map               // the user's outlet map
    case signOff = "sign-off"
    case dateline
    case byline
    case copyright
    case selfReference = "self-reference"
    case syndication       // "Agregasi VOA" and the like, which name the republisher's house style
    case domain            // a domain of the outlet (image host, link) in the text
    case none
}

/// The language of an article.
public enum Language: String, Sendable, Codable {
    case indonesian = "id"
    case english = "en"
}

/// A cleaned-away line and why it went.
public struct RemovedLine: Sendable, Equatable {
    /// 1-based line in the source text (for JSONL, within the body).
    public var line: Int
    public var text: String
    public var reason: RemovalReason

    public init(line: Int, text: String, reason: RemovalReason) {
        self.line = line
        self.text = text
        self.reason = reason
    }
}

/// Why cleaning removed a line. The raw values appear in `show --removed --json`.
public enum RemovalReason: String, Sendable, Codable, CaseIterable {
    case relatedArticle = "related-article"
    case prompt                     // follow, share, comment prompts
    case widget                     // "Terpopuler", "spinner loading", [Gambas:...]
    case caption                    // photo captions and credits
    case imageURL = "image-url"
    case byline                     // author, editor, tag lines
    case publicationDate = "publication-date"
    case copyright
    case signOff = "sign-off"
    case pageNumber = "page-number"
    case header                     // kicker or standfirst above the dateline
    case repeated                   // the same line again, right after itself
}
