import ArgumentParser
import Foundation
import Wijknet
import WijknetJobs
import WijknetReport

/// `wijknet compare`: before and after — two periods of one log, or two logs.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Before and after: ties added and lost, partners whose position changed, domain mixing, gaps findings.",
        discussion: """
        Either one log and two periods (--before FROM..TO --after FROM..TO), or two logs (OLD NEW) \
        read with the same --actors file and the same pseudonym key. Ties between partners are \
        listed; ties with young people only counted.

        With --by neighbourhood|municipality: before and after per unit side by side, and the \
        region (partner ties added and lost, the figures of the --by table before → after, gaps \
        findings appeared and disappeared).

        Examples:
          wijknet compare contacts.csv --actors actors.csv --before 01-01-2025..30-06-2025 --after 01-07-2025..31-12-2025
          wijknet compare 2024.csv 2025.csv --actors actors.csv --format csv -o changes.csv
          wijknet compare --survey samples/enquete/enquete.csv --survey samples/enquete/enquete-ronde2.csv --actors samples/enquete/actoren.csv

        With --survey OLD --survey NEW (two rounds of a partner survey, --actors listing its \
        partners, no log): the comparison of `wijknet survey NEW --earlier OLD`, the same output.
        """
    )

    @OptionGroup var input: InputOptions
    @Argument(help: ArgumentHelp("The newer contact log, to compare with the first (instead of --before/--after).", valueName: "new-log"))
    var newLog: String?
    @Option(help: ArgumentHelp("The first period: FROM..TO (DD-MM-YYYY or YYYY-MM-DD; either end may be left out).", valueName: "period"))
    var before: String?
    @Option(help: ArgumentHelp("The second period: FROM..TO.", valueName: "period"))
    var after: String?
    @Option(help: "How many partners each list of changes shows.") var top = 10
    @OptionGroup var units: UnitOptions
    @Option(name: .long, help: ArgumentHelp("Two rounds of a partner survey, the earlier first (--survey OLD --survey NEW), instead of logs; with --actors.", valueName: "file"))
    var survey: [String] = []
    @Option(help: "text, csv or json.") var format: TableFormat = .text
    @Option(help: "Language of the text: nl or en (default: from LC_ALL, LC_MESSAGES or LANG when it is nl or en, else nl).") var lang: Language?
    @OptionGroup var output: TableOutputOptions

    func validate() throws { try checkingOptions(lang) { try check() } }

    private func check() throws {
        if !survey.isEmpty { return try validateSurveys() }
        if !input.hasLog { throw CLIMessage.missingLog }
        if input.from != nil || input.to != nil { throw CLIMessage.compareTakesBeforeAfter }
        if input.showYouthNames { throw CLIMessage.compareNamesNoYouth }
        if top < 0 { throw CLIMessage.notNegative(option: "--top") }
        if newLog == nil {
            if before == nil || after == nil { throw CLIMessage.compareNeedsTwo }
            _ = try parsePeriodRange(before!, option: "before")
            _ = try parsePeriodRange(after!, option: "after")
        } else if before != nil || after != nil {
            throw CLIMessage.twoLogsNoPeriods
        }
    }

    /// `--survey OLD --survey NEW`: exactly two rounds, an actors file, nothing about logs.
    private func validateSurveys() throws {
        if survey.count != 2 { throw CLIMessage.surveyTwoRounds(given: survey.count) }
        if input.hasLog || newLog != nil { throw CLIMessage.logOrSurvey(logs: true) }
        if input.actors == nil { throw CLIMessage.surveyNeedsActors }
        if before != nil || after != nil || units.by != nil || input.from != nil || input.to != nil {
            throw CLIMessage.surveyCannotCombine(options: ["--before", "--after", "--by", "--from", "--to"], round: true)
        }
    }

    func run() throws {
        try runReportingErrors(lang: lang, quiet: input.quiet) {
            let style = output.style(format, lang: lang)
            if !survey.isEmpty {
                var job = SurveyJob(survey: try input.surveySource(survey[1]), style: style)
                (job.earlier, job.readsEarlierFirst) = (survey[0], true)
                return try output.write(try job.run(say: say))
            }
            var job = CompareJob(style: style)
            (job.newLog, job.top, job.by) = (newLog, top, units.by)
            if newLog == nil {
                job.before = try parsePeriodRange(before!, option: "before")
                job.after = try parsePeriodRange(after!, option: "after")
            }
            try output.write(try job.run(try input.source(lang), say: say))
        }
    }
}
