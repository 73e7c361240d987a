// The binary encoding of an index's manifest and of one file's stored contents. Changing
// anything here changes the format: bump `BinaryFormat.version`.

extension IndexManifest: BinaryCodable {
    public var estimatedEncodedSize: Int { 64 + files.count * 64 }

    public func write(to writer: inout ByteWriter) {
        for version in [versions.ingest, versions.analyser, versions.linker, versions.format] { writer.writeInt(version) }
        writer.writeArray(files) { writer, stamp in stamp.write(to: &writer) }
        writer.writeString(outletMap)
        StoredProblem.write(problems, to: &writer)
    }

    public init(reading reader: inout ByteReader) throws(BinaryDecodingError) {
        let versions = IndexVersions(ingest: try reader.readInt(), analyser: try reader.readInt(),
                                     linker: try reader.readInt(), format: try reader.readInt())
        let files = try reader.readArray { (r: inout ByteReader) throws(BinaryDecodingError) in try FileStamp(reading: &r) }
        let outletMap = try reader.readString()
        let problems = try StoredProblem.read(from: &reader)
        self.init(versions: versions, files: files, outletMap: outletMap, problems: problems)
    }
}

extension FileStamp: BinaryCodable {
    public func write(to writer: inout ByteWriter) {
        writer.writeString(path)
        writer.writeInt(Int(size))
        writer.writeInt(Int(modified))
        writer.writeVarint(inode)
    }

    public init(reading reader: inout ByteReader) throws(BinaryDecodingError) {
        self.init(path: try reader.readString(), size: Int64(try reader.readInt()),
                  modified: Int64(try reader.readInt()), inode: try reader.readVarint())
    }
}

extension StoredProblem {
    static func write(_ problems: [StoredProblem], to writer: inout ByteWriter) {
        writer.writeArray(problems) { writer, problem in
            writer.writeString(problem.text)
            writer.writeBool(problem.isWarning)
        }
    }

    static func read(from reader: inout ByteReader) throws(BinaryDecodingError) -> [StoredProblem] {
        try reader.readArray { (r: inout ByteReader) throws(BinaryDecodingError) in
            StoredProblem(text: try r.readString(), isWarning: try r.readBool())
        }
    }

    /// A list of problems as a blob.
    public static func encode(_ problems: [StoredProblem]) -> [UInt8] {
        var writer = ByteWriter()
        write(problems, to: &writer)
        return writer.bytes
    }

    public static func decode(_ bytes: [UInt8]) throws(BinaryDecodingError) -> [StoredProblem] {
        var reader = ByteReader(bytes)
        let problems = try read(from: &reader)
        try reader.finish()
        return problems
    }
}
