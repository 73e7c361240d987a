// The binary encodings of the search index's parts and of claims, for a persistent index.
// Document numbers and positions are delta-coded varints. Changing anything here changes the
// format: bump `BinaryFormat.version`.

extension SearchIndex.Postings: BinaryCodable {
    public var estimatedEncodedSize: Int { documents.count * 3 + positions.count * 2 + 8 }

    public func write(to writer: inout ByteWriter) {
        writer.writeCount(documents.count)
        var previous: Int32 = 0
        for k in documents.indices {
            writer.writeVarint(UInt64(documents[k] - previous))
            previous = documents[k]
            let list = positions(at: k)
            writer.writeCount(list.count)
            var last: UInt16 = 0
            for p in list {
                writer.writeVarint(UInt64(p &- last))
                last = p
            }
        }
    }

    public init(reading reader: inout ByteReader) throws(BinaryDecodingError) {
        self.init()
        let count = try reader.readCount()
        documents.reserveCapacity(count)
        positions.reserveCapacity(count)
        var document: Int64 = 0
        for k in 0..<count {
            document += Int64(try reader.readVarint())
            guard document <= Int64(Int32.max) else { throw .invalid(what: "document number", offset: reader.offset) }
            documents.append(Int32(document))
            let n = try reader.readCount()
            // Starts are kept from the first document that holds the term other than once.
            if n != 1 && starts == nil {
                starts = []
                starts!.reserveCapacity(count)
                starts!.append(contentsOf: 0..<Int32(k))
            }
            starts?.append(Int32(positions.count))
            var position: UInt64 = 0
            for _ in 0..<n {
                position += try reader.readVarint()
                guard position <= UInt64(UInt16.max) else { throw .invalid(what: "unit position", offset: reader.offset) }
                positions.append(UInt16(position))
            }
        }
    }
}

extension ArticleSearchPart {
    /// The part's documents (unit ranges and speakers) as a blob.
    public func encodedDocuments() -> [UInt8] {
        var writer = ByteWriter(reservingCapacity: documentCount * 64)
        writer.writeArray(0..<documentCount) { writer, k in
            writer.writeOptionalInt(sentence(of: k))
            writer.writeOptionalString(speaker(of: k))
            let ranges = units.ranges(k)
            writer.writeCount(ranges.count)
            var last = 0
            for range in ranges {
                writer.writeInt(range.lowerBound - last)
                writer.writeInt(range.count)
                last = range.lowerBound
            }
        }
        return writer.bytes
    }

    /// The part's postings (local document numbers) as a blob, terms sorted.
    public func encodedPostings() -> [UInt8] {
        var writer = ByteWriter(reservingCapacity: postings.count * 16)
        writer.writeArray(postings.keys.sorted()) { writer, term in
            writer.writeString(term)
            postings[term]!.write(to: &writer)
        }
        return writer.bytes
    }

    /// Decodes a documents blob, one document at a time, into `visit`.
    private static func decodeDocuments(_ bytes: [UInt8], _ visit: (Int?, [Range<Int>], String?) -> Void) throws(BinaryDecodingError) {
        var reader = ByteReader(bytes)
        var units: [Range<Int>] = []
        for _ in 0..<(try reader.readCount()) {
            let sentence = try reader.readOptionalInt()
            let speaker = try reader.readOptionalString()
            let count = try reader.readCount()
            units.removeAll(keepingCapacity: true)
            var last = 0
            for _ in 0..<count {
                let start = last + (try reader.readInt())
                let length = try reader.readInt()
                guard start >= 0, length >= 0 else { throw .invalid(what: "unit range", offset: reader.offset) }
                units.append(start..<(start + length))
                last = start
            }
            visit(sentence, units, speaker)
        }
        try reader.finish()
    }

    public static func decodeDocuments(_ bytes: [UInt8]) throws(BinaryDecodingError) -> [Document] {
        var documents: [Document] = []
        try decodeDocuments(bytes) { documents.append(Document(sentence: $0, units: $1, speaker: $2)) }
        return documents
    }

    public init(documents: [UInt8], postings: [UInt8]) throws(BinaryDecodingError) {
        let list = try Self.decodePostings(postings)
        var table: [String: SearchIndex.Postings] = [:]
        table.reserveCapacity(list.count)
        for (term, termPostings) in list { table[term] = termPostings }
        try self.init(documents: documents)
        self.postings = table
    }

    /// A part with the documents of a blob and no postings.
    init(documents: [UInt8]) throws(BinaryDecodingError) {
        self.init()
        try Self.decodeDocuments(documents) { append(sentence: $0, units: $1, speaker: $2) }
    }

    /// The terms and postings of a postings blob, in its order, without building a table.
    static func decodePostings(_ bytes: [UInt8]) throws(BinaryDecodingError) -> [(term: String, postings: SearchIndex.Postings)] {
        var reader = ByteReader(bytes)
        let count = try reader.readCount()
        var list: [(term: String, postings: SearchIndex.Postings)] = []
        list.reserveCapacity(count)
        for _ in 0..<count {
            let term = try reader.readString()
            list.append((term, try SearchIndex.Postings(reading: &reader)))
        }
        try reader.finish()
        return list
    }
}

/// An article's search part as the merge takes it: its documents, and its postings as a list.
public struct MergeablePart: Sendable {
    /// The documents; its own postings table is empty.
    var documents: ArticleSearchPart
    var postings: [(term: String, postings: SearchIndex.Postings)]

    /// The part held as a table.
    public init(_ part: consuming ArticleSearchPart) {
        let table = part.postings
        part.postings = [:]
        documents = part
        postings = table.map { ($0.key, $0.value) }
    }

    /// The part a store keeps as two blobs, read without a table.
    public init(documents: [UInt8], postings: [UInt8]) throws(BinaryDecodingError) {
        self.postings = try ArticleSearchPart.decodePostings(postings)
        self.documents = try ArticleSearchPart(documents: documents)
    }
}

extension SearchIndex {
    /// Every document's article, sentence, length and speaker, as a blob.
    public static func encode(documents: [Document]) -> [UInt8] {
        var writer = ByteWriter(reservingCapacity: documents.count * 6)
        writer.writeArray(documents) { writer, document in
            writer.writeInt(document.article)
            writer.writeInt(document.sentence ?? -1)
            writer.writeInt(document.length)
            writer.writeOptionalString(document.speaker)
        }
        return writer.bytes
    }

    public static func decodeDocuments(_ bytes: [UInt8]) throws(BinaryDecodingError) -> [Document] {
        var reader = ByteReader(bytes)
        let documents = try reader.readArray { (r: inout ByteReader) throws(BinaryDecodingError) -> Document in
            let article = try r.readInt()
            let sentence = try r.readInt()
            return Document(article: article, sentence: sentence < 0 ? nil : sentence,
                            length: try r.readInt(), speaker: try r.readOptionalString())
        }
        try reader.finish()
        return documents
    }

    public static func encode(facts: [ArticleFacts]) -> [UInt8] {
        var writer = ByteWriter(reservingCapacity: facts.count * 32)
        writer.writeArray(facts) { writer, fact in
            writer.writeOptional(fact.published) { writer, date in date.write(to: &writer) }
            writer.writeString(fact.outlet)
            writer.writeOptionalString(fact.syndicatedFrom)
            writer.writeRawValue(fact.language)
        }
        return writer.bytes
    }

    public static func decodeFacts(_ bytes: [UInt8]) throws(BinaryDecodingError) -> [ArticleFacts] {
        var reader = ByteReader(bytes)
        let facts = try reader.readArray { (r: inout ByteReader) throws(BinaryDecodingError) -> ArticleFacts in
            let published = try r.readOptional { (r: inout ByteReader) throws(BinaryDecodingError) in
                try PublicationDate(reading: &r)
            }
            return ArticleFacts(published: published, outlet: try r.readString(),
                                syndicatedFrom: try r.readOptionalString(), language: try r.readRawValue(Language.self))
        }
        try reader.finish()
        return facts
    }
}

extension Claim {
    /// Claims as a blob: members, representative and scores.
    public static func encode(_ claims: some Collection<Claim>) -> [UInt8] {
        var writer = ByteWriter(reservingCapacity: claims.count * 12)
        writer.writeArray(claims) { writer, claim in
            writer.writeArray(claim.members) { writer, member in writer.writeInt(member) }
            writer.writeInt(claim.representative)
            writer.writeArray(claim.scores) { writer, score in writer.writeDouble(score) }
        }
        return writer.bytes
    }

    /// Decodes claims, checking that every member is one of `mentions` mentions.
    public static func decode(_ bytes: [UInt8], mentions: Int) throws(BinaryDecodingError) -> ClaimList {
        var reader = ByteReader(bytes)
        let count = try reader.readCount()
        var members: [Int32] = [], scores: [Double] = [], representatives: [Int32] = [], starts: [Int32] = [0]
        members.reserveCapacity(count * 2)
        scores.reserveCapacity(count * 2)
        representatives.reserveCapacity(count)
        starts.reserveCapacity(count + 1)
        let limit = min(mentions, Int(Int32.max))
        for _ in 0..<count {
            let start = reader.offset, first = members.count
            for _ in 0..<(try reader.readCount()) {
                let member = try reader.readInt()
                guard member >= 0 && member < limit else { throw .invalid(what: "claim member", offset: start) }
                members.append(Int32(member))
            }
            let representative = try reader.readInt()
            for _ in 0..<(try reader.readCount()) { scores.append(try reader.readDouble()) }
            guard scores.count == members.count, members.count > first,
                  members[first...].contains(where: { Int($0) == representative }) else {
                throw .invalid(what: "claim", offset: start)
            }
            starts.append(Int32(members.count))
            representatives.append(Int32(representative))
        }
        try reader.finish()
        return ClaimList(members: members, scores: scores, starts: starts, representatives: representatives)
    }
}
