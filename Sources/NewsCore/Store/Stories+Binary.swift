// The binary encoding of the stories a build grouped; see `ByteWriter` for the primitives.

extension Stories {
    public func encoded() -> [UInt8] {
        var writer = ByteWriter(reservingCapacity: 64 + stories.count * 64)
        writer.writeArray(stories) { w, story in
            w.writeArray(story.articles) { $0.writeInt($1) }
            w.writeStrings(story.sources)
            w.writeOptional(story.first) { $1.write(to: &$0) }
            w.writeOptional(story.last) { $1.write(to: &$0) }
            w.writeArray(story.claims) { $0.writeInt($1) }
        }
        return writer.bytes
    }

    /// Reads stories from `encoded()`, checking that they name articles and claims that exist.
    public init(decoding bytes: [UInt8], articles: Int, claims: Int) throws(BinaryDecodingError) {
        var reader = ByteReader(bytes)
        let stories = try reader.readArray { (r: inout ByteReader) throws(BinaryDecodingError) -> Story in
            let members = try r.readArray { (r: inout ByteReader) throws(BinaryDecodingError) in try r.readInt() }
            let sources = try r.readStrings()
            let first = try r.readOptional { (r: inout ByteReader) throws(BinaryDecodingError) in try PublicationDate(reading: &r) }
            let last = try r.readOptional { (r: inout ByteReader) throws(BinaryDecodingError) in try PublicationDate(reading: &r) }
            let shared = try r.readArray { (r: inout ByteReader) throws(BinaryDecodingError) in try r.readInt() }
            guard !members.isEmpty, members.allSatisfy({ (0..<articles).contains($0) }),
                  shared.allSatisfy({ (0..<claims).contains($0) }) else {
                throw .invalid(what: "story", offset: r.offset)
            }
            return Story(articles: members, sources: sources, first: first, last: last, claims: shared)
        }
        try reader.finish()
        self.init(stories: stories)
    }
}
