// The binary encoding of an article, in field order; see `ByteWriter` for the primitives.
// Changing anything here changes the format: bump `BinaryFormat.version`, and step over the same
// fields in `ArticleHeaders.init(decoding:)`, which reads headers without decoding them.

extension Article: BinaryCodable {
    /// Appends the article to `writer`, for blobs that hold more than one value.
    public func write(to writer: inout ByteWriter) {
        writer.writeString(id)
        source.write(to: &writer)
        writer.writeString(title)
        writer.writeOptionalString(dek)
        writer.writeRawValue(titleOrigin)
        writer.writeOptionalString(outlet)
        writer.writeRawValue(outletEvidence)
        writer.writeOptionalString(syndicatedFrom)
        writer.writeOptional(published) { $1.write(to: &$0) }
        writer.writeRawValue(language)
        writer.writeOptionalString(author)
        writer.writeOptionalString(editor)
        writer.writeOptionalString(dateline)
        writer.writeOptionalString(url)
        writer.writeStrings(cited)
        writer.writeString(body)
        writer.writeCount(sentences.count)
        var cursor = SentenceCursor()
        for sentence in sentences { cursor.write(sentence, to: &writer) }
        writer.writeArray(removed) { $1.write(to: &$0) }
    }

    /// Reads an article written by `write(to:)`.
    public init(reading reader: inout ByteReader) throws(BinaryDecodingError) {
        let id = try reader.readString()
        let source = try SourceLocation(reading: &reader)
        let title = try reader.readString()
        let dek = try reader.readOptionalString()
        let titleOrigin = try reader.readRawValue(TitleOrigin.self)
        let outlet = try reader.readOptionalString()
        let outletEvidence = try reader.readRawValue(OutletEvidence.self)
        let syndicatedFrom = try reader.readOptionalString()
        let published = try reader.readOptional { (r: inout ByteReader) throws(BinaryDecodingError) in
            try PublicationDate(reading: &r)
        }
        let language = try reader.readRawValue(Language.self)
        let author = try reader.readOptionalString()
        let editor = try reader.readOptionalString()
        let dateline = try reader.readOptionalString()
        let url = try reader.readOptionalString()
        let cited = try reader.readStrings()
        let body = try reader.readString()
        var cursor = SentenceCursor()
        let sentences = try reader.readArray { (r: inout ByteReader) throws(BinaryDecodingError) in
            try cursor.read(from: &r)
        }
        let removed = try reader.readArray { (r: inout ByteReader) throws(BinaryDecodingError) in
            try RemovedLine(reading: &r)
        }
        self.init(
            id: id, source: source, title: title, titleOrigin: titleOrigin, outlet: outlet,
            outletEvidence: outletEvidence, syndicatedFrom: syndicatedFrom, published: published,
            language: language, author: author, editor: editor, dateline: dateline, url: url, cited: cited,
            body: body, sentences: sentences, removed: removed)
        self.dek = dek
    }

    /// Close to the encoded size, so the writer allocates once: the text plus a few bytes a field.
    public var estimatedEncodedSize: Int {
        var size = 64 + id.utf8.count + source.path.utf8.count + title.utf8.count + body.utf8.count
        size += (dek?.utf8.count ?? 0) + (outlet?.utf8.count ?? 0) + (syndicatedFrom?.utf8.count ?? 0)
        size += (author?.utf8.count ?? 0) + (editor?.utf8.count ?? 0) + (dateline?.utf8.count ?? 0)
        size += url?.utf8.count ?? 0
        for name in cited { size += 2 + name.utf8.count }
        size += sentences.count * 12
        for line in removed { size += 8 + line.text.utf8.count }
        return size
    }
}

extension SourceLocation {
    func write(to writer: inout ByteWriter) {
        writer.writeString(path)
        writer.writeOptionalInt(line)
    }

    init(reading reader: inout ByteReader) throws(BinaryDecodingError) {
        self.init(path: try reader.readString(), line: try reader.readOptionalInt())
    }
}

extension PublicationDate {
    func write(to writer: inout ByteWriter) {
        writer.writeInt(year)
        writer.writeInt(month)
        writer.writeInt(day)
        writer.writeOptional(time) { writer, time in
            writer.writeInt(time.hour)
            writer.writeInt(time.minute)
            writer.writeInt(time.second)
        }
        writer.writeOptionalInt(utcOffsetMinutes)
    }

    init(reading reader: inout ByteReader) throws(BinaryDecodingError) {
        let year = try reader.readInt()
        let month = try reader.readInt()
        let day = try reader.readInt()
        let time = try reader.readOptional { (r: inout ByteReader) throws(BinaryDecodingError) in
            (hour: try r.readInt(), minute: try r.readInt(), second: try r.readInt())
        }
        self.init(year: year, month: month, day: day, time: time, utcOffsetMinutes: try reader.readOptionalInt())
    }
}

/// Where the previous sentence ended: each sentence's numbers are written relative to it, so
/// that most take one or two bytes. Wrapping arithmetic keeps any `Int` exact and never traps.
struct SentenceCursor {
    var position = 0
    var scalars = 0
    var utf8 = 0

    mutating func write(_ sentence: Sentence, to writer: inout ByteWriter) {
        writer.writeInt(sentence.index &- position)
        writer.writeInt(sentence.start &- scalars)
        writer.writeInt(sentence.end &- sentence.start)
        writer.writeOptional(sentence.utf8Start) { writer, start in
            writer.writeInt(start &- utf8)
            utf8 = start
        }
        writer.writeOptional(sentence.utf8End) { writer, end in
            writer.writeInt(end &- utf8)
            utf8 = end
        }
        position += 1
        scalars = sentence.end
    }

    mutating func read(from reader: inout ByteReader) throws(BinaryDecodingError) -> Sentence {
        let index = position &+ (try reader.readInt())
        let start = scalars &+ (try reader.readInt())
        let end = start &+ (try reader.readInt())
        let utf8Start = try reader.readOptional { (r: inout ByteReader) throws(BinaryDecodingError) in
            utf8 = utf8 &+ (try r.readInt())
            return utf8
        }
        let utf8End = try reader.readOptional { (r: inout ByteReader) throws(BinaryDecodingError) in
            utf8 = utf8 &+ (try r.readInt())
            return utf8
        }
        position += 1
        scalars = end
        return Sentence(index: index, start: start, end: end, utf8Start: utf8Start, utf8End: utf8End)
    }
}

extension RemovedLine {
    func write(to writer: inout ByteWriter) {
        writer.writeInt(line)
        writer.writeString(text)
        writer.writeRawValue(reason)
    }

    init(reading reader: inout ByteReader) throws(BinaryDecodingError) {
        self.init(line: try reader.readInt(), text: try reader.readString(),
                  reason: try reader.readRawValue(RemovalReason.self))
    }
}
