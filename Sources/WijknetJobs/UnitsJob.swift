import Wijknet
import WijknetReport

/// `--by LEVEL` of `analyse`, `gaps` and `summary`: the figures of every unit side by side
/// (``UnitsTable``), and the region total.
public struct UnitsJob {
    public var level: UnitLevel
    public var style: TableStyle
    public var analysis: AnalysisOptions
    public var gaps: GapsOptions

    public init(level: UnitLevel, style: TableStyle, analysis: AnalysisOptions = AnalysisOptions(), gaps: GapsOptions = GapsOptions()) {
        (self.level, self.style, self.analysis, self.gaps) = (level, style, analysis, gaps)
    }

    public func run(_ source: LogSource, say: Say) throws -> JobOutput {
        let read = try source.read(say: say)
        let table = try UnitsTable(try unitEcosystems(level, log: read.log, period: read.period, pseudonyms: read.pseudonyms),
                                   analysis: analysis, gaps: gaps)
        return try style.render(text: table.text, csv: table.csv, json: table.json)
    }
}
