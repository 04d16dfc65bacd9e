import ArgumentParser
import Foundation
import Wijknet
import WijknetJobs
import WijknetReport

/// `wijknet gaps`: where the ecosystem does not hold together, in plain words.
struct GapsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gaps",
        abstract: "Bridging gaps: domain gaps, fragmentation, missing links, single points of failure, boundary spanners, ordinary life, signals.",
        discussion: """
        Examples:
          wijknet gaps samples/zuiderhof/contacts.csv --actors samples/zuiderhof/actors.csv --lang nl
          wijknet gaps contacts.csv --actors actors.csv --format json -o gaps.json
          wijknet gaps contacts.csv --actors actors.csv --period quarter
        """
    )

    @OptionGroup var input: InputOptions
    @Option(help: "How many items each ranked list shows.") var top = 10
    @Option(name: .long, help: "A pair of domains is a gap when its ties are fewer than this share of what chance gives.") var gapBelowChance = 0.5
    @Option(name: .long, help: ArgumentHelp("The team's goals file (TOML, as for 'wijknet goals'): its goals on signal follow-up and fragmentation become the references the findings are judged against.", valueName: "file")) var goals: String?
    @Option(name: .long, help: "Check fragmentation for young people with at least this many partners.") var minPartners = 3
    @Option(name: .long, help: "Flag them when the density of ties among their partners is below this.") var densityBelow = 0.5
    @Option(name: .long, help: "A signal is followed up when another domain acts within this many days.") var signalDays = 14
    @Option(name: .long, parsing: .upToNextOption, help: "Ids of the neighbourhood team's partners (default: names containing 'wijkteam').") var team: [String] = []
    @OptionGroup var periods: PeriodOptions
    @OptionGroup var units: UnitOptions
    @Option(help: "text, csv or json.") var format: TableFormat = .text
    @Option(help: "Language of the text: nl or en (default: from LC_ALL, LC_MESSAGES or LANG when it is nl or en, else nl).") var lang: Language?
    @OptionGroup var output: TableOutputOptions

    func validate() throws { try units.validate(with: periods) }

    func run() throws {
        try runReportingErrors(lang: lang, quiet: input.quiet) {
            var options = GapsOptions()
            options.top = top; options.gapBelowChance = gapBelowChance; options.minPartners = minPartners
            options.densityBelow = densityBelow; options.signalDays = signalDays; options.team = team
            var job = GapsJob(options: options, style: output.style(format, lang: lang))
            (job.goalsFile, job.period, job.by) = (goals, periods.period, units.by)
            try output.write(try job.run(try input.source(lang), say: say))
        }
    }
}
