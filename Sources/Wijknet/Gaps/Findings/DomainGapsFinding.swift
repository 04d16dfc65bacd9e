import WijknetGraph

extension GapsAnalysis.DomainGaps {
    /// Finding 1, domain gaps: partner–partner ties between and within the domains against
    /// chance (the same number of ties at random over the possible pairs of domain partners), and
    /// per place its domains, young people and cross-domain partner pairs in contact there.
    ///
    /// A pair of present domains is a gap when chance gives at least one tie and the ties are
    /// fewer than ``GapsOptions/gapBelowChance`` of it. Chance as in the E-I baseline of
    /// Krackhardt & Stern (1988): expected = ties per possible pair × |A|·|B|.
    /// - Complexity: `O(n + m + r)` for `r` rows in the period.
    init(_ c: GapsContext, options: GapsOptions) {
        let domainsOrder = GapsContext.domainsOrder
        var ties = [[Int]](repeating: [0, 0, 0], count: 3), weights = [[Double]](repeating: [0, 0, 0], count: 3)
        var present = Set<Int>()
        for v in 0..<c.n { if let i = c.domainIndex(v) { present.insert(i) } }
        for e in c.g.edges {
            guard let i = c.domainIndex(e.u), let j = c.domainIndex(e.v) else { continue }
            ties[min(i, j)][max(i, j)] += 1
            weights[min(i, j)][max(i, j)] += e.weight
        }
        // Chance: the same number of ties at random over the possible pairs of domain partners.
        var sizes = [0, 0, 0]
        for v in 0..<c.n { if let i = c.domainIndex(v) { sizes[i] += 1 } }
        let possible = Mixing.possiblePairs(sizes: sizes)
        let allTies = (0..<3).reduce(0) { t, i in t + ties[i][i...].reduce(0, +) }
        let crossTies = allTies - (0..<3).reduce(0) { $0 + ties[$1][$1] }
        let perPair = possible.internal + possible.external > 0 ? Double(allTies) / (possible.internal + possible.external) : .nan
        var pairs: [GapsAnalysis.DomainPair] = []
        for i in 0..<3 { for j in (i + 1)..<3 where present.contains(i) && present.contains(j) {
            pairs.append(GapsAnalysis.DomainPair(a: domainsOrder[i].rawValue, b: domainsOrder[j].rawValue, ties: ties[i][j], weight: weights[i][j],
                                                 expected: perPair * Double(sizes[i] * sizes[j])))
        } }
        self.init(present: domainsOrder.indices.filter(present.contains).map { domainsOrder[$0].rawValue },
                  pairs: pairs, gaps: pairs.filter { $0.expected >= 1 && Double($0.ties) < options.gapBelowChance * $0.expected },
                  places: Self.places(c), partnersWithoutDomain: c.grouping.partnersLeftOut, ties: allTies,
                  crossShare: allTies > 0 && present.count > 1 ? Double(crossTies) / Double(allTies) : .nan,
                  crossShareExpected: allTies > 0 && present.count > 1 ? possible.external / (possible.internal + possible.external) : .nan)
    }

    /// Each place, in node order: the domains of its partners, its young people, the cross-domain
    /// partner pairs in contact there (one pass over the rows), and whether it is a place of one
    /// domain only (young people and partners of exactly one domain).
    /// - Complexity: `O(r + Σ deg(place))`.
    static func places(_ c: GapsContext) -> [GapsAnalysis.PlaceDomains] {
        var crossAt: [Int: Set<UInt64>] = [:]
        let log = c.eco.log, eco = c.eco
        for r in eco.rowsInPeriod where log.place[r] >= 0 {
            let p = eco.nodeOfActor[Int(log.place[r])]
            // In a filtered ecosystem a row may name an actor outside it (node -1): not a pair here.
            let named = [log.source[r], log.target[r]].compactMap { a -> Int? in a >= 0 && eco.nodeOfActor[Int(a)] >= 0 ? eco.nodeOfActor[Int(a)] : nil }
            guard p >= 0, named.count == 2, let da = c.realDomain(named[0]), let db = c.realDomain(named[1]), da != db else { continue }
            crossAt[p, default: []].insert(UInt64(min(named[0], named[1])) << 32 | UInt64(max(named[0], named[1])))
        }
        var places: [GapsAnalysis.PlaceDomains] = []
        for p in 0..<c.n where c.actors[p].kind == .place {
            var doms = Set<Domain>()
            var youthHere = 0
            for v in c.g.neighbors(p) {
                if let d = c.realDomain(v) { doms.insert(d) } else if c.actors[v].kind == .youth { youthHere += 1 }
            }
            let ordered = GapsContext.domainsOrder.filter(doms.contains)
            places.append(GapsAnalysis.PlaceDomains(place: c.id(p), label: c.label(p), domains: ordered.map(\.rawValue), youth: youthHere,
                                                    crossDomainTies: crossAt[p]?.count ?? 0, oneDomainOnly: youthHere > 0 && ordered.count == 1))
        }
        return places
    }
}
