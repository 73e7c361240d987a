import Foundation

/// Loads articles from files and folders, reporting bad input instead of stopping at it.
public struct CorpusLoader: Sendable {
    /// What a load produced: the articles, and every problem met on the way.
    public struct Report: Sendable {
        public var articles: [Article]
        public var problems: [IngestProblem]
    }

    /// Reads a whole file; replaceable so that tests can simulate read errors.
    public typealias FileReader = @Sendable (String) throws -> [UInt8]

    public var outletMap: OutletMap
    /// Called with the running article count during long loads.
    public var progress: (@Sendable (_ loaded: Int, _ path: String) -> Void)?
    public var limits = IngestLimits.standard
    var readFile: FileReader

    public init(outletMap: OutletMap = OutletMap(),
                progress: (@Sendable (Int, String) -> Void)? = nil,
                readFile: @escaping FileReader = CorpusLoader.readWholeFile) {
        self.outletMap = outletMap
        self.progress = progress
        self.readFile = readFile
    }

    /// A loader with other limits (tests use small ones).
    public init(limits: IngestLimits) {
        self.init()
        self.limits = limits
    }

    /// Reads with read(2), so that pipes and devices (`/dev/stdin`) read too; errors are `FileAccessError`.
    public static let readWholeFile: FileReader = { path in
        try FileAccess.read(path)
    }

    /// The files a list of paths names, in load order, with the outlet maps found beside them.
    public struct Plan: Sendable {
        public var files: [String]
        public var outletMap: OutletMap
        public var problems: [IngestProblem]
        /// The outlet maps read (given or found in folders), in order: a change to one changes outlets.
        public var mapFiles: [String]
    }

    /// Loads `paths` (files, or folders walked recursively in name order).
    public func load(_ paths: [String]) -> Report {
        var plan = plan(paths)
        var articles: [Article] = []
        for file in plan.files {
            let loaded = loadFile(file, loadedSoFar: articles.count)
            articles += loaded.articles
            plan.problems += loaded.problems
        }
        articles = Self.finish(articles, outletMap: plan.outletMap, problems: &plan.problems)
        return Report(articles: articles, problems: plan.problems)
    }

    /// Lists the files `paths` name (folders walked in name order) and reads the outlet maps in them.
    public func plan(_ paths: [String]) -> Plan {
        var plan = Plan(files: [], outletMap: outletMap, problems: [], mapFiles: [])
        for path in paths {
            switch PathKind.of(path) {
            case .missing:
                plan.problems.append(.missingPath(path))
            case .failed(let error):
                plan.problems.append(.unreadable(path, reason: error.description))
            case .folder:
                let walk = FolderWalk(path)
                plan.problems += walk.problems
                if walk.listed, walk.files.isEmpty { plan.problems.append(.emptyFolder(path)) }
                if !walk.skipped.isEmpty {
                    plan.problems.append(.skippedFiles(folder: path, count: walk.skipped.count,
                                                       examples: Array(walk.skipped.sorted().prefix(3))))
                }
                for mapFile in walk.maps { addMap(mapFile, to: &plan.outletMap, problems: &plan.problems) }
                plan.mapFiles += walk.maps
                plan.files += walk.files
            case .file, .stream:
                plan.files.append(path)
            }
        }
        return plan
    }

    /// The articles of one file as read, before duplicate ids are renamed and outlet maps applied
    /// (`finish`), with the problems met in it.
    public func loadFile(_ path: String, loadedSoFar: Int = 0) -> (articles: [Article], problems: [IngestProblem]) {
        var problems: [IngestProblem] = []
        let articles = load(file: path, loadedSoFar: loadedSoFar, problems: &problems)
        return (articles, problems)
    }

    /// The corpus from every file's articles in load order: repeated ids renamed, outlets mapped.
    public static func finish(_ articles: [Article], outletMap: OutletMap, problems: inout [IngestProblem]) -> [Article] {
        var articles = renameDuplicates(articles, problems: &problems)
        for index in articles.indices {
            if let outlet = outletMap[articles[index].id] {
                articles[index].outlet = outlet
                articles[index].outletEvidence = .map
            }
        }
        return articles
    }

    /// Adds a mapping file to the outlet map, reporting a file that cannot be read or is empty.
    public static func readOutletMap(_ path: String, into map: inout OutletMap, problems: inout [IngestProblem]) {
        CorpusLoader().addMap(path, to: &map, problems: &problems)
    }

    private func addMap(_ path: String, to map: inout OutletMap, problems: inout [IngestProblem]) {
        do {
            let bytes = try readFile(path)
            guard !bytes.isEmpty else {
                problems.append(.emptyFile(path))
                return
            }
            let decoded = TextDecoding.decode(bytes, sanitizing: false)
            map.add(contentsOf: decoded.text, path: path, problems: &problems)
        } catch {
            problems.append(.unreadable(path, reason: Self.reason(error)))
        }
    }

    private func load(file path: String, loadedSoFar: Int, problems: inout [IngestProblem]) -> [Article] {
        let bytes: [UInt8]
        do {
            bytes = try readFile(path)
        } catch {
            problems.append(.unreadable(path, reason: Self.reason(error)))
            return []
        }
        guard !bytes.isEmpty else {
            problems.append(.emptyFile(path))
            return []
        }
        let format = FileFormat.of(path: path)
        if Gzip.isGzip(bytes) {
            return format == .jsonl
                ? loadGzipJSONL(bytes, path: path, loadedSoFar: loadedSoFar, problems: &problems)
                : loadGzipText(bytes, path: path, problems: &problems)
        }
        switch format {
        case .plainText:
            return plainText(consume bytes, path: path, problems: &problems)
        case .jsonl:
            var text = bytes
            if TextDecoding.hasUTF16BOM(text) { text = TextDecoding.utf8(fromUTF16: text) }
            let lines = JSONLFormat.lines(of: text)
            if let nul = lines.first?.bytes.firstIndex(of: 0) {
                problems.append(.binaryFile(path, nulOffset: nul))
                return []
            }
            var kept: [JSONLFormat.Line] = []
            kept.reserveCapacity(lines.count)
            for line in lines {
                if line.bytes.count > limits.longestLine {
                    problems.append(.lineTooLong(path, line: line.number, limit: limits.longestLine))
                } else {
                    kept.append(line)
                }
            }
            return jsonl(kept, path: path, loadedSoFar: loadedSoFar, problems: &problems)
        }
    }

    /// One plain-text article from the bytes of its file.
    private func plainText(_ bytes: consuming [UInt8], path: String, problems: inout [IngestProblem]) -> [Article] {
        guard bytes.count <= limits.longestArticle else {
            problems.append(.articleTooLarge(path, limit: limits.longestArticle))
            return []
        }
        if !TextDecoding.hasUTF16BOM(bytes), let nul = TextDecoding.firstNUL(in: bytes) {
            problems.append(.binaryFile(path, nulOffset: nul))
            return []
        }
        var decoded = TextDecoding.decode(consume bytes)
        if let line = decoded.windows1252FallbackLine {
            problems.append(.decodedAsWindows1252(path, line: line, lines: decoded.windows1252Lines))
        }
        if decoded.controlCharactersRemoved > 0 {
            problems.append(.controlCharactersRemoved(path, count: decoded.controlCharactersRemoved))
        }
        let location = SourceLocation(path: path)
        let lines = ArticleBuilder.numberedLines(decoded.text)
        decoded.text = ""  // held in the lines now; a long article should not be held twice
        guard let article = ArticleBuilder.build(id: FileFormat.stem(of: path), source: location, lines: consume lines) else {
            problems.append(.emptyArticle(location))
            return []
        }
        return [article]
    }

    /// Builds the articles of JSONL lines and reports their problems in line order.
    private func jsonl(_ lines: [JSONLFormat.Line], path: String, loadedSoFar: Int,
                       problems: inout [IngestProblem]) -> [Article] {
        let progress = self.progress
        let batch = JSONLFormat.articles(in: lines, path: path) { count in
            if count % 1_000 < 256 { progress?(loadedSoFar + count, path) }
        }
        if let first = batch.windows1252Lines.min() {
            problems.append(.decodedAsWindows1252(path, line: first, lines: batch.windows1252Lines.count))
        }
        problems += batch.problems
        return batch.articles
    }

    /// A gzip-compressed JSONL corpus, inflated in a stream and built a batch of lines at a time.
    /// Damage ends the file: the complete lines before it load.
    private func loadGzipJSONL(_ compressed: [UInt8], path: String, loadedSoFar: Int,
                               problems: inout [IngestProblem]) -> [Article] {
        var splitter = LineSplitter(longestLine: limits.longestLine, path: path)
        var articles: [Article] = []
        var found: [IngestProblem] = []
        var binary = false
        let batchBytes = 16 << 20, batchLines = 8_192
        func flush() {
            let lines = splitter.take()
            guard !lines.isEmpty else { return }
            articles += jsonl(lines, path: path, loadedSoFar: loadedSoFar + articles.count, problems: &found)
        }
        do {
            try Gzip.inflate(compressed) { chunk in
                splitter.feed(chunk)
                if splitter.nulInFirstLine != nil {
                    binary = true
                    return false
                }
                if splitter.completeBytes >= batchBytes || splitter.complete.count >= batchLines { flush() }
                return true
            }
            if !binary { splitter.finish() }
        } catch {
            flush()
            problems += found + splitter.problems
            problems.append(.corruptGzip(path, reason: error.description, keptLines: splitter.lineNumber - 1))
            return articles
        }
        if let nul = splitter.nulInFirstLine {
            problems.append(.binaryFile(path, nulOffset: nul))
            return []
        }
        flush()
        problems += found + splitter.problems
        return articles
    }

    /// A gzip-compressed plain-text article, inflated up to the article limit. Damage keeps the
    /// complete lines before it.
    private func loadGzipText(_ compressed: [UInt8], path: String, problems: inout [IngestProblem]) -> [Article] {
        var bytes: [UInt8] = []
        var stop: IngestProblem?
        do {
            try Gzip.inflate(compressed) { chunk in
                if !TextDecoding.hasUTF16BOM(bytes), let nul = chunk.firstIndex(of: 0) {
                    stop = .binaryFile(path, nulOffset: bytes.count + nul)
                    return false
                }
                guard bytes.count + chunk.count <= limits.longestArticle else {
                    stop = .articleTooLarge(path, limit: limits.longestArticle)
                    return false
                }
                bytes.append(contentsOf: chunk)
                return true
            }
        } catch {
            let complete = bytes.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
            bytes.removeSubrange(complete...)
            let lines = bytes.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 }
            problems.append(.corruptGzip(path, reason: error.description, keptLines: lines))
            if bytes.isEmpty { return [] }
        }
        if let stop {
            problems.append(stop)
            return []
        }
        return plainText(bytes, path: path, problems: &problems)
    }

    /// Keeps every article: a repeated id gets a suffix (`id~2`) and a warning.
    private static func renameDuplicates(_ articles: [Article], problems: inout [IngestProblem]) -> [Article] {
        var firstSeen: [String: SourceLocation] = [:]
        var result = articles
        for index in result.indices {
            let id = result[index].id
            guard let first = firstSeen[id] else {
                firstSeen[id] = result[index].source
                continue
            }
            var n = 2
            while firstSeen["\(id)~\(n)"] != nil { n += 1 }
            let renamed = "\(id)~\(n)"
            problems.append(.duplicateID(id, at: result[index].source, firstAt: first, renamedTo: renamed))
            result[index].id = renamed
            firstSeen[renamed] = result[index].source
        }
        return result
    }

    static func reason(_ error: Error) -> String {
        if let error = error as? FileAccessError { return error.description }
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain,
           let code = POSIXErrorCode(rawValue: Int32(underlying.code)) {
            return String(cString: strerror(code.rawValue))
        }
        if ns.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(ns.code))) }
        return ns.localizedDescription
    }
}
