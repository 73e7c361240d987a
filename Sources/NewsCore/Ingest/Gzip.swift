import CZlib

/// Gzip decompression through the system zlib.
public enum Gzip {
    /// Why a gzip stream could not be read.
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

    /// Inflates every gzip member in `bytes`, one after another.
    public static func decompress(_ bytes: [UInt8]) throws(Failure) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count * 4)
        var consumed = 0
        while consumed < bytes.count {
            consumed += try inflateMember(bytes, from: consumed, into: &output)
        }
        return output
    }

    private static func inflateMember(_ bytes: [UInt8], from start: Int, into output: inout [UInt8]) throws(Failure) -> Int {
        var stream = z_stream()
        // 15 window bits plus 16: expect a gzip header.
        guard czlib_inflateInit2(&stream, 15 + 16) == Z_OK else { throw .corrupt("cannot start zlib") }
        defer { inflateEnd(&stream) }
        let chunk = 1 << 16
        var buffer = [UInt8](repeating: 0, count: chunk)
        var status: Int32 = Z_OK
        var used = 0
        try bytes.withUnsafeBufferPointer { (input) throws(Failure) in
            stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress! + start)
            stream.avail_in = uInt(input.count - start)
            repeat {
                let produced = buffer.withUnsafeMutableBufferPointer { out -> Int in
                    stream.next_out = out.baseAddress
                    stream.avail_out = uInt(chunk)
                    status = inflate(&stream, Z_NO_FLUSH)
                    return chunk - Int(stream.avail_out)
                }
                if status != Z_OK && status != Z_STREAM_END {
                    if status == Z_BUF_ERROR { throw .truncated }
                    let message = stream.msg.map { String(cString: $0) } ?? "zlib status \(status)"
                    throw .corrupt(message)
                }
                output.append(contentsOf: buffer[0..<produced])
                if status == Z_OK && stream.avail_in == 0 && produced < chunk { throw .truncated }
            } while status != Z_STREAM_END
            used = input.count - start - Int(stream.avail_in)
        }
        return used
    }
}
