import WijknetGraph

extension GapsAnalysis.OrdinaryLife {
    /// Finding 6, ordinary life: the young people tied to at least one ordinary resource
    /// (voorveld: club, school, community centre), those whose partners are all care partners and
    /// who have no ordinary resource, and the ordinary resources with no tie to the neighbourhood
    /// team (not the team, and no team partner among their neighbours). Counts by definition.
    /// - Complexity: `O(n + m)`.
    init(_ c: GapsContext) {
        let actors = c.actors, g = c.g
        let ordinary = (0..<c.n).filter { actors[$0].ordinary }
        var withOrdinary = 0, onlyCare = 0
        for y in c.youth {
            let nb = Array(g.neighbors(y))
            if nb.contains(where: { actors[$0].ordinary }) { withOrdinary += 1; continue }
            let ps = nb.filter { c.isPartner[$0] }
            if !ps.isEmpty && ps.allSatisfy({ actors[$0].domain == .care }) { onlyCare += 1 }
        }
        let notSeen = ordinary.filter { o in !c.team.contains(o) && !g.neighbors(o).contains(where: c.team.contains) }.map(c.label)
        let yc = Double(c.youth.count)
        self.init(youth: c.youth.count, withOrdinary: withOrdinary, withOrdinaryShare: yc > 0 ? Double(withOrdinary) / yc : .nan,
                  onlySpecialisedCare: onlyCare, ordinaryResources: ordinary.count, notSeenByTeam: notSeen)
    }
}
