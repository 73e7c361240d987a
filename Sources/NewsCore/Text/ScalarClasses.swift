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
    /// Byte-wise substring test; much faster than Foundation's `contains` on Linux.
    func containsBytes(_ needle: String) -> Bool {
        var haystack = self
        var needle = needle
        return haystack.withUTF8 { h in
            needle.withUTF8 { n in
                guard let first = n.first else { return true }
                guard n.count <= h.count else { return false }
                var i = 0
                let last = h.count - n.count
                outer: while i <= last {
                    if h[i] == first {
                        var k = 1
                        while k < n.count {
                            if h[i + k] != n[k] { i += 1; continue outer }
                            k += 1
                        }
                        return true
                    }
                    i += 1
                }
                return false
            }
        }
    }
}
