import Wijknet

/// The renderings of `--by neighbourhood|municipality` on `summary`, `analyse` and `gaps`: the
/// same figures per unit side by side, and the region total.
///
/// - text: one table, a row per figure and a column per unit, the region last;
/// - CSV: one line per unit (column `unit`), the region as unit `region`, one column per figure;
/// - JSON: `{"by": …, "units": [{"unit": …, "figures": {…}}, …], "region": {…}, "unassigned": n}`.
///
/// Undefined ratios are `–` in text, empty in CSV, `null` in JSON. Young people only counted.
public struct UnitsTable: Sendable {
    public var level: UnitLevel
    /// Unit names, in column order.
    public var names: [String]
    public var units: [UnitFigures]
    public var region: UnitFigures
    /// Contacts that belong to no unit (they count in the region only).
    public var unassigned: Int

    public init(level: UnitLevel, names: [String], units: [UnitFigures], region: UnitFigures, unassigned: Int) {
        self.level = level; self.names = names; self.units = units; self.region = region; self.unassigned = unassigned
    }

    /// Computes the table of `ecosystems`.
    public init(_ ecosystems: UnitEcosystems, analysis: AnalysisOptions = AnalysisOptions(), gaps: GapsOptions = GapsOptions()) throws {
        let f = try ecosystems.figures(analysis: analysis, gaps: gaps)
        self.init(level: ecosystems.split.level, names: ecosystems.split.names, units: f.units, region: f.region,
                  unassigned: ecosystems.split.unassigned)
    }

    /// Which way a row is better, for marking the best and weakest unit (HTML report).
    public enum Better: Sendable { case higher, lower }

    /// One row of the side-by-side table.
    public struct Row: Sendable {
        public var key: String
        public var en: String
        public var nl: String
        /// The value to compare units by (`nil`: not comparable, or undefined for the unit).
        public var value: @Sendable (UnitFigures) -> Double?
        public var better: Better?
        public var text: @Sendable (UnitFigures, Language) -> String
    }

    /// The rows, in table order.
    public static let rows: [Row] = {
        func count(_ key: String, _ en: String, _ nl: String, _ better: Better?, _ f: @escaping @Sendable (UnitFigures) -> Int) -> Row {
            Row(key: key, en: en, nl: nl, value: { Double(f($0)) }, better: better, text: { Format.integer(f($0), $1) })
        }
        func ratio(_ key: String, _ en: String, _ nl: String, _ better: Better?, percent: Bool,
                   _ f: @escaping @Sendable (UnitFigures) -> Double?) -> Row {
            Row(key: key, en: en, nl: nl, value: f, better: better,
                text: { percent ? optionalPercent(f($0), $1) : optional(f($0), 2, $1) })
        }
        return [
            count("contacts", "contacts", "contacten", nil) { $0.contacts },
            count("actors", "actors", "actoren", nil) { $0.actors },
            count("partners_social", "partners social", "partners sociaal", nil) { $0.partnersSocial },
            count("partners_care", "partners care", "partners zorg", nil) { $0.partnersCare },
            count("partners_safety", "partners safety", "partners veiligheid", nil) { $0.partnersSafety },
            count("partners_unknown", "partners unknown domain", "partners onbekend domein", nil) { $0.partnersUnknown },
            count("ties", "ties", "relaties", nil) { $0.ties },
            ratio("density", "density", "dichtheid", .higher, percent: false) { $0.density },
            count("cross_domain_ties", "cross-domain ties", "relaties tussen domeinen", .higher) { $0.crossDomainTies },
            Row(key: "ei", en: "E-I (baseline)", nl: "E-I (verwacht)", value: { $0.ei }, better: .higher,
                text: { "\(optional($0.ei, 2, $1)) (\(optional($0.eiExpected, 2, $1)))" }),
            ratio("youth_two_domains_share", "young people reached by 2+ domains", "jongeren bereikt door 2+ domeinen",
                  .higher, percent: true) { $0.youthTwoDomainsShare },
            ratio("signals_followed_up_share", "signals followed up", "signalen opgevolgd", .higher, percent: true) { $0.signalsFollowedUpShare },
            ratio("fragmented_share", "fragmented young people", "versnipperde jongeren", .lower, percent: true) { $0.fragmentedShare },
            count("single_points", "single points of failure", "kwetsbare schakels", .lower) { $0.singlePoints },
            Row(key: "top_partner", en: "top partner (betweenness)", nl: "spil (tussenpositie)", value: { _ in nil }, better: nil,
                text: { f, lang in f.topPartner.map { "\($0) (\(optional(f.topPartnerBetweenness, 2, lang)))" } ?? "–" }),
        ]
    }()

    /// The column header of the region total.
    static func regionName(_ lang: Language) -> String { lang == .nl ? "regio" : "region" }

    public func text(_ lang: Language) -> String {
        let levelName = level.word(lang)
        let title = lang == .nl ? "Ecosysteem per \(levelName), naast elkaar, en de regio\n\n"
                                : "Ecosystem per \(levelName), side by side, and the region\n\n"
        let header = [""] + names + [Self.regionName(lang)]
        let body = Self.rows.map { row in [lang == .nl ? row.nl : row.en] + (units + [region]).map { row.text($0, lang) } }
        var note = lang == .nl
            ? "Een contact hoort bij de wijk van zijn plek; zonder plek bij die van de jongere; zonder beide bij die van de bron.\nPartners zonder wijk (regionaal) tellen mee in elke wijk waar ze contact hadden, en één keer in de regio.\n"
            : "A contact belongs to the unit of its place; without a place, of its young person; without either, of its source.\nPartners without a unit (region-wide) count in every unit where they had contact, and once in the region.\n"
        if unassigned > 0 {
            note += lang == .nl ? "\(unassigned) contact(en) horen bij geen wijk: alleen in de regio geteld.\n"
                                : "\(unassigned) contact(s) belong to no unit: counted in the region only.\n"
        }
        return title + textTable(header, body) + "\n" + note
    }

    /// CSV columns: `unit`, then one per figure (`ei` and `ei_expected`; `top_partner` and
    /// `top_partner_betweenness`).
    public static var csvColumns: [String] {
        ["unit", "contacts", "actors", "partners_social", "partners_care", "partners_safety", "partners_unknown", "ties", "density",
         "cross_domain_ties", "ei", "ei_expected", "youth_two_domains_share", "signals", "signals_followed_up_share",
         "fragmented_share", "single_points", "top_partner", "top_partner_betweenness"]
    }

    public func csv() -> String {
        var s = Self.csvColumns.joined(separator: ",") + "\n"
        for (name, f) in zip(names + ["region"], units + [region]) {
            let cells = [csvEscape(name), String(f.contacts), String(f.actors), String(f.partnersSocial), String(f.partnersCare), String(f.partnersSafety),
                         String(f.partnersUnknown), String(f.ties), csvOptional(f.density), String(f.crossDomainTies),
                         csvOptional(f.ei), csvOptional(f.eiExpected), csvOptional(f.youthTwoDomainsShare), String(f.signals),
                         csvOptional(f.signalsFollowedUpShare), csvOptional(f.fragmentedShare), String(f.singlePoints),
                         csvEscape(f.topPartner ?? ""), csvOptional(f.topPartnerBetweenness)]
            s += cells.joined(separator: ",") + "\n"
        }
        return s
    }

    private struct UnitJSON: Encodable { var unit: String; var figures: UnitFigures }
    private struct TableJSON: Encodable { var by: String; var units: [UnitJSON]; var region: UnitFigures; var unassigned: Int }

    public func json() throws -> String {
        try encodeJSON(TableJSON(by: level.rawValue, units: zip(names, units).map { UnitJSON(unit: $0, figures: $1) },
                                 region: region, unassigned: unassigned))
    }
}

extension UnitLevel {
    /// The level as a word in a sentence: `wijk`/`neighbourhood`, `gemeente`/`municipality`.
    public func word(_ lang: Language) -> String {
        self == .neighbourhood ? (lang == .nl ? "wijk" : "neighbourhood") : (lang == .nl ? "gemeente" : "municipality")
    }
}
