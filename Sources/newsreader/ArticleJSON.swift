import Foundation
import NewsCore

/// The article fields of `articles --json`, also embedded by later commands. Documented in docs/formats.md.
struct ArticleSummaryJSON: Encodable {
    let article: Article

    enum Keys: String, CodingKey {
        case id, title, titleOrigin, dek, outlet, outletEvidence, syndicatedFrom, published, language, author, editor,
             dateline, url, cited, sentenceCount, source
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try encodeSummary(into: &c)
    }

    func encodeSummary<K: CodingKey>(into c: inout KeyedEncodingContainer<K>) throws {
        func put<V: Encodable>(_ value: V, _ key: Keys) throws {
            try c.encode(value, forKey: K(stringValue: key.rawValue)!)
        }
        try put(article.id, .id)
        try put(article.title, .title)
        try put(article.titleOrigin.rawValue, .titleOrigin)
        try put(article.dek, .dek)
        try put(article.outlet, .outlet)
        try put(article.outletEvidence.rawValue, .outletEvidence)
        try put(article.syndicatedFrom, .syndicatedFrom)
        try put(article.published?.description, .published)
        try put(article.language.rawValue, .language)
        try put(article.author, .author)
        try put(article.editor, .editor)
        try put(article.dateline, .dateline)
        try put(article.url, .url)
        try put(article.cited, .cited)
        try put(article.sentences.count, .sentenceCount)
        try put(SourceJSON(article.source), .source)
    }
}

struct SourceJSON: Encodable {
    let path: String
    let line: Int?

    init(_ location: SourceLocation) {
        path = location.path
        line = location.line
    }

    enum CodingKeys: String, CodingKey { case path, line }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(path, forKey: .path)
        try c.encode(line, forKey: .line)
    }
}

/// One article in full, for `show --json`.
struct ArticleDetailJSON: Encodable {
    let article: Article
    let includeRemoved: Bool

    struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    struct SentenceJSON: Encodable {
        let index: Int
        let start: Int
        let end: Int
        let text: String
    }

    struct RemovedJSON: Encodable {
        let line: Int
        let reason: String
        let text: String
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: AnyKey.self)
        try ArticleSummaryJSON(article: article).encodeSummary(into: &c)
        try c.encode(article.body, forKey: AnyKey(stringValue: "body")!)
        let sentences = zip(article.sentences, article.sentenceTexts).map {
            SentenceJSON(index: $0.index, start: $0.start, end: $0.end, text: $1)
        }
        try c.encode(sentences, forKey: AnyKey(stringValue: "sentences")!)
        if includeRemoved {
            let removed = article.removed.map { RemovedJSON(line: $0.line, reason: $0.reason.rawValue, text: $0.text) }
            try c.encode(removed, forKey: AnyKey(stringValue: "removed")!)
        }
    }
}
