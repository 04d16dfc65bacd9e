/// Day numbers of the proleptic Gregorian calendar, days since 1970-01-01, for ``ExcelDate`` and
/// for the domain's `Calendar` (which answers with these two: one calendar in the package).
/// `Tests/WijknetIngestTests/ExcelDateTests` checks both against
/// Foundation's Gregorian calendar, day by day from 1899 to 2100.
/// - Complexity: `O(1)`.
/// - Reference: Howard Hinnant, "chrono-Compatible Low-Level Date Algorithms" (2013),
///   `days_from_civil` and `civil_from_days`.
public enum ProlepticGregorian {
    /// Days since 1970-01-01 of a date.
    @inlinable public static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The date of a day number.
    @inlinable public static func civil(_ dayNumber: Int) -> (year: Int, month: Int, day: Int) {
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
}
