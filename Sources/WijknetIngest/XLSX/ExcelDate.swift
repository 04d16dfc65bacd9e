/// Excel's date serial numbers, as the text the CSV reader reads.
public enum ExcelDate {
    /// `serial` as `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM` when it has a time of day (rounded to the
    /// minute); `nil` when it is negative, not finite or past 9999-12-31.
    ///
    /// In the 1900 system day 1 is 1900-01-01 and Excel counts a 1900-02-29 that never was
    /// (serial 60, kept as that text: no reader takes it for a date); from serial 61 on, day
    /// `n` is `n` days after 1899-12-30. In the 1904 system day 0 is 1904-01-01.
    public static func text(serial: Double, date1904: Bool) -> String? {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
        var days = Int(serial.rounded(.down))
        var minutes = Int(((serial - Double(days)) * 1440).rounded())
        if minutes == 1440 { days += 1; minutes = 0 }
        let unixDay: Int
        if date1904 {
            unixDay = days + ProlepticGregorian.dayNumber(year: 1904, month: 1, day: 1)
        } else if days == 60 {
            return "1900-02-29" + time(minutes)
        } else {
            unixDay = days + ProlepticGregorian.dayNumber(year: 1899, month: 12, day: days < 60 ? 31 : 30)
        }
        let (y, m, d) = ProlepticGregorian.civil(unixDay)
        return pad(y, 4) + "-" + pad(m, 2) + "-" + pad(d, 2) + time(minutes)
    }

    private static func time(_ minutes: Int) -> String {
        minutes == 0 ? "" : "T" + pad(minutes / 60, 2) + ":" + pad(minutes % 60, 2)
    }

    private static func pad(_ v: Int, _ width: Int) -> String {
        let s = String(v)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }
}
