import Foundation

/// Reads JSONL corpora: one article a line, `{"id", "outlet", "title", "published", "url", "body"}`.
///
/// A malformed line is reported with its file and line number and skipped; the rest loads.
enum JSONLFormat {
    /// One line of a JSONL file: its 1-based number and its bytes, without the line feed.
    struct Line: Sendable {
        var number: Int
        var bytes: ArraySlice<UInt8>
    }

    /// What a batch of lines gave.
    struct Batch {
        var articles: [Article] = []
        var problems: [IngestProblem] = []
        /// Lines that held bytes that are not UTF-8.
        var windows1252Lines: [Int] = []
    }

    /// The lines of `bytes`, each without its line feed.
    static func lines(of bytes: [UInt8], firstNumber: Int = 1) -> [Line] {
        bytes.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated().map {
            Line(number: firstNumber + $0.offset, bytes: $0.element)
        }
    }

    /// Builds the articles of `lines` on all cores; results keep the order of the lines.
    static func articles(in lines: [Line], path: String, progress: @escaping @Sendable (Int) -> Void = { _ in }) -> Batch {
        let chunkSize = 256
        let chunkCount = (lines.count + chunkSize - 1) / chunkSize
        let results = ChunkResults(count: chunkCount)
        DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
            var batch = Batch()
            for index in chunk * chunkSize..<min(lines.count, (chunk + 1) * chunkSize) {
                if let article = article(from: lines[index], path: path, into: &batch) {
                    batch.articles.append(article)
                }
            }
            let total = results.store(chunk, batch)
            progress(total)
        }
        var all = Batch()
        all.articles.reserveCapacity(lines.count)
        for batch in results.all {
            all.articles += batch.articles
            all.problems += batch.problems
            all.windows1252Lines += batch.windows1252Lines
        }
        return all
    }

    private static func article(from line: Line, path: String, into batch: inout Batch) -> Article? {
        var bytes = line.bytes
        if bytes.last == 0x0D { bytes = bytes.dropLast() }
        if line.number == 1, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard bytes.contains(where: { $0 != 0x20 && $0 != 0x09 }) else { return nil }
        if let nul = bytes.firstIndex(of: 0) {
            batch.problems.append(.nulInLine(path, line: line.number, offset: nul - bytes.startIndex))
            return nil
        }
        let (text, repaired) = TextDecoding.decodeLine(bytes)
        if repaired { batch.windows1252Lines.append(line.number) }
        switch record(text) {
        case .failure(let reason):
            batch.problems.append(.malformedRecord(path, line: line.number, reason: reason))
            return nil
        case .success(let fields):
            let id = fields.id ?? "\(FileFormat.stem(of: path))-\(line.number)"
            let location = SourceLocation(path: path, line: line.number)
            let (body, controls) = TextDecoding.sanitize(fields.body ?? "")
            let title = fields.title.map { TextDecoding.sanitize($0).text.split(separator: "\n").joined(separator: " ") }
            if controls > 0 { batch.problems.append(.controlCharactersRemoved("\(path):\(line.number)", count: controls)) }
            let given = ArticleBuilder.Given(title: title, outlet: fields.outlet, published: fields.published,
                                             url: fields.url)
            guard let article = ArticleBuilder.build(id: id, source: location,
                                                     lines: ArticleBuilder.numberedLines(body), given: given) else {
                batch.problems.append(.emptyArticle(location))
                return nil
            }
            return article
        }
    }

    /// Per-chunk results of the parallel build, kept in chunk order.
    private final class ChunkResults: @unchecked Sendable {
        private let lock = NSLock()
        private var slots: [Batch]
        private var total = 0

        init(count: Int) { slots = Array(repeating: Batch(), count: count) }

        /// Stores a chunk's results and returns the running article count.
        func store(_ chunk: Int, _ batch: Batch) -> Int {
            lock.lock()
            defer { lock.unlock() }
            slots[chunk] = batch
            total += batch.articles.count
            return total
        }

        var all: [Batch] {
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
            if let published = try string("published")?.trimmingCharacters(in: .whitespacesAndNewlines),
               !published.isEmpty {
                switch publicationDate(published) {
                case .success(let date): fields.published = date
                case .failure(let reason): return .failure(reason.message)
                }
            }
        } catch {
            return .failure("field \"\(error.key)\" should be a string or null")
        }
        return .success(fields)
    }

    struct DateProblem: Error { let message: String }

    /// The `published` field: ISO 8601, its UTC offset within −12:00…+14:00; a time without a zone
    /// is in WIB (+07:00).
    static func publicationDate(_ text: String) -> Result<PublicationDate, DateProblem> {
        guard var date = DateParser.parseISO(text) else {
            return .failure(DateProblem(message: "field \"published\" is not an ISO 8601 date: \(text.prefix(40))"))
        }
        guard date.time != nil else { return .success(date) }
        guard date.utcOffsetMinutes != nil else {
            date.utcOffsetMinutes = 7 * 60
            return .success(date)
        }
        let scalars = Array(text.unicodeScalars)
        if let sign = scalars.indices.dropFirst(11).last(where: { scalars[$0] == "+" || scalars[$0] == "-" }) {
            let digits = scalars[(sign + 1)...].filter { $0 != ":" }.compactMap { Int(String($0)) }
            let hours = digits.count == 4 ? digits[0] * 10 + digits[1] : 99
            let minutes = digits.count == 4 ? digits[2] * 10 + digits[3] : 99
            let total = (scalars[sign] == "-" ? -1 : 1) * (hours * 60 + minutes)
            guard minutes < 60, (-12 * 60...14 * 60).contains(total) else {
                let offset = String(String.UnicodeScalarView(scalars[sign...]))
                return .failure(DateProblem(message: "field \"published\" has a UTC offset out of range (\(offset.prefix(8))); expected −12:00 to +14:00"))
            }
        }
        return .success(date)
    }

    private static func shortReason(_ error: Error) -> String {
        let text = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
        return String(text.prefix(120))
    }
}
