import ArgumentParser
import Foundation
import Wijknet
import WijknetJobs
import WijknetReport

/// `wijknet goals`: the team's action goals (goals.toml), per period: value, target, met, change.
struct GoalsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "goals",
        abstract: "The team's action goals: per goal and period the value, the target, whether it is met, the change.",
        discussion: """
        The goals file is TOML, one [[goal]] table per goal (see samples/zuiderhof/goals.toml): name, measure (tie, contacts, youth_share, fragmented_share, signal_followup, metric), the measure's keys (between, domains, actor and metric, signal_days), an optional scope = { place = ID } | { neighbourhood = NAME } | { domain = D }, and exactly one of at_least / at_most (none for tie).

        With --by neighbourhood|municipality every goal is checked in every unit over the whole log (or --from/--to), with the region beside them: which unit meets which goal, in one table.

        Exit status: 0 when every goal is met in the last period (with --by: in every unit and the region), 1 when some are not, 65 for a bad goals file or log.

        Examples:
          wijknet goals samples/zuiderhof/contacts.csv --actors samples/zuiderhof/actors.csv --goals samples/zuiderhof/goals.toml
          wijknet goals contacts.csv --actors actors.csv --goals goals.toml --period quarter --format csv
        """
    )

    @OptionGroup var input: InputOptions
    @Option(name: .long, help: ArgumentHelp("The goals file (TOML).", valueName: "file")) var goals: String
    @Option(name: .long, help: "Evaluate per month, quarter or year (default: the whole log as one period 'all').") var period: PeriodUnit?
    @OptionGroup var units: UnitOptions
    @Option(help: "text, csv or json.") var format: TableFormat = .text
    @Option(help: "Language of the text: nl or en (default: from LC_ALL, LC_MESSAGES or LANG when it is nl or en, else nl).") var lang: Language?
    @OptionGroup var output: TableOutputOptions

    func validate() throws {
        if units.by != nil && period != nil { throw ValidationError("--by and --period cannot be combined; choose one.") }
    }

    func run() throws {
        var allMet = true
        try runReportingErrors(quiet: input.quiet) {
            if let level = units.by {
                allMet = try runByUnit(level)
                return
            }
            let eco = try input.load()
            let report = ingestReport(eco)
            if !report.isEmpty { printError(report) }
            let list = try readGoals(goals, log: eco.log)
            let evaluation = GoalsEvaluation(goals: list, log: eco.log, unit: period, within: try input.period(), pseudonyms: eco.pseudonyms)
            switch format {
            case .text: try output.write(evaluation.text(Language.resolved(lang)))
            case .csv: try output.writeCSV(evaluation.csv())
            case .json: try output.write(try encodeJSON(evaluation))
            }
            allMet = evaluation.allMet
        }
        if !allMet { throw ExitCode.failure }
    }
}

extension GoalsCommand {
    /// `--by`: the goals in every unit side by side. Returns whether every goal is met everywhere.
    func runByUnit(_ level: UnitLevel) throws -> Bool {
        let (log, ecosystems) = try UnitOptions.ecosystems(level, input: input)
        let table = GoalsByUnit(goals: try readGoals(goals, log: log), ecosystems: ecosystems)
        switch format {
        case .text: try output.write(table.text(Language.resolved(lang)))
        case .csv: try output.writeCSV(table.csv())
        case .json: try output.write(try encodeJSON(table))
        }
        return table.allMet
    }
}

