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
        """
    )

    @OptionGroup var input: InputOptions
    @Option(help: "text or json.") var format: SummaryFormat = .text
    @Option(help: "Language of the text: nl or en (default: the language of the log's headers).") var lang: Language?
    @OptionGroup var output: OutputOptions

    enum SummaryFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

    func run() throws {
        try runReportingErrors {
            let eco = try input.load()
            let report = ingestReport(eco, includeWarnings: format != .text || output.out != nil)
            if !report.isEmpty { printError(report) }
            let summary = EcosystemSummary(eco)
            switch format {
            case .text: try output.write(summary.text(lang ?? eco.log.headerLanguage))
            case .json: try output.write(try encodeJSON(summary))
            }
        }
    }
}

extension Language: ExpressibleByArgument {}
