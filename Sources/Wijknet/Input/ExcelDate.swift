/// Excel's date serial numbers, as the text the CSV reader reads.
enum ExcelDate {
    /// `serial` as `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM` when it has a time of day (rounded to the
    /// minute); `nil` when it is negative, not finite or past 9999-12-31.
    ///
    /// In the 1900 system day 1 is 1900-01-01 and Excel counts a 1900-02-29 that never was
    /// (serial 60, kept as that text: no reader takes it for a date); from serial 61 on, day
    /// `n` is `n` days after 1899-12-30. In the 1904 system day 0 is 1904-01-01.
    static func text(serial: Double, date1904: Bool) -> String? {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
        var days = Int(serial.rounded(.down))
        var minutes = Int(((serial - Double(days)) * 1440).rounded())
        if minutes == 1440 { days += 1; minutes = 0 }
        let unixDay: Int
        if date1904 {
            unixDay = days + daysFromCivil(1904, 1, 1)
        } else if days == 60 {
            return "1900-02-29" + time(minutes)
        } else {
            unixDay = days + daysFromCivil(1899, 12, days < 60 ? 31 : 30)
        }
        let (y, m, d) = civilFromDays(unixDay)
        return pad(y, 4) + "-" + pad(m, 2) + "-" + pad(d, 2) + time(minutes)
    }

    private static func time(_ minutes: Int) -> String {
        minutes == 0 ? "" : "T" + pad(minutes / 60, 2) + ":" + pad(minutes % 60, 2)
    }

    private static func pad(_ v: Int, _ width: Int) -> String {
        let s = String(v)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
    static func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The date `days` after 1970-01-01.
    static func civilFromDays(_ days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (m <= 2 ? yoe + era * 400 + 1 : yoe + era * 400, m, d)
    }
}
