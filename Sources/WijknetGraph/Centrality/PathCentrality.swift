/// Betweenness, closeness and harmonic centrality, all three from one shortest-path search per
/// source (one all-pairs pass), exact or estimated from sampled sources.
///
/// **Betweenness** (Brandes 2001, DOI 10.1080/0022250X.2001.9990249): for node `v`,
/// `Σ_{s≠v≠t} σ_st(v) / σ_st` over ordered pairs, as networkx `betweenness_centrality` with its
/// defaults (`normalized=True`, `endpoints=False`): divided by `(n − 1)(n − 2)`, the number of
/// ordered pairs not involving `v`; unnormalized it is halved (unordered pairs). For `n ≤ 2`
/// there is nothing to scale and every value is `0`.
///
/// **Closeness** with the Wasserman–Faust correction (networkx `closeness_centrality`,
/// `wf_improved=True`): for a node reaching `r` others at total distance `S`,
/// `(r / S) · (r / (n − 1))`; `0` when `S = 0` (an isolate, or a single node).
///
/// **Harmonic**: `Σ_{v≠u} 1 / d(u, v)` over the nodes `u` reaches (networkx
/// `harmonic_centrality`, not normalized); `0` for an isolate.
///
/// Distances are steps, or with `weighted` the sum of `1 / weight` over the ties of a path (a
/// heavier tie is shorter), with networkx's tie arithmetic (see ``ShortestPathSearch``).
///
/// **Sampling** (``sampled(_:weighted:normalized:samples:seed:workers:)``): `k` sources drawn
/// uniformly without replacement with the seeded ``SeededGenerator`` (or given, with
/// ``estimated(_:weighted:normalized:sources:workers:)``).
/// - Betweenness (pivot sampling, Brandes & Pich 2007, DOI 10.1142/S0218127407018403) is rescaled
///   as networkx 3.6 does for `k` sampled sources: by `1 / ((k − 1)(n − 2))` for a node that is
///   itself a source and `1 / (k (n − 2))` for the others. This is Brandes–Pich's `n / k`
///   extrapolation made conditionally unbiased: a source has only `k − 1` sources other than
///   itself, a non-source `k`, each a uniform sample of the other `n − 1` nodes. Error bound:
///   `b(v)` is the mean over the `n − 1` sources `s ≠ v` of `δ_s(v) / (n − 2) ∈ [0, 1]`, and the
///   estimate is the mean of a sample of `k' = k − 1` (source) or `k` (non-source) of those
///   terms without replacement, so by Hoeffding's inequality (which holds for sampling without
///   replacement, Hoeffding 1963 §6, DOI 10.1080/01621459.1963.10500830)
///   `P(|b̂(v) − b(v)| ≥ ε) ≤ 2 exp(−2 k' ε²)` for each node; for all `n` nodes at once (union
///   bound) `ε = √(ln(2n/α) / (2(k − 1)))` at confidence `1 − α`. Example: `k = 1000` gives
///   `ε = 0.043` per node at 95%.
/// - Closeness and harmonic are estimated for every node `u` from the distances between `u` and
///   the `k'` sampled sources other than `u` (Eppstein & Wang 2004, DOI 10.7155/jgaa.00081;
///   undirected, so `d(s, u) = d(u, s)`): harmonic `(n − 1) / k' · Σ_s 1 / d(s, u)`, closeness
///   `(r_s / k') · (r_s / S_s)` where `r_s` of the `k'` sources reach `u` at total distance `S_s`.
///   The harmonic estimate is unbiased and, its terms lying in `[0, 1]`, within `(n − 1) ε` of
///   the exact value with probability `≥ 1 − 2 exp(−2 k' ε²)`. For closeness, `r_s / k'` and
///   `S_s / k'` obey the same bound (the latter scaled by the diameter Δ of a connected graph:
///   `|S_s/k' − S/(n−1)| < ε Δ`, Eppstein–Wang's theorem); their ratio is consistent but not
///   unbiased. `NaN` when `u` has no sampled source other than itself.
/// - With `k = n` every node is a source, in the same chunks, and the result equals the exact
///   one bit for bit.
///
/// **Parallelism and determinism**: see `AllSourcesPass` — fixed chunks reduced in chunk order,
/// so 1 worker and 2 workers give bit-identical results.
///
/// - Complexity: `O(k (n + m))` unweighted, `O(k (n + m) log n)` weighted, for `k` sources;
///   memory `O(n + m)` per worker plus `O(n)` per chunk buffer.
public struct PathCentrality: Sendable {
    /// Betweenness per node (normalized unless asked otherwise).
    public var betweenness: [Double]
    /// Closeness per node (Wasserman–Faust corrected).
    public var closeness: [Double]
    /// Harmonic centrality per node.
    public var harmonic: [Double]
    /// The sampled sources (ascending), or `nil` for the exact computation.
    public var sampledSources: [Int]?
    /// For each node `v`, `Σ d(s, v)` over the sources `s ≠ v` that reach it (exact: over all
    /// nodes, which by symmetry is `v`'s own total distance to the nodes it reaches).
    public var distanceSums: [Double]
    /// For each node `v`, the number of sources `s ≠ v` that reach it (exact: the number of
    /// nodes `v` reaches).
    public var reachedFrom: [Int]

    /// Mean shortest-path length within the largest component (ties in size: the component
    /// with the smallest node), from the distances this pass already found:
    /// `Σ_{v∈C} distanceSums[v]` over `|sources ∩ C| · (|C| − 1)`. Exact when every node was a
    /// source (networkx `average_shortest_path_length` on that component, with the same
    /// distances); otherwise the Eppstein–Wang estimate from the sampled sources in `C`.
    /// - Returns: `0` for a single-node component (as networkx), `NaN` for the empty graph or
    ///   when no sampled source lies in the largest component.
    /// - Complexity: `O(n)`.
    public func averageShortestPath(in components: Components) -> Double {
        guard let largest = components.members.enumerated().max(by: { ($0.element.count, -$0.offset) < ($1.element.count, -$1.offset) })?.element,
              !largest.isEmpty else { return .nan }
        if largest.count == 1 { return 0 }
        var sourcesInside = largest.count
        if let sampled = sampledSources {
            var inside = [Bool](repeating: false, count: distanceSums.count)
            for v in largest { inside[v] = true }
            sourcesInside = sampled.reduce(0) { $0 + (inside[$1] ? 1 : 0) }
        }
        guard sourcesInside > 0 else { return .nan }
        let total = largest.reduce(0.0) { $0 + distanceSums[$1] }
        return total / (Double(sourcesInside) * Double(largest.count - 1))
    }

    /// The exact values: every node is a source.
    /// - Parameters:
    ///   - weighted: distance `1 / weight` per tie; otherwise steps.
    ///   - normalized: betweenness divided by the number of pairs (networkx default `true`).
    ///   - workers: threads (results do not depend on it); one unless the caller asks for more.
    ///   - progress: told the sources done per chunk (``ProgressCallback``); `nil` tells nothing.
    /// - Returns: empty arrays for the empty graph; `[0]`, `[0]`, `[0]` for one node.
    public static func exact(_ g: Graph, weighted: Bool = false, normalized: Bool = true,
                             workers: Int = 1, progress: ProgressCallback? = nil) -> PathCentrality {
        compute(g, weighted: weighted, normalized: normalized, sources: Array(0..<g.nodeCount),
                sampled: false, workers: workers, progress: progress)
    }

    /// Estimates from `samples` sources drawn with `seed` (see the type's documentation);
    /// `samples ≥ n` uses every node and gives the exact values (with `sampledSources` set).
    /// With `betweenness: false` the backward pass is skipped and ``betweenness`` is all zeros
    /// (for callers that estimate it otherwise, e.g. ``Kadabra``).
    /// - Precondition: `samples ≥ 1`.
    public static func sampled(_ g: Graph, weighted: Bool = false, normalized: Bool = true, samples: Int,
                               seed: UInt64, betweenness: Bool = true, workers: Int = 1,
                               progress: ProgressCallback? = nil) -> PathCentrality {
        precondition(samples >= 1, "at least one sampled source is needed")
        let k = min(samples, g.nodeCount)
        var rng = SeededGenerator(seed: seed)
        return estimated(g, weighted: weighted, normalized: normalized, sources: rng.sample(k, from: g.nodeCount),
                         betweenness: betweenness, workers: workers, progress: progress)
    }

    /// Estimates from the given `sources` (the estimators of the type's documentation, which
    /// assume the sources are a uniform sample). All nodes as sources give the exact values.
    /// - Parameter sources: distinct node ids, in any order (they are sorted).
    /// - Precondition: the sources are distinct and in `0..<n`.
    public static func estimated(_ g: Graph, weighted: Bool = false, normalized: Bool = true, sources: [Int],
                                 betweenness: Bool = true, workers: Int = 1, progress: ProgressCallback? = nil) -> PathCentrality {
        let sorted = sources.sorted()
        for (i, s) in sorted.enumerated() {
            precondition(s >= 0 && s < g.nodeCount, "source \(s) out of range")
            precondition(i == 0 || sorted[i - 1] != s, "source \(s) given twice")
        }
        return compute(g, weighted: weighted, normalized: normalized, sources: sorted, sampled: true,
                       betweenness: betweenness, workers: workers, progress: progress)
    }

    static func compute(_ g: Graph, weighted: Bool, normalized: Bool, sources: [Int], sampled: Bool,
                        betweenness wantBetweenness: Bool = true, workers: Int, progress: ProgressCallback? = nil) -> PathCentrality {
        let n = g.nodeCount
        // With every node a source, each node's closeness and harmonic come from its own search
        // (distances from u, as networkx); otherwise from the sampled sources' distances to it.
        let allSources = sources.count == n
        // Sampled closeness/harmonic alone, unweighted: 64 searches per scan (MultiSourceBFS).
        let distancesOnly = !wantBetweenness && !weighted && !allSources
        let pass = distancesOnly ? nil : AllSourcesPass.run(PathGraph(g, weighted: weighted, relabel: true), sources: sources,
                                                            brandes: wantBetweenness, perTarget: !allSources, workers: workers,
                                                            progress: progress)
        let totals = pass.map { allSources ? $0.fromSource : $0.toTarget }
            ?? MultiSourceBFS.toTargetTotals(g, sources: sources, workers: workers)
        let k = sources.count
        var isSource = [Bool](repeating: false, count: n)
        for s in sources { isSource[s] = true }

        // Betweenness scaling: networkx `_rescale` with endpoints=False. Normalized: divide by
        // the ordered pairs (s, t) not involving v — (k − 1)(n − 2) for a sampled v, k (n − 2)
        // otherwise. Unnormalized: extrapolate to all n − 1 sources and halve (unordered pairs).
        var betweenness = pass?.dependency ?? [Double](repeating: 0, count: n)
        if n > 2 {
            let numerator = normalized ? 1.0 : Double(n - 1)
            let perSource = normalized ? Double(n - 2) : 2.0
            let scaleSource = k > 1 ? numerator / (Double(k - 1) * perSource) : .nan
            let scaleOther = numerator / (Double(k) * perSource)
            // Exact: every node is a source, and scaleSource is 1/((n−1)(n−2)) (or 1/2).
            for v in 0..<n { betweenness[v] *= isSource[v] ? scaleSource : scaleOther }
        }

        var closeness = [Double](repeating: 0, count: n)
        var harmonic = [Double](repeating: 0, count: n)
        for u in 0..<n {
            let r = totals[u].reached, total = totals[u].distance
            if sampled {
                let others = Double(k - (isSource[u] ? 1 : 0))   // sampled sources other than u
                if others == 0 {
                    closeness[u] = .nan; harmonic[u] = .nan
                } else {
                    harmonic[u] = Double(n - 1) / others * totals[u].inverseDistance
                    closeness[u] = total > 0 ? (r / others) * (r / total) : 0
                }
            } else {
                harmonic[u] = totals[u].inverseDistance
                closeness[u] = total > 0 && n > 1 ? (r / total) * (r / Double(n - 1)) : 0
            }
        }
        return PathCentrality(betweenness: betweenness, closeness: closeness, harmonic: harmonic,
                              sampledSources: sampled ? sources : nil,
                              distanceSums: totals.map(\.distance), reachedFrom: totals.map { Int($0.reached) })
    }
}
