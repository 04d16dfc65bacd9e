import Wijknet
import WijknetReport

/// `wijknet summary`: the ecosystem in a few figures (``EcosystemSummary``), per period with
/// ``period``, per unit with ``by``.
public struct SummaryJob {
    public var style: TableStyle
    public var period: PeriodUnit?
    public var by: UnitLevel?
    /// Whether the result goes to a file: the text on a terminal holds the warnings itself,
    /// so they are told only for a file or another format.
    public var toFile = false

    public init(style: TableStyle) { self.style = style }

    public func run(_ source: LogSource, say: Say) throws -> JobOutput {
        if let by { return try UnitsJob(level: by, style: style).run(source, say: say) }
        if let period {
            let read = try source.read(say: say)
            try requireDates(read.log, for: .period)
            let series: SummarySeries = read.log.timeSeries(period, within: read.period, pseudonyms: read.pseudonyms) {
                PeriodResult(full: EcosystemSummary($0), figures: SummaryFigures($0))
            }
            return try style.render(text: series.text, csv: series.csv, json: series.json)
        }
        // The rows are folded as they are read: a log of ten million rows fits in memory.
        let (summary, read) = try source.streamSummary()
        read.tell(say, includeWarnings: style.format != .text || toFile)
        guard style.format != .csv else { throw WijknetError.invalidRequest(.csvNeedsPeriod) }
        return try style.render(text: summary.text, csv: { "" }, json: { try encodeJSON(summary) })
    }
}
