/// A text's Unicode scalars with random access by offset, in one byte each when every scalar
/// fits (Latin-1, as most Indonesian and English news is), two when every scalar is in the Basic
/// Multilingual Plane, and four otherwise. The sentence splitter looks back and ahead by offset;
/// an array of `Unicode.Scalar` would take four bytes a character for a body that may be 50 MB.
struct ScalarText: RandomAccessCollection {
    private enum Storage {
        case latin1([UInt8])
        case narrow([UInt16])
        case wide([UInt32])
    }

    private let storage: Storage

    init(_ text: String) {
        let scalars = text.unicodeScalars
        var count = 0, widest: UInt32 = 0
        for scalar in scalars {
            count += 1
            widest = Swift.max(widest, scalar.value)
        }
        if widest <= 0xFF {
            var latin1: [UInt8] = []
            latin1.reserveCapacity(count)
            for scalar in scalars { latin1.append(UInt8(scalar.value)) }
            storage = .latin1(latin1)
        } else if widest <= 0xFFFF {
            var narrow: [UInt16] = []
            narrow.reserveCapacity(count)
            for scalar in scalars { narrow.append(UInt16(scalar.value)) }
            storage = .narrow(narrow)
        } else {
            var wide: [UInt32] = []
            wide.reserveCapacity(count)
            for scalar in scalars { wide.append(scalar.value) }
            storage = .wide(wide)
        }
    }

    var startIndex: Int { 0 }

    var endIndex: Int {
        switch storage {
        case .latin1(let values): values.count
        case .narrow(let values): values.count
        case .wide(let values): values.count
        }
    }

    subscript(position: Int) -> Unicode.Scalar {
        switch storage {
        // Every stored value came from a scalar, so each converts back.
        case .latin1(let values): Unicode.Scalar(values[position])
        case .narrow(let values): Unicode.Scalar(UInt32(values[position]))!
        case .wide(let values): Unicode.Scalar(values[position])!
        }
    }
}
