// The binary encoding of the linker's term statistics; see `ByteWriter` for the primitives.
// Terms are written sorted, so equal statistics encode to equal bytes.

extension TermStatistics {
    public func encoded() -> [UInt8] {
        var writer = ByteWriter(reservingCapacity: 16 + documentFrequency.count * 16)
        writer.writeInt(mentionCount)
        writer.writeArray(documentFrequency.sorted { $0.key < $1.key }) { w, entry in
            w.writeString(entry.key)
            w.writeInt(entry.value)
        }
        return writer.bytes
    }

    /// Reads statistics from `encoded()`, checking that every count is possible.
    public init(decoding bytes: [UInt8]) throws(BinaryDecodingError) {
        var reader = ByteReader(bytes)
        let mentions = try reader.readInt()
        guard mentions >= 0 else { throw .invalid(what: "mention count", offset: 0) }
        let count = try reader.readCount()
        var frequency: [String: Int] = [:]
        frequency.reserveCapacity(count)
        for _ in 0..<count {
            let start = reader.offset
            let term = try reader.readString()
            let df = try reader.readInt()
            guard (1...max(1, mentions)).contains(df), frequency.updateValue(df, forKey: term) == nil else {
                throw .invalid(what: "term frequency", offset: start)
            }
        }
        try reader.finish()
        self.init(documentFrequency: frequency, mentionCount: mentions)
    }
}
