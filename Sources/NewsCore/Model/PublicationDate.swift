import Foundation

/// A calendar date with an optional time and UTC offset, as precise as the source gave it.
public struct PublicationDate: Sendable, Equatable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int
    /// Hour and minute, when the source gives a time.
    public var time: (hour: Int, minute: Int, second: Int)?
    /// Minutes east of UTC (WIB is +420), when a time is known.
    public var utcOffsetMinutes: Int?

    public init(year: Int, month: Int, day: Int, time: (hour: Int, minute: Int, second: Int)? = nil,
                utcOffsetMinutes: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
        self.time = time
        self.utcOffsetMinutes = utcOffsetMinutes
    }

    /// Whether the fields name a real calendar day and clock time.
    public var isValid: Bool {
        guard (1...12).contains(month), year >= 1 else { return false }
        guard day >= 1 && day <= PublicationDate.daysIn(month: month, year: year) else { return false }
        if let time {
            guard (0...23).contains(time.hour), (0...59).contains(time.minute), (0...60).contains(time.second)
            else { return false }
        }
        return true
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// ISO 8601: `2021-03-24`, or `2021-03-24T08:17:00+07:00` with a time.
    public var description: String {
        let date = String(format: "%04d-%02d-%02d", year, month, day)
        guard let time else { return date }
        var text = date + String(format: "T%02d:%02d:%02d", time.hour, time.minute, time.second)
        if let offset = utcOffsetMinutes {
            let sign = offset < 0 ? "-" : "+"
            text += String(format: "%@%02d:%02d", sign, abs(offset) / 60, abs(offset) % 60)
        }
        return text
    }

    /// For reading: `2021-03-24`, or `2021-03-24 08:17` with a time (in the source's own zone).
    public var readable: String {
        let date = String(format: "%04d-%02d-%02d", year, month, day)
        guard let time else { return date }
        return date + String(format: " %02d:%02d", time.hour, time.minute)
    }

    /// Seconds since 1970 in UTC; a date without time counts as its midnight in UTC+7.
    public var secondsSince1970: Int {
        let days = PublicationDate.daysFromCivil(year: year, month: month, day: day)
        let clock = time.map { $0.hour * 3600 + $0.minute * 60 + $0.second } ?? 0
        let offset = (utcOffsetMinutes ?? 420) * 60
        return days * 86_400 + clock - offset
    }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar.
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    public static func == (lhs: PublicationDate, rhs: PublicationDate) -> Bool {
        lhs.description == rhs.description
    }

    public static func < (lhs: PublicationDate, rhs: PublicationDate) -> Bool {
        lhs.secondsSince1970 < rhs.secondsSince1970
    }
}
