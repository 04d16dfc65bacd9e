import WijknetIngest

/// Calendar helpers on naive local time: contact logs carry dates without time zones, and
/// Wijknet never converts them. A timestamp is seconds since 1970-01-01T00:00 in that naive
/// time; a day number is days since 1970-01-01.
public enum Calendar {
    /// Days since 1970-01-01 of a proleptic Gregorian date (Hinnant's `days_from_civil`).
    /// - Complexity: `O(1)`.
    public static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        ProlepticGregorian.dayNumber(year: year, month: month, day: day)
    }

    /// The date of a day number (Hinnant's `civil_from_days`).
    public static func civil(_ dayNumber: Int) -> (year: Int, month: Int, day: Int) {
        ProlepticGregorian.civil(dayNumber)
    }

    /// Number of days in a month of a year.
    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// `YYYY-MM-DD` for a day number.
    public static func isoDate(_ dayNumber: Int) -> String {
        let (y, m, d) = civil(dayNumber)
        func pad(_ v: Int, _ w: Int) -> String { let s = String(v); return String(repeating: "0", count: max(0, w - s.count)) + s }
        return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))"
    }

    /// `DD-MM-YYYY` for a day number (Dutch order).
    public static func dutchDate(_ dayNumber: Int) -> String {
        let (y, m, d) = civil(dayNumber)
        func pad(_ v: Int) -> String { v < 10 ? "0\(v)" : String(v) }
        return "\(pad(d))-\(pad(m))-\(y)"
    }

    /// Day number of a timestamp (floor division).
    @inlinable public static func day(ofTimestamp t: Int64) -> Int {
        Int(t >= 0 ? t / 86_400 : (t - 86_399) / 86_400)
    }

    /// Parses a date as contact logs write it: `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM[:SS]`,
    /// `DD-MM-YYYY`, `D-M-YYYY`, `DD/MM/YYYY`, `D/M/YYYY`, each optionally followed by a space
    /// and `HH:MM[:SS]`. Day-first order is Dutch; a log reader decides the order per file
    /// (``DateOrderReading``), this function always reads day first.
    ///
    /// - Returns: seconds since 1970-01-01T00:00 (naive time), or `nil` when the text is not
    ///   one of those forms or not a real date (31-02-2025, month 13, hour 24).
    /// - Complexity: `O(count)`, no allocation.
    public static func parseTimestamp(_ b: UnsafeBufferPointer<UInt8>) -> Int64? {
        dateParts(b)?.timestamp(.dayFirst)
    }

    /// The numbers of a date as written, before the order of day and month is decided: `nil`
    /// when the text has none of the forms of ``parseTimestamp(_:)-(UnsafeBufferPointer<UInt8>)``
    /// (whatever the numbers: `13/13/2025` has the form, and no order makes it a date).
    /// - Complexity: `O(count)`, no allocation.
    public static func dateParts(_ b: UnsafeBufferPointer<UInt8>) -> DateParts? {
        var i = 0
        let n = b.count
        func number(maxDigits: Int) -> (value: Int, digits: Int)? {
            var v = 0, d = 0
            while i < n, d < maxDigits, b[i] >= 48, b[i] <= 57 { v = v * 10 + Int(b[i] - 48); i += 1; d += 1 }
            return d == 0 ? nil : (v, d)
        }
        guard let first = number(maxDigits: 4) else { return nil }
        guard i < n else { return nil }
        let sep = b[i]
        guard sep == UInt8(ascii: "-") || sep == UInt8(ascii: "/") else { return nil }
        i += 1
        guard let second = number(maxDigits: 2) else { return nil }
        guard i < n, b[i] == sep else { return nil }
        i += 1
        guard let third = number(maxDigits: 4) else { return nil }
        var parts: DateParts
        if first.digits == 4 && sep == UInt8(ascii: "-") && third.digits <= 2 {
            parts = DateParts(year: first.value, a: second.value, b: third.value, yearFirst: true, seconds: 0)
        } else if first.digits <= 2 && third.digits == 4 {
            parts = DateParts(year: third.value, a: first.value, b: second.value, yearFirst: false, seconds: 0)
        } else {
            return nil
        }
        guard parts.year >= 1900, parts.year <= 2200 else { return nil }
        if i < n {
            guard b[i] == UInt8(ascii: "T") || b[i] == UInt8(ascii: " ") else { return nil }
            i += 1
            guard let h = number(maxDigits: 2), i < n, b[i] == UInt8(ascii: ":") else { return nil }
            i += 1
            guard let mi = number(maxDigits: 2), mi.digits == 2 else { return nil }
            var s = 0
            if i < n {
                guard b[i] == UInt8(ascii: ":") else { return nil }
                i += 1
                guard let sec = number(maxDigits: 2), sec.digits == 2 else { return nil }
                s = sec.value
            }
            guard i == n, h.value < 24, mi.value < 60, s < 60 else { return nil }
            parts.seconds = h.value * 3600 + mi.value * 60 + s
        }
        return parts
    }

    /// Parses a date from a string (see ``parseTimestamp(_:)-(UnsafeBufferPointer<UInt8>)``).
    public static func parseTimestamp(_ text: String) -> Int64? {
        var copy = text.trimmingWhitespace()
        return copy.withUTF8 { parseTimestamp($0) }
    }

    /// Parses a date and returns its day number, or `nil`.
    public static func parseDay(_ text: String) -> Int? {
        parseTimestamp(text).map { day(ofTimestamp: $0) }
    }
}

/// Which of the two middle numbers of a date comes first when the year is last.
public enum DateOrder: String, Sendable, CaseIterable, Codable {
    /// `DD-MM-YYYY`, the Dutch convention.
    case dayFirst = "DD-MM-YYYY"
    /// `MM-DD-YYYY`, as US exports write it.
    case monthFirst = "MM-DD-YYYY"

    /// `DD-MM-YYYY`, `dd/mm/yyyy`, `day-first`, `dmy` (likewise for month first); `nil` otherwise.
    public init?(parsing text: String) {
        let t = String(text.trimmingWhitespace().lowercased().map { $0 == "/" ? "-" : $0 })
        switch t {
        case "dd-mm-yyyy", "d-m-yyyy", "day-first", "dayfirst", "dmy", "dag-maand-jaar": self = .dayFirst
        case "mm-dd-yyyy", "m-d-yyyy", "month-first", "monthfirst", "mdy", "maand-dag-jaar": self = .monthFirst
        default: return nil
        }
    }
}

/// The numbers of a written date (see ``Calendar/dateParts(_:)``): `a` and `b` are the two
/// numbers beside the year in the order written, so `YYYY-MM-DD` has `a` month and `b` day,
/// and `12/03/2025` has `a` 12 and `b` 3 whichever of them is the day.
public struct DateParts: Sendable, Equatable {
    public var year: Int, a: Int, b: Int
    /// `YYYY-MM-DD`: the order is fixed (month, then day).
    public var yearFirst: Bool
    /// Seconds after midnight.
    public var seconds: Int

    /// Whether the two orders read it as two different dates: both numbers 1…12 and unequal.
    public var isAmbiguous: Bool { !yearFirst && a != b && (1...12).contains(a) && (1...12).contains(b) }

    /// The timestamp in `order` (ignored when the year is first), `nil` when that is no date.
    public func timestamp(_ order: DateOrder) -> Int64? {
        let (month, day) = yearFirst || order == .monthFirst ? (a, b) : (b, a)
        guard (1...12).contains(month), day >= 1, day <= Calendar.daysInMonth(year: year, month: month) else { return nil }
        return Int64(Calendar.dayNumber(year: year, month: month, day: day)) * 86_400 + Int64(seconds)
    }
}

/// The language of coordinator-facing text.
public enum Language: String, Sendable, CaseIterable, Codable {
    case nl, en

    /// The language the environment asks for, POSIX's way: the first of `LC_ALL`,
    /// `LC_MESSAGES` and `LANG` that is set and not empty decides; `nl_NL.UTF-8`, `nl_BE` and `nl`
    /// are Dutch, `en_GB.UTF-8` and `en` English, anything else (`C`, `POSIX`, `de_DE`) `nil`.
    public init?(locale environment: [String: String]) {
        guard let value = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap({ environment[$0] }).first(where: { !$0.isEmpty }) else { return nil }
        let code = value.prefix { $0.isLetter }.lowercased()
        switch code {
        case "nl": self = .nl
        case "en": self = .en
        default: return nil
        }
    }
}
