import Foundation

/// A persistent index of one corpus, as the core needs it. `NewsStore` keeps it in SQLite; the
/// core decides what goes in and reads it back, and never sees SQL.
///
/// Values cross as encoded blobs (see `BinaryFormat`): the core encodes and decodes them, the
/// store keeps them in tables with the keys given here.
public protocol CorpusStore: SearchStore {
    /// What the index was built from and with; `nil` when it is empty.
    func manifest() throws -> IndexManifest?
    /// The articles of a source file as read (before `CorpusLoader.finish`) and the problems
    /// met reading it, as stored by the last build that read the file.
    func file(_ path: String) throws -> StoredFile?
    /// The stored analyses among `hashes`.
    func analyses(_ hashes: [String]) throws -> [String: StoredAnalysis]
    /// Only the claim extractions (`StoredAnalysis.extraction`) among `hashes`.
    func extractions(_ hashes: [String]) throws -> [String: [UInt8]]
    /// Every article of the corpus, in order: its content hash and encoded `Article`.
    func articles() throws -> [(hash: String, article: [UInt8])]
    /// The content hash of every article, in order.
    func articleHashes() throws -> [String]
    /// How many articles the corpus holds.
    func articleCount() throws -> Int
    /// The article at a corpus position.
    func article(at position: Int) throws -> [UInt8]?
    /// The encoded claims (`[Claim]`) of the last build.
    func claims() throws -> [UInt8]
    /// The encoded `ReaderTables` and `Stories` of the last build; `nil` from an index made before
    /// they existed.
    func readerTables() throws -> (headers: [UInt8], places: [UInt8], stories: [UInt8])?
    /// The encoded `TermStatistics` of the last build; `nil` from an index made before they were kept.
    func termStatistics() throws -> [UInt8]?
    /// The stored claim extraction of the article at a corpus position.
    func extraction(at position: Int) throws -> [UInt8]?
    /// The search index's documents and article facts, encoded.
    func searchTables() throws -> (documents: [UInt8], facts: [UInt8])
    /// Replaces the index's contents with `update` and what `finishing` then returns, in one
    /// transaction: a failure or a kill part way leaves the previous contents. `finishing` may
    /// wait (for linking to end): the store writes `update` first, so that writing and linking
    /// overlap.
    func commit(_ update: IndexUpdate, finishing: () throws -> IndexUpdate.Linked) throws
}

/// How a source file looked when it was indexed: a change to any of these means reading it again.
public struct FileStamp: Sendable, Equatable {
    public var path: String
    public var size: Int64
    /// Modification time in nanoseconds since 1970.
    public var modified: Int64
    public var inode: UInt64

    public init(path: String, size: Int64, modified: Int64, inode: UInt64) {
        self.path = path
        self.size = size
        self.modified = modified
        self.inode = inode
    }

    /// The stamp of a file now; a file that cannot be examined gets an empty stamp (it is read,
    /// and reading reports why it fails).
    public static func of(_ path: String) -> FileStamp {
        var info = stat()
        guard stat(path, &info) == 0 else { return FileStamp(path: path, size: -1, modified: 0, inode: 0) }
        let nanoseconds = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        return FileStamp(path: path, size: Int64(info.st_size), modified: nanoseconds, inode: UInt64(info.st_ino))
    }

    /// Pipes, devices and files that cannot be examined are read every time.
    public var isStable: Bool { size >= 0 && inode != 0 }

    /// Whether both stamps are of one unchanged file, however its path was spelled
    /// (`corpus.jsonl`, `./corpus.jsonl`, an absolute path).
    public func isSameFile(as other: FileStamp) -> Bool {
        isStable && size == other.size && modified == other.modified && inode == other.inode
    }
}

/// The versions of the code that filled an index. A change to one redoes what depends on it.
public struct IndexVersions: Sendable, Equatable {
    /// Reading and cleaning files: a change reads every file again.
    public var ingest: Int
    /// Sentence analysis and claim extraction: a change re-analyses every article.
    public var analyser: Int
    /// The linker and its model: a change links again (it always runs after any change).
    public var linker: Int
    /// The blob encodings.
    public var format: Int

    public init(ingest: Int, analyser: Int, linker: Int, format: Int) {
        self.ingest = ingest
        self.analyser = analyser
        self.linker = linker
        self.format = format
    }

    /// This build's versions. Bump the matching number with any change that alters its output.
    public static let current = IndexVersions(ingest: 2, analyser: 101, linker: 31, format: BinaryFormat.version)
}

/// What an index was built from: the files in load order, the outlet map, the code versions.
public struct IndexManifest: Sendable, Equatable {
    public var versions: IndexVersions
    public var files: [FileStamp]
    /// A digest of the outlet map applied to the corpus.
    public var outletMap: String
    /// Problems found across files (renamed duplicate ids), repeated on every open.
    public var problems: [StoredProblem]

    public init(versions: IndexVersions, files: [FileStamp], outletMap: String, problems: [StoredProblem] = []) {
        self.versions = versions
        self.files = files
        self.outletMap = outletMap
        self.problems = problems
    }
}

/// A problem met while reading input, kept so that every open reports it again.
public struct StoredProblem: Sendable, Equatable {
    public var text: String
    public var isWarning: Bool

    public init(text: String, isWarning: Bool) {
        self.text = text
        self.isWarning = isWarning
    }

    public init(_ problem: IngestProblem) {
        self.init(text: problem.description, isWarning: problem.isWarning)
    }
}

/// One source file's articles as read, and the problems reading it met.
public struct StoredFile: Sendable {
    public var stamp: FileStamp
    /// Encoded articles, as read from the file.
    public var articles: [[UInt8]]
    /// The problems, as printed, and whether each is only a warning.
    public var problems: [StoredProblem]

    public init(stamp: FileStamp, articles: [[UInt8]], problems: [StoredProblem]) {
        self.stamp = stamp
        self.articles = articles
        self.problems = problems
    }
}

/// One article's analysis, by content hash: its claim extraction and its share of the search index.
public struct StoredAnalysis: Sendable {
    /// An encoded `ClaimExtractor.Result` whose mentions carry article 0.
    public var extraction: [UInt8]
    /// The article's search documents, with unit ranges and speakers.
    public var searchDocuments: [UInt8]
    /// The article's search postings, with local document numbers.
    public var searchPostings: [UInt8]

    public init(extraction: [UInt8], searchDocuments: [UInt8], searchPostings: [UInt8]) {
        self.extraction = extraction
        self.searchDocuments = searchDocuments
        self.searchPostings = searchPostings
    }
}

/// Everything one update writes. Files and analyses not named here are dropped unless kept.
public struct IndexUpdate: Sendable {
    /// What linking makes, written after the rest (`CorpusStore.commit(_:finishing:)`).
    public struct Linked: Sendable {
        public var claims: [UInt8]
        /// `ReaderTables.encodedHeaders()` and `encodedPlaces()`.
        public var readerHeaders: [UInt8]
        public var readerPlaces: [UInt8]
        /// `Stories.encoded()`.
        public var stories: [UInt8]
        /// `TermStatistics.encoded()` of the linker that made `claims`.
        public var termStatistics: [UInt8]

        public init(claims: [UInt8], readerHeaders: [UInt8], readerPlaces: [UInt8], stories: [UInt8],
                    termStatistics: [UInt8]) {
            self.claims = claims
            self.readerHeaders = readerHeaders
            self.readerPlaces = readerPlaces
            self.stories = stories
            self.termStatistics = termStatistics
        }
    }

    public var manifest: IndexManifest
    /// Files read in this update (the others in the manifest keep what is stored).
    public var readFiles: [StoredFile]
    /// The corpus in order: content hash and encoded final article.
    public var articles: [(hash: String, article: [UInt8])]
    /// Analyses made in this update; stored ones whose hash is no longer in `articles` are dropped.
    public var newAnalyses: [String: StoredAnalysis]
    public var searchDocuments: [UInt8]
    public var searchFacts: [UInt8]
    /// Every term of the search index with its encoded postings.
    public var postings: [(term: String, postings: [UInt8])]

    public init(manifest: IndexManifest, readFiles: [StoredFile], articles: [(hash: String, article: [UInt8])],
                newAnalyses: [String: StoredAnalysis], searchDocuments: [UInt8], searchFacts: [UInt8],
                postings: [(term: String, postings: [UInt8])]) {
        self.manifest = manifest
        self.readFiles = readFiles
        self.articles = articles
        self.newAnalyses = newAnalyses
        self.searchDocuments = searchDocuments
        self.searchFacts = searchFacts
        self.postings = postings
    }
}
