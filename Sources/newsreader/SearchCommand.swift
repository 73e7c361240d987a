import ArgumentParser
import Foundation
import NewsCore

/// `newsreader search QUERY`: ranked sentences and titles with the matches marked.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search titles and sentences by keyword, ranked by BM25.",
        discussion: """
            Words are matched by stem and alias: "tegaskan" finds menegaskan and ditegaskan, \
            "Korut" finds Korea Utara. Query syntax:
              kim xi              both words (AND is the default)
              korut OR korsel     either word
              -amerika            without this word
              "kekuatan musuh"    the words in this order
              =tegaskan           this exact word, not stemmed
              outlet:tribunnews   outlet name contains this (also -outlet:)
              speaker:xi          the sentence's speaker contains this (also -speaker:)
              lang:id, lang:en    the article's language
              after:2021-03-01    published on or after this day (also before:)
            Ties are broken newest first. See docs/search.md.
            """
    )

    @Argument(help: "The query (quote it for the shell). A query may start with an exclusion ('-amerika kim'); `search -- QUERY PATH…` also works.")
    var query: String

    @OptionGroup var corpus: CorpusOptions

    @Option(parsing: .unconditional, help: "The most hits to show (a positive number).")
    var limit = 20

    @Flag(help: "Print JSON: {\"query\": …, \"hits\": [...]} (see docs/formats.md).")
    var json = false

    func validate() throws {
        guard limit >= 1 else { throw ValidationError("--limit must be a positive number (got \(limit))") }
    }

    func run() throws {
        let parsed: SearchQuery
        do {
            parsed = try SearchQuery.parse(query)
        } catch {
            throw ValidationError("bad query: \(error)")
        }
        let index = try IndexedInput(options: corpus).open(.search(for: parsed)).search!
        let hits: [SearchHit]
        do {
            hits = try index.search(parsed, limit: limit)
        } catch {
            throw ValidationError("bad query: \(error)")
        }
        if json {
            try CommandOutput.json(SearchJSON(query: query, index: index, hits: hits))
            return
        }
        let emphasis = isatty(STDOUT_FILENO) == 1 ? ("\u{1B}[1;4m", "\u{1B}[0m") : ("«", "»")
        var out = hits.isEmpty ? "no matches\n" : ""
        let articles = Self.articles(of: hits, in: index)
        for hit in hits {
            let article = articles[hit.article]!
            let where_ = hit.sentence.map { "\(article.id):\($0)" } ?? "\(article.id) (title)"
            out += "\(article.outletDisplayName.visible)  \(article.published?.description ?? "undated")  \(where_.visible)  "
                + String(format: "%.2f", hit.score) + "\n"
            out += "  " + marked(Self.text(of: hit, in: article).visible, hit.highlights, emphasis) + "\n"
        }
        // Every piece from the data is made visible above; the emphasis is the only escape sequence.
        try CommandOutput.trusted(out)
    }

    /// Each hit's article, read once: from an index an article is read whole, and reading a long
    /// one for every hit in it cost seconds.
    static func articles(of hits: [SearchHit], in index: SearchIndex) -> [Int: Article] {
        var articles: [Int: Article] = [:]
        for hit in hits where articles[hit.article] == nil { articles[hit.article] = index.articles[hit.article] }
        return articles
    }

    static func text(of hit: SearchHit, in article: Article) -> String {
        hit.sentence.map { article.text(of: article.sentences[$0]) } ?? article.title
    }

    /// `text` with the emphasis around each range. `visible` keeps one scalar for each scalar, so
    /// the ranges still fit.
    private func marked(_ text: String, _ ranges: [Range<Int>], _ emphasis: (String, String)) -> String {
        var scalars = Array(text.unicodeScalars)
        for range in ranges.reversed() {
            scalars.insert(contentsOf: emphasis.1.unicodeScalars, at: range.upperBound)
            scalars.insert(contentsOf: emphasis.0.unicodeScalars, at: range.lowerBound)
        }
        return String(String.UnicodeScalarView(scalars))
    }
}

/// `search --json`.
struct SearchJSON: Encodable {
    let query: String
    let index: SearchIndex
    let hits: [SearchHit]

    struct HitJSON: Encodable {
        let article: String
        let sentence: Int?
        let field: String
        let text: String
        let highlights: [[Int]]
        let score: Double
        let outlet: String?
        let published: String?

        enum CodingKeys: String, CodingKey { case article, sentence, field, text, highlights, score, outlet, published }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(article, forKey: .article)
            try c.encode(sentence, forKey: .sentence)
            try c.encode(field, forKey: .field)
            try c.encode(text, forKey: .text)
            try c.encode(highlights, forKey: .highlights)
            try c.encode((score * 1000).rounded() / 1000, forKey: .score)
            try c.encode(outlet, forKey: .outlet)
            try c.encode(published, forKey: .published)
        }
    }

    enum CodingKeys: String, CodingKey { case query, hits }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(query, forKey: .query)
        let articles = SearchCommand.articles(of: hits, in: index)
        try c.encode(hits.map { hit in
            let article = articles[hit.article]!
            return HitJSON(article: article.id, sentence: hit.sentence, field: hit.sentence == nil ? "title" : "sentence",
                           text: SearchCommand.text(of: hit, in: article),
                           highlights: hit.highlights.map { [$0.lowerBound, $0.upperBound] }, score: hit.score,
                           outlet: article.outlet, published: article.published?.description)
        }, forKey: .hits)
    }
}
