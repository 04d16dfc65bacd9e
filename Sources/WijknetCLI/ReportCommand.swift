import ArgumentParser
import Foundation
import Wijknet
import WijknetGraphviz
import WijknetReport

/// `wijknet report`: the meeting report, one self-contained HTML page.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "The meeting report: one self-contained HTML page with findings, diagrams and tables.",
        discussion: """
        The page needs no network and no other file: mail it or open it from a USB stick.

        Sections: summary, findings, (goals, with --goals,) (comparison, with --before/--after,) diagrams, partners, key-players, domains, \
        missing-links, single-points, fragmentation, signals, how-to-read; with --by, a units section (the figures per \
        unit side by side, best and weakest marked, and a domains diagram per unit) after the findings. Young people appear only as counts or pseudonyms.

        Examples:
          wijknet report samples/zuiderhof/contacts.csv --actors samples/zuiderhof/actors.csv -o report.html
          wijknet report contacts.csv --actors actors.csv --lang en --suppress-below 5 -o report.html
        """
    )

    @OptionGroup var input: InputOptions
    @Option(help: "Language: nl or en (default: the language of the log's headers).") var lang: Language?
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
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if let k = suppressBelow, k < 2 { throw ValidationError("--suppress-below must be at least 2.") }
        if missingLinks < 0 { throw ValidationError("--missing-links must not be negative.") }
        if (before == nil) != (after == nil) { throw ValidationError("give both --before and --after, or neither.") }
        if let before { _ = try parsePeriodRange(before, option: "before") }
        if let after { _ = try parsePeriodRange(after, option: "after") }
        if period != nil && goals == nil { throw ValidationError("--period only applies to the goals section: give --goals FILE too.") }
    }

    func run() throws {
        try runReportingErrors(quiet: input.quiet) {
            let eco = try input.load()
            let notes = ingestReport(eco)
            if !notes.isEmpty { printError(notes) }
            let language = lang ?? eco.log.headerLanguage
            let analysis = try AnalysisResult(eco, options: AnalysisOptions(), showYouthNames: input.showYouthNames)
            var gapsOptions = GapsOptions()
            gapsOptions.top = missingLinks
            let gaps = GapsAnalysis(eco, options: gapsOptions)
            let figures = try reportFigures(eco, gaps: gaps, lang: language)
            let page = MeetingReport(lang: language, title: title, suppressBelow: suppressBelow)
            let evaluation = try goals.map { path in
                GoalsEvaluation(goals: try readGoals(path, log: eco.log), log: eco.log, unit: period, within: try input.period(), pseudonyms: eco.pseudonyms)
            }
            try output.write(page.html(eco, analysis: analysis, gaps: gaps, figures: figures, goals: evaluation,
                                       comparison: try comparison(eco, lang: language),
                                       units: try unitsContent(eco, lang: language, goals: evaluation?.goals),
                                       keyPlayers: try MeetingReport.KeyPlayers(eco, lang: language)))
        }
    }

    /// The comparison section's content for `--before`/`--after`: both periods of the same log,
    /// with the same pseudonyms; `nil` without them.
    func comparison(_ eco: Ecosystem, lang: Language) throws -> MeetingReport.Comparison? {
        guard let before, let after else { return nil }
        let old = Ecosystem(log: eco.log, period: try parsePeriodRange(before, option: "before"), pseudonyms: eco.pseudonyms)
        let new = Ecosystem(log: eco.log, period: try parsePeriodRange(after, option: "after"), pseudonyms: eco.pseudonyms)
        let report = ComparisonReport(try EcosystemComparison(before: old, after: new),
                                      gapsBefore: GapsAnalysis(old), gapsAfter: GapsAnalysis(new), lang: lang)
        return MeetingReport.Comparison(report: report, before: try figure(old, id: "domains", view: .domains, lang: lang),
                                        after: try figure(new, id: "domains", view: .domains, lang: lang))
    }

    /// The units section's content for `--by`: the side-by-side table and one small `domains`
    /// diagram per unit; `nil` without `--by`.
    /// With `--goals`, the goals checked in every unit too.
    func unitsContent(_ eco: Ecosystem, lang: Language, goals: [Goal]?) throws -> MeetingReport.Units? {
        guard let level = units.by else { return nil }
        let ecosystems = try UnitOptions.ecosystems(level, log: eco.log, period: eco.period, pseudonyms: eco.pseudonyms)
        let table = try UnitsTable(ecosystems)
        let diagrams = try ecosystems.units.enumerated().map { try figure($1, id: "unit-\($0 + 1)", view: .domains, lang: lang) }
        return MeetingReport.Units(table: table, diagrams: diagrams, goals: goals.map { GoalsByUnit(goals: $0, ecosystems: ecosystems) })
    }

    /// The report's diagrams: the domains, and the partners with the gaps marked.
    func reportFigures(_ eco: Ecosystem, gaps: GapsAnalysis, lang: Language) throws -> [MeetingReport.Figure] {
        try [("domains", View.domains), ("gaps", View.gaps)].map { try figure(eco, id: $0.0, view: $0.1, lang: lang) }
    }

    /// One view of `eco` rendered as SVG.
    func figure(_ eco: Ecosystem, id: String, view: View, lang: Language) throws -> MeetingReport.Figure {
        var options = ViewOptions(view: view, lang: lang, showYouthNames: input.showYouthNames)
        options.missingLinksTop = missingLinks
        let diagram = try Diagram.view(eco, options)
        do {
            return MeetingReport.Figure(id: id, svg: String(decoding: try Graphviz.render(diagram, format: .svg), as: UTF8.self))
        } catch let e as GraphvizError {
            throw WijknetError.invalidRequest(e.description)
        }
    }
}
