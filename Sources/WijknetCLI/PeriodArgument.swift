import ArgumentParser
import Wijknet

/// Parses `FROM..TO` (`--before`, `--after`): two dates as `--from`/`--to` take them
/// (DD-MM-YYYY or YYYY-MM-DD); either may be left out for an open end (`..31-12-2024`).
/// - Throws: ``CLIMessage`` naming `option` for text that is not such a range.
func parsePeriodRange(_ text: String, option: String) throws -> Period {
    guard let dots = text.range(of: "..") else {
        throw CLIMessage.notAPeriod(option: option, text: text)
    }
    func day(_ part: Substring) throws -> Int? {
        let s = String(part)
        if s.isEmpty { return nil }
        guard let d = Calendar.parseDay(s) else {
            throw CLIMessage.periodEndNotADate(option: option, text: s)
        }
        return d
    }
    let p = Period(from: try day(text[..<dots.lowerBound]), to: try day(text[dots.upperBound...]))
    if let f = p.from, let t = p.to, f > t { throw CLIMessage.periodReversed(option: option, text: text) }
    return p
}
