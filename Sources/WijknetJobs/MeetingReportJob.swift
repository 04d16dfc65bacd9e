import Foundation
import Wijknet
import WijknetGraph
import WijknetDiagrams
import WijknetGraphviz
import WijknetReport

/// The meeting report from a loaded ecosystem to its HTML: the one place that builds it, so
/// `wijknet report` and `wijknet serve` show the same page (same analyses, same diagrams,
/// same bytes for the same input and key).
public struct MeetingReportJob: Sendable {
    public var lang: Language
    public var title: String?
    /// Counts of young people below K shown as `< K`.
    public var suppressBelow: Int?
    /// How many missing links the tables and the gaps diagram show.
    public var missingLinks = 10
    /// At most this many partners on the interactive map (``MapSelection``): a map a team can
    /// read, and a page of a few MB at a million actors (issue 28). A neighbourhood has fewer.
    public var mapPartners = 400
    /// At most this many places on the interactive map (those tied to the most of its partners).
    public var mapPlaces = 100
    /// At most this many rows in the places table of the domains section (``MeetingReport/placeRows``).
    public var placeRows = MeetingReport.defaultPlaceRows
    /// With ``after``: the comparison section, this period before …
    public var before: Period?
    /// … and this one after.
    public var after: Period?
    /// The goals section: the team's goals, already parsed, evaluated per ``goalsUnit``.
    public var goals: [Goal]?
    public var goalsUnit: PeriodUnit?
    /// The units section: the figures per neighbourhood or municipality side by side.
    public var by: UnitLevel?
    public var showYouthNames = false
    /// The survey section: a partner survey, already read (``SurveyReader``).
    public var survey: Survey?
    /// Told the stage the job starts (`wijknet serve`'s progress line); `nil`: nothing is told.
    public var stage: (@Sendable (String) -> Void)?

    public init(lang: Language) { self.lang = lang }

    /// Above this many actors the report estimates betweenness with `analyse`'s guarantee (every
    /// actor within ±0.01 at once, with 90% probability; stated in the partners section): the
    /// limit of every command, ``AnalysisOptions/standardExactLimit``.
    public var exactLimit = AnalysisOptions.standardExactLimit

    /// The page for `eco`; `within` is the `--from/--to` range the goals are evaluated in.
    /// - Throws: ``WijknetError/invalidRequest(_:)`` for `--by` without units, or a diagram
    ///   Graphviz cannot lay out.
    public func html(_ eco: Ecosystem, within: Period) throws -> String {
        var options = AnalysisOptions()
        options.exactLimit = exactLimit
        // The gaps (one thread) are found beside the metrics (every core, Leiden on a thread of
        // its own); then Graphviz draws the diagrams and lays out the map on a thread of its own
        // (the only one using Graphviz meanwhile) beside the goals and the key players.
        // Measured in docs/engineering.md ("The report beside analyse and gaps").
        stage?("finding the gaps")
        let gapsWork = BackgroundWork { [self] in gapsAnalysis(eco, within: within) }
        stage?("computing the metrics")
        let analysis = try AnalysisResult(eco, options: options, showYouthNames: showYouthNames)
        let gaps = gapsWork.wait()
        let drawing = BackgroundWork { [self] in
            Result { (try [("domains", View.domains), ("gaps", View.gaps)].map { try figure(eco, id: $0.0, view: $0.1, gaps: gaps) },
                      try mapLayout(eco, gaps: gaps)) }
        }
        var page = MeetingReport(lang: lang, title: title, suppressBelow: suppressBelow)
        page.placeRows = placeRows
        if goals != nil { stage?("checking the goals") }
        let evaluation = goals.map { GoalsEvaluation(goals: $0, log: eco.log, unit: goalsUnit, within: within, pseudonyms: eco.pseudonyms, options: options) }
        // Per month, quarter or year, the goals table leads with the whole period: the figure
        // the verdict sets beside each goal.
        let overall = goalsUnit == nil ? nil
            : goals.map { GoalsEvaluation(goals: $0, log: eco.log, unit: nil, within: within, pseudonyms: eco.pseudonyms, options: options) }
        stage?("finding the key players")
        let players = try MeetingReport.KeyPlayers(eco, lang: lang, options: options,
                                                   before: WhatIfAnalysis.Before(gaps: gaps, positions: PartnerPositions(analysis)))
        // Only now the drawing is waited for: the goals and the key players (no Graphviz)
        // were computed beside it. The comparison and the units draw, so they come after.
        stage?("drawing the diagrams")
        let (figures, map) = try drawing.wait().get()
        if before != nil { stage?("comparing before and after") }
        let compared = try comparison(eco)
        if let by { stage?("the figures per \(by.rawValue)") }
        let perUnit = try unitsContent(eco, goals: evaluation?.goals, options: options)
        stage?("writing the page")
        return page.html(eco, analysis: analysis, gaps: gaps, figures: figures, goals: evaluation, goalsOverall: overall,
                         comparison: compared, units: perUnit, keyPlayers: players, map: map, survey: survey.map(SurveyAnalysis.init))
    }

    /// The report's gaps: with the report's missing links and the goals' references, and the
    /// previous period's figures when there is one.
    func gapsAnalysis(_ eco: Ecosystem, within: Period) -> GapsAnalysis {
        var gapsOptions = GapsOptions()
        gapsOptions.top = missingLinks
        if let goals { gapsOptions.references = gapsOptions.references.adopting(goals, signalDays: gapsOptions.signalDays) }
        return GapsAnalysis(eco, options: gapsOptions).comparingWithPreviousPeriod(eco, within: within, options: gapsOptions)
    }

    /// The interactive map's positions: ``Diagram/mapLayout(_:_:)`` (the partners with the
    /// report's missing links, and their places) laid out by Graphviz; `nil` when no partner
    /// has a tie.
    func mapLayout(_ eco: Ecosystem, gaps: GapsAnalysis) throws -> MeetingReport.Map? {
        var options = ViewOptions(view: .partners, lang: lang, showYouthNames: showYouthNames)
        options.missingLinks = gaps.missingLinks.compactMap { l in eco.node(forID: l.a).flatMap { a in eco.node(forID: l.b).map { (a, $0) } } }
        let selection = MapSelection(eco, missingLinks: options.missingLinks, limit: mapPartners)
        options.onlyPartners = selection.partners
        guard let diagram = try Diagram.mapLayout(eco, options, placeLimit: mapPlaces) else { return nil }
        let places = diagram.nodes.filter { eco.actors[Int($0.id.dropFirst())!].kind == .place }.count
        let layout: DiagramLayout
        do { layout = try Graphviz.layout(diagram) } catch let e as GraphvizError { throw WijknetError.invalidRequest(.diagram(step: e.operation, message: e.message)) }
        var positions: [Int: MeetingReport.Map.Position] = [:]
        for node in diagram.nodes {
            if let v = Int(node.id.dropFirst()), let p = layout.positions[node.id] { positions[v] = .init(x: p.x, y: p.y) }
        }
        var map = MeetingReport.Map(positions: positions)
        (map.partnersLeftOut, map.placesLeftOut) = selection.leftOut(partners: diagram.nodes.count - places, places: places)
        return map
    }

    /// The comparison section's content: both periods of the same log, with the same
    /// pseudonyms; `nil` without both periods.
    func comparison(_ eco: Ecosystem) throws -> MeetingReport.Comparison? {
        guard let before, let after else { return nil }
        let old = Ecosystem(log: eco.log, period: before, pseudonyms: eco.pseudonyms)
        let new = Ecosystem(log: eco.log, period: after, pseudonyms: eco.pseudonyms)
        let report = ComparisonReport(try EcosystemComparison(before: old, after: new),
                                      gapsBefore: GapsAnalysis(old), gapsAfter: GapsAnalysis(new), lang: lang)
        return MeetingReport.Comparison(report: report, before: try figure(old, id: "domains", view: .domains),
                                        after: try figure(new, id: "domains", view: .domains))
    }

    /// The units section's content: the side-by-side table and one small `domains` diagram
    /// per unit; `nil` without ``by``. With goals, the goals checked in every unit too.
    func unitsContent(_ eco: Ecosystem, goals: [Goal]?, options: AnalysisOptions) throws -> MeetingReport.Units? {
        guard let level = by else { return nil }
        let ecosystems = UnitEcosystems(log: eco.log, period: eco.period, by: level, pseudonyms: eco.pseudonyms)
        if ecosystems.split.names.isEmpty { throw WijknetError.unanswerable(.noUnits(level)) }
        let table = try UnitsTable(ecosystems)
        let diagrams = try ecosystems.units.enumerated().map { try figure($1, id: "unit-\($0 + 1)", view: .domains) }
        return MeetingReport.Units(table: table, diagrams: diagrams, goals: goals.map { GoalsByUnit(goals: $0, ecosystems: ecosystems, options: options) })
    }

    /// One view of `eco` rendered as SVG.
    func figure(_ eco: Ecosystem, id: String, view: View, gaps: GapsAnalysis? = nil) throws -> MeetingReport.Figure {
        var options = ViewOptions(view: view, lang: lang, showYouthNames: showYouthNames)
        options.missingLinksTop = missingLinks
        options.gaps = gaps
        return MeetingReport.Figure(id: id, svg: String(decoding: try renderDiagram(eco, options, format: .svg), as: UTF8.self))
    }
}

/// A view of `eco` laid out and rendered by Graphviz; a layout failure becomes a clear
/// ``WijknetError/invalidRequest(_:)`` (what `wijknet render` prints).
public func renderDiagram(_ eco: Ecosystem, _ options: ViewOptions, format: DiagramFormat,
                          engine: LayoutEngine = .auto) throws -> Data {
    let diagram = try Diagram.view(eco, options)
    do {
        return try Graphviz.render(diagram, format: format, engine: engine)
    } catch let e as GraphvizError {
        throw WijknetError.invalidRequest(.diagram(step: e.operation, message: e.message))
    }
}

extension GapsAnalysis {
    /// With `within` closed at both ends and contacts in the period of the same length before
    /// it, this analysis with that period's figures beside its judgements (issue 24: a finding
    /// against the previous period when there is one); else itself.
    public func comparingWithPreviousPeriod(_ eco: Ecosystem, within: Period, options: GapsOptions) -> GapsAnalysis {
        guard let before = within.previous else { return self }
        let earlier = Ecosystem(log: eco.log, period: before, pseudonyms: eco.pseudonyms)
        guard !earlier.rowsInPeriod.isEmpty else { return self }
        return comparing(previous: GapsAnalysis(earlier, options: options), in: before)
    }
}
