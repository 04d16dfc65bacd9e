import ArgumentParser
import Foundation
import Wijknet
import WijknetJobs

/// `wijknet report`: the meeting report, one self-contained HTML page.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "The meeting report: one self-contained HTML page with findings, diagrams and tables.",
        discussion: """
        The page needs no network and no other file: mail it or open it from a USB stick.

        Sections: summary, findings, (goals, with --goals,) (comparison, with --before/--after,) diagrams, partners, key-players, domains, \
        missing-links, single-points, fragmentation, signals, how-to-read; with --by, a units section (the figures per \
        unit side by side, best and weakest marked, and a domains diagram per unit) after the findings; with --survey, a survey section (a partner survey, as 'wijknet survey' reads it) before partners. Young people appear only as counts or pseudonyms.

        Examples:
          wijknet report samples/zuiderhof/contacts.csv --actors samples/zuiderhof/actors.csv -o report.html
          wijknet report contacts.csv --actors actors.csv --lang en --suppress-below 5 -o report.html
        """
    )

    @OptionGroup var input: InputOptions
    @Option(help: "Language: nl or en (default: from LC_ALL, LC_MESSAGES or LANG when it is nl or en, else nl).") var lang: Language?
    @Option(help: "The report's title (default: 'Ecosysteem rond jongeren · <neighbourhood>').") var title: String?
    @Option(name: .long, help: ArgumentHelp("Show counts of young people below K as '< K' (small-cell suppression).", valueName: "K"))
    var suppressBelow: Int?
    @Option(name: .long, help: "How many missing links the tables and the gaps diagram show.") var missingLinks = 10
    @Option(help: ArgumentHelp("With --after: add a comparison section, this period (FROM..TO) before …", valueName: "period"))
    var before: String?
    @Option(help: ArgumentHelp("… and this one after (FROM..TO).", valueName: "period"))
    var after: String?
    @Option(name: .long, help: ArgumentHelp("Add a goals section: the team's goals file (TOML, as for 'wijknet goals').", valueName: "file")) var goals: String?
    @Option(name: .long, help: "With --goals: evaluate per month, quarter or year (default: one period).") var period: PeriodUnit?
    @OptionGroup var units: UnitOptions
    @Option(name: .long, help: ArgumentHelp("Add a survey section: a partner survey (CSV or .xlsx, as for 'wijknet survey'; its partners from --actors).", valueName: "file"))
    var survey: String?
    @OptionGroup var output: OutputOptions

    func validate() throws {
        try checkingOptions(lang) {
            if let k = suppressBelow, k < 2 { throw CLIMessage.atLeast(option: "--suppress-below", minimum: 2) }
            if missingLinks < 0 { throw CLIMessage.notNegative(option: "--missing-links") }
            if (before == nil) != (after == nil) { throw CLIMessage.bothOrNeither("--before", "--after") }
            if let before { _ = try parsePeriodRange(before, option: "before") }
            if let after { _ = try parsePeriodRange(after, option: "after") }
            if period != nil && goals == nil { throw CLIMessage.periodNeedsGoals }
            if survey != nil && input.actors == nil { throw CLIMessage.surveyNeedsActors }
        }
    }

    func run() throws {
        try runReportingErrors(lang: lang, quiet: input.quiet) {
            var page = MeetingReportJob(lang: Language.resolved(lang))
            (page.title, page.suppressBelow, page.missingLinks, page.by, page.goalsUnit) = (title, suppressBelow, missingLinks, units.by, period)
            page.before = try before.map { try parsePeriodRange($0, option: "before") }
            page.after = try after.map { try parsePeriodRange($0, option: "after") }
            var job = ReportJob(page: page)
            job.goalsFile = goals
            if let survey, let actors = input.actors {
                let reader = SurveyReader(actorColumns: try input.reading.actorColumns.map { try ColumnMapping(parsing: $0, for: .actors) },
                                          actorSheet: input.reading.actorSheet)
                job.survey = SurveySource(reader: reader, path: survey, actors: actors)
            }
            try output.write(try job.run(try input.source(lang), say: say))
        }
    }
}
