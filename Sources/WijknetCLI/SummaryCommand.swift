import ArgumentParser
import Foundation
import Wijknet
import WijknetJobs
import WijknetReport

/// `wijknet summary`: counts and shape of the ecosystem, for a coordinator or as JSON.
struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Counts of rows, actors, ties, contact types, components and density.",
        discussion: """
        Example:
          wijknet summary samples/zuiderhof/contacts.csv --actors samples/zuiderhof/actors.csv
          wijknet summary contacten.csv --actors actoren.csv --from 01-01-2025 --to 30-06-2025 --format json -o summary.json
          wijknet summary contacten.csv --actors actoren.csv --period month --format csv -o per-maand.csv
          wijknet summary samples/regio/contacts.csv --actors samples/regio/actors.csv --by neighbourhood
        """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var periods: PeriodOptions
    @OptionGroup var units: UnitOptions
    @Option(help: "text or json (with --period or --by also csv).") var format: TableFormat = .text
    @Option(help: "Language of the text: nl or en (default: from LC_ALL, LC_MESSAGES or LANG when it is nl or en, else nl).") var lang: Language?
    @OptionGroup var output: TableOutputOptions

    func validate() throws {
        try checkingOptions(lang) {
            try units.validate(with: periods)
            if format == .csv && periods.period == nil && units.by == nil { throw CLIMessage.summaryCSVNeedsPeriod }
        }
    }

    func run() throws {
        try runReportingErrors(lang: lang, quiet: input.quiet) {
            var job = SummaryJob(style: output.style(format, lang: lang))
            (job.period, job.by, job.toFile) = (periods.period, units.by, output.out != nil)
            try output.write(try job.run(try input.source(lang), say: say))
        }
    }
}

extension Language: ExpressibleByArgument {}
