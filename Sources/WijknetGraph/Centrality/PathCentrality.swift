import Dispatch

/// Betweenness, closeness and harmonic centrality from one shortest-path search per source.
///
/// **Betweenness** (Brandes 2001, DOI 10.1080/0022250X.2001.9990249): for node `v`,
/// `Σ_{s≠v≠t} σ_st(v) / σ_st`, normalized as networkx does by default for undirected graphs:
/// multiplied by `1 / ((n − 1)(n − 2))` (no scaling for `n ≤ 2`, where every value is 0).
///
/// **Closeness** with the Wasserman–Faust correction (networkx `wf_improved=True`): for a node
/// reaching `r` others at total distance `S`, `(r / S) · (r / (n − 1))`; `0` when `r = 0`.
///
/// **Harmonic**: `Σ_{v≠u} 1 / d(u, v)` over reachable `v` (networkx `harmonic_centrality`).
///
/// Distances are hops, or `1 / weight` per tie when `weighted` (a heavier tie is shorter).
///
/// **Sampling** (``sampled(_:weighted:samples:seed:workers:)``): `k` sources drawn uniformly
/// without replacement. Betweenness is rescaled as networkx does for `k` sampled sources
/// (pivot sampling, Brandes & Pich 2007, DOI 10.1142/S0218127407018403): by
/// `1 / ((k − 1)(n − 2))` for sampled nodes and `1 / (k (n − 2))` for the others. Each node's
/// estimate is then a mean of `k` independent terms in `[0, 1]` (after scaling by the number of
/// pairs), so by Hoeffding's inequality `P(|b̂(v) − b(v)| ≥ ε) ≤ 2 exp(−2 k ε²)`: `k = 1000`
/// gives `ε = 0.043` at 95% for every single node. Closeness and harmonic are estimated from the
/// distances to the sampled sources (Eppstein & Wang 2004, DOI 10.7155/jgaa.00081):
/// harmonic `(n − 1)/k' · Σ_s 1/d(s, u)`, closeness `(r_s/k') · (r_s/S_s)` with `k'` sampled
/// sources other than `u`, `r_s` of them reaching `u` at total distance `S_s`.
/// With `k = n` the estimate is the exact value, bit for bit.
///
/// **Parallelism and determinism.** Sources are split into at most 64 contiguous chunks — a
/// number that does not depend on the worker count. Workers take chunks in rounds; each chunk
/// accumulates into its own partial sums, which are added to the totals in chunk order. So
/// 1 worker and 2 workers give bit-identical results.
///
/// - Complexity: `O(k m)` unweighted, `O(k (m + n) log n)` weighted, for `k` sources;
///   memory `O(n)` per worker.
public struct PathCentrality: Sendable {
    public var betweenness: [Double]
    public var closeness: [Double]
    public var harmonic: [Double]
    /// The sampled sources (ascending), or `nil` for the exact computation.
    public var sampledSources: [Int]?
    /// For each node, the sum of its distances from the sources that reach it, and their number.
    public var distanceSums: [Double]
    public var reachedFrom: [Int]

    /// Mean shortest-path length within the largest component (ties: the one with the smallest
    /// node), from the distances this pass already found: `Σ_{v∈C} distanceSums[v]` over
    /// `|sources ∩ C| · (|C| − 1)`. Exact when every node was a source (networkx
    /// `average_shortest_path_length` on that component); otherwise the Eppstein–Wang estimate
    /// from the sampled sources. `0` for a single node, `NaN` for the empty graph or when no
    /// sampled source lies in the largest component.
    public func averageShortestPath(in components: Components) -> Double {
        guard let largest = components.members.enumerated().max(by: { ($0.element.count, -$0.offset) < ($1.element.count, -$1.offset) })?.element,
              !largest.isEmpty else { return .nan }
        if largest.count == 1 { return 0 }
        let inLargest = Set(largest)
        let sourcesInside = sampledSources.map { $0.filter(inLargest.contains).count } ?? largest.count
        guard sourcesInside > 0 else { return .nan }
        let total = largest.reduce(0.0) { $0 + distanceSums[$1] }
        return total / (Double(sourcesInside) * Double(largest.count - 1))
    }

    /// The exact values: every node is a source.
    public static func exact(_ g: Graph, weighted: Bool = false, workers: Int = defaultWorkers) -> PathCentrality {
        compute(g, weighted: weighted, sources: Array(0..<g.nodeCount), sampled: false, workers: workers)
    }

    /// Estimates from `samples` sources chosen with `seed` (see the type's docs); `samples >= n`
    /// uses every node, which gives the exact values.
    public static func sampled(_ g: Graph, weighted: Bool = false, samples: Int, seed: UInt64,
                               workers: Int = defaultWorkers) -> PathCentrality {
        let k = max(1, min(samples, g.nodeCount))
        var rng = SeededGenerator(seed: seed)
        let sources = g.nodeCount == 0 ? [] : rng.sample(k, from: g.nodeCount)
        return compute(g, weighted: weighted, sources: sources, sampled: true, workers: workers)
    }

    /// Two workers: this machine class has two cores.
    public static let defaultWorkers = 2
    /// Fixed number of chunks, independent of the worker count (the determinism guarantee).
    static let chunkCount = 64

    /// One worker's scratch: a search and the partial sums of the chunk it is running.
    /// Raw buffers, not arrays in a class, so the hot loop has no dynamic exclusivity checks.
    private final class Partial: @unchecked Sendable {
        let n: Int
        let bc: UnsafeMutablePointer<Double>, distSum: UnsafeMutablePointer<Double>
        let harm: UnsafeMutablePointer<Double>, reach: UnsafeMutablePointer<Int32>
        let search: ShortestPathSearch
        init(n: Int, weighted: Bool) {
            self.n = n
            bc = .allocate(capacity: max(1, n)); distSum = .allocate(capacity: max(1, n))
            harm = .allocate(capacity: max(1, n)); reach = .allocate(capacity: max(1, n))
            search = ShortestPathSearch(nodeCount: n, weighted: weighted)
            clear()
        }
        deinit { bc.deallocate(); distSum.deallocate(); harm.deallocate(); reach.deallocate() }
        func clear() {
            bc.update(repeating: 0, count: n); distSum.update(repeating: 0, count: n)
            harm.update(repeating: 0, count: n); reach.update(repeating: 0, count: n)
        }
        /// Runs the sources `src[range]`, accumulating into the partial sums.
        func run(_ src: UnsafeBufferPointer<Int>, _ range: Range<Int>, _ off: UnsafeBufferPointer<Int>,
                 _ tgt: UnsafeBufferPointer<Int32>, _ sd: UnsafeBufferPointer<Double>) {
            clear()
            let order = search.order, state = search.state
            for k in range {
                search.run(from: src[k], offsets: off, targets: tgt, slotDistance: sd)
                search.accumulate(offsets: off, targets: tgt, slotDistance: sd)
                let reached = search.reached
                var j = 1
                while j < reached {
                    let v = Int(order[j])
                    bc[v] += state[v].delta
                    let d = state[v].dist
                    distSum[v] += d
                    harm[v] += 1 / d
                    reach[v] += 1
                    j += 1
                }
            }
        }
    }

    static func compute(_ g: Graph, weighted: Bool, sources: [Int], sampled: Bool, workers: Int) -> PathCentrality {
        let n = g.nodeCount
        var bc = [Double](repeating: 0, count: n)
        var distSum = [Double](repeating: 0, count: n)
        var harm = [Double](repeating: 0, count: n)
        var reach = [Int](repeating: 0, count: n)
        let slotDistance = weighted ? g.weights.map { 1.0 / $0 } : []
        let chunks = max(1, min(chunkCount, sources.count))
        let bounds = (0...chunks).map { $0 * sources.count / chunks }
        let w = max(1, workers)
        let partials = (0..<min(w, chunks)).map { _ in Partial(n: n, weighted: weighted) }

        g.offsets.withUnsafeBufferPointer { off in
            g.targets.withUnsafeBufferPointer { tgt in
                slotDistance.withUnsafeBufferPointer { sd in
                    sources.withUnsafeBufferPointer { src in
                        var first = 0
                        while first < chunks {
                            let batch = min(partials.count, chunks - first)
                            let firstChunk = first
                            let runChunk = { (i: Int) in
                                partials[i].run(src, bounds[firstChunk + i]..<bounds[firstChunk + i + 1], off, tgt, sd)
                            }
                            parallelFor(batch, runChunk)
                            for i in 0..<batch {   // reduce in chunk order
                                let p = partials[i]
                                for v in 0..<n {
                                    bc[v] += p.bc[v]; distSum[v] += p.distSum[v]; harm[v] += p.harm[v]; reach[v] += Int(p.reach[v])
                                }
                            }
                            first += batch
                        }
                    }
                }
            }
        }

        // Scaling (networkx `_rescale`, normalized, endpoints=False).
        let k = sources.count
        var isSource = [Bool](repeating: false, count: n)
        for s in sources { isSource[s] = true }
        if n > 2 {
            let scaleSource = k > 1 ? 1 / (Double(k - 1) * Double(n - 2)) : .nan
            let scaleOther = 1 / (Double(k) * Double(n - 2))
            for v in 0..<n { bc[v] *= isSource[v] ? scaleSource : scaleOther }
        }
        var closeness = [Double](repeating: 0, count: n)
        var harmonic = [Double](repeating: 0, count: n)
        for u in 0..<n {
            // Sampled sources other than u.
            let others = Double(k - (isSource[u] ? 1 : 0))
            let r = Double(reach[u])
            if n > 1 {
                if sampled {
                    harmonic[u] = others > 0 ? Double(n - 1) / others * harm[u] : .nan
                    closeness[u] = others == 0 ? .nan : distSum[u] > 0 ? (r / others) * (r / distSum[u]) : 0
                } else {
                    harmonic[u] = harm[u]
                    closeness[u] = distSum[u] > 0 ? (r / distSum[u]) * (r / Double(n - 1)) : 0
                }
            }
        }
        return PathCentrality(betweenness: bc, closeness: closeness, harmonic: harmonic,
                              sampledSources: sampled ? sources : nil, distanceSums: distSum, reachedFrom: reach)
    }
}
