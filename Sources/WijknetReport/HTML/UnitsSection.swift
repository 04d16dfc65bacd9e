import Wijknet

extension MeetingReport {
    /// The `units` section (`wijknet report --by neighbourhood|municipality`): the side-by-side
    /// table and one `domains` diagram per unit, in the table's column order.
    public struct Units: Sendable {
        public var table: UnitsTable
        /// One diagram per unit (`table.names` order).
        public var diagrams: [Figure]
        /// With `--goals`: the goals checked in every unit (table `units-goals`).
        public var goals: GoalsByUnit?
        public init(table: UnitsTable, diagrams: [Figure], goals: GoalsByUnit? = nil) {
            self.table = table
            self.diagrams = diagrams
            self.goals = goals
        }
    }
}

extension ReportPage {
    /// The `units` section: the side-by-side table (`units-table`), where in each row that has a
    /// better direction the best unit's cell has class `best` and the weakest's class `weakest`
    /// (the region is not compared; units that tie are all marked; a row where every unit has the
    /// same value, or fewer than two units have one, is not marked), then the units' `domains` diagrams (SVG ids prefixed
    /// `unit-<n>-`). All text is escaped.
    func unitsSection(_ u: MeetingReport.Units) -> String {
        let t = u.table
        var s = "<table id=\"units-table\"><thead><tr><th scope=\"col\"></th>"
        for name in t.names + [UnitsTable.regionName(lang)] { s += "<th scope=\"col\" class=\"num\">\(e(name))</th>" }
        s += "</tr></thead><tbody>"
        for row in UnitsTable.rows {
            let values = t.units.map(row.value)
            let defined = values.compactMap { $0 }
            var best: Double? = nil, weakest: Double? = nil
            if let better = row.better, defined.count >= 2, let lo = defined.min(), let hi = defined.max(), lo != hi {
                (best, weakest) = better == .higher ? (hi, lo) : (lo, hi)
            }
            s += "<tr><th scope=\"row\">\(e(lang == .nl ? row.nl : row.en))</th>"
            for (i, f) in (t.units + [t.region]).enumerated() {
                var classes = ["num"]
                if i < values.count, let v = values[i] {
                    if v == best { classes.append("best") } else if v == weakest { classes.append("weakest") }
                }
                s += "<td class=\"\(classes.joined(separator: " "))\">\(e(row.text(f, lang)))</td>"
            }
            s += "</tr>"
        }
        s += "</tbody></table>\n"
        let note = lang == .nl
            ? "Groen: de beste wijk op die regel, oranje: de zwakste. Een contact hoort bij de wijk van zijn plek; zonder plek bij die van de jongere; zonder beide bij die van de bron. Regionale partners tellen in elke wijk waar ze contact hadden, en één keer in de regio."
            : "Green: the best unit on that row, orange: the weakest. A contact belongs to the unit of its place; without a place, of its young person; without either, of its source. Region-wide partners count in every unit where they had contact, and once in the region."
        s += "<p class=\"note\">\(e(note))</p>\n"
        if let goals = u.goals { s += unitsGoalsTable(goals) }
        s += "<div class=\"units-diagrams\">"
        for (i, (name, figure)) in zip(t.names, u.diagrams).enumerated() {
            let prefix = "unit-\(i + 1)"
            s += "<figure id=\"figure-\(prefix)\">\(HTML.inlineSVG(figure.svg, prefix: prefix))<figcaption>\(e(name))</figcaption></figure>"
        }
        return s + "</div>"
    }
}

extension ReportPage {
    /// The goals per unit (`units-goals`): a row per goal, a column per unit and the region; a
    /// met cell has class `met` and `✓`, a missed one class `missed` and `✗`, then the value;
    /// under it how betweenness was estimated where a unit was above the exact limit.
    func unitsGoalsTable(_ g: GoalsByUnit) -> String {
        let nl = lang == .nl
        var s = "<h3>\(e(nl ? "Doelen per wijk" : "Goals per unit"))</h3><table id=\"units-goals\"><thead><tr><th scope=\"col\">\(e(nl ? "doel" : "goal"))</th><th scope=\"col\">\(e(nl ? "norm" : "target"))</th>"
        for name in g.units.map(\.unit) + [UnitsTable.regionName(lang)] { s += "<th scope=\"col\" class=\"num\">\(e(name))</th>" }
        s += "</tr></thead><tbody>"
        for (k, goal) in g.goals.enumerated() {
            s += "<tr><th scope=\"row\">\(e(goal.name))</th><td>\(e(GoalsEvaluation.showTarget(goal, lang)))</td>"
            for c in g.units + [g.region] {
                let r = c.results[k]
                s += "<td class=\"num \(r.met ? "met" : "missed")\">\(r.met ? "✓" : "✗") \(e(GoalsEvaluation.show(r.value, goal, lang)))</td>"
            }
            s += "</tr>"
        }
        s += "<tr><th scope=\"row\">\(e(nl ? "gehaald" : "met"))</th><td></td>"
        for c in g.units + [g.region] { s += "<td class=\"num\">\(c.met)/\(g.goals.count)</td>" }
        return s + "</tr></tbody></table>\n" + estimateNote(g.betweennessEstimate, id: "units-goals-betweenness-method")
    }
}
