// The binary encoding of claim extraction results, in field order; see `ByteWriter` for the
// primitives. Sets and dictionaries are written sorted, so equal values encode to equal bytes.
// Changing anything here changes the format: bump `BinaryFormat.version`.

extension ClaimExtractor.Result: BinaryCodable {
    /// Appends the result to `writer`, for blobs that hold more than one value.
    public func write(to writer: inout ByteWriter) {
        writer.writeArray(mentions) { $1.write(to: &$0) }
        writer.writeArray(skipped.sorted { $0.key < $1.key }) { writer, entry in
            writer.writeInt(entry.key)
            writer.writeRawValue(entry.value)
        }
    }

    /// Reads a result written by `write(to:)`.
    public init(reading reader: inout ByteReader) throws(BinaryDecodingError) {
        let mentions = try reader.readArray { (r: inout ByteReader) throws(BinaryDecodingError) in
            try ClaimMention(reading: &r)
        }
        let count = try reader.readCount()
        var skipped: [Int: SkipReason] = [:]
        skipped.reserveCapacity(count)
        var previous: Int?
        for _ in 0..<count {
            let start = reader.offset
            let key = try reader.readInt()
            // Written in ascending order: anything else is not this encoding (and may repeat a key).
            if let previous, key <= previous { throw .invalid(what: "skipped sentence order", offset: start) }
            previous = key
            skipped[key] = try reader.readRawValue(SkipReason.self)
        }
        self.init(mentions: mentions, skipped: skipped)
    }

    public var estimatedEncodedSize: Int {
        var size = 8 + skipped.count * 16
        for mention in mentions { size += mention.estimatedEncodedSize }
        return size
    }
}

extension ClaimMention: BinaryCodable {
    /// Appends the mention to `writer`, for blobs that hold more than one value.
    public func write(to writer: inout ByteWriter) {
        writer.writeInt(article)
        writer.writeInt(sentence)
        writer.writeRawValue(kind)
        writer.writeOptional(clause) { writer, clause in
            writer.writeInt(clause.lowerBound)
            writer.writeInt(clause.upperBound)
        }
        writer.writeOptionalString(speakerKey)
        writer.writeInt(Int(speakerAcronyms))
        writer.writeOptionalString(cue)
        writer.writeStrings(relays)
        writer.writeBool(quoted)
        writer.writeOptional(time) { $1.write(to: &$0) }
        writer.writeRawValue(timeSource)
        writer.writeStrings(terms)
        writer.writeStrings(sorted: names)
        writer.writeStrings(sorted: entities)
        writer.writeStrings(sorted: numbers)
        writer.writeBool(negated)
        writer.writeArray(words) { $0.writeInt(Int($1)) }
        writer.writeBool(opensWithAnaphor)
    }

    /// Reads a mention written by `write(to:)`.
    public init(reading reader: inout ByteReader) throws(BinaryDecodingError) {
        let article = try reader.readInt()
        let sentence = try reader.readInt()
        let kind = try reader.readRawValue(Kind.self)
        let clause = try reader.readOptional { (r: inout ByteReader) throws(BinaryDecodingError) -> Range<Int> in
            let start = r.offset
            let lower = try r.readInt(), upper = try r.readInt()
            guard lower <= upper else { throw .invalid(what: "clause range", offset: start) }
            return lower..<upper
        }
        let speakerKey = try reader.readOptionalString()
        let acronymsAt = reader.offset
        guard let speakerAcronyms = UInt8(exactly: try reader.readInt()) else { throw .invalid(what: "speaker acronyms", offset: acronymsAt) }
        let cue = try reader.readOptionalString()
        let relays = try reader.readStrings()
        let quoted = try reader.readBool()
        let time = try reader.readOptional { (r: inout ByteReader) throws(BinaryDecodingError) in
            try DateAnchor(reading: &r)
        }
        let timeSource = try reader.readRawValue(TimeSource.self)
        let terms = try reader.readStrings()
        let names = try reader.readStringSet()
        let entities = try reader.readStringSet()
        let numbers = try reader.readStringSet()
        let negated = try reader.readBool()
        let start = reader.offset
        let words = try reader.readArray { (r: inout ByteReader) throws(BinaryDecodingError) -> UInt32 in
            let value = try r.readInt()
            guard let word = UInt32(exactly: value) else { throw .invalid(what: "word hash", offset: start) }
            return word
        }
        guard zip(words, words.dropFirst()).allSatisfy({ $0 < $1 }) else { throw .invalid(what: "word hash order", offset: start) }
        let opensWithAnaphor = try reader.readBool()
        self.init(
            article: article, sentence: sentence, kind: kind, clause: clause, speakerKey: speakerKey,
            speakerAcronyms: speakerAcronyms, cue: cue,
            relays: relays, quoted: quoted, time: time, timeSource: timeSource, terms: terms, names: names,
            entities: entities, numbers: numbers, negated: negated, words: words, opensWithAnaphor: opensWithAnaphor)
    }

    public var estimatedEncodedSize: Int {
        var size = 26 + words.count * 5 + (speakerKey?.utf8.count ?? 0) + (cue?.utf8.count ?? 0)
        for text in relays { size += 1 + text.utf8.count }
        for text in terms { size += 1 + text.utf8.count }
        for text in names { size += 1 + text.utf8.count }
        for text in entities { size += 1 + text.utf8.count }
        for text in numbers { size += 1 + text.utf8.count }
        return size
    }
}

extension DateAnchor {
    func write(to writer: inout ByteWriter) {
        writer.writeOptionalInt(year)
        writer.writeInt(month)
        writer.writeOptionalInt(day)
    }

    init(reading reader: inout ByteReader) throws(BinaryDecodingError) {
        self.init(year: try reader.readOptionalInt(), month: try reader.readInt(), day: try reader.readOptionalInt())
    }
}
