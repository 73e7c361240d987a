/// Word-level helpers shared by the cleaner and the metadata reader.
enum Tokens {
    /// Words of `text`: runs of letters and digits, keeping inner dots and hyphens
    /// ("KOMPAS.com", "Jong-un", "2.375.000").
    static func words(_ text: String) -> [Substring] { Array(Words(text)) }

    /// The words of `text` one at a time, as `words(_:)` gives them, for texts too long to hold
    /// every word at once (an article may be 50 MB).
    struct Words: Sequence, IteratorProtocol {
        private let text: String
        private var index: String.Index

        init(_ text: String) {
            self.text = text
            index = text.unicodeScalars.startIndex
        }

        mutating func next() -> Substring? {
            let scalars = text.unicodeScalars
            var start: String.Index?
            while index < scalars.endIndex {
                let c = scalars[index]
                let next = scalars.index(after: index)
                if c.isWordFast || (c.properties.generalCategory == .nonspacingMark && start != nil) {
                    if start == nil { start = index }
                } else if (c == "." || c == "-" || c == "_"), start != nil, next < scalars.endIndex,
                          scalars[next].isWordFast {
                    // inner punctuation stays in the word
                } else if let s = start {
                    defer { index = next }
                    return text[s..<index]
                }
                index = next
            }
            return start.map { text[$0..<text.endIndex] }
        }
    }

    /// Space-separated words.
    static func wordCount(_ text: String) -> Int {
        var count = 0
        var inWord = false
        for byte in text.utf8 {
            if byte == 0x20 {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
            }
        }
        return count
    }

    /// The share of letters that are upper case, or 0 when there are no letters.
    static func upperCaseShare(_ text: String) -> Double {
        var letters = 0, upper = 0
        for c in text.unicodeScalars where c.isLetterFast {
            letters += 1
            if c.isUppercaseFast { upper += 1 }
        }
        return letters == 0 ? 0 : Double(upper) / Double(letters)
    }

    static func endsSentence(_ text: String) -> Bool {
        guard var last = text.last else { return false }
        var rest = text.dropLast()
        while "\"'\u{201D}\u{2019})".contains(last), let previous = rest.last {
            last = previous
            rest = rest.dropLast()
        }
        return ".!?\u{2026}".contains(last)
    }
}
