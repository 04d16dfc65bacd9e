import Wijknet
import WijknetGraph
import WijknetReport

/// `wijknet keyplayers`: the set of `k` partners the ecosystem leans on most (``KeyPlayerAnalysis``).
public struct KeyPlayersJob {
    public var goal: KeyPlayerAnalysis.Goal = .fragment
    public var k = 3
    public var distance = 2
    public var seed: UInt64 = 1
    public var restarts = 2
    public var exactLimit: Int?
    public var style: TableStyle

    public init(style: TableStyle) { self.style = style }

    public func run(_ source: LogSource, say: Say) throws -> JobOutput {
        let read = try source.read(say: say)
        let result = try KeyPlayerAnalysis(read.ecosystem, goal: goal, k: k, distance: distance, seed: seed,
                                           restarts: restarts, exactLimit: exactLimit)
        return try style.render(text: result.text, csv: result.csv, json: { try encodeJSON(result) })
    }
}

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

/// `wijknet goals`: the team's action goals checked (``GoalsEvaluation``), per unit with ``by``
/// (``GoalsByUnit``). ``JobOutput/passed`` is whether every goal is met (everywhere).
public struct GoalsJob {
    public var goalsFile: String
    /// Evaluate per month, quarter or year (default: one period).
    public var period: PeriodUnit?
    public var by: UnitLevel?
    public var style: TableStyle

    public init(goalsFile: String, style: TableStyle) { (self.goalsFile, self.style) = (goalsFile, style) }

    public func run(_ source: LogSource, say: Say) throws -> JobOutput {
        let read = try source.read(say: say)
        if let by {
            let ecosystems = try unitEcosystems(by, log: read.log, period: read.period, pseudonyms: read.pseudonyms)
            let table = GoalsByUnit(goals: try readGoals(goalsFile, log: read.log), ecosystems: ecosystems)
            var output = try style.render(text: table.text, csv: table.csv, json: { try encodeJSON(table) })
            output.passed = table.allMet
            return output
        }
        let eco = read.ecosystem
        let evaluation = GoalsEvaluation(goals: try readGoals(goalsFile, log: eco.log), log: eco.log, unit: period,
                                         within: read.period, pseudonyms: eco.pseudonyms)
        var output = try style.render(text: evaluation.text, csv: evaluation.csv, json: { try encodeJSON(evaluation) })
        output.passed = evaluation.allMet
        return output
    }
}
