import WijknetGraph

extension GapsAnalysis.SinglePoints {
    /// Finding 4, single points of failure: the partners that are articulation points of the
    /// ecosystem graph, each with what is lost when it leaves (the parts the ecosystem falls
    /// into, the young people losing their only line to a domain, the places no longer reaching
    /// the team, the pairs of domains no longer connected), and the bridges; at most
    /// ``GapsOptions/top`` of each. Articulation points and bridges by Hopcroft & Tarjan (1973),
    /// as networkx `articulation_points` and `bridges`.
    /// - Complexity: `O(n + m)` plus, per articulation partner, one `O(n + m)` search.
    init(_ c: GapsContext, options: GapsOptions) {
        let cuts = cutStructure(c.g)
        let base = Self.reach(c, removing: nil)
        var cutPartners: [GapsAnalysis.CutPartner] = []
        for (k, a) in cuts.articulationPoints.enumerated() where c.isPartner[a] {
            let after = Self.reach(c, removing: a)
            let separated = Self.domainPairs(c, base.comp, ignoring: a).subtracting(Self.domainPairs(c, after.comp, ignoring: a)).sorted()
                .map { "\(GapsContext.domainsOrder[$0 / 3].rawValue)|\(GapsContext.domainsOrder[$0 % 3].rawValue)" }
            let losing = Set(c.eco.youthLosingOnlyLine(removing: [a]).values.joined()).count
            let lostPlaces = (0..<c.n).filter { p in c.actors[p].kind == .place && base.team[base.comp[p]] && !after.team[after.comp[p]] }.map(c.label)
            // The parts of a's component without a that hold only unlisted ids.
            let unlistedOnly = Ecosystem.partsOfUnlistedIDsOnly(after.comp, unlisted: c.unlisted) { $0 != a && base.comp[$0] == base.comp[a] }
            cutPartners.append(GapsAnalysis.CutPartner(partner: c.id(a), label: c.label(a), domain: c.actors[a].domain.rawValue, pieces: cuts.pieceSizes[k],
                                                       piecesOfUnlistedIDsOnly: unlistedOnly, youthLosingADomain: losing,
                                                       placesLosingTeam: lostPlaces, separatesDomains: separated))
        }
        cutPartners.sort { ($0.youthLosingADomain, $0.pieces.count > 1 ? $0.pieces[1] : 0, $1.partner) > ($1.youthLosingADomain, $1.pieces.count > 1 ? $1.pieces[1] : 0, $0.partner) }
        var bridgeList = zip(cuts.bridges, cuts.bridgeSides).map { b, sides in
            let (small, other) = sides.0 <= sides.1 ? (b.u, b.v) : (b.v, b.u)
            return GapsAnalysis.Bridge(a: c.id(b.u), b: c.id(b.v), labelA: c.label(b.u), labelB: c.label(b.v), sides: [sides.0, sides.1],
                                       smallSideOfUnlistedIDsOnly: Self.sideIsUnlisted(c.g, from: small, across: other, unlisted: c.unlisted))
        }
        bridgeList.sort { (min($0.sides[0], $0.sides[1]), $1.a) > (min($1.sides[0], $1.sides[1]), $0.a) }
        self.init(team: c.team.sorted().map(c.label), partners: Array(cutPartners.prefix(options.top)),
                  bridges: Array(bridgeList.prefix(options.top)))
    }

    /// Whether the side of the bridge `x`–`y` that holds `x` holds only `unlisted` nodes: a
    /// search from `x` that never crosses the bridge and stops at the first listed node.
    /// - Complexity: `O(n + m)` at worst, the side's size when it is all unlisted.
    static func sideIsUnlisted(_ g: Graph, from x: Int, across y: Int, unlisted: [Bool]) -> Bool {
        guard unlisted[x] else { return false }
        var seen: Set<Int> = [x], stack = [x]
        while let v = stack.popLast() {
            for s in g.offsets[v]..<g.offsets[v + 1] {
                let w = Int(g.targets[s])
                guard !(v == x && w == y), !seen.contains(w) else { continue }
                guard unlisted[w] else { return false }
                seen.insert(w)
                stack.append(w)
            }
        }
        return true
    }

    /// The component of each node, and whether each component holds a team partner, with node
    /// `removed` (if any) taken out: the one connected-parts search.
    /// - Complexity: `O(n + m)`.
    static func reach(_ c: GapsContext, removing removed: Int?) -> (comp: [Int], team: [Bool]) {
        let parts = removed.map { connectedComponents(c.g, without: $0) } ?? connectedComponents(c.g)
        var team = [Bool](repeating: false, count: parts.count)
        for t in c.team where t != removed { team[parts.id[t]] = true }
        return (parts.id, team)
    }

    /// The pairs of domains (`i·3 + j`, `i < j`) that have partners other than `ignored` in one
    /// component of `comp`.
    /// - Complexity: `O(n)`.
    static func domainPairs(_ c: GapsContext, _ comp: [Int], ignoring ignored: Int) -> Set<Int> {
        var present: [Int: Int] = [:]   // component -> bit mask of its partners' domains
        for v in 0..<c.n where v != ignored && c.isPartner[v] {
            if let i = c.domainIndex(v) { present[comp[v], default: 0] |= 1 << i }
        }
        var pairs = Set<Int>()
        for mask in present.values { for i in 0..<3 { for j in (i + 1)..<3 where mask & (1 << i) != 0 && mask & (1 << j) != 0 { pairs.insert(i * 3 + j) } } }
        return pairs
    }
}
