import CZlib

/// Gzip decompression through the system zlib, in a stream: the output is handed over chunk by
/// chunk and never held whole, so a small file that inflates to gigabytes costs one chunk.
public enum Gzip {
    /// Why a gzip stream could not be read to its end.
    public enum Failure: Error, CustomStringConvertible, Equatable {
        case corrupt(String)
        case truncated

        public var description: String {
            switch self {
            case .corrupt(let reason): return "corrupt gzip data (\(reason))"
            case .truncated: return "gzip data ends early (truncated file?)"
            }
        }
    }

    public static func isGzip(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B
    }

    /// The size of the chunks handed to `consume`.
    static let chunkSize = 1 << 16

    /// Inflates every gzip member in `bytes`, one after another, handing each chunk of output to
    /// `consume`; `consume` returns `false` to stop early. On damage, everything inflated before
    /// it has been handed over when the error is thrown.
    public static func inflate(_ bytes: [UInt8], into consume: (UnsafeBufferPointer<UInt8>) -> Bool) throws(Failure) {
        var consumed = 0
        while consumed < bytes.count {
            guard let used = try inflateMember(bytes, from: consumed, into: consume) else { return }
            consumed += used
        }
    }

    /// All of `bytes` inflated; for small inputs and tests.
    public static func decompress(_ bytes: [UInt8]) throws(Failure) -> [UInt8] {
        var output: [UInt8] = []
        try inflate(bytes) { chunk in
            output.append(contentsOf: chunk)
            return true
        }
        return output
    }

    /// Inflates the member at `start`; returns the compressed bytes it used, or `nil` when
    /// `consume` asked to stop.
    private static func inflateMember(_ bytes: [UInt8], from start: Int,
                                      into consume: (UnsafeBufferPointer<UInt8>) -> Bool) throws(Failure) -> Int? {
        // zlib keeps a pointer back to the stream, so the stream must not move.
        let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        defer { stream.deallocate() }
        // 15 window bits plus 16: expect a gzip header.
        guard czlib_inflateInit2(stream, 15 + 16) == Z_OK else { throw .corrupt("cannot start zlib") }
        defer { inflateEnd(stream) }
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: chunkSize)
        defer { buffer.deallocate() }
        var failure: Failure?
        var stopped = false
        var used = 0
        bytes.withUnsafeBufferPointer { input in
            stream.pointee.next_in = UnsafeMutablePointer(mutating: input.baseAddress! + start)
            stream.pointee.avail_in = uInt(input.count - start)
            var status: Int32 = Z_OK
            repeat {
                stream.pointee.next_out = buffer
                stream.pointee.avail_out = uInt(chunkSize)
                status = CZlib.inflate(stream, Z_NO_FLUSH)
                let produced = chunkSize - Int(stream.pointee.avail_out)
                if status != Z_OK && status != Z_STREAM_END && status != Z_BUF_ERROR {
                    let message = stream.pointee.msg.map { String(cString: $0) } ?? "zlib status \(status)"
                    failure = .corrupt(message)
                    return
                }
                if produced > 0, !consume(UnsafeBufferPointer(start: buffer, count: produced)) {
                    stopped = true
                    return
                }
                if status == Z_BUF_ERROR || (status == Z_OK && stream.pointee.avail_in == 0 && produced < chunkSize) {
                    failure = .truncated
                    return
                }
            } while status != Z_STREAM_END
            used = input.count - start - Int(stream.pointee.avail_in)
        }
        if let failure { throw failure }
        return stopped ? nil : used
    }
}
