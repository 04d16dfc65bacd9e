import Wijknet

extension KeyPlayerAnalysis {
    private func names(_ ps: [Partner]) -> String { ps.map { "\($0.label) (\($0.id))" }.joined(separator: ", ") }

    private func scoreText(_ score: Double, _ weighted: Double?, _ lang: Language) -> String {
        switch goal {
        case .fragment: return "DF \(Format.decimal(score, 4, lang))"
        case .reach:
            let share = Format.percent(score / Double(nodes), lang), w = Format.decimal(weighted ?? .nan, 4, lang)
            return lang == .nl
                ? "\(Int(score)) van de \(nodes) jongeren binnen \(distance ?? 0) (\(share)), afstandsgewogen bereik \(w)"
                : "\(Int(score)) of \(nodes) young people within \(distance ?? 0) (\(share)), distance-weighted reach \(w)"
        }
    }

    /// Plain text, Dutch or English.
    public func text(_ lang: Language = .en) -> String {
        let nl = lang == .nl
        var lines: [String] = []
        switch goal {
        case .fragment:
            lines.append(nl ? "\(k == 1 ? "Zonder deze partner" : "Zonder deze \(k) partners") valt het ecosysteem het meest uiteen: \(names(partners))."
                            : "\(k == 1 ? "Without this partner" : "Without these \(k) partners") the ecosystem falls apart most: \(names(partners)).")
            let b = Format.decimal(baseline ?? .nan, 4, lang), a = Format.decimal(score, 4, lang)
            lines.append(nl ? "Fragmentatie (DF, 0 = iedereen dichtbij, 1 = niemand verbonden): \(b) nu, \(a) zonder hen (\(nodes) actoren)."
                            : "Fragmentation (DF, 0 = everyone close, 1 = nobody connected): \(b) today, \(a) without them (\(nodes) actors).")
        case .reach:
            lines.append(nl ? "\(k == 1 ? "Deze partner bereikt" : "Deze \(k) partners bereiken samen") de meeste jongeren: \(names(partners))."
                            : "\(k == 1 ? "This partner reaches" : "These \(k) partners together reach") the most young people: \(names(partners)).")
            lines.append((nl ? "Bereik: " : "Reach: ") + scoreText(score, weightedReach, lang) + ".")
        }
        lines.append((nl ? "Beste enkele partner: " : "Best single partner: ") + "\(bestSingle.label) (\(bestSingle.id)), \(scoreText(bestSingleScore, bestSingleWeightedReach, lang)).")
        let sets = exact.map { Format.integer($0.sets, lang) } ?? ""
        if let exact {
            if exact.heuristicFoundIt {
                lines.append(nl ? "Exact: alle \(sets) combinaties nagerekend; deze combinatie is de beste." : "Exact: all \(sets) sets checked; this set is optimal.")
            } else {
                let best = "\(names(exact.partners)), \(scoreText(exact.score, exact.weightedReach, lang))"
                lines.append(nl ? "Exact: alle \(sets) combinaties nagerekend; de beste is \(best). De zoektocht miste haar."
                                : "Exact: all \(sets) sets checked; the best is \(best). The search missed it.")
            }
        } else {
            let limit = Format.integer(exactLimit, lang)
            lines.append(nl ? "Exact: niet nagerekend (meer dan \(limit) combinaties van \(k) uit \(candidates) partners); gretig plus ruilen, \(restarts) willekeurige herstarts, zaad \(seed)."
                            : "Exact: not checked (more than \(limit) sets of \(k) among \(candidates) partners); greedy plus swaps, \(restarts) random restarts, seed \(seed).")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// CSV: one row per partner in the set, then the best single partner and the exact optimum's members.
    public func csv() -> String {
        func field(_ s: String) -> String {
            s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
        }
        var rows = ["set,goal,id,label,score,weighted_reach,exact_found"]
        let found = exact.map { $0.heuristicFoundIt ? "true" : "false" } ?? ""
        let w = weightedReach.map(Format.csvNumber) ?? ""
        for p in partners { rows.append("heuristic,\(goal.rawValue),\(field(p.id)),\(field(p.label)),\(Format.csvNumber(score)),\(w),\(found)") }
        rows.append("best_single,\(goal.rawValue),\(field(bestSingle.id)),\(field(bestSingle.label)),\(Format.csvNumber(bestSingleScore)),\(bestSingleWeightedReach.map(Format.csvNumber) ?? ""),")
        if let exact {
            for p in exact.partners { rows.append("exact,\(goal.rawValue),\(field(p.id)),\(field(p.label)),\(Format.csvNumber(exact.score)),\(exact.weightedReach.map(Format.csvNumber) ?? ""),\(found)") }
        }
        return rows.joined(separator: "\n") + "\n"
    }
}
