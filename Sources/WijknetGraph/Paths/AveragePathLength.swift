/// Mean shortest-path length between ordered pairs of distinct nodes of the largest connected
/// component: `Σ_{s≠t ∈ C} d(s, t) / (|C| (|C| − 1))` — networkx `average_shortest_path_length`
/// run on that component (ties in size go to the component with the smallest node id).
/// Distances are steps, or `1 / weight` per tie when `weighted`.
///
/// Up to `exactLimit` nodes in that component it is exact. Above, it is estimated from
/// `samples` sources drawn uniformly from the component with `seed`, and `sampled` is `true`
/// so that callers can say so: `Σ_{s∈S} Σ_t d(s, t) / (|S| (|C| − 1))` is unbiased, and as each
/// source's mean distance lies in `[1, Δ]` (Δ the diameter), Hoeffding's inequality bounds the
/// error by `Δ √(ln(2/α) / (2|S|))` with probability `1 − α` (Eppstein & Wang 2004,
/// DOI 10.7155/jgaa.00081).
///
/// - Parameters:
///   - workers: threads; the result does not depend on it (see ``PathCentrality``).
///   - progress: told the sources done per chunk (``ProgressCallback``); `nil` tells nothing.
/// - Returns: `0` for a single node (as networkx), `NaN` for the empty graph.
/// - Complexity: `O(c (c + m_C))` exact for a component of `c` nodes and `m_C` ties (times
///   `log c` weighted); `O(samples · (c + m_C))` sampled.
public func averageShortestPathLength(_ g: Graph, weighted: Bool = false, exactLimit: Int = 5_000,
                                      samples: Int = 500, seed: UInt64 = 1,
                                      workers: Int = 1, progress: ProgressCallback? = nil) -> (value: Double, sampled: Bool) {
    let comps = connectedComponents(g)
    guard let largest = comps.members.enumerated().max(by: { ($0.element.count, -$0.offset) < ($1.element.count, -$1.offset) })?.element,
          !largest.isEmpty else { return (.nan, false) }
    let c = largest.count
    if c == 1 { return (0, false) }
    let sampled = c > exactLimit && samples < c
    var sources = largest
    if sampled {
        var rng = SeededGenerator(seed: seed)
        sources = rng.sample(max(1, samples), from: c).map { largest[$0] }
    }
    let pass = AllSourcesPass.run(PathGraph(g, weighted: weighted, relabel: true), sources: sources, brandes: false,
                                  perTarget: false, workers: workers, progress: progress)
    // A search from a source in the component reaches exactly the component.
    let total = sources.reduce(0.0) { $0 + pass.fromSource[$1].distance }
    return (total / (Double(sources.count) * Double(c - 1)), sampled)
}
