import Foundation
import Wijknet

/// What the page asks for, from the query string of `/validate`, `/report`, `/diagram/…` and
/// `/download/…`: the same choices as the options of `wijknet report` (and `--from/--to`,
/// `--skip-invalid`, `--columns`, `--actor-columns`), checked with the same messages.
struct ReportQuery: Sendable, Hashable {
    var lang: Language?
    var period = Period()
    var neighbourhood: String?
    var by: UnitLevel?
    var before: Period?
    var after: Period?
    var skipInvalid = false
    var columns: String?
    var actorColumns: String?
    /// `/diagram/ego` and `/download/ego.svg`: the partner or place (id or label).
    var actor: String?

    /// The reading part: a new log read is needed only when it changes.
    var reading: ReadingKey { ReadingKey(columns: columns, actorColumns: actorColumns) }

    /// - Throws: ``WijknetError/invalidRequest(_:)`` in the words the command line uses.
    init(_ parameters: [String: String]) throws {
        func value(_ name: String) -> String? {
            guard let v = parameters[name]?.trimmingCharacters(in: .whitespaces), !v.isEmpty else { return nil }
            return v
        }
        func day(_ name: String, option: String) throws -> Int? {
            guard let text = value(name) else { return nil }
            guard let d = Calendar.parseDay(text) else {
                throw WijknetError.invalidRequest("\(option) '\(text)' is not a date; write DD-MM-YYYY (15-03-2025) or YYYY-MM-DD.")
            }
            return d
        }
        func range(_ prefix: String, option: String) throws -> Period? {
            let (f, t) = prefix.isEmpty ? ("from", "to") : (prefix + "From", prefix + "To")
            let p = Period(from: try day(f, option: option), to: try day(t, option: option))
            if let f = p.from, let t = p.to, f > t { throw WijknetError.invalidRequest("\(option): the first date is after the second.") }
            return p.from == nil && p.to == nil ? nil : p
        }
        if let l = value("lang") {
            guard let parsed = Language(rawValue: l) else { throw WijknetError.invalidRequest("the language must be nl or en.") }
            lang = parsed
        }
        period = try range("", option: "the period (from … to)") ?? Period()
        neighbourhood = value("neighbourhood")
        if let b = value("by") {
            guard let level = UnitLevel(rawValue: b) else { throw WijknetError.invalidRequest("'by' must be neighbourhood or municipality.") }
            by = level
        }
        before = try range("before", option: "before")
        after = try range("after", option: "after")
        if (before == nil) != (after == nil) { throw WijknetError.invalidRequest("give both the period before and the period after, or neither.") }
        skipInvalid = value("skip") == "1"
        columns = value("columns")
        actorColumns = value("actorColumns")
        actor = value("actor")
    }
}

/// The options that decide how the files are read.
struct ReadingKey: Sendable, Hashable {
    var columns: String?
    var actorColumns: String?
}
