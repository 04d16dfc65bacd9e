import Foundation
import Wijknet

/// What the page asks for, from the query string of `/validate`, `/report`, `/diagram/…` and
/// `/download/…`: the same choices as the options of `wijknet report` (and `--from/--to`,
/// `--skip-invalid`, `--columns`, `--actor-columns`), checked with the page's own words
/// (``PageText``, Dutch).
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

    /// - Throws: ``PageError`` naming the field of the page.
    init(_ parameters: [String: String]) throws {
        func value(_ name: String) -> String? {
            guard let v = parameters[name]?.trimmingCharacters(in: .whitespaces), !v.isEmpty else { return nil }
            return v
        }
        func day(_ name: String, option: String) throws -> Int? {
            guard let text = value(name) else { return nil }
            guard let d = Calendar.parseDay(text) else {
                throw PageError(PageText.notADate(text, field: option))
            }
            return d
        }
        func range(_ prefix: String, option: String) throws -> Period? {
            let (f, t) = prefix.isEmpty ? ("from", "to") : (prefix + "From", prefix + "To")
            let p = Period(from: try day(f, option: option), to: try day(t, option: option))
            if let f = p.from, let t = p.to, f > t { throw PageError(PageText.firstAfterSecond(option)) }
            return p.from == nil && p.to == nil ? nil : p
        }
        if let l = value("lang") {
            guard let parsed = Language(rawValue: l) else { throw PageError(PageText.badLanguage) }
            lang = parsed
        }
        period = try range("", option: "de periode (van … tot en met)") ?? Period()
        neighbourhood = value("neighbourhood")
        if let b = value("by") {
            guard let level = UnitLevel(rawValue: b) else { throw PageError(PageText.badUnit) }
            by = level
        }
        before = try range("before", option: "voor")
        after = try range("after", option: "na")
        if (before == nil) != (after == nil) { throw PageError(PageText.halfPair) }
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

/// A request the page cannot be answered, in the page's words (``PageText``): 422.
struct PageError: Error, Sendable {
    var said: PageText.Said
    init(_ text: String) { said = PageText.Said(text: text) }
}
