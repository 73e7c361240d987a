import Foundation

/// The dateline that opens an Indonesian news body: "JAKARTA -", "TRIBUNNEWS.COM -",
/// "Jakarta, CNBC Indonesia -", "TEMPO.CO, Jakarta -", "Jakarta (ANTARA) -".
public struct Dateline: Sendable, Equatable {
    /// The place, when the dateline names one ("JAKARTA").
    public var place: String?
    /// The outlet or its domain, when the dateline names one ("CNBC Indonesia", "TRIBUNNEWS.COM").
    public var outlet: String?
    /// The line with the dateline taken off.
    public var rest: String

    /// Reads a dateline at the start of `line`, if there is one.
    public static func match(_ line: String) -> Dateline? {
        guard let (prefix, rest) = split(line) else { return nil }
        guard Tokens.wordCount(rest) >= 6 else { return nil }
        let words = prefix.split(separator: " ")
        guard (1...6).contains(words.count) else { return nil }
        guard prefix.allSatisfy({ $0.isLetter || $0.isNumber || " ,.()/'&".contains($0) }) else { return nil }
        guard words.allSatisfy({ word in
            let first = word.first { $0.isLetter || $0.isNumber }
            return first.map { $0.isUppercase || $0.isNumber } ?? false || word.utf8.contains(UInt8(ascii: "."))
        }) else { return nil }

        var place: String?
        var outlet: String?
        for rawPart in prefix.split(separator: ",") {
            var part = rawPart.trimmingCharacters(in: .whitespaces)
            if let open = part.firstIndex(of: "("), part.hasSuffix(")") {
                outlet = String(part[part.index(after: open)..<part.index(before: part.endIndex)])
                part = part[..<open].trimmingCharacters(in: .whitespaces)
            }
            guard !part.isEmpty else { continue }
            if isDomain(part) || OutletDirectory.outletIndex.byFirstWord[String(part.split(separator: " ")[0])]?
                .contains(where: { $0.words.joined(separator: " ") == part }) == true {
                outlet = outlet ?? part
            } else if place == nil {
                place = part
            } else {
                outlet = outlet ?? part
            }
        }
        // Without an outlet, a mixed-case place must be one word ("Jakarta -"): "Korea Utara - China …"
        // is a sentence.
        if outlet == nil, let p = place, p != p.uppercased(), p.utf8.contains(UInt8(ascii: " ")) { return nil }
        return Dateline(place: place, outlet: outlet, rest: rest)
    }

    /// The first line of a body whose dateline lost its words and kept its dash: "- Persaingan di
    /// ranah skutik …", "— Peneliti Senior, Syamsuddin Haris …", "-, keenam Kualifikasi …" (the
    /// scrape dropped "JAKARTA" or a linked name). `nil` when the line does not open with a dash,
    /// or leaves fewer than four words.
    static func afterLostPlace(_ line: String) -> String? {
        let scalars = line.unicodeScalars
        var index = scalars.startIndex
        var sawDash = false
        while index < scalars.endIndex {
            let c = scalars[index]
            if c == "-" || c == "\u{2013}" || c == "\u{2014}" {
                sawDash = true
            } else if !(c == " " || c == "\u{00A0}" || c == "," || (sawDash && (c == ";" || c == ":"))) {
                break
            }
            index = scalars.index(after: index)
        }
        guard sawDash, let first = scalars.first, first != "," else { return nil }
        let rest = String(scalars[index...])
        return Tokens.wordCount(rest) >= 4 ? rest : nil
    }

    private static func isDomain(_ text: String) -> Bool {
        guard !text.utf8.contains(UInt8(ascii: " ")), let dot = text.lastIndex(of: ".") else { return false }
        let tld = text[text.index(after: dot)...].lowercased()
        return ["com", "co", "id", "net", "org", "cn", "news", "tv"].contains(tld)
    }

    /// Splits at the first dash (-, –, —, --) with a space before it, within the first 60 characters.
    private static func split(_ line: String) -> (prefix: String, rest: String)? {
        var index = line.startIndex
        var count = 0
        while index < line.endIndex && count < 60 {
            let c = line[index]
            if c == "-" || c == "\u{2013}" || c == "\u{2014}", index > line.startIndex,
               line[line.index(before: index)] == " " {
                var after = line.index(after: index)
                while after < line.endIndex, line[after] == "-" || line[after] == " " { after = line.index(after: after) }
                let prefix = line[..<index].trimmingCharacters(in: .whitespaces)
                let rest = String(line[after...])
                guard !prefix.isEmpty else { return nil }
                return (prefix, rest)
            }
            index = line.index(after: index)
            count += 1
        }
        return nil
    }
}
