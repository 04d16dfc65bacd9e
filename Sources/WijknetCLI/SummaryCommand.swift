import ArgumentParser
import Foundation
import Wijknet
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
    @Option(help: "text or json (with --period or --by also csv).") var format: SummaryFormat = .text
    @Option(help: "Language of the text: nl or en (default: from LC_ALL, LC_MESSAGES or LANG when it is nl or en, else nl).") var lang: Language?
    @OptionGroup var output: TableOutputOptions

    enum SummaryFormat: String, ExpressibleByArgument, CaseIterable { case text, csv, json }

    func validate() throws {
        try units.validate(with: periods)
        if format == .csv && periods.period == nil && units.by == nil { throw ValidationError("--format csv needs --period (a summary of one period is text or json).") }
    }

    func run() throws {
        try runReportingErrors(quiet: input.quiet) {
            if let level = units.by {
                return try units.run(level, input: input, format: TableFormat(rawValue: format.rawValue)!, lang: lang, output: output)
            }
            if let unit = periods.period {
                let (log, pseudonyms, range) = try input.loadLog()
                let report = ingestReport(log, pseudonyms)
                if !report.isEmpty { printError(report) }
                try requireDates(log, for: "--period")
                let series: SummarySeries = log.timeSeries(unit, within: range, pseudonyms: pseudonyms) {
                    PeriodResult(full: EcosystemSummary($0), figures: SummaryFigures($0))
                }
                switch format {
                case .text: try output.write(series.text(Language.resolved(lang)))
                case .csv: try output.writeCSV(series.csv())
                case .json: try output.write(try series.json())
                }
                return
            }
            // The rows are folded as they are read: a log of ten million rows fits in memory.
            let (summary, log, pseudonyms) = try input.streamSummary()
            let report = ingestReport(log, pseudonyms, includeWarnings: format != .text || output.out != nil)
            if !report.isEmpty { printError(report) }
            switch format {
            case .text: try output.write(summary.text(Language.resolved(lang)))
            case .json: try output.write(try encodeJSON(summary))
            case .csv: throw ValidationError("--format csv needs --period.")   // refused by validate()
            }
        }
    }
}

extension Language: ExpressibleByArgument {}
