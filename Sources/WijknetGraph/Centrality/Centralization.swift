/// Freeman centralization: how much one node dominates (Freeman 1978,
/// DOI 10.1016/0378-8733(78)90021-7). `Σ (max − c_i)` divided by its largest possible value,
/// which a star reaches; so a star scores 1 and a regular graph 0.
///
/// - Degree (raw degrees): divisor `(n − 1)(n − 2)`.
/// - Betweenness (networkx-normalized values in `[0, 1]`): divisor `n − 1`.
/// - Returns: `NaN` for fewer than three nodes (the divisor is 0).
/// - Complexity: `O(n)`.
public enum Centralization {
    public static func degree(_ g: Graph) -> Double {
        let n = g.nodeCount
        guard n >= 3 else { return .nan }
        let d = (0..<n).map(g.degree)
        let mx = d.max()!
        return Double(d.reduce(0) { $0 + (mx - $1) }) / (Double(n - 1) * Double(n - 2))
    }

    public static func betweenness(normalized b: [Double]) -> Double {
        let n = b.count
        guard n >= 3, let mx = b.max() else { return .nan }
        return b.reduce(0) { $0 + (mx - $1) } / Double(n - 1)
    }
}

/// Mean shortest-path length between ordered pairs of distinct nodes of the largest connected
/// component (networkx `average_shortest_path_length` on that component; ties in size go to the
/// component with the smallest node id).
///
/// Above `exactLimit` nodes in that component, it is estimated from `samples` seeded sources
/// (each source's mean distance is an unbiased sample of the mean) and `sampled` says so.
/// - Returns: `0` for a single node (as networkx), `NaN` for the empty graph.
/// - Complexity: `O(c · m)` exact for a component of `c` nodes; `O(samples · m)` sampled.
public func averageShortestPathLength(_ g: Graph, weighted: Bool = false, exactLimit: Int = 5_000,
                                      samples: Int = 500, seed: UInt64 = 1) -> (value: Double, sampled: Bool) {
    let comps = connectedComponents(g)
    guard let largest = comps.members.enumerated().max(by: { ($0.element.count, -$0.offset) < ($1.element.count, -$1.offset) })?.element,
          !largest.isEmpty else { return (.nan, false) }
    if largest.count == 1 { return (0, false) }
    var keep = [Bool](repeating: false, count: g.nodeCount)
    for v in largest { keep[v] = true }
    let sub = g.induced(keeping: keep).graph
    let c = sub.nodeCount
    let sampled = c > exactLimit
    var sources = Array(0..<c)
    if sampled {
        var rng = SeededGenerator(seed: seed)
        sources = rng.sample(min(samples, c), from: c)
    }
    let search = ShortestPathSearch(nodeCount: c, weighted: weighted)
    let sd = weighted ? sub.weights.map { 1.0 / $0 } : []
    var total = 0.0
    sub.offsets.withUnsafeBufferPointer { off in
        sub.targets.withUnsafeBufferPointer { tgt in
            sd.withUnsafeBufferPointer { d in
                for s in sources {
                    search.run(from: s, offsets: off, targets: tgt, slotDistance: d)
                    for j in 1..<search.reached { total += search.state[Int(search.order[j])].dist }
                }
            }
        }
    }
    return (total / (Double(sources.count) * Double(c - 1)), sampled)
}
