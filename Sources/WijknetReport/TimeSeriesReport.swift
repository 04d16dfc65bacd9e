import Wijknet

/// The renderings of `--period` on `summary`, `analyse` and `gaps`: a text table (one row per
/// period, `*` marking a partial period), a CSV with `period` and `partial` columns (`analyse`:
/// long format `period,id,metric,value`) and JSON (an array, one object per period in order).
///
/// Undefined ratios are `–` in text, empty in CSV and `null` in the JSON `figures` object; a
/// period without contacts has counts 0. Partners by id and label; young people only counted.
public typealias SummarySeries = TimeSeries<PeriodResult<EcosystemSummary, SummaryFigures>>
public typealias AnalysisSeries = TimeSeries<PeriodResult<AnalysisResult, AnalysisFigures>>
public typealias GapsSeries = TimeSeries<PeriodResult<GapsAnalysis, GapsFigures>>

// MARK: Shared

/// A text table: the first column left-aligned, the others right-aligned, two spaces apart.
func textTable(_ header: [String], _ rows: [[String]]) -> String {
    let all = [header] + rows
    let widths = header.indices.map { c in all.map { $0[c].count }.max() ?? 0 }
    return all.map { row in
        row.indices.map { c in c == 0 ? Format.pad(row[c], widths[c]) : Format.padLeft(row[c], widths[c]) }
            .joined(separator: "  ")
    }.joined(separator: "\n") + "\n"
}

/// The label of a period in a table: `2025-Q1*` when partial.
func periodCell<V>(_ e: TimeSeries<V>.Entry) -> String { e.period.label + (e.period.partial ? "*" : "") }

/// The footnote on partial periods.
func partialNote(_ lang: Language) -> String {
    lang == .nl ? "* deels: het logboek of de gekozen begin- en einddatum beslaat maar een deel van deze periode.\n"
                : "* partial: the log or the chosen start and end date covers only part of this period.\n"
}

func optional(_ x: Double?, _ digits: Int, _ lang: Language) -> String { x.map { Format.decimal($0, digits, lang) } ?? "–" }
func optionalPercent(_ x: Double?, _ lang: Language) -> String { x.map { Format.percent($0, lang) } ?? "–" }
func csvOptional(_ x: Double?) -> String { x.map(Format.csvNumber) ?? "" }

/// The leading CSV cells of a period row: `period,partial,from,to,contacts`.
func csvPeriodCells<V>(_ e: TimeSeries<V>.Entry) -> [String] {
    [csvEscape(e.period.label), e.period.partial ? "1" : "0",
     e.days.from.map(Calendar.isoDate) ?? "", e.days.to.map(Calendar.isoDate) ?? "", String(e.contacts)]
}

/// One JSON object of a period: the usual object's keys, then `period` (the label, replacing
/// the summary's own date-range `period`), `partial`, `from`, `to`, `contacts` and `figures`.
struct PeriodJSON<Full: Encodable, Figures: Encodable>: Encodable {
    var entry: TimeSeries<PeriodResult<Full, Figures>>.Entry
    enum Key: String, CodingKey { case period, partial, from, to, contacts, figures }
    func encode(to encoder: Encoder) throws {
        try entry.value.full.encode(to: encoder)
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(entry.period.label, forKey: .period)
        try c.encode(entry.period.partial, forKey: .partial)
        try c.encode(entry.days.from.map(Calendar.isoDate), forKey: .from)
        try c.encode(entry.days.to.map(Calendar.isoDate), forKey: .to)
        try c.encode(entry.contacts, forKey: .contacts)
        try c.encode(entry.value.figures, forKey: .figures)
    }
}

extension TimeSeries {
    /// The series as JSON: an array with one object per period, in order (see ``PeriodJSON``).
    public func json<Full: Encodable, Figures: Encodable>() throws -> String where Value == PeriodResult<Full, Figures> {
        try encodeJSON(entries.map { PeriodJSON(entry: $0) })
    }
}

// MARK: summary

extension TimeSeries where Value == PeriodResult<EcosystemSummary, SummaryFigures> {
    /// Columns of `summary --period … --format csv`.
    public static var csvColumns: [String] {
        ["period", "partial", "from", "to", "contacts", "actors_active", "partners", "ties", "density", "components"]
    }

    public func text(_ lang: Language) -> String {
        let nl = lang == .nl
        let header = nl ? ["periode", "contacten", "actoren", "partners", "verbindingen", "dichtheid", "componenten"]
                        : ["period", "contacts", "actors", "partners", "ties", "density", "components"]
        let rows = entries.map { e -> [String] in
            let f = e.value.figures
            return [periodCell(e), Format.integer(f.contacts, lang), Format.integer(f.actorsActive, lang), Format.integer(f.partners, lang),
                    Format.integer(f.ties, lang), optional(f.density, 4, lang), Format.integer(f.components, lang)]
        }
        let title = nl ? "Ecosysteem per \(unitName(unit, lang)) (actoren: genoemd in een contact van de periode)\n\n"
                       : "Ecosystem per \(unitName(unit, lang)) (actors: named in a contact of the period)\n\n"
        return title + textTable(header, rows) + "\n" + partialNote(lang)
    }

    public func csv() -> String {
        var s = Self.csvColumns.joined(separator: ",") + "\n"
        for e in entries {
            let f = e.value.figures
            s += (csvPeriodCells(e) + [String(f.actorsActive), String(f.partners), String(f.ties),
                                       csvOptional(f.density), String(f.components)]).joined(separator: ",") + "\n"
        }
        return s
    }
}

// MARK: analyse

extension TimeSeries where Value == PeriodResult<AnalysisResult, AnalysisFigures> {
    /// Columns of `analyse --period … --format csv` (long format).
    public static var csvColumns: [String] { ["period", "id", "metric", "value"] }
    /// The graph-level metrics of the long CSV, rows with id `graph`, in this order.
    public static var graphMetrics: [String] {
        ["partial", "contacts", "nodes", "edges", "density", "components", "degree_centralization",
         "betweenness_centralization", "ei", "ei_expected", "modularity"]
    }
    /// The per-partner metrics of the long CSV, in this order.
    public static var partnerMetrics: [String] { ["degree", "betweenness", "brokerage_total"] }

    /// Long CSV: per period the graph rows (id `graph`), then per active partner its degree,
    /// betweenness and brokerage total. An undefined value is an empty field.
    public func csv() -> String {
        var s = Self.csvColumns.joined(separator: ",") + "\n"
        for e in entries {
            let f = e.value.figures, p = csvEscape(e.period.label)
            let graph: [String] = [e.period.partial ? "1" : "0", String(e.contacts), String(f.nodes), String(f.edges),
                                   csvOptional(f.density), String(f.components), csvOptional(f.degreeCentralization),
                                   csvOptional(f.betweennessCentralization), csvOptional(f.ei), csvOptional(f.eiExpected),
                                   csvOptional(f.modularity)]
            for (m, v) in zip(Self.graphMetrics, graph) { s += "\(p),graph,\(m),\(v)\n" }
            for a in f.partners {
                let id = csvEscape(a.id)
                s += "\(p),\(id),degree,\(a.degree)\n\(p),\(id),betweenness,\(csvOptional(a.betweenness))\n\(p),\(id),brokerage_total,\(a.brokerageTotal)\n"
            }
        }
        return s
    }

    /// The graph figures per period, then the `top` partners (by betweenness summed over the
    /// periods) in three tables: degree, betweenness and brokerage total per period.
    public func text(_ lang: Language, top: Int = 10) -> String {
        let nl = lang == .nl
        var s = nl ? "Netwerkanalyse per \(unitName(unit, lang))\n\n" : "Network analysis per \(unitName(unit, lang))\n\n"
        let header = nl ? ["periode", "contacten", "actoren", "verbindingen", "dichtheid", "componenten", "centr.graad", "centr.tussen", "E-I", "E-I toeval", "modulariteit"]
                        : ["period", "contacts", "nodes", "edges", "density", "components", "degree centr.", "betw. centr.", "E-I", "E-I baseline", "modularity"]
        s += textTable(header, entries.map { e in
            let f = e.value.figures
            return [periodCell(e), Format.integer(e.contacts, lang), Format.integer(f.nodes, lang), Format.integer(f.edges, lang),
                    optional(f.density, 4, lang), Format.integer(f.components, lang), optional(f.degreeCentralization, 3, lang),
                    optional(f.betweennessCentralization, 3, lang), optional(f.ei, 3, lang), optional(f.eiExpected, 3, lang),
                    optional(f.modularity, 3, lang)]
        })
        s += "\n" + partialNote(lang)

        // Partners: the top by betweenness summed over the periods (ties by label).
        var label: [String: String] = [:], total: [String: Double] = [:]
        var byPeriod: [[String: AnalysisFigures.Partner]] = []
        for e in entries {
            var here: [String: AnalysisFigures.Partner] = [:]
            for a in e.value.figures.partners {
                here[a.id] = a; label[a.id] = a.label; total[a.id, default: 0] += a.betweenness ?? 0
            }
            byPeriod.append(here)
        }
        let chosen = total.keys.sorted { (total[$0]!, label[$1]!) > (total[$1]!, label[$0]!) }.prefix(top)
        guard !chosen.isEmpty else { return s }
        let periodHeader = entries.map { periodCell($0) }
        func partnerTable(_ title: String, _ cell: (AnalysisFigures.Partner) -> String) {
            s += "\n" + title + "\n"
            s += textTable([nl ? "partner" : "partner"] + periodHeader, chosen.map { id in
                [label[id]!] + byPeriod.map { $0[id].map(cell) ?? "·" }
            })
        }
        s += "\n" + (nl ? "Partners met de hoogste tussenpositie over alle perioden (· = niet actief in de periode):"
                        : "Partners with the highest betweenness over all periods (· = not active in the period):") + "\n"
        partnerTable(nl ? "Graad (aantal verbindingen):" : "Degree (number of ties):") { String($0.degree) }
        partnerTable(nl ? "Tussenpositie (genormaliseerd):" : "Betweenness (normalized):") { optional($0.betweenness, 3, lang) }
        partnerTable(nl ? "Makelaarsrollen (totaal):" : "Brokerage (total of the five roles):") { String($0.brokerageTotal) }
        return s
    }
}

// MARK: gaps

extension TimeSeries where Value == PeriodResult<GapsAnalysis, GapsFigures> {
    /// Columns of `gaps --period … --format csv`.
    public static var csvColumns: [String] {
        ["period", "partial", "from", "to", "contacts", "domain_gaps", "fragmented_share", "missing_links",
         "single_points", "signals", "signals_followed_up_share"]
    }

    public func text(_ lang: Language) -> String {
        let nl = lang == .nl
        let header = nl ? ["periode", "contacten", "domeingaten", "versnipperd", "ontbrekende links", "kwetsbare schakels", "signalen", "opgevolgd"]
                        : ["period", "contacts", "domain gaps", "fragmented", "missing links", "single points", "signals", "followed up"]
        let rows = entries.map { e -> [String] in
            let f = e.value.figures
            return [periodCell(e), Format.integer(e.contacts, lang), String(f.domainGaps), optionalPercent(f.fragmentedShare, lang),
                    String(f.missingLinks), String(f.singlePoints), String(f.signals), optionalPercent(f.signalsFollowedUpShare, lang)]
        }
        let title = nl ? "Overbruggingsgaten per \(unitName(unit, lang))\n\n" : "Bridging gaps per \(unitName(unit, lang))\n\n"
        let note = nl ? "Ontbrekende verbindingen en kwetsbare schakels: de getoonde, hoogstens het gekozen aantal per periode.\n"
                      : "Missing links and single points: those listed, at most the chosen number per period.\n"
        return title + textTable(header, rows) + "\n" + partialNote(lang) + note
    }

    public func csv() -> String {
        var s = Self.csvColumns.joined(separator: ",") + "\n"
        for e in entries {
            let f = e.value.figures
            s += (csvPeriodCells(e) + [String(f.domainGaps), csvOptional(f.fragmentedShare), String(f.missingLinks),
                                       String(f.singlePoints), String(f.signals), csvOptional(f.signalsFollowedUpShare)])
                .joined(separator: ",") + "\n"
        }
        return s
    }
}

/// `month`/`maand`, `quarter`/`kwartaal`, `year`/`jaar`.
func unitName(_ unit: PeriodUnit, _ lang: Language) -> String {
    guard lang == .nl else { return unit.rawValue }
    switch unit { case .month: return "maand"; case .quarter: return "kwartaal"; case .year: return "jaar" }
}
