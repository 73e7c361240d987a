import NewsCore

/// An article laid out for the article pane: header lines, then each sentence wrapped on its own
/// lines, paragraphs separated by a blank line.
public struct ArticleLayout: Sendable, Equatable {
    /// One line of the pane.
    public enum Line: Sendable, Equatable {
        case title(String)
        /// The standfirst under the title.
        case dek(String)
        case meta(String)
        case blank
        /// Scalar offsets `start..<end` within sentence `sentence`'s text.
        case sentence(Int, start: Int, end: Int, first: Bool)
    }

    public let article: Int
    public let width: Int
    public let lines: [Line]
    /// Per sentence: its first line and one past its last.
    public let sentenceLines: [Range<Int>]

    public init(article index: Int, corpus: ReaderCorpus, width: Int) {
        let article = corpus.articles[index]
        var lines: [Line] = []
        for text in WordWrap.strings(article.title, width: width) { lines.append(.title(text)) }
        if let dek = article.dek {
            for text in WordWrap.strings(dek, width: width) { lines.append(.dek(text)) }
        }
        var meta = [article.outletDisplayName, article.published?.readable ?? "undated"]
        if let author = article.author { meta.append("by " + author) }
        for text in WordWrap.strings(meta.joined(separator: " · "), width: width) { lines.append(.meta(text)) }
        var relays: [String] = []
        if let from = article.syndicatedFrom { relays.append("republished from " + from) }
        if !article.cited.isEmpty { relays.append("cites " + article.cited.joined(separator: ", ")) }
        if let dateline = article.dateline { relays.append("dateline " + dateline) }
        for text in WordWrap.strings(relays.joined(separator: " · "), width: width) { lines.append(.meta(text)) }
        // The headline and standfirst are claims too; the cursor stays on the body, so say here
        // which other outlets carry them.
        var headlines: [String] = []
        for kind in [ClaimMention.Kind.title, .dek] {
            let others = corpus.claims.crossReferences(article: index, sentence: kind.sentence).references
                .map { corpus.articles.header($0.article).outletDisplayName }
            if !others.isEmpty, let name = kind.shownName { headlines.append(name + " also in " + others.joined(separator: ", ")) }
        }
        for text in WordWrap.strings(headlines.joined(separator: " · "), width: width) { lines.append(.meta(text)) }
        var ranges: [Range<Int>] = []
        let paragraphStarts = ArticleLayout.paragraphStarts(article)
        for sentence in article.sentences {
            if paragraphStarts.contains(sentence.index) || sentence.index == 0 { lines.append(.blank) }
            let first = lines.count
            let wrapped = WordWrap.lines(article.text(of: sentence), width: width)
            for (k, line) in wrapped.enumerated() {
                lines.append(.sentence(sentence.index, start: line.start, end: line.end, first: k == 0))
            }
            if wrapped.isEmpty { lines.append(.sentence(sentence.index, start: 0, end: 0, first: true)) }
            ranges.append(first..<lines.count)
        }
        self.article = index
        self.width = width
        self.lines = lines
        sentenceLines = ranges
    }

    /// Sentences that open a paragraph (a body line).
    static func paragraphStarts(_ article: Article) -> Set<Int> {
        var lineStarts = [0]
        var offset = 0
        for scalar in article.body.unicodeScalars {
            offset += 1
            if scalar == "\n" { lineStarts.append(offset) }
        }
        var starts = Set<Int>()
        var line = 0
        var previousParagraph = -1
        for sentence in article.sentences {
            while line + 1 < lineStarts.count && lineStarts[line + 1] <= sentence.start { line += 1 }
            if line != previousParagraph { starts.insert(sentence.index) }
            previousParagraph = line
        }
        return starts
    }

    /// The sentence shown on a line, if any.
    public func sentence(atLine line: Int) -> Int? {
        guard lines.indices.contains(line), case .sentence(let s, _, _, _) = lines[line] else { return nil }
        return s
    }
}
