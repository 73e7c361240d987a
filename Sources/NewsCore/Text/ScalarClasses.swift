import Foundation

/// Character classes with an ASCII fast path: Unicode property look-ups dominate text scans otherwise.
extension Unicode.Scalar {
    var isLetterFast: Bool {
        if value < 0x80 { let v = value | 0x20; return v >= 0x61 && v <= 0x7A }
        return properties.isAlphabetic
    }

    var isDigitFast: Bool { value >= 0x30 && value <= 0x39 }

    var isWordFast: Bool { isLetterFast || isDigitFast }

    var isUppercaseFast: Bool {
        if value < 0x80 { return value >= 0x41 && value <= 0x5A }
        return properties.isUppercase
    }

    var isLowercaseFast: Bool {
        if value < 0x80 { return value >= 0x61 && value <= 0x7A }
        return properties.isLowercase
    }
}

extension String {
    /// Byte-wise substring test: `memchr` finds each place the needle's first byte occurs and
    /// `memcmp` checks the rest. Much faster than Foundation's `contains` on Linux.
    func containsBytes(_ needle: String) -> Bool {
        var haystack = self
        var needle = needle
        return haystack.withUTF8 { h in
            needle.withUTF8 { n in
                guard !n.isEmpty else { return true }
                guard n.count <= h.count, let hay = h.baseAddress, let pin = n.baseAddress else { return false }
                let first = Int32(pin.pointee)
                var start = hay
                let end = hay + (h.count - n.count + 1)
                while start < end, let found = memchr(start, first, end - start) {
                    let at = found.assumingMemoryBound(to: UInt8.self)
                    if memcmp(at, pin, n.count) == 0 { return true }
                    start = UnsafePointer(at) + 1
                }
                return false
            }
        }
    }
}
