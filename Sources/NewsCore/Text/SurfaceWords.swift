/// A sentence's wording as a set of word hashes, for the surface overlap of two sentences.
///
/// The hash is FNV-1a over the word's UTF-8 bytes: stable across runs and machines, so the
/// fingerprints can be stored. Two different words that collide count as one shared word, once in
/// about four billion pairs.
public enum SurfaceWords {
    /// The distinct hashes of `words` (already lower case), in ascending order.
    public static func fingerprint(_ words: [String]) -> [UInt32] {
        Array(Set(words.map(hash))).sorted()
    }

    static func hash(_ word: String) -> UInt32 {
        var h: UInt32 = 0x811C_9DC5
        for byte in word.utf8 {
            h ^= UInt32(byte)
            h = h &* 0x0100_0193
        }
        return h
    }

    /// Shared hashes over all distinct hashes of two fingerprints (Jaccard); 0 when both are empty.
    public static func jaccard(_ a: [UInt32], _ b: [UInt32]) -> Double {
        a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { b in jaccard(a, b) } }
    }

    /// How many hashes two runs of sorted hashes share. The linker asks this of millions of
    /// pairs, so the merge steps without branches: whether values meet or which side moves is not
    /// predictable.
    static func sharedCount(_ a: UnsafeBufferPointer<UInt32>, _ b: UnsafeBufferPointer<UInt32>) -> Int {
        var x = 0, y = 0, shared = 0
        while x < a.count && y < b.count {
            let (p, q) = (a[x], b[y])
            shared &+= p == q ? 1 : 0
            x &+= p <= q ? 1 : 0
            y &+= q <= p ? 1 : 0
        }
        return shared
    }

    /// `jaccard` of two runs of sorted hashes.
    static func jaccard(_ a: UnsafeBufferPointer<UInt32>, _ b: UnsafeBufferPointer<UInt32>) -> Double {
        let shared = sharedCount(a, b)
        let union = a.count + b.count - shared
        return union > 0 ? Double(shared) / Double(union) : 0
    }
}
