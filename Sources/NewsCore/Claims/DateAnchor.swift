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
        while i < words.count {
            let word = words[i]
            let next = i + 1 < words.count ? words[i + 1] : nil
            let afterNext = i + 2 < words.count ? words[i + 2] : nil
            if let day = Int(word), (1...31).contains(day), let monthWord = next, let month = month(named: String(monthWord)) {
                // 22 Maret 2021 / 22 Maret
                if let y = afterNext.flatMap({ Int($0) }), (1900...2100).contains(y) {
                    result.append(DateAnchor(year: y, month: month, day: day))
                    i += 3
                    continue
                }
                result.append(DateAnchor(year: referenceYear, month: month, day: day))
                i += 2
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
