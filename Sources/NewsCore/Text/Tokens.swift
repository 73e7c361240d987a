/// Word-level helpers shared by the cleaner and the metadata reader.
enum Tokens {
    /// Words of `text`: runs of letters and digits, keeping inner dots and hyphens
    /// ("KOMPAS.com", "Jong-un", "2.375.000").
    static func words(_ text: String) -> [Substring] {
        var result: [Substring] = []
        var start: String.Index?
        var index = text.startIndex
        while index < text.endIndex {
            let c = text[index]
            let next = text.index(after: index)
            if c.isLetter || c.isNumber {
                if start == nil { start = index }
            } else if (c == "." || c == "-" || c == "_"), start != nil, next < text.endIndex,
                      text[next].isLetter || text[next].isNumber {
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

    static func wordCount(_ text: String) -> Int {
        text.split(whereSeparator: { $0 == " " }).count
    }

    /// The share of letters that are upper case, or 0 when there are no letters.
    static func upperCaseShare(_ text: String) -> Double {
        var letters = 0, upper = 0
        for c in text where c.isLetter {
            letters += 1
            if c.isUppercase { upper += 1 }
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
