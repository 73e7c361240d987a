import Foundation

/// One value for the ways outlets write a number: "137 ribu" and "137.000" are 137000, "3,5 juta"
/// and "3.500.000" are 3500000, "16:33" and "16.33" are one time of day.
enum NumberValue {
    /// Magnitude words and what they multiply by.
    static let multipliers: [String: Decimal] = [
        "ribu": 1_000, "juta": 1_000_000, "miliar": 1_000_000_000, "milyar": 1_000_000_000,
        "triliun": 1_000_000_000_000, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
        "trillion": 1_000_000_000_000,
    ]

    /// Numbers are normalised to a dot before decimals ("3.5"), whatever the user's locale.
    private static let posix = Locale(identifier: "en_US_POSIX")

    /// The value of the number token at `i` (its normalised text, `Token.lower`), and the tokens
    /// after it that the value took in: the minutes of a time. A magnitude word stays a word of
    /// its own, so that a sentence keeps its count of words.
    static func read(_ tokens: [Token], at i: Int, text: [Unicode.Scalar]) -> (value: String, consumed: [Int]) {
        let number = tokens[i].lower
        guard i + 1 < tokens.count else { return (number, []) }
        let next = tokens[i + 1]
        let gap = text[tokens[i].end..<next.start]
        // "16:33": the minutes, written after a colon, as "16.33" writes them.
        if next.flags.contains(.number), gap.count == 1, gap.first == ":", next.lower.count == 2,
           next.lower.allSatisfy(\.isNumber), number.allSatisfy(\.isNumber) {
            return (number + "." + next.lower, [i + 1])
        }
        guard let multiplier = multipliers[next.lower], gap.allSatisfy({ $0 == " " }),
              let amount = Decimal(string: number, locale: posix) else { return (number, []) }
        var product = amount * multiplier
        var whole = Decimal()
        NSDecimalRound(&whole, &product, 0, .plain)
        guard whole == product else { return (number, []) }
        return ("\(whole)", [])
    }
}
