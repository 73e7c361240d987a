import Foundation

/// Reads dates in the forms Indonesian and English news use.
///
/// "Rabu 24 Maret 2021 08:17 WIB", "28 October 2021 20:47", "March 24, 2021",
/// "22/3/2021" (day/month/year), "2021-03-24T08:17:00+07:00". WIB is UTC+7, WITA +8, WIT +9.
public enum DateParser {
    /// The zone assumed for a time given without one: WIB, the zone of Jakarta.
    public static let defaultUTCOffsetMinutes = 420

    private enum Token: Equatable {
        case number(Int, digits: Int)
        case word(String)
        case symbol(Character)
    }

    /// The first complete date (day, month and year) in `text`, with its time when one follows.
    public static func firstDate(in text: String) -> PublicationDate? {
        let tokens = tokenize(text)
        var i = 0
        while i < tokens.count {
            if let (date, next) = date(at: i, in: tokens) {
                var result = date
                if let (time, zone) = time(at: next, in: tokens) {
                    result.time = time
                    result.utcOffsetMinutes = zone ?? defaultUTCOffsetMinutes
                }
                if result.isValid { return result }
            }
            i += 1
        }
        return nil
    }

    /// Parses an ISO 8601 date or date-time: `2019-09-19`, `2019-09-19T14:54:00+07:00`, `…Z`.
    public static func parseISO(_ text: String) -> PublicationDate? {
        let s = Array(text.trimmingCharacters(in: .whitespaces).utf8)
        func number(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= s.count else { return nil }
            var value = 0
            for b in s[from..<from + count] {
                guard (48...57).contains(b) else { return nil }
                value = value * 10 + Int(b - 48)
            }
            return value
        }
        guard s.count >= 10, let y = number(0, 4), s[4] == 45, let m = number(5, 2), s[7] == 45,
              let d = number(8, 2) else { return nil }
        var date = PublicationDate(year: y, month: m, day: d)
        if s.count > 10 {
            guard s[10] == 84 || s[10] == 32, let hh = number(11, 2), s.count > 13, s[13] == 58,
                  let mm = number(14, 2) else { return nil }
            var i = 16
            var ss = 0
            if i < s.count, s[i] == 58 {
                guard let sec = number(i + 1, 2) else { return nil }
                ss = sec
                i += 3
                if i < s.count, s[i] == 46 {  // fractional seconds
                    i += 1
                    while i < s.count, (48...57).contains(s[i]) { i += 1 }
                }
            }
            date.time = (hh, mm, ss)
            if i == s.count {
                date.utcOffsetMinutes = nil
            } else if s[i] == 90, i + 1 == s.count {
                date.utcOffsetMinutes = 0
            } else if s[i] == 43 || s[i] == 45, let oh = number(i + 1, 2) {
                var j = i + 3
                if j < s.count, s[j] == 58 { j += 1 }
                guard let om = number(j, 2), j + 2 == s.count else { return nil }
                date.utcOffsetMinutes = (s[i] == 45 ? -1 : 1) * (oh * 60 + om)
            } else {
                return nil
            }
        }
        return date.isValid ? date : nil
    }

    /// A month from its Indonesian or English name or abbreviation.
    public static func month(named name: String) -> Int? {
        months[name.lowercased()]
    }

    private static let months: [String: Int] = {
        let names: [[String]] = [
            ["januari", "january", "jan"], ["februari", "pebruari", "february", "feb", "peb"],
            ["maret", "march", "mar"], ["april", "apr"], ["mei", "may"], ["juni", "june", "jun"],
            ["juli", "july", "jul"], ["agustus", "august", "agu", "agt", "aug"],
            ["september", "sep", "sept"], ["oktober", "october", "okt", "oct"],
            ["november", "nopember", "nov", "nop"], ["desember", "december", "des", "dec"],
        ]
        var table: [String: Int] = [:]
        for (index, list) in names.enumerated() { for name in list { table[name] = index + 1 } }
        return table
    }()

    private static let zones: [String: Int] = ["wib": 420, "wita": 480, "wit": 540, "gmt": 0, "utc": 0]

    private static func tokenize(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var current = ""
        var isNumber = false
        func flush() {
            guard !current.isEmpty else { return }
            tokens.append(isNumber ? .number(Int(current) ?? -1, digits: current.count) : .word(current))
            current = ""
        }
        for c in text {
            if c.isASCII && c.isNumber {
                if !isNumber { flush() }
                isNumber = true
                current.append(c)
            } else if c.isLetter {
                if isNumber { flush() }
                isNumber = false
                current.append(c)
            } else {
                flush()
                if c != " " { tokens.append(.symbol(c)) }
            }
        }
        flush()
        return tokens
    }

    private static func year(_ value: Int, digits: Int) -> Int? {
        if digits == 4 { return value }
        if digits == 2 { return 2000 + value }
        return nil
    }

    /// A date starting at token `i`, and the index just past it.
    private static func date(at i: Int, in t: [Token]) -> (PublicationDate, Int)? {
        func tok(_ k: Int) -> Token? { k < t.count ? t[k] : nil }
        // 24 Maret 2021
        if case .number(let d, let dd)? = tok(i), dd <= 2, case .word(let w)? = tok(i + 1), let m = month(named: w),
           case .number(let y, 4)? = tok(i + 2) {
            return (PublicationDate(year: y, month: m, day: d), i + 3)
        }
        // March 24, 2021
        if case .word(let w)? = tok(i), let m = month(named: w), case .number(let d, let dd)? = tok(i + 1), dd <= 2 {
            var k = i + 2
            if tok(k) == .symbol(",") { k += 1 }
            if case .number(let y, 4)? = tok(k) { return (PublicationDate(year: y, month: m, day: d), k + 1) }
        }
        // 22/3/2021 or 22-03-2021
        if case .number(let d, let dd)? = tok(i), dd <= 2, case .symbol(let s1)? = tok(i + 1), s1 == "/" || s1 == "-",
           case .number(let m, let md)? = tok(i + 2), md <= 2, tok(i + 3) == .symbol(s1),
           case .number(let yv, let yd)? = tok(i + 4), let y = year(yv, digits: yd) {
            return (PublicationDate(year: y, month: m, day: d), i + 5)
        }
        // 2021-03-24
        if case .number(let y, 4)? = tok(i), tok(i + 1) == .symbol("-"), case .number(let m, 2)? = tok(i + 2),
           tok(i + 3) == .symbol("-"), case .number(let d, 2)? = tok(i + 4) {
            return (PublicationDate(year: y, month: m, day: d), i + 5)
        }
        return nil
    }

    /// A clock time ("08:17", "14.58", "pukul 10:00 WIB") at token `i`, with its zone if named.
    private static func time(at i: Int, in t: [Token]) -> ((hour: Int, minute: Int, second: Int), Int?)? {
        func tok(_ k: Int) -> Token? { k < t.count ? t[k] : nil }
        var k = i
        if tok(k) == .symbol(",") || tok(k) == .symbol("|") || tok(k) == .symbol("-") { k += 1 }
        if case .word(let w)? = tok(k), ["pukul", "jam", "at", "t"].contains(w.lowercased()) { k += 1 }
        guard case .number(let h, let hd)? = tok(k), hd <= 2, case .symbol(let sep)? = tok(k + 1),
              sep == ":" || sep == ".", case .number(let m, 2)? = tok(k + 2) else { return nil }
        k += 3
        var second = 0
        if tok(k) == .symbol(sep), case .number(let s, 2)? = tok(k + 1) {
            second = s
            k += 2
        }
        var zone: Int?
        if case .word(let w)? = tok(k), let offset = zones[w.lowercased()] { zone = offset }
        return ((h, m, second), zone)
    }
}
