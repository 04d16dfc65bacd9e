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
        try checkingOptions(lang) {
            if units.by != nil && period != nil { throw CLIMessage.notBoth("--by", "--period") }
        }
    }

    func run() throws {
        var allMet = true
        try runReportingErrors(lang: lang, quiet: input.quiet) {
            var job = GoalsJob(goalsFile: goals, style: output.style(format, lang: lang))
            (job.period, job.by) = (period, units.by)
            let result = try job.run(try input.source(lang), say: say)
            try output.write(result)
            allMet = result.passed
        }
        if !allMet { throw ExitCode.failure }
    }
}
