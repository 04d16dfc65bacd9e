import Wijknet

/// The meeting report: one self-contained HTML page a neighbourhood team can put on the
/// screen — summary, key findings, the domains and gaps diagrams inline, and the tables behind
/// the findings.
///
/// **Self-contained.** No network access of any kind: the style sheet and the sorting script
/// are inline, diagrams are inline SVG, no font or image is loaded. **Sections** have fixed
/// ids: `summary`, `findings`, (`comparison`, with two periods,) `diagrams`, `partners`, `domains`, `missing-links`,
/// `single-points`, `fragmentation`, `signals`, `how-to-read` (and `map`, the interactive map, when given). **Privacy:** young people appear
/// only as counts or pseudonyms, and counts of young people below ``suppressBelow`` as `< K`.
/// **Words:** the findings are ``GapsSentences`` (the same as `wijknet gaps`); everything else
/// is in ``ReportSentences``. **Deterministic:** no clock, no random; the same input and key
/// give the same bytes.
public struct MeetingReport {
    /// A diagram to show inline: the SVG as Graphviz wrote it.
    public struct Figure: Sendable {
        public var id: String
        public var svg: String
        public init(id: String, svg: String) {
            self.id = id
            self.svg = svg
        }
    }

    /// The `comparison` section (`wijknet report --before … --after …`): the changes and the
    /// `domains` diagram of each period.
    public struct Comparison: Sendable {
        public var report: ComparisonReport
        public var before: Figure
        public var after: Figure
        public init(report: ComparisonReport, before: Figure, after: Figure) {
            self.report = report
            self.before = before
            self.after = after
        }
    }

    public var lang: Language
    public var title: String?
    /// Counts of young people from 1 to K − 1 are shown as `< K`; `nil`: every count exact.
    public var suppressBelow: Int?
    /// How many partners each partner table lists.
    public var topPartners = 10
    /// How many places the places table lists, in its own order (node order); the rest are
    /// counted under it (issue 28: 30,000 places at a million actors).
    public var placeRows = defaultPlaceRows
    public static let defaultPlaceRows = 50

    public init(lang: Language, title: String? = nil, suppressBelow: Int? = nil) {
        self.lang = lang
        self.title = title
        self.suppressBelow = suppressBelow
    }

    /// The page. `figures` are shown in the `diagrams` section in their order, the `domains`
    /// figure first by convention. With `comparison`, a `comparison` section follows `findings`.
    /// - Complexity: linear in the size of the tables and figures.
    /// With `goals`, a `goals` section (the team's action goals, see ``GoalsEvaluation``) follows the findings;
    /// `goalsOverall`, the same goals over the report's whole period when `goals` is per month,
    /// quarter or year, leads each goal's rows: it is the figure the verdict sets beside the goal;
    /// with `comparison`, a `comparison` section follows them.
    /// With `units`, a `units` section (the figures per neighbourhood side by side) follows the findings.
    /// With `keyPlayers`, a `key-players` section follows the partners.
    /// With `map`, an interactive `map` section (``MapSection``) comes before the diagrams.
    /// With `survey`, a `survey` section (a partner survey, ``SurveyAnalysis``) comes last before the appendix (`partners` on).
    public func html(_ eco: Ecosystem, analysis: AnalysisResult, gaps: GapsAnalysis, figures: [Figure], goals: GoalsEvaluation? = nil,
                     goalsOverall: GoalsEvaluation? = nil, comparison: Comparison? = nil, units: Units? = nil, keyPlayers: KeyPlayers? = nil,
                     map: Map? = nil, survey: SurveyAnalysis? = nil) -> String {
        let page = ReportPage(report: self, eco: eco, analysis: analysis, gaps: gaps, goals: goals, goalsOverall: goalsOverall,
                              words: ReportSentences(lang: lang), sentences: GapsSentences(lang, suppressBelow: suppressBelow),
                              comparison: comparison, units: units, keyPlayers: keyPlayers, map: map, survey: survey)
        return page.render(figures)
    }
}

/// The sections of one ``MeetingReport``, one function each.
struct ReportPage {
    let report: MeetingReport
    let eco: Ecosystem
    let analysis: AnalysisResult
    let gaps: GapsAnalysis
    let goals: GoalsEvaluation?
    let goalsOverall: GoalsEvaluation?
    let words: ReportSentences
    let sentences: GapsSentences
    let comparison: MeetingReport.Comparison?
    let units: MeetingReport.Units?
    let keyPlayers: MeetingReport.KeyPlayers?
    let map: MeetingReport.Map?
    let survey: SurveyAnalysis?
    var lang: Language { report.lang }
    typealias Cell = HTML.Cell
    func e(_ s: String) -> String { HTML.escape(s) }
    func youth(_ n: Int) -> Cell {
        let shown = sentences.youth(n)
        // A suppressed cell sorts as K − 1: nothing below the bound it already shows.
        return Cell.number(shown, shown == String(n) ? Double(n) : Double((report.suppressBelow ?? 1) - 1))
    }
    func count(_ n: Int) -> Cell { Cell.number(Format.integer(n, lang), Double(n)) }
    func decimal(_ x: Double, _ digits: Int) -> Cell { Cell.number(Format.decimal(x, digits, lang), x) }

    var title: String { report.title ?? words.defaultTitle + " · " + place }

    /// The neighbourhood the actors name (up to three), else the log's file name.
    var place: String {
        var seen: [String] = []
        for a in eco.actors { if let n = a.neighbourhood, !n.isEmpty, !seen.contains(n) { seen.append(n) } }
        if seen.isEmpty || seen.count > 3 { return fileName }
        return seen.joined(separator: ", ")
    }
    var fileName: String { String(eco.log.fileName.split(separator: "/").last ?? "") }

    func render(_ figures: [MeetingReport.Figure]) -> String {
        // (anchor, title, content), in the order of the page.
        // The verdict first (the first printed page), then the other findings, goals, changes,
        // units and diagrams; the tables behind them and the data's bookkeeping are the appendix.
        // `goals` is per period exactly when `goalsOverall` (its whole period) is there.
        let verdict = Verdict(gaps.findings(sentences, goalsPerPeriod: goalsOverall == nil ? nil : goals))
        let fixed: [(ReportSentences.Section, String)] = [
            (.verdict, verdictSection(verdict)), (.findings, findings(verdict.rest)), (.diagrams, diagrams(figures)), (.partners, partners()),
            (.domains, domains()), (.missingLinks, missingLinks()), (.singlePoints, singlePoints()),
            (.fragmentation, fragmentation()), (.signals, signals()), (.summary, summary()), (.howToRead, howToRead()),
        ]
        var sections = fixed.map { ($0.0.rawValue, words.title($0.0), $0.1) }
        if let keyPlayers { sections.insert((ReportSentences.Section.keyPlayers.rawValue, words.title(.keyPlayers), keyPlayersSection(keyPlayers)), at: 4) }
        if let comparison { sections.insert(("comparison", CompareSentences(lang).section, comparisonSection(comparison)), at: 2) }
        if let goals { sections.insert((ReportSentences.Section.goals.rawValue, words.title(.goals), goalsTable(goals)), at: 2) }
        if let units {
            let heading = units.table.level == .neighbourhood ? (lang == .nl ? "Per wijk" : "Per neighbourhood") : (lang == .nl ? "Per gemeente" : "Per municipality")
            sections.insert(("units", heading, unitsSection(units)), at: 2)
        }
        if let map, let at = sections.firstIndex(where: { $0.0 == ReportSentences.Section.diagrams.rawValue }) {
            sections.insert(("map", lang == .nl ? "Kaart van het netwerk" : "Map of the network", mapSection(map)), at: at)
        }
        if let survey {   // a source of its own: the last section before the appendix
            let at = sections.firstIndex { $0.0 == ReportSentences.Section.partners.rawValue }!
            sections.insert(("survey", lang == .nl ? "Partnerenquête" : "Partner survey", surveySection(survey)), at: at)
        }
        let appendixFrom = sections.firstIndex { $0.0 == ReportSentences.Section.partners.rawValue }!
        var s = "<!DOCTYPE html>\n<html lang=\"\(words.htmlLang)\">\n<head>\n<meta charset=\"utf-8\">\n"
        s += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        s += "<title>\(e(title))</title>\n<style>\n\(ReportStyle.css)\n</style>\n</head>\n<body>\n"
        s += "<header class=\"top\"><h1>\(e(title))</h1><p>\(e(periodText)) · \(e(words.generated))</p></header>\n"
        s += "<nav aria-label=\"\(e(words.contents))\">" + sections.map { "<a href=\"#\($0.0)\">\(e($0.1))</a>" }.joined() + "</nav>\n<main>\n"
        for (i, (id, heading, body)) in sections.enumerated() {
            if i == appendixFrom { s += "<p class=\"appendix-start\">\(e(words.appendix))</p>\n" }
            s += "<section id=\"\(id)\">\n<h2>\(e(heading))</h2>\n\(body)\n</section>\n"
        }
        s += "</main>\n<footer>Wijknet · \(e(fileName)) · \(e(words.sortHint))</footer>\n"
        s += "<script>\(MeetingReport.inlineScript)</script>\n</body>\n</html>\n"
        return s
    }

    /// The days with contacts, as `01-01-2025 – 31-12-2025` (Dutch) or ISO dates (English).
    var periodDates: String {
        let days = eco.rowsInPeriod.map { Calendar.day(ofTimestamp: eco.log.time[$0]) }
        guard let lo = days.min(), let hi = days.max() else { return words.nothingHere }
        if eco.log.undated { return lang == .nl ? "één periode zonder datums" : "one period without dates" }
        let date = lang == .nl ? Calendar.dutchDate : Calendar.isoDate
        return "\(date(lo)) – \(date(hi))"
    }
    var periodText: String { "\(words.period) \(periodDates)" }

    // MARK: Sections

    func summary() -> String {
        let sum = EcosystemSummary(eco)
        let kinds = sum.actorsByKind.compactMap { c -> String? in
            guard let k = ActorKind(rawValue: c.name) else { return nil }
            return "\(k == .youth ? sentences.youth(c.count) : String(c.count)) \(words.kind(k))"
        }.joined(separator: ", ")
        let domains = sum.partnersByDomain.map { "\($0.count) \(sentences.domain($0.name))" }.joined(separator: ", ")
        let facts: [(String, String)] = [
            (words.neighbourhood, place), (words.file, fileName), (words.period, periodDates),
            (words.rows, words.rows(read: sum.rows.read, used: sum.rows.used, skipped: sum.rows.skipped)),
            (words.contacts, Format.integer(sum.contactsInPeriod, lang)),
            (words.actors, kinds), (words.partnersByDomain, domains),
            (words.pseudonyms, sum.stablePseudonyms ? words.stable : words.perRun),
            (words.smallCells, report.suppressBelow.map(words.suppressed) ?? words.notSuppressed),
        ]
        return "<dl class=\"facts\">" + facts.map { "<dt>\(e($0.0))</dt><dd>\(e($0.1))</dd>" }.joined() + "</dl>"
    }

    /// The verdict (issue 24): what the data lacks first, then the three most serious concerns
    /// and the clearest strength, each with its reference and one action — one printed page.
    func verdictSection(_ v: Verdict) -> String {
        var s = ""
        if !v.data.isEmpty { s += "<div class=\"data-first\"><h3>\(e(sentences.dataFirst))</h3>" + v.data.map { item($0, details: false) }.joined() + "</div>" }
        s += "<h3>\(e(sentences.concernsHeading))</h3>"
        s += v.concerns.isEmpty ? "<p>\(e(sentences.noConcerns))</p>" : "<ol class=\"findings verdict\">" + v.concerns.map { item($0, details: false) }.joined() + "</ol>"
        if let strength = v.strength { s += "<h3>\(e(sentences.strengthHeading))</h3><ol class=\"findings strengths\">" + item(strength, details: false) + "</ol>" }
        return s + unmeasured()
    }

    /// The findings the verdict leaves out, in the same order, with their details.
    func findings(_ rest: [GapsFinding]) -> String {
        guard !rest.isEmpty else { return "<p>\(e(words.noFurtherFindings))</p>" }
        return "<ol class=\"findings\">" + rest.map { item($0, details: true) }.joined() + "</ol>"
    }

    /// One finding: its judgement, its first line, up to five details, reference, goals, action.
    func item(_ f: GapsFinding, details: Bool) -> String {
        let j = f.judgement
        let cls = j.map { $0.verdict == .concern ? "concern severity-\($0.severity.rawValue)" : "strength" } ?? "data"
        var s = "<li class=\"\(cls)\" data-finding=\"\(e(f.identity))\">"
        if let j { s += "<p class=\"label\">\(e(sentences.verdictLabel(j)))</p>" }
        s += "<p class=\"finding\">\(e(f.lines[0]))</p>"
        let more = details ? f.lines.dropFirst().prefix(5).map { $0.trimmingCharacters() } : []
        if !more.isEmpty { s += "<ul>" + more.map { "<li>\(e($0))</li>" }.joined() + "</ul>" }
        if !f.reference.isEmpty { s += "<p class=\"reference\">\(e(f.reference))</p>" }
        if !f.goals.isEmpty { s += "<p class=\"goals\">\(e(f.goals))</p>" }
        if !f.action.isEmpty { s += "<p class=\"action\"><strong>\(e(sentences.actionLabel)):</strong> \(e(f.action))</p>" }
        return s + "</li>"
    }

    /// "What we could not determine": the inputs the data lacks and what to add (issue 24).
    func unmeasured() -> String {
        guard !gaps.unmeasured.isEmpty else { return "" }
        return "<div id=\"unmeasured\"><p>\(e(sentences.unmeasuredHeading))</p><ul>"
            + gaps.unmeasured.map { "<li>\(e(sentences.unmeasured($0)))</li>" }.joined() + "</ul></div>"
    }

    func diagrams(_ figures: [MeetingReport.Figure]) -> String {
        figures.map { f in
            let caption = f.id == "domains" ? words.domainsDiagram : f.id == "gaps" ? words.gapsDiagram : f.id
            return "<figure id=\"figure-\(e(f.id))\">\(HTML.inlineSVG(f.svg, prefix: f.id))<figcaption>\(e(caption))</figcaption></figure>"
        }.joined(separator: "\n")
    }

    /// How the betweenness was computed, when it was estimated (`betweenness-method`): the
    /// method, the guarantee and the samples, so the figures can be trusted and redone.
    var betweennessNote: String { estimateNote(analysis.graph.betweennessEstimate, id: "betweenness-method") }

    /// The note of ``betweennessNote`` for the estimate `g`, as paragraph `id`; empty for `nil`.
    func estimateNote(_ estimate: BetweennessGuarantee?, id: String) -> String {
        guard let g = estimate else { return "" }
        let method = g.method == "kadabra" ? "KADABRA" : "Riondato–Kornaropoulos"
        let eps = Format.decimal(g.epsilon, 2, lang), conf = Format.percent(1 - g.delta, lang), n = Format.integer(g.samples, lang)
        let text = lang == .nl
            ? "Tussenpositie geschat (\(method), \(n) steekproefpaden, zaad \(g.seed)): elke waarde ligt met \(conf) zekerheid binnen ±\(eps) van de exacte, voor alle actoren tegelijk."
            : "Betweenness estimated (\(method), \(n) sampled paths, seed \(g.seed)): every value is within ±\(eps) of the exact one, for all actors at once, with \(conf) probability."
        return "<p class=\"note\" id=\"\(id)\">\(e(text))</p>"
    }

    func partners() -> String {
        let partners = analysis.actors.filter { $0.kind == ActorKind.partner.rawValue }
        func organisation(_ id: String) -> String { eco.log.actorIndex[id].flatMap { eco.log.actors[$0].organisation } ?? "" }
        func row(_ a: ActorMetrics) -> [Cell] {
            [.text(a.label), .text(sentences.domain(a.domain)), .text(organisation(a.id)), decimal(a.betweenness, 3), count(a.degree),
             // Pairs of contacts, each once: the roles count two-paths both ways (as R's sna), so a
             // liaison or consultant pair twice, and a gatekeeper pair once as gatekeeper and once
             // as representative (equal counts for undirected ties: one column).
             count(a.liaison / 2), count(a.gatekeeper), count(a.consultant / 2)]
        }
        let headers = [words.partner, words.domain, words.organisation, words.betweenness, words.degree, words.liaison,
                       words.gatekeeperOrRepresentative, words.consultant]
        let byBetweenness = partners.sorted { ($0.betweenness, $1.id) > ($1.betweenness, $0.id) }.prefix(report.topPartners)
        let byBrokerage = partners.filter { $0.brokerageAcross > 0 }
            .sorted { ($0.brokerageAcross, $1.id) > ($1.brokerageAcross, $0.id) }.prefix(report.topPartners)
        guard !partners.isEmpty else { return because(.partners) }
        return HTML.table("partners-betweenness", headers: headers, rows: byBetweenness.map(row), caption: words.byBetweenness)
            + betweennessNote
            + (byBrokerage.isEmpty ? because(.brokerage)
                : HTML.table("partners-brokerage", headers: headers, rows: byBrokerage.map(row), caption: words.byBrokerage))
    }

    /// What a section or table can be empty for (issue 24: an empty table says why).
    enum Empty { case partners, brokerage, domains, places, missingLinks, singlePoints, fragmentation, youth }

    /// The sentence that says why `what` is empty: the input this period lacks, else that
    /// nothing of the sort was found — a statement about the data, never a bare empty table.
    func because(_ what: Empty) -> String {
        let kinds = Set(eco.actors.map(\.kind))
        let twoDomains = !gaps.unmeasured.contains(.domains)
        let reason: String
        switch what {
        case .partners: reason = words.noPartners
        case .youth: reason = words.noYouth
        case .brokerage: reason = twoDomains ? words.noBrokerage : sentences.unmeasured(.domains)
        case .domains: reason = kinds.contains(.partner) ? sentences.unmeasured(.domains) : words.noPartners
        case .places: reason = words.noPlaces
        case .missingLinks:
            reason = !kinds.contains(.partner) ? words.noPartners : kinds.isDisjoint(with: [.youth, .place]) ? words.nothingShared : words.noMissingLinks
        case .singlePoints: reason = kinds.contains(.partner) ? words.noSinglePoints : words.noPartners
        case .fragmentation: reason = kinds.contains(.youth) ? words.noneChecked(gaps.options.minPartners) : words.noYouth
        }
        return "<p class=\"empty\">\(e(reason))</p>"
    }

    func domains() -> String {
        let m = analysis.graph.mixing
        let names = m.groups.map { sentences.domain($0) }
        var s = "<p>\(e(words.ei(Format.decimal(m.ei, 2, lang), Format.decimal(m.eiExpected, 2, lang))))</p>"
        if m.partnersLeftOut > 0 { s += "<p class=\"note\">\(e(sentences.partnersLeftOut(m.partnersLeftOut, attribute: "domain")))</p>" }
        let rows = m.ties.enumerated().map { i, row in [Cell.text(names[i])] + row.map { count($0) } }
        if gaps.unmeasured.contains(.domains) { s = because(.domains) }
        else { s += HTML.table("mixing", headers: [words.domain] + names, rows: rows, caption: words.mixingCaption) }
        let all = gaps.domainGaps.places
        let places = all.prefix(report.placeRows).map { p -> [Cell] in
            [.text(p.label), .text(p.domains.isEmpty ? words.none : p.domains.map(sentences.domain).joined(separator: ", ")), youth(p.youth), count(p.crossDomainTies)]
        }
        let leftOut = all.count - places.count
        return s + (places.isEmpty ? because(.places) : HTML.table("places", headers: [words.place, words.domainsReaching, words.youngPeople, words.crossTies], rows: places))
            + (leftOut > 0 ? "<p class=\"note\" id=\"places-left-out\">\(e(words.placesLeftOut(shown: places.count, leftOut: leftOut)))</p>" : "")
    }

    func missingLinks() -> String {
        let rows = gaps.missingLinks.map { l -> [Cell] in
            [.text(l.labelA), .text(sentences.domain(l.domainA)), .text(l.labelB), .text(sentences.domain(l.domainB)),
             youth(l.sharedYouth), .text(l.sharedPlaces.joined(separator: ", ")), decimal(l.score, 3)]
        }
        guard !rows.isEmpty else { return because(.missingLinks) }
        return HTML.table("missing-links-table", headers: [words.partnerA, words.domain, words.partnerB, words.domain, words.sharedYouth, words.sharedPlaces, words.score], rows: rows)
    }

    func singlePoints() -> String {
        let cut = gaps.singlePoints.partners.map { c -> [Cell] in
            [.text(c.label), .text(sentences.domain(c.domain)), count(c.pieces.count), youth(c.youthLosingADomain), .text(c.placesLosingTeam.joined(separator: ", "))]
        }
        var s = cut.isEmpty ? because(.singlePoints)
            : HTML.table("single-points-table", headers: [words.partner, words.domain, words.parts, words.youthLosing, words.placesLosing], rows: cut)
        let bridges = gaps.singlePoints.bridges.map { b -> [Cell] in [.text(b.labelA), .text(b.labelB), .text(b.sides.map(String.init).joined(separator: " / "))] }
        // Without partners a bridge is a young person's only tie to a place: no single point of the team.
        if !bridges.isEmpty && eco.actors.contains(where: { $0.kind == .partner }) { s += HTML.table("bridges", headers: [words.partnerA, words.partnerB, words.sides], rows: bridges, caption: words.bridgesCaption) }
        return s
    }

    func fragmentation() -> String {
        let f = gaps.fragmentation
        guard f.checked > 0 else { return because(.fragmentation) }
        var s = "<p>\(e(words.fragmentationSummary(sentences.youth(f.fragmented), sentences.youth(f.checked), Format.percent(f.fragmentedShare, lang), minPartners: gaps.options.minPartners)))</p>"
        let rows = f.flagged.map { y -> [Cell] in [.text(y.youth), count(y.partners), count(y.domains), decimal(y.density, 2)] }
        if !rows.isEmpty { s += HTML.table("fragmentation-table", headers: [words.pseudonym, words.partnersCount, words.domainsCount, words.density], rows: rows) }
        return s
    }

    func signals() -> String {
        let g = gaps.signals
        guard g.signals > 0 else { return "<p class=\"empty\">\(e(sentences.unmeasured(.signals)))</p>" }
        var s = "<p>\(e(words.signalsSummary(g.followedUp, g.signals, Format.decimal(g.medianDays, 1, lang))))</p>"
        let rows = g.notFollowedUp.map { c -> [Cell] in [.text(c.youth), count(c.line)] }
        if !rows.isEmpty { s += HTML.table("signals-table", headers: [words.pseudonym, words.line], rows: rows) }
        return s
    }

    /// The team's goals: per goal and period its value, target, whether it is met, the change.
    /// Partners and places are named as everywhere in the report; with ``goalsOverall`` each
    /// goal's first row is the whole period, the figure the verdict uses.
    func goalsTable(_ ev: GoalsEvaluation) -> String {
        let nl = lang == .nl
        var rows: [[Cell]] = []
        for g in ev.goals {
            let overall = goalsOverall?.rows.filter { $0.goal == g.name } ?? []
            for r in overall + ev.rows.filter({ $0.goal == g.name }) {
                rows.append([.text(g.name), .text(GoalsEvaluation.describe(g, lang, label: goalLabel)), .text(GoalsEvaluation.showPeriod(r.period, lang)),
                             Cell.number(GoalsEvaluation.show(r.value, g, lang), r.value ?? -.infinity),
                             .text(GoalsEvaluation.showTarget(g, lang)), .text(r.met ? (nl ? "ja" : "yes") : (nl ? "nee" : "no")),
                             .text(GoalsEvaluation.showChange(r.change, g, lang))])
            }
        }
        let last = GoalsEvaluation.showPeriod(ev.periods.last ?? "all", lang)
        var head = nl ? "\(ev.metInLastPeriod) van \(ev.goals.count) doelen gehaald in \(last)."
                      : "\(ev.metInLastPeriod) of \(ev.goals.count) goals met in \(last)."
        if let all = goalsOverall {
            head = nl ? "Over de hele periode \(all.metInLastPeriod) van de \(all.goals.count) doelen gehaald; in \(last) \(ev.metInLastPeriod) van de \(ev.goals.count)."
                      : "Over the whole period \(all.metInLastPeriod) of \(all.goals.count) goals met; in \(last) \(ev.metInLastPeriod) of \(ev.goals.count)."
        }
        return "<p>\(e(head))</p>" + HTML.table("goals-table", headers: nl ? ["doel", "wat", "periode", "waarde", "streefwaarde", "gehaald", "verandering"]
                                                                       : ["goal", "what", "period", "value", "target", "met", "change"], rows: rows)
            + estimateNote(ev.betweennessEstimate, id: "goals-betweenness-method")
    }

    /// A goal's partner or place by the name the report shows; any other id as it is.
    func goalLabel(_ id: String) -> String {
        guard let v = eco.node(forID: id), eco.actors[v].kind != .youth else { return id }
        return eco.label(of: v)
    }

    func howToRead() -> String {
        "<dl class=\"howto\">" + words.measures.map { "<dt>\(e($0.0))</dt><dd>\(e($0.1))</dd>" }.joined() + "</dl>"
    }
}

extension String {
    /// Without leading and trailing spaces.
    func trimmingCharacters() -> String {
        var s = Substring(self)
        while s.first == " " { s.removeFirst() }
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}
