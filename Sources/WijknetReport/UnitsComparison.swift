import Wijknet

/// `wijknet compare --by neighbourhood|municipality`: before and after per unit, side by side,
/// and the region total — the learning network's view of which neighbourhood moved and how.
///
/// Each unit's before and after are the ecosystems ``UnitEcosystems`` builds for it in the two
/// periods (or the two logs), so a unit's column is what `compare` and the `--by` table would
/// give for that unit's contacts alone. Per unit: the partner ties added and lost
/// (``EcosystemComparison``), the figures of ``UnitsTable`` before and after, and how many
/// `gaps` findings appeared and disappeared (``ComparisonReport``).
///
/// - text: a row per figure, a column per unit and the region; a cell is `before → after`;
/// - CSV: long, `unit,figure,before,after,change`; the counts of changes (ties added or lost,
///   findings appeared or disappeared) have only `change`;
/// - JSON: `{"by", "units": [{"unit", "before", "after", "partnerTiesAdded", …}], "region"}`.
public struct UnitsComparison: Sendable, Encodable {
    /// One unit (or the region) before and after.
    public struct Column: Sendable, Encodable {
        public var unit: String
        public var before: UnitFigures
        public var after: UnitFigures
        public var partnerTiesAdded: Int
        public var partnerTiesLost: Int
        public var findingsAppeared: [ComparisonReport.FindingChange]
        public var findingsDisappeared: [ComparisonReport.FindingChange]
    }

    public var by: UnitLevel
    public var units: [Column]
    public var region: Column

    /// Compares unit by unit. Units are the union of both sides' names, sorted; a unit absent
    /// on one side (two logs whose actors differ) is empty there.
    /// - Throws: as ``UnitFigures/init(_:analysis:gaps:)``.
    public init(before: UnitEcosystems, after: UnitEcosystems, lang: Language) throws {
        by = before.split.level
        func eco(_ side: UnitEcosystems, _ name: String) -> Ecosystem {
            if let i = side.split.names.firstIndex(of: name) { return side.units[i] }
            return Ecosystem(log: side.region.log, rowMask: [Bool](repeating: false, count: side.region.log.count),
                             keepingDeclared: { _ in false }, pseudonyms: side.region.pseudonyms)
        }
        let names = Array(Set(before.split.names + after.split.names)).sorted()
        units = try names.map { try Self.column($0, eco(before, $0), eco(after, $0), lang) }
        region = try Self.column("region", before.region, after.region, lang)
    }

    static func column(_ name: String, _ b: Ecosystem, _ a: Ecosystem, _ lang: Language) throws -> Column {
        let comparison = try EcosystemComparison(before: b, after: a, top: 0)
        let findings = ComparisonReport(comparison, gapsBefore: GapsAnalysis(b), gapsAfter: GapsAnalysis(a), lang: lang)
        return Column(unit: name, before: try UnitFigures(b), after: try UnitFigures(a),
                      partnerTiesAdded: comparison.partnerTies.added, partnerTiesLost: comparison.partnerTies.lost,
                      findingsAppeared: findings.findingsAppeared, findingsDisappeared: findings.findingsDisappeared)
    }

    public func text(_ lang: Language) -> String {
        let nl = lang == .nl
        let levelName = by.word(lang)
        let title = nl ? "Voor en na per \(levelName), naast elkaar, en de regio (voor → na)\n\n"
                       : "Before and after per \(levelName), side by side, and the region (before → after)\n\n"
        let columns = units + [region]
        let header = [""] + units.map(\.unit) + [UnitsTable.regionName(lang)]
        var body: [[String]] = [
            [nl ? "relaties tussen partners erbij" : "partner ties added"] + columns.map { Format.integer($0.partnerTiesAdded, lang) },
            [nl ? "relaties tussen partners weg" : "partner ties lost"] + columns.map { Format.integer($0.partnerTiesLost, lang) },
        ]
        for row in UnitsTable.rows {
            body.append([nl ? row.nl : row.en] + columns.map { c in
                let b = row.text(c.before, lang), a = row.text(c.after, lang)
                if row.key == "top_partner", let label = c.before.topPartner, label == c.after.topPartner, b != a {
                    // The same partner on top: its label once, the values before → after.
                    return "\(label) (\(optional(c.before.topPartnerBetweenness, 2, lang)) → \(optional(c.after.topPartnerBetweenness, 2, lang)))"
                }
                return b == a ? b : "\(b) → \(a)"
            })
        }
        body.append([nl ? "bevindingen nieuw" : "findings appeared"] + columns.map { Format.integer($0.findingsAppeared.count, lang) })
        body.append([nl ? "bevindingen verdwenen" : "findings disappeared"] + columns.map { Format.integer($0.findingsDisappeared.count, lang) })
        return title + textTable(header, body)
    }

    /// The numeric figures of ``UnitsTable/csvColumns`` (without `unit` and `top_partner`).
    static func numbers(_ f: UnitFigures) -> [(String, Double?)] {
        [("contacts", Double(f.contacts)), ("actors", Double(f.actors)), ("partners_social", Double(f.partnersSocial)), ("partners_care", Double(f.partnersCare)),
         ("partners_safety", Double(f.partnersSafety)), ("partners_unknown", Double(f.partnersUnknown)), ("ties", Double(f.ties)),
         ("density", f.density), ("cross_domain_ties", Double(f.crossDomainTies)), ("ei", f.ei), ("ei_expected", f.eiExpected),
         ("youth_two_domains_share", f.youthTwoDomainsShare), ("signals", Double(f.signals)),
         ("signals_followed_up_share", f.signalsFollowedUpShare), ("fragmented_share", f.fragmentedShare),
         ("single_points", Double(f.singlePoints)), ("top_partner_betweenness", f.topPartnerBetweenness)]
    }

    public func csv() -> String {
        var s = "unit,figure,before,after,change\n"
        for c in units + [region] {
            let u = csvEscape(c.unit)
            for (k, n) in [("partner_ties_added", c.partnerTiesAdded), ("partner_ties_lost", c.partnerTiesLost),
                           ("findings_appeared", c.findingsAppeared.count), ("findings_disappeared", c.findingsDisappeared.count)] {
                s += "\(u),\(k),,,\(n)\n"
            }
            for ((k, b), (_, a)) in zip(Self.numbers(c.before), Self.numbers(c.after)) {
                let change = b.flatMap { b in a.map { Format.csvNumber((($0 - b) * 1e9).rounded() / 1e9) } } ?? ""
                s += "\(u),\(k),\(csvOptional(b)),\(csvOptional(a)),\(change)\n"
            }
            s += "\(u),top_partner,\(csvEscape(c.before.topPartner ?? "")),\(csvEscape(c.after.topPartner ?? "")),\n"
        }
        return s
    }

    public func json() throws -> String { try encodeJSON(self) }
}
