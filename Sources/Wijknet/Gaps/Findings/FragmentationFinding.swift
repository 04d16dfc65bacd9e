import WijknetGraph

extension GapsAnalysis.Fragmentation {
    /// Finding 2, fragmentation around each young person: of the young people with at least
    /// ``GapsOptions/minPartners`` partners, those whose partners are tied to each other with a
    /// density below ``GapsOptions/densityBelow`` (ties among the partners ÷ possible pairs: the
    /// ego-network density of Borgatti, Everett & Johnson, *Analyzing Social Networks*, ch. 10,
    /// with the young person left out); also the young people of one domain and the mean number
    /// of partners. Flagged: most partners first, then lowest density, then pseudonym.
    /// - Complexity: `O(m + Σ_y p(y)²)` for `p(y)` partners of young person `y`: partner–partner
    ///   ties as a hash set of pairs, so each of a young person's partner pairs is checked in O(1).
    init(_ c: GapsContext, options: GapsOptions) {
        var partnerTies = Set<UInt64>()
        for e in c.g.edges where c.isPartner[e.u] && c.isPartner[e.v] { partnerTies.insert(UInt64(e.u) << 32 | UInt64(e.v)) }
        var checked = 0, fragmented = 0, oneDomain = 0, totalPartners = 0
        var flagged: [GapsAnalysis.FragmentedYouth] = []
        for y in c.youth {
            // An array: a lazy filter over `neighbors` is indexed by adjacency slot, not position.
            let ps = Array(c.g.neighbors(y).filter { c.isPartner[$0] })
            totalPartners += ps.count
            let doms = Set(ps.compactMap(c.realDomain))
            if doms.count == 1 { oneDomain += 1 }
            guard ps.count >= options.minPartners else { continue }
            checked += 1
            var t = 0
            for (i, a) in ps.enumerated() {
                for b in ps[(i + 1)...] where partnerTies.contains(UInt64(min(a, b)) << 32 | UInt64(max(a, b))) { t += 1 }
            }
            let possible = ps.count * (ps.count - 1) / 2
            let density = Double(t) / Double(possible)
            if density < options.densityBelow {
                fragmented += 1
                flagged.append(GapsAnalysis.FragmentedYouth(youth: c.id(y), partners: ps.count, domains: doms.count, partnerTies: t, density: density))
            }
        }
        flagged.sort { ($0.partners, -$0.density, $1.youth) > ($1.partners, -$1.density, $0.youth) }
        let yc = Double(c.youth.count)
        self.init(youth: c.youth.count, checked: checked, fragmented: fragmented,
                  fragmentedShare: checked > 0 ? Double(fragmented) / Double(checked) : .nan,
                  oneDomain: oneDomain, oneDomainShare: yc > 0 ? Double(oneDomain) / yc : .nan,
                  meanPartners: yc > 0 ? Double(totalPartners) / yc : .nan, flagged: Array(flagged.prefix(options.top)))
    }
}
