import Wijknet
import WijknetReport

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
