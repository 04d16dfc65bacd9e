import Wijknet

/// Text and CSV renderings of ``GoalsEvaluation`` (`wijknet goals`). JSON is the evaluation
/// itself (``encodeJSON(_:)``). No young person is named: goals are about partners and places.
extension GoalsEvaluation {
    /// Decimals to show for a goal's values: counts whole, shares one decimal, metrics four.
    public static func digits(_ goal: Goal) -> Int {
        switch goal.measure {
        case .tie, .contacts: return 0
        case .youthShare, .fragmentedShare, .signalFollowup: return 1
        case .metric:
            switch goal.metric {
            case .degree, .brokerageTotal, .liaison: return 0
            case .strength: return 2
            default: return 4
            }
        }
    }

    /// A value as the text and the HTML report show it (`–` for no value; `%` for shares).
    public static func show(_ value: Double?, _ goal: Goal, _ lang: Language) -> String {
        guard let value else { return "–" }
        if goal.measure == .tie { return value >= 1 ? (lang == .nl ? "ja" : "yes") : (lang == .nl ? "nee" : "no") }
        let s = Format.decimal(value, digits(goal), lang)
        return [.youthShare, .fragmentedShare, .signalFollowup].contains(goal.measure) ? s + "%" : s
    }

    /// The change since the previous period, signed (`+2`, `-0,5`), or empty. A tie goal's yes
    /// or no changes in words (`nu wel`, `nu niet`, `gelijk`): a signed 0 or 1 beside `nee` read
    /// as a count.
    public static func showChange(_ change: Double?, _ goal: Goal, _ lang: Language) -> String {
        guard let change else { return "" }
        if goal.measure == .tie {
            let nl = lang == .nl
            return change > 0 ? (nl ? "nu wel" : "now yes") : change < 0 ? (nl ? "nu niet" : "now no") : (nl ? "gelijk" : "unchanged")
        }
        let s = Format.decimal(change, digits(goal), lang)
        return change > 0 ? "+" + s : s
    }

    /// The target in words: `tie exists`, `at least 80%`, `at most 20`.
    public static func showTarget(_ goal: Goal, _ lang: Language) -> String {
        let pct = [.youthShare, .fragmentedShare, .signalFollowup].contains(goal.measure) ? "%" : ""
        func n(_ x: Double) -> String { (x == x.rounded() ? String(Int(x)) : Format.decimal(x, 2, lang)) + pct }
        switch goal.target {
        case .tieExists: return lang == .nl ? "verbinding bestaat" : "tie exists"
        case .atLeast(let x): return (lang == .nl ? "minstens " : "at least ") + n(x)
        case .atMost(let x): return (lang == .nl ? "hoogstens " : "at most ") + n(x)   // as the findings say it
        }
    }

    /// A metric's Dutch name, as the report's tables name it.
    static func dutch(_ metric: Goal.Metric) -> String {
        switch metric {
        case .degree: "aantal contacten"
        case .strength: "sterkte"
        case .betweenness: "tussenpositie"
        case .closeness: "nabijheid"
        case .harmonic: "harmonische nabijheid"
        case .pagerank: "PageRank"
        case .constraint: "beperking"
        case .brokerageTotal: "bemiddeling"
        case .liaison: "verbinder tussen domeinen"
        }
    }

    /// A period's label as text shows it: `2025-Q1` as it is, the whole log (label `all` in CSV
    /// and JSON) in words.
    public static func showPeriod(_ label: String, _ lang: Language) -> String {
        label == "all" ? (lang == .nl ? "de hele periode" : "the whole log") : label
    }

    /// What a goal measures, in a few words; `label` names a partner or place by its id (the
    /// report passes the names it shows everywhere else; text and CSV keep the ids).
    public static func describe(_ goal: Goal, _ lang: Language, label: (String) -> String = { $0 }) -> String {
        let nl = lang == .nl
        func side(_ s: Goal.Side) -> String {
            switch s {
            case .actor(let id): label(id)
            case .domain(let d): nl ? d.dutch : d.rawValue
            }
        }
        var s: String
        switch goal.measure {
        case .tie: s = (nl ? "verbinding " : "tie ") + goal.between.map(side).joined(separator: " – ")
        case .contacts: s = (nl ? "contacten " : "contacts ") + goal.between.map(side).joined(separator: " – ")
        case .youthShare: s = (nl ? "jongeren bij " : "young people with ") + goal.domains.map { nl ? $0.dutch : $0.rawValue }.joined(separator: " + ")
        case .fragmentedShare: s = nl ? "gefragmenteerde jongeren" : "fragmented young people"
        case .signalFollowup: s = nl ? "signalen opgevolgd binnen \(goal.signalDays) dagen" : "signals followed up within \(goal.signalDays) days"
        case .metric:
            let metric = goal.metric.map { nl ? Self.dutch($0) : $0.rawValue } ?? ""
            let actor = goal.actor.map(label) ?? ""
            s = nl ? "\(metric) van \(actor)" : "\(metric) \(actor)"
        }
        switch goal.scope {
        case .place(let id): s += nl ? " (rond plek \(label(id)))" : " (around place \(label(id)))"
        case .neighbourhood(let n): s += nl ? " (wijk \(n))" : " (neighbourhood \(n))"
        case .domain(let d): s += nl ? " (domein \(d.dutch))" : " (domain \(d.rawValue))"
        case nil: break
        }
        return s
    }

    /// Plain text: a headline, then per goal its periods as a small table.
    public func text(_ lang: Language) -> String {
        let nl = lang == .nl
        let last = Self.showPeriod(periods.last ?? "all", lang)
        var out = nl ? "Doelen: \(metInLastPeriod) van \(goals.count) gehaald in \(last)\n"
                     : "Goals: \(metInLastPeriod) of \(goals.count) met in \(last)\n"
        let head = nl ? ["periode", "waarde", "doel", "gehaald", "verandering"] : ["period", "value", "target", "met", "change"]
        for (k, g) in goals.enumerated() {
            out += "\n\(k + 1). \(g.name) — \(Self.describe(g, lang))\n"
            let rs = rows.filter { $0.goal == g.name }
            var table = [head]
            for r in rs {
                table.append([Self.showPeriod(r.period, lang) + (r.partial ? "*" : ""), Self.show(r.value, g, lang), Self.showTarget(g, lang),
                              r.met ? (nl ? "ja" : "yes") : (nl ? "nee" : "no"), Self.showChange(r.change, g, lang)])
            }
            let widths = (0..<head.count).map { c in table.map { $0[c].count }.max() ?? 0 }
            for row in table {
                out += "   " + row.enumerated().map { c, cell in Format.pad(cell, widths[c]) }.joined(separator: "  ").trimmingTrailingSpaces() + "\n"
            }
        }
        if rows.contains(where: \.partial) {
            out += nl ? "\n* het logboek dekt deze periode maar gedeeltelijk.\n" : "\n* the log covers this period only in part.\n"
        }
        return out
    }

    /// CSV: `goal,period,value,target,met,change`, one row per goal and period, goals in file order.
    public func csv() -> String {
        var out = "goal,period,value,target,met,change\n"
        for r in rows {
            out += [csvEscape(r.goal), r.period, r.value.map(Format.csvNumber) ?? "", r.target, r.met ? "true" : "false",
                    r.change.map { Format.csvNumber(($0 * 1e9).rounded() / 1e9) } ?? ""].joined(separator: ",") + "\n"
        }
        return out
    }
}

extension String {
    fileprivate func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
