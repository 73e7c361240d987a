/// Word-level helpers shared by the cleaner and the metadata reader.
enum Tokens {
    /// Words of `text`: runs of letters and digits, keeping inner dots and hyphens
    /// ("KOMPAS.com", "Jong-un", "2.375.000").
    static func words(_ text: String) -> [Substring] {
        var result: [Substring] = []
        let scalars = text.unicodeScalars
        var start: String.Index?
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let c = scalars[index]
            let next = scalars.index(after: index)
            if c.isWordFast || (c.properties.generalCategory == .nonspacingMark && start != nil) {
                if start == nil { start = index }
            } else if (c == "." || c == "-" || c == "_"), start != nil, next < scalars.endIndex,
                      scalars[next].isWordFast {
                // inner punctuation stays in the word
            } else if let s = start {
                result.append(text[s..<index])
                start = nil
            }
            index = next
        }
        if let s = start { result.append(text[s..<text.endIndex]) }
        return result
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
