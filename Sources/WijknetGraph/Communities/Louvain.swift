/// Modularity of a partition (Newman 2006, DOI 10.1073/pnas.0601602103), as networkx
/// `community.modularity(G, communities, weight="weight", resolution=γ)`:
/// `Q = Σ_c [ L_c / m − γ (K_c / 2m)² ]`, with `L_c` the weight inside community `c`, `K_c` the
/// summed strength of its nodes and `m` the total weight.
/// - Returns: `NaN` for a graph without ties (networkx divides by zero there).
/// - Complexity: `O(n + m)`.
public func modularity(_ g: Graph, communities: [Int], resolution: Double = 1) -> Double {
    let m = g.edges.reduce(0) { $0 + $1.weight }
    guard m > 0 else { return .nan }
    let count = (communities.max() ?? -1) + 1
    var inside = [Double](repeating: 0, count: count)
    var degree = [Double](repeating: 0, count: count)
    for e in g.edges where communities[e.u] == communities[e.v] { inside[communities[e.u]] += e.weight }
    for v in 0..<g.nodeCount { degree[communities[v]] += g.strength(v) }
    var q = 0.0
    for c in 0..<count { q += inside[c] / m - resolution * (degree[c] / (2 * m)) * (degree[c] / (2 * m)) }
    return q
}

/// Communities by modularity optimisation: the Louvain method (Blondel et al. 2008,
/// DOI 10.1088/1742-5468/2008/10/P10008) followed by a connectivity repair.
///
/// Louvain can leave a community internally disconnected (Traag, Waltman & van Eck 2019,
/// DOI 10.1038/s41598-019-41695-z — the flaw that led to Leiden). Wijknet then splits every
/// such community into its connected parts: splitting parts `A`, `B` with no tie between them
/// changes modularity by `+2γ K_A K_B / (2m)² > 0`, so the repair never lowers modularity and
/// every reported community is connected. This is Louvain with a guarantee, not full Leiden
/// (whose refinement can also merge differently); the name says so.
///
/// Deterministic for a seed: nodes are visited in a seeded shuffled order (``SeededGenerator``)
/// and ties between equally good moves go to the lowest community id.
/// - Returns: a community id per node, numbered in order of each community's smallest node,
///   and the partition's modularity (`NaN` without ties). Isolates are their own communities.
/// - Complexity: about `O(m)` per pass, a few passes per level, `O(log n)` levels in practice.
public struct Communities: Sendable {
    public var membership: [Int]
    public var modularity: Double
    public var count: Int { (membership.max() ?? -1) + 1 }

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
        // Repair: split disconnected communities into connected parts (BFS inside each).
        var part = [Int](repeating: -1, count: n)
        var parts = 0
        var queue: [Int] = []
        for s in 0..<n where part[s] < 0 {
            part[s] = parts
            queue.removeAll(keepingCapacity: true)
            queue.append(s)
            var head = 0
            while head < queue.count {
                let v = queue[head]; head += 1
                for i in g.slots(v) {
                    let w = Int(g.targets[i])
                    if part[w] < 0 && membership[w] == membership[v] { part[w] = parts; queue.append(w) }
                }
            }
            parts += 1
        }
        // `part` is already numbered in order of smallest node (s ascends).
        self.membership = part
        self.modularity = WijknetGraph.modularity(g, communities: part, resolution: resolution)
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
