/// Calendar helpers on naive local time: contact logs carry dates without time zones, and
/// Wijknet never converts them. A timestamp is seconds since 1970-01-01T00:00 in that naive
/// time; a day number is days since 1970-01-01.
public enum Calendar {
    /// Days since 1970-01-01 of a proleptic Gregorian date (Hinnant's `days_from_civil`).
    /// - Complexity: `O(1)`.
    public static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The date of a day number (Hinnant's `civil_from_days`).
    public static func civil(_ dayNumber: Int) -> (year: Int, month: Int, day: Int) {
        let z = dayNumber + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
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
    /// and `HH:MM[:SS]`. Day-first order is Dutch; month-first dates are not accepted.
    ///
    /// - Returns: seconds since 1970-01-01T00:00 (naive time), or `nil` when the text is not
    ///   one of those forms or not a real date (31-02-2025, month 13, hour 24).
    /// - Complexity: `O(count)`, no allocation.
    public static func parseTimestamp(_ b: UnsafeBufferPointer<UInt8>) -> Int64? {
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
        let year: Int, month: Int, day: Int
        if first.digits == 4 && sep == UInt8(ascii: "-") && third.digits <= 2 {
            (year, month, day) = (first.value, second.value, third.value)
        } else if first.digits <= 2 && third.digits == 4 {
            (year, month, day) = (third.value, second.value, first.value)
        } else {
            return nil
        }
        guard (1...12).contains(month), day >= 1, day <= daysInMonth(year: year, month: month), year >= 1900, year <= 2200 else { return nil }
        var seconds = 0
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
            seconds = h.value * 3600 + mi.value * 60 + s
        }
        return Int64(dayNumber(year: year, month: month, day: day)) * 86_400 + Int64(seconds)
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

/// The language of coordinator-facing text.
public enum Language: String, Sendable, CaseIterable, Codable {
    case nl, en
}
