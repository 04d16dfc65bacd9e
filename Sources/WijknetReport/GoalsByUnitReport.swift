import Wijknet

/// Text and CSV renderings of ``GoalsByUnit`` (`wijknet goals --by`). JSON is the value itself.
///
/// - text: a row per goal and a column per unit, the region last; a cell is `✓ value` when the
///   goal is met there and `✗ value` when not (`–` for no value), and a last row counts the
///   goals met per unit;
/// - CSV: `unit,goal,value,target,met`, units in order, the region as unit `region`.
extension GoalsByUnit {
    public func text(_ lang: Language) -> String {
        let nl = lang == .nl
        let levelName = by.word(lang)
        var out = nl ? "Doelen per \(levelName): ✓ gehaald, ✗ niet gehaald\n\n"
                     : "Goals per \(levelName): ✓ met, ✗ not met\n\n"
        let columns = units + [region]
        let header = [nl ? "doel" : "goal", nl ? "norm" : "target"] + units.map(\.unit) + [nl ? "regio" : "region"]
        var body: [[String]] = []
        for (k, g) in goals.enumerated() {
            let cells = columns.map { c -> String in
                let r = c.results[k]
                return (r.met ? "✓ " : "✗ ") + GoalsEvaluation.show(r.value, g, lang)
            }
            body.append(["\(k + 1). \(g.name)", GoalsEvaluation.showTarget(g, lang)] + cells)
        }
        body.append([nl ? "gehaald" : "met", ""] + columns.map { "\($0.met)/\(goals.count)" })
        out += textTable(header, body)
        let best = units.map(\.met).max() ?? 0
        if !units.isEmpty {
            let leaders = units.filter { $0.met == best }.map(\.unit).joined(separator: ", ")
            out += "\n" + (nl ? "Meeste doelen gehaald: \(leaders) (\(best) van \(goals.count)).\n"
                              : "Most goals met: \(leaders) (\(best) of \(goals.count)).\n")
        }
        if unassigned > 0 {
            out += nl ? "\(unassigned) contact(en) horen bij geen \(levelName): alleen in de regio geteld.\n"
                      : "\(unassigned) contact(s) belong to no \(levelName): counted in the region only.\n"
        }
        return out
    }

    public func csv() -> String {
        var out = "unit,goal,value,target,met\n"
        for c in units + [region] {
            for r in c.results {
                out += [csvEscape(c.unit), csvEscape(r.goal), r.value.map(Format.csvNumber) ?? "", r.target,
                        r.met ? "true" : "false"].joined(separator: ",") + "\n"
            }
        }
        return out
    }
}
