/// What opening a corpus from its index reads at once, so that nothing else is read before the
/// first screen: every article's header (`header(of:)`) and every mention's place (article and
/// sentence, article by article). A build writes them from `headers`; opening reads the headers
/// as `ArticleHeaders`, which decodes each when it is shown.
public struct ReaderTables: Sendable {
    public var headers: [Article]
    public var places: [MentionPlace]

    public init(headers: [Article], places: [MentionPlace]) {
        self.headers = headers
        self.places = places
    }

    /// The tables of a corpus and its claims.
    public init(_ claims: CorpusClaims) {
        headers = claims.articles.indices.map { Self.header(of: claims.articles.header($0)) }
        places = claims.linking.mentions.places
    }

    /// Reads encoded places (`encodedPlaces()`).
    public static func places(decoding places: [UInt8]) throws(BinaryDecodingError) -> [MentionPlace] {
        var placeReader = ByteReader(places)
        let decoded = try placeReader.readArray { (r: inout ByteReader) throws(BinaryDecodingError) in
            let article = try r.readInt(), sentence = try r.readInt()
            guard let a = Int32(exactly: article), let s = Int32(exactly: sentence), a >= 0 else {
                throw .invalid(what: "mention place", offset: 0)
            }
            return MentionPlace(article: a, sentence: s)
        }
        try placeReader.finish()
        return decoded
    }

    /// `article` with what lists show (id, source, title, outlet, date, language) and without what
    /// only reading it needs: its text, standfirst, byline, dateline, address and cited outlets.
    /// The reader reads the whole article when it shows it.
    public static func header(of article: Article) -> Article {
        var header = article
        header.body = ""
        header.sentences = []
        header.removed = []
        header.dek = nil
        header.syndicatedFrom = nil
        header.author = nil
        header.editor = nil
        header.dateline = nil
        header.url = nil
        header.cited = []
        return header
    }

    public func encodedHeaders() -> [UInt8] {
        var writer = ByteWriter(reservingCapacity: headers.count * 160)
        writer.writeArray(headers) { $1.write(to: &$0) }
        return writer.bytes
    }

    /// Places as two zig-zag varints each (a title or dek has a negative sentence number).
    public func encodedPlaces() -> [UInt8] {
        var writer = ByteWriter(reservingCapacity: places.count * 4)
        writer.writeArray(places) { w, place in
            w.writeInt(Int(place.article))
            w.writeInt(Int(place.sentence))
        }
        return writer.bytes
    }
}
