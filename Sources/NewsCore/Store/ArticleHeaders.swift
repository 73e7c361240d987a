/// Every article's header as an index keeps it (`ReaderTables.encodedHeaders()`), decoded one at a
/// time when it is asked for.
///
/// Opening a large archive needs each article's date and outlet for its lists and orderings, and
/// the title of the few articles on screen. Decoding a hundred thousand headers into `Article`s
/// made most of the reader's start-up at 100k articles; one pass that reads the dates and outlets
/// and steps over the rest leaves the other fields in their bytes until a header is shown.
public struct ArticleHeaders: Sendable {
    private let encoded: [UInt8]
    /// Per article: where its header starts in `encoded`.
    private let starts: [Int]
    /// Per article: its publication date.
    public let published: [PublicationDate?]
    /// Per article: its outlet, if known.
    public let outlets: [String?]

    public var count: Int { starts.count }

    /// Reads the dates and outlets of headers written by `ReaderTables.encodedHeaders()`; throws
    /// when the layout is broken (a length past the end, an unknown tag, trailing bytes).
    public init(decoding bytes: [UInt8]) throws(BinaryDecodingError) {
        var reader = ByteReader(bytes)
        let count = try reader.readCount()
        var starts: [Int] = [], published: [PublicationDate?] = [], outlets: [String?] = []
        starts.reserveCapacity(count)
        published.reserveCapacity(count)
        outlets.reserveCapacity(count)
        for _ in 0..<count {
            starts.append(reader.offset)
            try reader.skipString()  // id
            try reader.skipString()  // source path
            try reader.skipOptional { (r: inout ByteReader) throws(BinaryDecodingError) in _ = try r.readVarint() }  // source line
            try reader.skipString()  // title
            try reader.skipOptional { (r: inout ByteReader) throws(BinaryDecodingError) in try r.skipString() }  // dek
            try reader.skipString()  // title origin
            outlets.append(try reader.readOptionalString())
            try reader.skipString()  // outlet evidence
            try reader.skipOptional { (r: inout ByteReader) throws(BinaryDecodingError) in try r.skipString() }  // syndicated from
            published.append(try reader.readOptional { (r: inout ByteReader) throws(BinaryDecodingError) in
                try PublicationDate(reading: &r)
            })
            try reader.skipString()  // language
            for _ in 0..<4 {  // author, editor, dateline, address
                try reader.skipOptional { (r: inout ByteReader) throws(BinaryDecodingError) in try r.skipString() }
            }
            for _ in 0..<(try reader.readCount()) { try reader.skipString() }  // cited outlets
            try reader.skipString()  // body
            // A header has no sentences and no removed lines; anything else is not a header.
            guard try reader.readCount() == 0, try reader.readCount() == 0 else {
                throw .invalid(what: "article header", offset: starts.last!)
            }
        }
        try reader.finish()
        encoded = bytes
        self.starts = starts
        self.published = published
        self.outlets = outlets
    }

    /// Header `i` in full (id, source, title, outlet, date, language; no text). A header whose
    /// bytes do not decode (its strings are checked only here) reads as an untitled placeholder
    /// that says so, rather than stopping the reader.
    public func header(_ i: Int) -> Article {
        var reader = ByteReader(encoded, from: starts[i])
        if let article = try? Article(reading: &reader) { return article }
        var placeholder = Article(id: "?", source: SourceLocation(path: "?"),
                                  title: "(this header of the index does not decode: run newsreader index --rebuild)", body: "")
        placeholder.outlet = outlets[i]
        placeholder.published = published[i]
        return placeholder
    }
}
