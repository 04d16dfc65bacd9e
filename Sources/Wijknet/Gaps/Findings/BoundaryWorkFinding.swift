import WijknetGraph

extension GapsAnalysis.BoundarySpanner {
    /// Finding 5, boundary spanners: Gould & Fernandez (1989) brokerage by domain among the
    /// partners of a known domain (``Brokerage``, checked against R's `sna::brokerage` in its
    /// tests). Every partner with brokerage across domains, most first (then by id), and the
    /// total of that brokerage over all of them: the whole of the boundary work.
    /// - Returns: the partners, at most ``GapsOptions/top``, and the total over every partner.
    /// - Complexity: as ``Brokerage``, `O(m √m)` on the partners' induced graph.
    static func found(_ c: GapsContext, options: GapsOptions) -> (spanners: [GapsAnalysis.BoundarySpanner], total: Int) {
        let keep = (0..<c.n).map { c.realDomain($0) != nil }
        let (sub, original) = c.g.induced(keeping: keep)
        let groups = original.map { c.grouping.ids[$0]! }
        let broker = Brokerage(sub, groups: groups)
        typealias R = Brokerage.Role
        var spanners: [GapsAnalysis.BoundarySpanner] = original.indices.map { i in
            let count = { (r: R) in broker.counts[r.rawValue][i] }
            let z = { (r: R) in broker.z[r.rawValue][i] }
            let v = original[i]
            return GapsAnalysis.BoundarySpanner(
                partner: c.id(v), label: c.label(v), domain: c.actors[v].domain.rawValue,
                liaison: count(.liaison), gatekeeper: count(.gatekeeper), representative: count(.representative), consultant: count(.itinerant),
                across: Brokerage.acrossGroups.reduce(0) { $0 + count($1) },
                liaisonZ: z(.liaison), gatekeeperZ: z(.gatekeeper), representativeZ: z(.representative))
        }
        spanners = spanners.filter { $0.across > 0 }.sorted { ($0.across, $1.partner) > ($1.across, $0.partner) }
        return (Array(spanners.prefix(options.top)), spanners.reduce(0) { $0 + $1.across })
    }
}
