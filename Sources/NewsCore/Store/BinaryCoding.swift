/// The version of the binary encoding written by `ByteWriter` and the model types' `encoded()`:
/// bump when any encoding changes, so a store can tell its blobs are stale and rebuild them.
public enum BinaryFormat {
    public static let version = 4
}

/// Why a blob could not be decoded.
public enum BinaryDecodingError: Error, Equatable, CustomStringConvertible {
    /// The blob ends before the value being read at `offset` is complete.
    case truncated(offset: Int)
    /// The bytes at `offset` do not hold a valid `what` (an unknown enum raw value, bad UTF-8, …).
    case invalid(what: String, offset: Int)

    public var description: String {
        switch self {
        case .truncated(let offset): "binary data truncated at byte \(offset)"
        case .invalid(let what, let offset): "invalid \(what) at byte \(offset)"
        }
    }
}

/// Bytes being encoded: varints, zig-zag integers, strings, optionals and arrays, appended in order.
///
/// Unsigned integers are LEB128 varints, signed ones zig-zag varints, a `Double` its 8-byte
/// little-endian bit pattern, a `Bool` one byte, a string its UTF-8 length then its bytes, an
/// optional a 0/1 tag then the value, an array its count then its elements.
public struct ByteWriter: Sendable {
    @usableFromInline var storage: [UInt8]

    public init(reservingCapacity capacity: Int = 0) {
        storage = []
        storage.reserveCapacity(capacity)
    }

    /// The bytes written so far.
    @inlinable public var bytes: [UInt8] { storage }

    @inlinable public var count: Int { storage.count }

    @inlinable public mutating func reserveCapacity(_ capacity: Int) {
        storage.reserveCapacity(capacity)
    }

    @inlinable public mutating func writeVarint(_ value: UInt64) {
        if value < 0x80 {
            storage.append(UInt8(truncatingIfNeeded: value))
            return
        }
        var rest = value
        while rest >= 0x80 {
            storage.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        storage.append(UInt8(truncatingIfNeeded: rest))
    }

    /// Writes a count or length, which must not be negative.
    @inlinable public mutating func writeCount(_ value: Int) {
        precondition(value >= 0, "a count cannot be negative")
        writeVarint(UInt64(value))
    }

    /// Writes any `Int` as a zig-zag varint: small magnitudes of either sign take few bytes.
    @inlinable public mutating func writeInt(_ value: Int) {
        let wide = Int64(value)
        writeVarint(UInt64(bitPattern: (wide << 1) ^ (wide >> 63)))
    }

    @inlinable public mutating func writeDouble(_ value: Double) {
        var bits = value.bitPattern
        for _ in 0..<8 {
            storage.append(UInt8(truncatingIfNeeded: bits))
            bits >>= 8
        }
    }

    @inlinable public mutating func writeBool(_ value: Bool) {
        storage.append(value ? 1 : 0)
    }

    @inlinable public mutating func writeString(_ value: String) {
        let utf8 = value.utf8
        writeCount(utf8.count)
        storage.append(contentsOf: utf8)
    }

    /// Writes an enum case as its raw value.
    @inlinable public mutating func writeRawValue<T: RawRepresentable>(_ value: T) where T.RawValue == String {
        writeString(value.rawValue)
    }

    @inlinable public mutating func writeOptional<T>(_ value: T?, _ write: (inout ByteWriter, T) -> Void) {
        if let value {
            storage.append(1)
            write(&self, value)
        } else {
            storage.append(0)
        }
    }

    @inlinable public mutating func writeOptionalString(_ value: String?) {
        writeOptional(value) { $0.writeString($1) }
    }

    @inlinable public mutating func writeOptionalInt(_ value: Int?) {
        writeOptional(value) { $0.writeInt($1) }
    }

    @inlinable public mutating func writeArray<C: Collection>(_ values: C, _ write: (inout ByteWriter, C.Element) -> Void) {
        writeCount(values.count)
        for value in values { write(&self, value) }
    }

    @inlinable public mutating func writeStrings<C: Collection<String>>(_ values: C) {
        writeCount(values.count)
        for value in values { writeString(value) }
    }

    /// Writes a set in sorted order, so that equal sets give equal bytes.
    @inlinable public mutating func writeStrings(sorted values: Set<String>) {
        switch values.count {
        case 0: writeCount(0)
        case 1: writeStrings(values)
        default: writeStrings(values.sorted())
        }
    }
}

/// Bytes being decoded, read in the order `ByteWriter` wrote them; every read checks its bounds
/// and throws `BinaryDecodingError` on truncated or malformed input.
public struct ByteReader: Sendable {
    @usableFromInline let storage: [UInt8]
    @usableFromInline var position: Int

    public init(_ bytes: [UInt8]) {
        storage = bytes
        position = 0
    }

    /// Reads `bytes` from `offset` on (one value of several written one after another).
    public init(_ bytes: [UInt8], from offset: Int) {
        storage = bytes
        position = min(max(offset, 0), bytes.count)
    }

    /// The position of the next byte to read.
    @inlinable public var offset: Int { position }

    /// Reads a copy of `buffer` (a SQLite blob, say), which may be freed once this returns.
    public init(_ buffer: UnsafeRawBufferPointer) {
        self.init(Array(buffer))
    }

    /// Bytes not yet read.
    @inlinable public var remaining: Int { storage.count - position }

    @inlinable public var isAtEnd: Bool { position >= storage.count }

    /// Throws unless every byte has been read: a longer blob is not the value that was decoded.
    @inlinable public func finish() throws(BinaryDecodingError) {
        guard isAtEnd else { throw .invalid(what: "trailing bytes", offset: position) }
    }

    @inlinable public mutating func readVarint() throws(BinaryDecodingError) -> UInt64 {
        let start = position
        var i = position
        guard i < storage.count else { throw .truncated(offset: i) }
        var byte = storage[i]
        i += 1
        if byte < 0x80 {
            position = i
            return UInt64(byte)
        }
        var result = UInt64(byte & 0x7F)
        var shift: UInt64 = 7
        while true {
            guard i < storage.count else { throw .truncated(offset: i) }
            byte = storage[i]
            i += 1
            // The tenth byte holds bit 63 alone; anything more overflows 64 bits.
            if shift == 63 && byte > 1 { throw .invalid(what: "varint", offset: start) }
            result |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { break }
            shift += 7
        }
        position = i
        return result
    }

    /// Reads a count or length. Every element and byte it counts takes at least one byte, so a
    /// count past the end of the data is reported as truncation, before anything is allocated.
    @inlinable public mutating func readCount() throws(BinaryDecodingError) -> Int {
        let start = position
        let value = try readVarint()
        guard value <= UInt64(remaining) else { throw .truncated(offset: start) }
        return Int(value)
    }

    @inlinable public mutating func readInt() throws(BinaryDecodingError) -> Int {
        let start = position
        let raw = try readVarint()
        let value = Int64(bitPattern: raw >> 1) ^ -Int64(bitPattern: raw & 1)
        guard let result = Int(exactly: value) else { throw .invalid(what: "integer", offset: start) }
        return result
    }

    @inlinable public mutating func readDouble() throws(BinaryDecodingError) -> Double {
        guard remaining >= 8 else { throw .truncated(offset: position) }
        var bits: UInt64 = 0
        for k in 0..<8 { bits |= UInt64(storage[position + k]) << (8 * UInt64(k)) }
        position += 8
        return Double(bitPattern: bits)
    }

    @inlinable public mutating func readBool() throws(BinaryDecodingError) -> Bool {
        guard position < storage.count else { throw .truncated(offset: position) }
        let byte = storage[position]
        guard byte <= 1 else { throw .invalid(what: "Bool", offset: position) }
        position += 1
        return byte == 1
    }

    @inlinable public mutating func readString() throws(BinaryDecodingError) -> String {
        let start = position
        let length = try readCount()
        let from = position
        let string = storage.withUnsafeBufferPointer { buffer -> String? in
            let bytes = UnsafeBufferPointer(rebasing: buffer[from..<from + length])
            // ASCII is valid UTF-8, and `String(validating:)` is slow to start: it is not specialised.
            return Self.isASCII(bytes) ? String(decoding: bytes, as: UTF8.self) : String(validating: bytes, as: UTF8.self)
        }
        guard let string else { throw .invalid(what: "UTF-8 string", offset: start) }
        position = from + length
        return string
    }

    /// Steps over a string without reading it (its bytes are not checked).
    @inlinable public mutating func skipString() throws(BinaryDecodingError) {
        let length = try readCount()
        position += length
    }

    /// Steps over an optional value, `skip` stepping over the value when there is one.
    @inlinable public mutating func skipOptional(
        _ skip: (inout ByteReader) throws(BinaryDecodingError) -> Void
    ) throws(BinaryDecodingError) {
        try readOptional(skip)
    }

    @inlinable static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let raw = UnsafeRawBufferPointer(bytes)
        var i = 0
        while i + 8 <= raw.count {
            if raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
            i += 8
        }
        while i < raw.count {
            if raw[i] >= 0x80 { return false }
            i += 1
        }
        return true
    }

    /// Reads an enum case written as its raw value; an unknown raw value is `.invalid`.
    @inlinable public mutating func readRawValue<T: RawRepresentable>(_ type: T.Type) throws(BinaryDecodingError) -> T
    where T.RawValue == String {
        let start = position
        guard let value = T(rawValue: try readString()) else { throw .invalid(what: "\(T.self)", offset: start) }
        return value
    }

    @inlinable public mutating func readOptional<T>(
        _ read: (inout ByteReader) throws(BinaryDecodingError) -> T
    ) throws(BinaryDecodingError) -> T? {
        guard position < storage.count else { throw .truncated(offset: position) }
        switch storage[position] {
        case 0:
            position += 1
            return nil
        case 1:
            position += 1
            return try read(&self)
        default:
            throw .invalid(what: "optional tag", offset: position)
        }
    }

    @inlinable public mutating func readOptionalString() throws(BinaryDecodingError) -> String? {
        try readOptional { (reader: inout ByteReader) throws(BinaryDecodingError) in try reader.readString() }
    }

    @inlinable public mutating func readOptionalInt() throws(BinaryDecodingError) -> Int? {
        try readOptional { (reader: inout ByteReader) throws(BinaryDecodingError) in try reader.readInt() }
    }

    @inlinable public mutating func readArray<T>(
        _ read: (inout ByteReader) throws(BinaryDecodingError) -> T
    ) throws(BinaryDecodingError) -> [T] {
        let count = try readCount()
        var result: [T] = []
        result.reserveCapacity(count)
        for _ in 0..<count { result.append(try read(&self)) }
        return result
    }

    @inlinable public mutating func readStrings() throws(BinaryDecodingError) -> [String] {
        let count = try readCount()
        var result: [String] = []
        result.reserveCapacity(count)
        for _ in 0..<count { result.append(try readString()) }
        return result
    }

    /// Reads strings written by `writeStrings(sorted:)`.
    @inlinable public mutating func readStringSet() throws(BinaryDecodingError) -> Set<String> {
        let count = try readCount()
        var result = Set<String>(minimumCapacity: count)
        for _ in 0..<count { result.insert(try readString()) }
        return result
    }
}

/// A value with a binary encoding, defined by `write(to:)` and `init(reading:)`. A blob of one
/// value comes from `encoded()` and goes back through `init(decoding:)`, which must read it all.
public protocol BinaryCodable {
    /// Appends the value to `writer`, for blobs that hold more than one value.
    func write(to writer: inout ByteWriter)
    init(reading reader: inout ByteReader) throws(BinaryDecodingError)
    /// About how many bytes the encoding takes, reserved before writing.
    var estimatedEncodedSize: Int { get }
}

extension BinaryCodable {
    public var estimatedEncodedSize: Int { 64 }

    /// The value as a compact blob, which `init(decoding:)` reads back.
    public func encoded() -> [UInt8] {
        var writer = ByteWriter(reservingCapacity: estimatedEncodedSize)
        write(to: &writer)
        return writer.bytes
    }

    /// Decodes a blob from `encoded()`; it must hold exactly one value.
    public init(decoding bytes: [UInt8]) throws(BinaryDecodingError) {
        var reader = ByteReader(bytes)
        try self.init(reading: &reader)
        try reader.finish()
    }
}
