/// The reach of a set of nodes (Borgatti 2006, KPP-Pos): how many targets the set reaches
/// within a distance, and the distance-weighted reach.
///
/// **Definition.** For a set `S` and a target `t`, `d(S, t) = min_{s∈S} d(s, t)`, the unweighted
/// shortest-path length in the whole graph (`S` is not removed). A target that is itself in `S`
/// has `d(S, t) = 0` and counts as reached (Borgatti counts the members themselves).
/// - ``ReachScore/reached``: the number of targets with `d(S, t) ≤ D`.
/// - ``ReachScore/weighted``: `(1/|T|) Σ_t 1/d(S, t)`, with `1/0` taken as 1 (a member) and
///   `1/∞ = 0` (Borgatti's distance-weighted reach, eq. 12).
///
/// **Undefined.** With no target the mean is undefined: `weighted` is `NaN` (the search
/// functions rule it out by precondition).
///
/// **How.** One BFS per candidate, once, filling a candidates × targets distance table; a set
/// is then scored in `O(k · |T|)`, targets in ascending id order (so the sum is deterministic).
/// The candidates' BFS runs in parallel, each writing only its own row.
///
/// - Complexity: `O(P · (n + m))` to build for `P` candidates, `O(P · |T|)` memory;
///   `O(k · |T|)` per scored set.
///
/// Reference: S. P. Borgatti, "Identifying sets of key players in a social network",
/// Computational and Mathematical Organization Theory 12 (2006) 21–34, DOI 10.1007/s10588-006-7084-x.
public struct ReachEvaluator: Sendable {
    /// The candidates, ascending node ids; row `i` of the table is `candidates[i]`.
    public let candidates: [Int]
    /// The targets, ascending node ids.
    public let targets: [Int]
    /// The distance limit `D` (1 = a direct tie).
    public let distance: Int
    /// `table[i * targets.count + j] = d(candidates[i], targets[j])`, `Int32.max` when unreachable.
    let table: [Int32]
    /// Row of each node in the table, `-1` for a non-candidate.
    let row: [Int]

    /// - Parameters:
    ///   - graph: the graph; weights are ignored.
    ///   - candidates: `candidates[v]` marks the nodes that may be chosen.
    ///   - targets: `targets[v]` marks the nodes to reach.
    ///   - distance: `D ≥ 1`.
    ///   - workers: threads to use (results do not depend on it).
    public init(_ graph: Graph, candidates: [Bool], targets: [Bool], distance: Int,
                workers: Int = 1) {
        precondition(candidates.count == graph.nodeCount && targets.count == graph.nodeCount,
                     "masks must have one entry per node")
        precondition(distance >= 1, "the distance limit must be at least 1")
        let n = graph.nodeCount
        let cands = (0..<n).filter { candidates[$0] }
        let targs = (0..<n).filter { targets[$0] }
        var row = [Int](repeating: -1, count: n)
        for (i, c) in cands.enumerated() { row[c] = i }
        let t = targs.count
        var table = [Int32](repeating: .max, count: cands.count * t)
        let workerCount = max(1, min(workers, cands.count))
        table.withUnsafeMutableBufferPointer { tab in
            parallelFor(workerCount) { w in
                var dist = [Int32](repeating: -1, count: n)
                var queue = [Int32](repeating: 0, count: max(1, n))
                var i = w
                while i < cands.count {
                    for v in 0..<n { dist[v] = -1 }
                    let s = cands[i]
                    dist[s] = 0; queue[0] = Int32(s)
                    var head = 0, tail = 1
                    while head < tail {
                        let u = Int(queue[head]); head += 1
                        for slot in graph.slots(u) {
                            let x = Int(graph.targets[slot])
                            if dist[x] < 0 { dist[x] = dist[u] + 1; queue[tail] = Int32(x); tail += 1 }
                        }
                    }
                    for (j, target) in targs.enumerated() where dist[target] >= 0 {
                        tab[i * t + j] = dist[target]
                    }
                    i += workerCount
                }
            }
        }
        self.candidates = cands
        self.targets = targs
        self.distance = distance
        self.table = table
        self.row = row
    }

    /// The reach of `set` (node ids of candidates).
    /// - Precondition: every member is a candidate.
    /// - Complexity: `O(k · |T|)`.
    public func score(_ set: [Int]) -> ReachScore {
        let rows = set.map { v -> Int in
            precondition(row[v] >= 0, "\(v) is not a candidate")
            return row[v]
        }
        let t = targets.count
        var reached = 0
        var weighted = 0.0
        for j in 0..<t {
            var best = Int32.max
            for r in rows { best = min(best, table[r * t + j]) }
            if best == .max { continue }
            if best <= distance { reached += 1 }
            weighted += best == 0 ? 1 : 1 / Double(best)
        }
        return ReachScore(reached: reached, weighted: t == 0 ? .nan : weighted / Double(t), targets: t)
    }
}

/// What a set reaches (see ``ReachEvaluator``).
public struct ReachScore: Sendable, Hashable, Codable {
    /// Targets within the distance limit (members that are targets included).
    public var reached: Int
    /// Distance-weighted reach: mean over targets of `1/d(S, t)` (members 1, unreachable 0).
    public var weighted: Double
    /// Number of targets `|T|`.
    public var targets: Int
}
