import Foundation

/// Reads JSONL corpora: one article a line, `{"id", "outlet", "title", "published", "url", "body"}`.
///
/// A malformed line is reported with its file and line number and skipped; the rest loads.
enum JSONLFormat {
    static func articles(in text: String, path: String, problems: inout [IngestProblem],
                         progress: (Int) -> Void = { _ in }) -> [Article] {
        var articles: [Article] = []
        let stem = FileFormat.stem(of: path)
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            guard line.contains(where: { !$0.isWhitespace }) else { continue }
            switch record(String(line)) {
            case .failure(let reason):
                problems.append(.malformedRecord(path, line: lineNumber, reason: reason))
            case .success(let fields):
                let id = fields.id ?? "\(stem)-\(lineNumber)"
                let location = SourceLocation(path: path, line: lineNumber)
                let (body, controls) = TextDecoding.sanitize(fields.body ?? "")
                let title = fields.title.map { TextDecoding.sanitize($0).text.replacingOccurrences(of: "\n", with: " ") }
                if controls > 0 { problems.append(.controlCharactersRemoved("\(path):\(lineNumber)", count: controls)) }
                let given = ArticleBuilder.Given(title: title, outlet: fields.outlet, published: fields.published,
                                                 url: fields.url)
                if let article = ArticleBuilder.build(id: id, source: location,
                                                      lines: ArticleBuilder.numberedLines(body), given: given) {
                    articles.append(article)
                    if articles.count % 1_000 == 0 { progress(articles.count) }
                } else {
                    problems.append(.emptyArticle(location))
                }
            }
        }
        return articles
    }

    enum RecordResult {
        case success(Fields)
        case failure(String)
    }

    struct Fields {
        var id: String?
        var outlet: String?
        var title: String?
        var published: PublicationDate?
        var url: String?
        var body: String?
    }

    /// A record's fields, or why the line is not a record.
    static func record(_ line: String) -> RecordResult {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(line.utf8), options: [.fragmentsAllowed])
        } catch {
            return .failure("malformed JSON (\(shortReason(error)))")
        }
        guard let dict = object as? [String: Any] else {
            return .failure("expected a JSON object with id, outlet, title, published, url, body")
        }
        var fields = Fields()
        struct WrongType: Error { let key: String }
        func string(_ key: String) throws(WrongType) -> String? {
            switch dict[key] {
            case nil, is NSNull: return nil
            case let value as String: return value
            case let value as NSNumber where key == "id": return value.stringValue
            default: throw WrongType(key: key)
            }
        }
        do {
            fields.id = try string("id").flatMap { $0.isEmpty ? nil : $0 }
            fields.outlet = try string("outlet")
            fields.title = try string("title")
            fields.url = try string("url")
            fields.body = try string("body")
            if let published = try string("published"), !published.isEmpty {
                guard let date = DateParser.parseISO(published) else {
                    return .failure("field \"published\" is not an ISO 8601 date: \(published.prefix(40))")
                }
                fields.published = date
            }
        } catch {
            return .failure("field \"\(error.key)\" should be a string or null")
        }
        return .success(fields)
    }

    private static func shortReason(_ error: Error) -> String {
        let text = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
        return String(text.prefix(120))
    }
}
