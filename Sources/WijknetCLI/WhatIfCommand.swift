import ArgumentParser
import Foundation
import Wijknet
import WijknetReport

/// `wijknet whatif`: the ecosystem without some actors (and with some new ties), against today's.
struct WhatIfCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "whatif",
        abstract: "What if these actors left (and these ties were made): parts, young people cut off from a domain, partner pairs cut.",
        discussion: """
        Examples:
          wijknet whatif contacts.csv --actors actors.csv --remove p-0001 p-0002
          wijknet whatif contacts.csv --actors actors.csv --remove p-0001 --add p-0003:p-0007 --format json
        """
    )

    @OptionGroup var input: InputOptions
    @Option(name: .long, parsing: .upToNextOption, help: ArgumentHelp("Ids of the actors to leave out (young people by id or pseudonym).", valueName: "id"))
    var remove: [String] = []
    @Option(name: .long, parsing: .upToNextOption, help: ArgumentHelp("New ties A:B between existing actors.", valueName: "a:b"))
    var add: [String] = []
    @Option(help: "text or json.") var format: TableFormat = .text
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if format == .csv { throw ValidationError("whatif writes text or json.") }
        for a in add where a.split(separator: ":").count != 2 { throw ValidationError("--add \(a): write A:B.") }
    }

    func run() throws {
        try runReportingErrors(quiet: input.quiet) {
            let eco = try input.load()
            let report = ingestReport(eco)
            if !report.isEmpty { printError(report) }
            let pairs = add.map { a -> (String, String) in
                let p = a.split(separator: ":").map(String.init)
                return (p[0], p[1])
            }
            let result = try WhatIfAnalysis(eco, remove: remove, add: pairs)
            switch format {
            case .json: try output.write(try encodeJSON(result))
            default: try output.write(result.text())
            }
        }
    }
}
