import WijknetGraph

extension GapsAnalysis.MissingLink {
    /// Finding 3, missing links: the ``GapsOptions/top`` pairs of partners without a direct tie
    /// who share young people or places, cross-domain pairs first, then by resource allocation
    /// over the shared young people and places (Zhou, Lü & Zhang 2009; networkx
    /// `resource_allocation_index` with `via` neighbours only), then node order.
    ///
    /// The ranking is on numbers only, with a bounded selection that keeps the top N while
    /// streaming, never the `O(Σ c(z)²)` pairs; only the top N are then built with their shared
    /// young people and places.
    /// - Complexity: `O(Σ_z c(z)² · log top)` time over shared young people and places `z`, in
    ///   `O(n + top)` memory.
    static func found(_ c: GapsContext, options: GapsOptions) -> [GapsAnalysis.MissingLink] {
        let actors = c.actors, g = c.g
        let via = actors.map { $0.kind == .youth || $0.kind == .place }
        let domainIndex = Dictionary(uniqueKeysWithValues: Domain.allCases.enumerated().map { ($1, $0) })
        let domainGroup = actors.map { domainIndex[$0.domain]! }
        let scored = topPredictedLinks(g, candidates: c.isPartner, via: via, top: options.top, crossGroupsFirst: domainGroup, workers: GraphWork.workers)
        return scored.map { l in
            let da = actors[l.u].domain, db = actors[l.v].domain
            let shared = sharedNeighbours(g, l.u, l.v, via: via)
            return GapsAnalysis.MissingLink(
                a: c.id(l.u), b: c.id(l.v), labelA: c.label(l.u), labelB: c.label(l.v), domainA: da.rawValue, domainB: db.rawValue,
                crossDomain: da != db, score: l.resourceAllocation,
                sharedYouth: shared.filter { actors[$0].kind == .youth }.count,
                sharedPlaces: shared.filter { actors[$0].kind == .place }.map(c.label),
                youthOfEither: Set(g.neighbors(l.u).filter { actors[$0].kind == .youth } + g.neighbors(l.v).filter { actors[$0].kind == .youth }).count)
        }
    }
}
