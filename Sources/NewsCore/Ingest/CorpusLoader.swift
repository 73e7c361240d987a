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
    var readFile: FileReader

    public init(outletMap: OutletMap = OutletMap(),
                progress: (@Sendable (Int, String) -> Void)? = nil,
                readFile: @escaping FileReader = CorpusLoader.readWholeFile) {
        self.outletMap = outletMap
        self.progress = progress
        self.readFile = readFile
    }

    public static let readWholeFile: FileReader = { path in
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    /// Loads `paths` (files, or folders walked recursively in name order).
    public func load(_ paths: [String]) -> Report {
        var problems: [IngestProblem] = []
        var map = outletMap
        var files: [String] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                problems.append(.missingPath(path))
                continue
            }
            if isFolder.boolValue {
                let (found, mapFiles) = walk(path, problems: &problems)
                for mapFile in mapFiles { addMap(mapFile, to: &map, problems: &problems) }
                files += found
            } else {
                files.append(path)
            }
        }
        var articles: [Article] = []
        for file in files { articles += load(file: file, loadedSoFar: articles.count, problems: &problems) }
        articles = renameDuplicates(articles, problems: &problems)
        for index in articles.indices {
            if let outlet = map[articles[index].id] {
                articles[index].outlet = outlet
                articles[index].outletEvidence = .map
            }
        }
        return Report(articles: articles, problems: problems)
    }

    /// Adds a mapping file to the outlet map, reporting a file that cannot be read.
    public static func readOutletMap(_ path: String, into map: inout OutletMap, problems: inout [IngestProblem]) {
        CorpusLoader().addMap(path, to: &map, problems: &problems)
    }

    private func addMap(_ path: String, to map: inout OutletMap, problems: inout [IngestProblem]) {
        do {
            let decoded = TextDecoding.decode(try readFile(path), sanitizing: false)
            map.add(contentsOf: decoded.text, path: path, problems: &problems)
        } catch {
            problems.append(.unreadable(path, reason: Self.reason(error)))
        }
    }

    /// Article files under `folder` in name order, and any outlet maps found there.
    private func walk(_ folder: String, problems: inout [IngestProblem]) -> (files: [String], maps: [String]) {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else {
            problems.append(.unreadable(folder, reason: "cannot list folder"))
            return ([], [])
        }
        var files: [String] = [], maps: [String] = [], skipped: [String] = []
        let base = folder.hasSuffix("/") ? folder : folder + "/"
        while let relative = enumerator.nextObject() as? String {
            let name = relative.split(separator: "/").last.map(String.init) ?? relative
            let full = base + relative
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: full, isDirectory: &isFolder)
            if name.hasPrefix(".") {
                if isFolder.boolValue { enumerator.skipDescendants() }
                continue
            }
            if isFolder.boolValue { continue }
            if name == OutletMap.fileName {
                maps.append(full)
            } else if FileFormat.isArticleFile(name) {
                files.append(full)
            } else {
                skipped.append(relative)
            }
        }
        if files.isEmpty { problems.append(.emptyFolder(folder)) }
        if !skipped.isEmpty {
            problems.append(.skippedFiles(folder: folder, count: skipped.count, examples: Array(skipped.sorted().prefix(3))))
        }
        return (files.sorted(), maps.sorted())
    }

    private func load(file path: String, loadedSoFar: Int, problems: inout [IngestProblem]) -> [Article] {
        var bytes: [UInt8]
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
        if Gzip.isGzip(bytes) {
            do {
                bytes = try Gzip.decompress(bytes)
            } catch {
                problems.append(.corruptGzip(path, reason: error.description))
                return []
            }
        }
        if let nul = TextDecoding.firstNUL(in: bytes) {
            problems.append(.binaryFile(path, nulOffset: nul))
            return []
        }
        let format = FileFormat.of(path: path)
        let decoded = TextDecoding.decode(bytes, sanitizing: format == .plainText)
        if let line = decoded.windows1252FallbackLine { problems.append(.decodedAsWindows1252(path, line: line)) }
        if decoded.controlCharactersRemoved > 0 {
            problems.append(.controlCharactersRemoved(path, count: decoded.controlCharactersRemoved))
        }
        switch format {
        case .jsonl:
            let progress = self.progress
            return JSONLFormat.articles(in: decoded.text, path: path, problems: &problems) { count in
                if count % 1_000 < 256 { progress?(loadedSoFar + count, path) }
            }
        case .plainText:
            let id = FileFormat.stem(of: path)
            let location = SourceLocation(path: path)
            guard let article = ArticleBuilder.build(id: id, source: location,
                                                     lines: ArticleBuilder.numberedLines(decoded.text)) else {
                problems.append(.emptyArticle(location))
                return []
            }
            return [article]
        }
    }

    /// Keeps every article: a repeated id gets a suffix (`id~2`) and a warning.
    private func renameDuplicates(_ articles: [Article], problems: inout [IngestProblem]) -> [Article] {
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
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain,
           let code = POSIXErrorCode(rawValue: Int32(underlying.code)) {
            return String(cString: strerror(code.rawValue))
        }
        if ns.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(ns.code))) }
        return ns.localizedDescription
    }
}
