import Wijknet

extension KeyPlayerAnalysis {
    private func names(_ ps: [Partner]) -> String { ps.map { "\($0.label) (\($0.id))" }.joined(separator: ", ") }

    private func scoreText(_ score: Double, _ weighted: Double?) -> String {
        switch goal {
        case .fragment: return "DF \(Format.decimal(score, 4))"
        case .reach:
            return "\(Int(score)) of \(nodes) young people within \(distance ?? 0) (\(Format.percent(score / Double(nodes)))), distance-weighted reach \(Format.decimal(weighted ?? .nan, 4))"
        }
    }

    /// Plain text, English.
    public func text() -> String {
        var lines: [String] = []
        switch goal {
        case .fragment:
            lines.append("\(k == 1 ? "Without this partner" : "Without these \(k) partners") the ecosystem falls apart most: \(names(partners)).")
            lines.append("Fragmentation (DF, 0 = everyone close, 1 = nobody connected): \(Format.decimal(baseline ?? .nan, 4)) today, \(Format.decimal(score, 4)) without them (\(nodes) actors).")
        case .reach:
            lines.append("\(k == 1 ? "This partner reaches" : "These \(k) partners together reach") the most young people: \(names(partners)).")
            lines.append("Reach: \(scoreText(score, weightedReach)).")
        }
        lines.append("Best single partner: \(bestSingle.label) (\(bestSingle.id)), \(scoreText(bestSingleScore, bestSingleWeightedReach)).")
        if let exact {
            if exact.heuristicFoundIt {
                lines.append("Exact: all \(Format.integer(exact.sets)) sets checked; this set is optimal.")
            } else {
                lines.append("Exact: all \(Format.integer(exact.sets)) sets checked; the best is \(names(exact.partners)), \(scoreText(exact.score, exact.weightedReach)). The search missed it.")
            }
        } else {
            lines.append("Exact: not checked (more than \(Format.integer(exactLimit)) sets of \(k) among \(candidates) partners); greedy plus swaps, \(restarts) random restarts, seed \(seed).")
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
