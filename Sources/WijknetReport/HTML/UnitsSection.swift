import Wijknet

extension MeetingReport {
    /// The `units` section (`wijknet report --by neighbourhood|municipality`): the side-by-side
    /// table and one `domains` diagram per unit, in the table's column order.
    public struct Units: Sendable {
        public var table: UnitsTable
        /// One diagram per unit (`table.names` order).
        public var diagrams: [Figure]
        public init(table: UnitsTable, diagrams: [Figure]) {
            self.table = table
            self.diagrams = diagrams
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
        s += "<p class=\"note\">\(e(note))</p>\n<div class=\"units-diagrams\">"
        for (i, (name, figure)) in zip(t.names, u.diagrams).enumerated() {
            let prefix = "unit-\(i + 1)"
            s += "<figure id=\"figure-\(prefix)\">\(HTML.inlineSVG(figure.svg, prefix: prefix))<figcaption>\(e(name))</figcaption></figure>"
        }
        return s + "</div>"
    }
}
