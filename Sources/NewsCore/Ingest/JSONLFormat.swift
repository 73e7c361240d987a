import Foundation

/// Reads JSONL corpora: one article a line, `{"id", "outlet", "title", "published", "url", "body"}`.
///
/// A malformed line is reported with its file and line number and skipped; the rest loads.
enum JSONLFormat {
    static func articles(in text: String, path: String, problems: inout [IngestProblem],
                         progress: @escaping @Sendable (Int) -> Void = { _ in }) -> [Article] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let chunkSize = 256
        let chunkCount = (lines.count + chunkSize - 1) / chunkSize
        let results = ChunkResults(count: chunkCount)
        DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
            let range = chunk * chunkSize..<min(lines.count, (chunk + 1) * chunkSize)
            var articles: [Article] = []
            var problems: [IngestProblem] = []
            for index in range {
                if let article = article(from: lines[index], lineNumber: index + 1, path: path, problems: &problems) {
                    articles.append(article)
                }
            }
            let total = results.store(chunk, articles, problems)
            progress(total)
        }
        var articles: [Article] = []
        articles.reserveCapacity(lines.count)
        for (chunkArticles, chunkProblems) in results.all {
            articles += chunkArticles
            problems += chunkProblems
        }
        return articles
    }

    private static func article(from rawLine: Substring, lineNumber: Int, path: String,
                                problems: inout [IngestProblem]) -> Article? {
        let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
        guard line.utf8.contains(where: { $0 != 0x20 && $0 != 0x09 }) else { return nil }
        switch record(String(line)) {
        case .failure(let reason):
            problems.append(.malformedRecord(path, line: lineNumber, reason: reason))
            return nil
        case .success(let fields):
            let id = fields.id ?? "\(FileFormat.stem(of: path))-\(lineNumber)"
            let location = SourceLocation(path: path, line: lineNumber)
            let (body, controls) = TextDecoding.sanitize(fields.body ?? "")
            let title = fields.title.map { TextDecoding.sanitize($0).text.split(separator: "\n").joined(separator: " ") }
            if controls > 0 { problems.append(.controlCharactersRemoved("\(path):\(lineNumber)", count: controls)) }
            let given = ArticleBuilder.Given(title: title, outlet: fields.outlet, published: fields.published,
                                             url: fields.url)
            guard let article = ArticleBuilder.build(id: id, source: location,
                                                     lines: ArticleBuilder.numberedLines(body), given: given) else {
                problems.append(.emptyArticle(location))
                return nil
            }
            return article
        }
    }

    /// Per-chunk results of the parallel build, kept in chunk order.
    private final class ChunkResults: @unchecked Sendable {
        private let lock = NSLock()
        private var slots: [([Article], [IngestProblem])]
        private var total = 0

        init(count: Int) { slots = Array(repeating: ([], []), count: count) }

        /// Stores a chunk's results and returns the running article count.
        func store(_ chunk: Int, _ articles: [Article], _ problems: [IngestProblem]) -> Int {
            lock.lock()
            defer { lock.unlock() }
            slots[chunk] = (articles, problems)
            total += articles.count
            return total
        }

        var all: [([Article], [IngestProblem])] {
            lock.lock()
            defer { lock.unlock() }
            return slots
        }
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
