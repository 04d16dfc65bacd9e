import Wijknet
import WijknetReport

/// `wijknet whatif`: the ecosystem without some actors and with some new ties (``WhatIfAnalysis``).
public struct WhatIfJob {
    /// Ids of the actors to leave out (young people by id or pseudonym).
    public var remove: [String]
    /// New ties between existing actors, by id.
    public var add: [(String, String)]
    /// The neighbourhood team's partners (default: names containing 'wijkteam').
    public var team: [String] = []
    public var style: TableStyle

    public init(remove: [String], add: [(String, String)], style: TableStyle) { (self.remove, self.add, self.style) = (remove, add, style) }

    public func run(_ source: LogSource, say: Say) throws -> JobOutput {
        let read = try source.read(say: say)
        return try render(read.ecosystem)
    }

    /// The report of `eco` without ``remove`` and with ``add``.
    public func render(_ eco: Ecosystem) throws -> JobOutput {
        var gaps = GapsOptions()
        gaps.team = team
        let result = WhatIfReport(try WhatIfAnalysis(eco, remove: remove, add: add, gaps: gaps), lang: style.lang)
        return try style.render(text: result.text, csv: result.csv, json: { try encodeJSON(result) })
    }
}
