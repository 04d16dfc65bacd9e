import ArgumentParser
import Foundation
import Wijknet
import WijknetReport

/// `wijknet goals`: the team's action goals (goals.toml), per period: value, target, met, change.
struct GoalsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "goals",
        abstract: "The team's action goals: per goal and period the value, the target, whether it is met, the change.",
        discussion: """
        The goals file is TOML, one [[goal]] table per goal (see samples/zuiderhof/goals.toml): name, measure (tie, contacts, youth_share, fragmented_share, signal_followup, metric), the measure's keys (between, domains, actor and metric, signal_days), an optional scope = { place = ID } | { neighbourhood = NAME } | { domain = D }, and exactly one of at_least / at_most (none for tie).

        Exit status: 0 when every goal is met in the last period, 1 when some are not, 65 for a bad goals file or log.

        Examples:
          wijknet goals samples/zuiderhof/contacts.csv --actors samples/zuiderhof/actors.csv --goals samples/zuiderhof/goals.toml
          wijknet goals contacts.csv --actors actors.csv --goals goals.toml --period quarter --format csv
        """
    )

    @OptionGroup var input: InputOptions
    @Option(name: .long, help: ArgumentHelp("The goals file (TOML).", valueName: "file")) var goals: String
    @Option(name: .long, help: "Evaluate per month, quarter or year (default: the whole log as one period 'all').") var period: PeriodUnit?
    @Option(help: "text, csv or json.") var format: TableFormat = .text
    @Option(help: "Language of the text: nl or en (default: the language of the log's headers).") var lang: Language?
    @OptionGroup var output: OutputOptions

    func run() throws {
        var allMet = true
        try runReportingErrors(quiet: input.quiet) {
            let eco = try input.load()
            let report = ingestReport(eco)
            if !report.isEmpty { printError(report) }
            let list = try readGoals(goals, log: eco.log)
            let evaluation = GoalsEvaluation(goals: list, log: eco.log, unit: period, within: try input.period(), pseudonyms: eco.pseudonyms)
            switch format {
            case .text: try output.write(evaluation.text(lang ?? eco.log.headerLanguage))
            case .csv: try output.write(evaluation.csv())
            case .json: try output.write(try encodeJSON(evaluation))
            }
            allMet = evaluation.allMet
        }
        if !allMet { throw ExitCode.failure }
    }
}

/// Reads and checks a goals file against the log's actors.
/// - Throws: ``WijknetError/io(path:reason:)`` when it cannot be read, else what ``GoalsFile/parse(_:fileName:log:)`` throws.
func readGoals(_ path: String, log: ContactLog) throws -> [Goal] {
    let text: String
    do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
        throw WijknetError.io(path: path, reason: "cannot read the goals file: \(error.localizedDescription)")
    }
    return try GoalsFile.parse(text, fileName: path, log: log)
}

