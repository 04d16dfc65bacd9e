import ArgumentParser
import Foundation
import Wijknet
import WijknetJobs
import WijknetReport

/// `wijknet whatif`: the ecosystem without some actors (and with some new ties), against today's.
struct WhatIfCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "whatif",
        abstract: "What if these actors left (and these ties were made): in plain words, then parts, young people cut off from a domain, places cut off from the team, partner pairs, mixing, findings.",
        discussion: """
        Added ties have weight 1 and are dated the last day of the period. Betweenness changes are exact up to 5,000 actors and estimated from 500 seeded sources above (said in every format).

        Examples:
          wijknet whatif contacts.csv --actors actors.csv --remove p-0001 p-0002
          wijknet whatif contacts.csv --actors actors.csv --remove p-0001 --add p-0003:p-0007 --format json
        """
    )

    @OptionGroup var input: InputOptions
    @Option(name: .long, parsing: .upToNextOption, help: ArgumentHelp("Ids of the actors to leave out: partners or places (young people by id or pseudonym).", valueName: "id"))
    var remove: [String] = []
    @Option(name: .long, parsing: .upToNextOption, help: ArgumentHelp("New ties A:B between existing actors.", valueName: "a:b"))
    var add: [String] = []
    @Option(name: .long, parsing: .upToNextOption, help: "Ids of the neighbourhood team's partners (default: names containing 'wijkteam').") var team: [String] = []
    @Option(help: "text, csv or json.") var format: TableFormat = .text
    @Option(help: "Language of the text: nl or en (default: from LC_ALL, LC_MESSAGES or LANG when it is nl or en, else nl).") var lang: Language?
    @OptionGroup var output: TableOutputOptions

    func validate() throws {
        try checkingOptions(lang) {
            for a in add where a.split(separator: ":").count != 2 { throw CLIMessage.addNotAPair(a) }
            if remove.isEmpty && add.isEmpty { throw CLIMessage.whatIfNeedsChange }
        }
    }

    func run() throws {
        try runReportingErrors(lang: lang, quiet: input.quiet) {
            let pairs = add.map { a -> (String, String) in
                let p = a.split(separator: ":").map(String.init)
                return (p[0], p[1])
            }
            var job = WhatIfJob(remove: remove, add: pairs, style: output.style(format, lang: lang))
            job.team = team
            try output.write(try job.run(try input.source(lang), say: say))
        }
    }
}
