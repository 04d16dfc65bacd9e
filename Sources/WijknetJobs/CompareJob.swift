import Wijknet
import WijknetReport

/// `wijknet compare`: two periods of one log, or the whole of two logs (one pseudonym key),
/// compared (``ComparisonReport``); unit by unit with ``by`` (``UnitsComparison``).
public struct CompareJob {
    /// The newer log, compared with the source's whole log; `nil`: ``before`` and ``after``.
    public var newLog: String?
    /// The two periods of one log.
    public var before: Period = .all
    public var after: Period = .all
    /// How many partners each list of changes shows.
    public var top = 10
    public var by: UnitLevel?
    public var style: TableStyle

    public init(style: TableStyle) { self.style = style }

    public func run(_ source: LogSource, say: Say) throws -> JobOutput {
        let first = try source.readLog()
        let second = try newLog.map { try source.readLog($0) }
        let logs = [first] + (second.map { [$0] } ?? [])
        let pseudonyms = try source.pseudonyms(for: logs)
        for log in logs { ReadLog(log: log, pseudonyms: pseudonyms, wording: source.wording).tell(say) }   // one log: its warnings once
        let sides = (before: second == nil ? before : .all, after: second == nil ? after : .all)
        if let by {
            let old = try unitEcosystems(by, log: first, period: sides.before, pseudonyms: pseudonyms)
            let new = try unitEcosystems(by, log: second ?? first, period: sides.after, pseudonyms: pseudonyms)
            let table = try UnitsComparison(before: old, after: new, lang: style.lang)
            return try style.render(text: table.text, csv: table.csv, json: table.json)
        }
        let old = Ecosystem(log: first, period: sides.before, pseudonyms: pseudonyms)
        let new = Ecosystem(log: second ?? first, period: sides.after, pseudonyms: pseudonyms)
        let comparison = try EcosystemComparison(before: old, after: new, top: top)
        let report = ComparisonReport(comparison, gapsBefore: GapsAnalysis(old), gapsAfter: GapsAnalysis(new), lang: style.lang)
        return try style.render(text: report.text, csv: report.csv, json: { try encodeJSON(report) })
    }
}
