extension Communities {
    /// Communities by modularity optimisation: the Louvain method followed by a connectivity
    /// repair. Prefer ``init(leiden:resolution:seed:randomness:maxIterations:minimumGain:)``: it is connected
    /// by construction and, on the reference graphs, finds better partitions (weighted karate,
    /// seeds 0–39: Leiden 0.4439–0.4449, this Louvain 0.4266–0.4449).
    ///
    /// Louvain can leave a community internally disconnected (Traag, Waltman & van Eck 2019,
    /// DOI 10.1038/s41598-019-41695-z — the flaw that led to Leiden). Every such community is
    /// then split into its connected parts, which never lowers modularity, so every reported
    /// community is connected.
    ///
    /// Deterministic for a seed: nodes are visited in a seeded shuffled order (``SeededGenerator``)
    /// and ties between equally good moves keep the current community, then the lowest id.
    /// - Parameters:
    ///   - g: the weighted graph.
    ///   - resolution: `γ` of ``modularity(_:communities:resolution:)``; default 1.
    ///   - seed: seed of the visiting order.
    /// - Returns: a community id per node, numbered in order of each community's smallest node,
    ///   and the partition's modularity (`NaN` without ties). Isolates are their own communities.
    /// - Complexity: about `O(m)` per pass, a few passes per level, `O(log n)` levels in practice.
    /// - Reference: V. D. Blondel, J.-L. Guillaume, R. Lambiotte & E. Lefebvre, "Fast unfolding
    ///   of communities in large networks", J. Stat. Mech. (2008) P10008,
    ///   DOI 10.1088/1742-5468/2008/10/P10008.
    public init(louvain g: Graph, resolution: Double = 1, seed: UInt64 = 1) {
        let n = g.nodeCount
        var rng = SeededGenerator(seed: seed)
        // Level graph: CSR with weights and a self-loop weight per node.
        var level = LevelGraph(g)
        var membership = Array(0..<n)     // original node -> current level node
        let m2 = 2 * g.edges.reduce(0) { $0 + $1.weight }
        if m2 > 0 {
            while true {
                let (community, moved) = level.localMoving(resolution: resolution, m2: m2, rng: &rng)
                if !moved { break }
                // Renumber communities densely in order of first appearance.
                var dense = [Int](repeating: -1, count: level.n)
                var next = 0
                for v in 0..<level.n where dense[community[v]] < 0 { dense[community[v]] = next; next += 1 }
                let c = community.map { dense[$0] }
                for v in 0..<n { membership[v] = c[membership[v]] }
                if next == level.n { break }
                level = level.aggregate(c, count: next)
            }
        }
        let part = connectedParts(g, of: membership)
        self.init(membership: part, modularity: WijknetGraph.modularity(g, communities: part, resolution: resolution))
    }
}

/// A weighted graph with self-loops, for the Louvain levels.
private struct LevelGraph {
    var n: Int
    var offsets: [Int]
    var targets: [Int]
    var weights: [Double]
    var selfLoop: [Double]     // weight of the loop at v (counted once in strength as 2·w)
    var strength: [Double]     // Σ tie weights + 2·selfLoop

    init(_ g: Graph) {
        n = g.nodeCount
        offsets = g.offsets
        targets = g.targets.map(Int.init)
        weights = g.weights
        selfLoop = .init(repeating: 0, count: n)
        strength = (0..<n).map(g.strength)
    }

    init(n: Int, offsets: [Int], targets: [Int], weights: [Double], selfLoop: [Double]) {
        self.n = n
        self.offsets = offsets
        self.targets = targets
        self.weights = weights
        self.selfLoop = selfLoop
        strength = (0..<n).map { v in (offsets[v]..<offsets[v + 1]).reduce(2 * selfLoop[v]) { $0 + weights[$1] } }
    }

    /// One local-moving phase. Returns the community of each node and whether anything moved.
    func localMoving(resolution: Double, m2: Double, rng: inout SeededGenerator) -> ([Int], Bool) {
        var community = Array(0..<n)
        var total = strength              // Σ_tot per community
        var order = Array(0..<n)
        rng.shuffle(&order)
        var neighWeight = [Double](repeating: 0, count: n)
        var touched: [Int] = []
        var movedAny = false
        var improved = true
        var passes = 0
        while improved && passes < 100 {
            improved = false
            passes += 1
            for v in order {
                let cv = community[v]
                let kv = strength[v]
                // Weights from v to each neighbouring community.
                touched.removeAll(keepingCapacity: true)
                for i in offsets[v]..<offsets[v + 1] {
                    let c = community[targets[i]]
                    if neighWeight[c] == 0 { touched.append(c) }
                    neighWeight[c] += weights[i]
                }
                total[cv] -= kv
                // Gain of joining c (up to a constant): k_v,c − γ Σ_tot(c) k_v / 2m.
                var best = cv
                var bestGain = neighWeight[cv] - resolution * total[cv] * kv / m2
                for c in touched.sorted() {
                    let gain = neighWeight[c] - resolution * total[c] * kv / m2
                    // Strictly better only: ties keep the current community, then the lowest id.
                    if gain > bestGain + 1e-12 {
                        best = c
                        bestGain = gain
                    }
                }
                total[best] += kv
                if best != cv {
                    community[v] = best
                    improved = true
                    movedAny = true
                }
                for c in touched { neighWeight[c] = 0 }
                neighWeight[cv] = 0
            }
        }
        return (community, movedAny)
    }

    /// The graph of communities: one node per community, tie weights summed, inner weight as loops.
    func aggregate(_ c: [Int], count k: Int) -> LevelGraph {
        var loop = [Double](repeating: 0, count: k)
        var rows = [[Int: Double]](repeating: [:], count: k)
        for v in 0..<n {
            loop[c[v]] += selfLoop[v]
            for i in offsets[v]..<offsets[v + 1] {
                let w = targets[i]
                if c[w] == c[v] {
                    if v < w { loop[c[v]] += weights[i] }
                } else {
                    rows[c[v]][c[w], default: 0] += weights[i]
                }
            }
        }
        var offsets = [0], targets: [Int] = [], weights: [Double] = []
        for r in rows {
            for (t, w) in r.sorted(by: { $0.key < $1.key }) { targets.append(t); weights.append(w) }
            offsets.append(targets.count)
        }
        return LevelGraph(n: k, offsets: offsets, targets: targets, weights: weights, selfLoop: loop)
    }
}
