import ArgumentParser
import Wijknet

/// Parses `FROM..TO` (`--before`, `--after`): two dates as `--from`/`--to` take them
/// (DD-MM-YYYY or YYYY-MM-DD); either may be left out for an open end (`..31-12-2024`).
/// - Throws: `ValidationError` naming `option` for text that is not such a range.
func parsePeriodRange(_ text: String, option: String) throws -> Period {
    guard let dots = text.range(of: "..") else {
        throw ValidationError("--\(option) '\(text)' is not a period; write FROM..TO, e.g. 01-01-2025..30-06-2025.")
    }
    func day(_ part: Substring) throws -> Int? {
        let s = String(part)
        if s.isEmpty { return nil }
        guard let d = Calendar.parseDay(s) else {
            throw ValidationError("--\(option): '\(s)' is not a date; write DD-MM-YYYY (15-03-2025) or YYYY-MM-DD.")
        }
        return d
    }
    let p = Period(from: try day(text[..<dots.lowerBound]), to: try day(text[dots.upperBound...]))
    if let f = p.from, let t = p.to, f > t { throw ValidationError("--\(option) '\(text)': the first date is after the second.") }
    return p
}
