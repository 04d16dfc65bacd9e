import Wijknet

extension WhatIfAnalysis {
    /// Plain text, English: the plain-words sentence first, then the figures.
    public func text() -> String {
        let who = removed.map { $0.kind == "youth" ? $0.label : "\($0.label) (\($0.id))" }.joined(separator: ", ")
        let ties = added.map { "\($0[0])–\($0[1])" }.joined(separator: ", ")
        var change: [String] = []
        if !removed.isEmpty { change.append("without \(who)") }
        if !added.isEmpty { change.append("with the new tie\(added.count == 1 ? "" : "s") \(ties)") }
        let lost = youthLosingDomain.values.reduce(0, +)
        let pieces = componentsAfter.count - componentsBefore.count
        var first = "If the ecosystem were \(change.joined(separator: " and ")), "
        first += pieces > 0 ? "it would fall into \(pieces) more part\(pieces == 1 ? "" : "s")" : pieces < 0 ? "it would have \(-pieces) part\(pieces == -1 ? "" : "s") fewer" : "it would stay in \(componentsAfter.count) part\(componentsAfter.count == 1 ? "" : "s")"
        first += ", \(lost == 0 ? "no young person would lose" : "young people would lose") every tie to a domain \(lost == 0 ? "" : "\(lost) times ")"
        first += "and \(partnerPairsCut) partner pair\(partnerPairsCut == 1 ? "" : "s") would be cut off from each other."
        first = first.replacingOccurrences(of: "domain and", with: "domain, and")
        var lines = [first, ""]
        func sizes(_ s: [Int]) -> String {
            s.count > 8 ? s.prefix(8).map(String.init).joined(separator: ", ") + ", … (\(s.count))" : s.map(String.init).joined(separator: ", ")
        }
        lines.append("Components today: \(componentsBefore.count) (sizes \(sizes(componentsBefore))); then: \(componentsAfter.count) (sizes \(sizes(componentsAfter))).")
        if youthLosingDomain.isEmpty {
            lines.append("Young people who lose every tie to a domain: none.")
        } else {
            lines.append("Young people who lose every tie to a domain: " + youthLosingDomain.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ") + ".")
        }
        lines.append("Partner pairs (\(partnerPairs)): \(partnerPairsLonger) with a longer shortest path, \(partnerPairsCut) cut.")
        let c = comparison
        lines.append("Partner ties: \(c.partnerTies.before) today, \(c.partnerTies.after) then (\(c.tiesLost.count) lost, \(c.tiesAdded.count) added); ties with young people lost: \(c.youthTies.lost).")
        if !c.betweenness.isEmpty {
            lines.append("Betweenness changes most for:")
            for m in c.betweenness.prefix(5) {
                lines.append("  \(m.label) (\(m.id)): \(Format.decimal(m.before, 3)) → \(Format.decimal(m.after, 3))")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
