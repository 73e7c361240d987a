/// A 128-bit digest of bytes, as 32 hex digits: how an index recognises an article it has
/// analysed before. Two independent 64-bit mixes (FNV-1a over bytes, and a multiply-rotate over
/// 8-byte words); not cryptographic, and it need not be: inputs are the user's own articles.
public enum ContentHash {
    public static func of(_ bytes: [UInt8]) -> String {
        var fnv: UInt64 = 0xcbf2_9ce4_8422_2325
        var mix: UInt64 = 0x9e37_79b9_7f4a_7c15 ^ UInt64(bytes.count)
        bytes.withUnsafeBytes { raw in
            for byte in raw {
                fnv = (fnv ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            }
            var offset = 0
            while offset + 8 <= raw.count {
                let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                mix = ((mix ^ word) &* 0xff51_afd7_ed55_8ccd)
                mix = (mix << 31) | (mix >> 33)
                offset += 8
            }
            var tail: UInt64 = 0
            for k in offset..<raw.count { tail = (tail << 8) | UInt64(raw[k]) }
            mix = (mix ^ tail) &* 0xc4ce_b9fe_1a85_ec53
            mix ^= mix >> 29
        }
        return hex(fnv) + hex(mix)
    }

    /// A digest of text.
    public static func of(_ text: String) -> String { of(Array(text.utf8)) }

    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
