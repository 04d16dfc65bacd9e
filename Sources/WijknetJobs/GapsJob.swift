import Wijknet
import WijknetReport

/// `wijknet gaps`: where the ecosystem does not hold together (``GapsAnalysis``), against the
/// previous period when there is one; per period with ``period``, per unit with ``by``.
public struct GapsJob {
    public var options: GapsOptions
    public var style: TableStyle
    /// The team's goals file: its goals on signal follow-up and fragmentation become the
    /// references the findings are judged against.
    public var goalsFile: String?
    public var period: PeriodUnit?
    public var by: UnitLevel?

    public init(options: GapsOptions, style: TableStyle) { (self.options, self.style) = (options, style) }

    public func run(_ source: LogSource, say: Say) throws -> JobOutput {
        if let by { return try UnitsJob(level: by, style: style, gaps: options).run(source, say: say) }
        let read = try source.read(say: say)
        if let period {
            try requireDates(read.log, for: .period)
            let series: GapsSeries = read.log.timeSeries(period, within: read.period, pseudonyms: read.pseudonyms) {
                let gaps = GapsAnalysis($0, options: options)
                return PeriodResult(full: gaps, figures: GapsFigures(gaps))
            }
            return try style.render(text: series.text, csv: series.csv, json: series.json)
        }
        let eco = read.ecosystem
        var judged = options
        if let goalsFile { judged.references = judged.references.adopting(try readGoals(goalsFile, log: eco.log), signalDays: judged.signalDays) }
        let gaps = GapsAnalysis(eco, options: judged).comparingWithPreviousPeriod(eco, within: read.period, options: judged)
        return try style.render(text: gaps.text, csv: gaps.csv, json: { try encodeJSON(gaps) })
    }
}
