/// When a claim is about: a day, or only a month.
public struct DateAnchor: Sendable, Hashable, CustomStringConvertible {
    /// `nil` when neither the text nor the article gives the year ("Senin 22 Maret").
    public var year: Int?
    public var month: Int
    public var day: Int?

    public init(year: Int?, month: Int, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
    }

    public init(_ date: PublicationDate) {
        self.init(year: date.year, month: date.month, day: date.day)
    }

    public var description: String {
        let y = year.map { String(format: "%04d", $0) } ?? "????"
        return day.map { y + String(format: "-%02d-%02d", month, $0) } ?? y + String(format: "-%02d", month)
    }

    /// Days since 1970 at the anchor's day (mid-month for a month anchor); `nil` without a year.
    var dayNumber: Int? { year.map { PublicationDate.daysFromCivil(year: $0, month: month, day: day ?? 15) } }

    /// Two anchors are different events when their days are more than `maxDays` apart, or,
    /// when either is only a month, when the months are two or more apart. Without a year on
    /// one side, only day and month are compared.
    public func conflicts(with other: DateAnchor, maxDays: Int = 10) -> Bool {
        let y1 = year ?? other.year ?? 2000, y2 = other.year ?? year ?? 2000
        let a = DateAnchor(year: y1, month: month, day: day), b = DateAnchor(year: y2, month: other.month, day: other.day)
        if let x = a.dayNumber, let z = b.dayNumber, a.day != nil, b.day != nil { return abs(x - z) > maxDays }
        return abs((y1 * 12 + month) - (y2 * 12 + other.month)) >= 2
    }
}

extension DateParser {
    /// Every date in `text`: full dates, and day-month ("Selasa (23/3)", "22 Maret") or month-year
    /// ("Juni 2021") forms, taking the year from `referenceYear` where the text gives none.
    public static func anchors(in text: String, referenceYear: Int?) -> [DateAnchor] {
        var result: [DateAnchor] = []
        let words = Tokens.words(text)
        var i = 0
        /// The first day and the index of the month's word of "17 - 22 September" or "17 hingga 22
        /// September", from `i`.
        func spacedRange(at i: Int) -> (day: Int, month: Int)? {
            guard let first = Int(words[i]), (1...31).contains(first), i + 2 < words.count else { return nil }
            let connector = Self.rangeWords.contains(words[i + 1].lowercased())
            let lastAt = connector ? i + 2 : i + 1
            guard lastAt + 1 < words.count, let last = Int(words[lastAt]), first < last, last <= 31,
                  connector || text[words[i].endIndex..<words[lastAt].startIndex].contains(where: { $0 == "-" || $0 == "\u{2013}" })
            else { return nil }
            return (first, lastAt + 1)
        }
        while i < words.count {
            let word = words[i]
            let range = spacedRange(at: i)
            let monthAt = range?.month ?? i + 1
            let next = monthAt < words.count ? words[monthAt] : nil
            let afterNext = monthAt + 1 < words.count ? words[monthAt + 1] : nil
            if let day = range?.day ?? Int(word) ?? firstDay(ofRange: word), (1...31).contains(day), let monthWord = next,
               let month = month(named: String(monthWord)) {
                // 22 Maret 2021 / 22 Maret / 20-22 September 2019 (a range from its first day)
                if let y = afterNext.flatMap({ Int($0) }), (1900...2100).contains(y) {
                    result.append(DateAnchor(year: y, month: month, day: day))
                    i = monthAt + 2
                    continue
                }
                result.append(DateAnchor(year: referenceYear, month: month, day: day))
                i = monthAt + 1
                continue
            }
            if let month = month(named: String(word)), String(word).count > 3 || word.first!.isUppercase,
               let y = next.flatMap({ Int($0) }), (1900...2100).contains(y) {
                result.append(DateAnchor(year: y, month: month))  // Juni 2021
                i += 2
                continue
            }
            i += 1
        }
        // d/m/yyyy and d/m, which Tokens.words keeps apart from the slashes.
        for match in slashDates(text) {
            result.append(DateAnchor(year: match.year ?? referenceYear, month: match.month, day: match.day))
        }
        return result.filter { anchor in
            anchor.day.map { PublicationDate(year: anchor.year ?? 2000, month: anchor.month, day: $0).isValid } ?? true
        }
    }

    /// Words joining the first and last day of a range.
    static let rangeWords: Set<String> = ["hingga", "sampai", "to"]

    /// The first day of a range of days written as one word ("20-22"); `nil` for anything else.
    private static func firstDay(ofRange word: Substring) -> Int? {
        guard let first = word.utf8.first, (48...57).contains(first), word.utf8.contains(45) else { return nil }
        let parts = word.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let first = Int(parts[0]), let last = Int(parts[1]), (1...31).contains(last), first < last else {
            return nil
        }
        return first
    }

    private static func slashDates(_ text: String) -> [(day: Int, month: Int, year: Int?)] {
        var result: [(day: Int, month: Int, year: Int?)] = []
        let s = Array(text.utf8)
        var i = 0
        func number(_ from: inout Int) -> (Int, Int)? {
            var value = 0, digits = 0
            while from < s.count, (48...57).contains(s[from]), digits < 5 {
                value = value * 10 + Int(s[from] - 48)
                digits += 1
                from += 1
            }
            return digits > 0 ? (value, digits) : nil
        }
        while i < s.count {
            guard (48...57).contains(s[i]), i == 0 || !(48...57).contains(s[i - 1]) && s[i - 1] != 47 else { i += 1; continue }
            var j = i
            guard let (d, dd) = number(&j), dd <= 2, j < s.count, s[j] == 47 else { i = max(j, i + 1); continue }
            j += 1
            guard let (m, md) = number(&j), md <= 2, (1...12).contains(m), (1...31).contains(d) else { i = j; continue }
            var year: Int?
            if j < s.count, s[j] == 47 {
                j += 1
                if let (y, yd) = number(&j) { year = yd == 4 ? y : (yd == 2 ? 2000 + y : nil) }
            } else if j < s.count, (48...57).contains(s[j]) {
                i = j
                continue
            }
            result.append((d, m, year))
            i = j
        }
        return result
    }
}

extension DateAnchor {
    /// The day `offset` days from this one; `nil` for a month, or a day without a year.
    func adding(days offset: Int) -> DateAnchor? {
        guard day != nil, let n = dayNumber else { return nil }
        return DateAnchor(dayNumber: n + offset)
    }

    /// The day `days` days after 1970-01-01.
    init(dayNumber days: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }

    /// Monday 0 to Sunday 6; `nil` for a month, or a day without a year.
    var weekday: Int? {
        guard day != nil, let n = dayNumber else { return nil }
        return ((n + 3) % 7 + 7) % 7  // 1970-01-01 was a Thursday
    }
}

extension DateParser {
    /// The day a sentence names relative to the day it was written: "kemarin", "hari ini",
    /// "besok", "lusa", "akhir pekan ini" and their English forms. Not "hingga hari ini" (a state
    /// up to now), nor "Senin kemarin" or "pekan kemarin" (another day, or no day).
    /// Words inside a quotation are left out: the speaker's "besok" counts from the day of speaking,
    /// which may be the day before the article's.
    static func relativeAnchor(in text: String, writtenOn written: DateAnchor) -> DateAnchor? {
        // Most sentences name no such day: a scan of the bytes spares them the words.
        guard mayNameRelativeDay(text) else { return nil }
        let words = Tokens.words(outsideQuotations(text)).map { $0.lowercased() }
        for (i, word) in words.enumerated() {
            let before = i > 0 ? words[i - 1] : ""
            let next = i + 1 < words.count ? words[i + 1] : ""
            let offset: Int?
            switch word {
            case "kemarin", "yesterday":
                let namesADay = Lexicon.weekdays.contains(before) || month(named: before) != nil
                offset = namesADay || Self.periodWords.contains(before) ? nil : -1
            case "besok", "tomorrow":
                offset = Self.periodWords.contains(before) ? nil : 1
            case "lusa":
                offset = 2
            case "hari" where next == "ini", "today":
                offset = Self.untilWords.contains(before) ? nil : 0
            case "akhir" where (next == "pekan" || next == "minggu") && i + 2 < words.count && words[i + 2] == "ini":
                offset = written.weekday.map { 5 - $0 }
            case "this" where next == "weekend":
                offset = written.weekday.map { 5 - $0 }
            default:
                offset = nil
            }
            if let offset, let day = written.adding(days: offset) { return day }
        }
        return nil
    }

    /// `text` with what it quotes blanked out. A quotation may have opened in an earlier sentence:
    /// a closing mark before any opening one closes what came before it.
    static func outsideQuotations(_ text: String) -> String {
        var scalars = Array(text.unicodeScalars)
        var inside: Bool?
        var start = 0
        for (k, c) in scalars.enumerated() {
            let opens: Bool
            switch c {
            case "\u{201C}": opens = true
            case "\u{201D}": opens = false
            case "\"": opens = k == 0 || scalars[k - 1] == " " || scalars[k - 1] == "("
            default: continue
            }
            if opens {
                if inside != true { inside = true; start = k }
            } else {
                // Before the first mark, a closing one closes a quotation opened earlier.
                if inside != false { for m in start..<k { scalars[m] = " " } }
                inside = false
            }
        }
        if inside == true { for m in start..<scalars.count { scalars[m] = " " } }
        return String(String.UnicodeScalarView(scalars))
    }

    /// What a sentence that names a day relative to its writing holds, in lower-case ASCII.
    private static let relativeDayWords: [[UInt8]] = ["kemarin", "hari ini", "besok", "lusa", "pekan ini", "minggu ini",
                                                      "yesterday", "today", "tomorrow", "weekend"].map { Array($0.utf8) }

    /// Whether `text` holds one of `relativeDayWords`, in any case.
    static func mayNameRelativeDay(_ text: String) -> Bool {
        func folded(_ byte: UInt8) -> UInt8 { (65...90).contains(byte) ? byte + 32 : byte }
        var text = text
        return text.withUTF8 { bytes in
            for start in bytes.indices {
                let first = folded(bytes[start])
                for word in relativeDayWords where word[0] == first && start + word.count <= bytes.count {
                    if (1..<word.count).allSatisfy({ folded(bytes[start + $0]) == word[$0] }) { return true }
                }
            }
            return false
        }
    }

    /// Words before "kemarin" or "besok" that make it "last" or "next" of a longer period.
    private static let periodWords: Set<String> = ["hari", "pekan", "minggu", "bulan", "tahun", "tanggal"]
    /// Words before "hari ini" or "today" that make it a span up to now.
    private static let untilWords: Set<String> = ["hingga", "sampai", "sejak", "per", "until", "since", "to"]
}
