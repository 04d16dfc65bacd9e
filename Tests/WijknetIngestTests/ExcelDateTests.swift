import Foundation
import Testing
@testable import WijknetIngest

@Suite("Excel dates")
struct ExcelDateTests {
    @Test func serialNumbers() {
        #expect(ExcelDate.text(serial: 45658, date1904: false) == "2025-01-01")
        #expect(ExcelDate.text(serial: 1, date1904: false) == "1900-01-01")
        #expect(ExcelDate.text(serial: 59, date1904: false) == "1900-02-28")
        #expect(ExcelDate.text(serial: 60, date1904: false) == "1900-02-29")   // Excel's phantom day: not a date for the log reader
        #expect(ExcelDate.text(serial: 61, date1904: false) == "1900-03-01")
        #expect(ExcelDate.text(serial: 0, date1904: true) == "1904-01-01")
        #expect(ExcelDate.text(serial: 45658 - 1462, date1904: true) == "2025-01-01")
        #expect(ExcelDate.text(serial: 45658.999999, date1904: false) == "2025-01-02")   // rounds to the minute
        #expect(ExcelDate.text(serial: 45658.75, date1904: false) == "2025-01-01T18:00")
        #expect(ExcelDate.text(serial: -1, date1904: false) == nil)
        #expect(ExcelDate.text(serial: 2_958_465, date1904: false) == "9999-12-31")
        #expect(ExcelDate.text(serial: 2_958_466, date1904: false) == nil)
    }

    /// The format's own calendar against Foundation's Gregorian calendar in UTC, every day from
    /// 1899-12-30 (Excel's day 0) to 2100-12-31, both ways.
    @Test func dayNumbersAgreeWithFoundation() {
        var gregorian = Foundation.Calendar(identifier: .gregorian)
        gregorian.timeZone = TimeZone(identifier: "UTC")!
        let first = ProlepticGregorian.dayNumber(year: 1899, month: 12, day: 30)
        let last = ProlepticGregorian.dayNumber(year: 2100, month: 12, day: 31)
        var mismatches = 0
        for day in first...last {
            let date = Date(timeIntervalSince1970: Double(day) * 86_400)
            let c = gregorian.dateComponents([.year, .month, .day], from: date)
            let civil = ProlepticGregorian.civil(day)
            if civil != (c.year!, c.month!, c.day!) || ProlepticGregorian.dayNumber(year: c.year!, month: c.month!, day: c.day!) != day {
                mismatches += 1
            }
        }
        // 1900–2100: 201 years of 365 days and 49 leap days (1904…2096; 1900 and 2100 are not), and two days of 1899
        #expect(first == -25569 && last - first + 1 == 201 * 365 + 49 + 2)
        #expect(mismatches == 0)
    }
}
