#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Betweenness of every node within `±ε` simultaneously with probability `≥ 1 − δ`, from a
/// fixed number of uniformly sampled shortest paths: Riondato & Kornaropoulos, "Fast
/// approximation of betweenness centrality through sampling", DMKD 30:438–475 (2016),
/// DOI 10.1007/s10618-015-0423-0.
///
/// **Algorithm.** Draw `r` ordered pairs `(s, t)`, `s ≠ t`, uniformly; for each, one shortest
/// `s`–`t` path uniformly among all of them (``ShortestPathSampler``: bidirectional BFS, or
/// Dijkstra when weighted); every node inside the path gets `1/r`. The result is an unbiased
/// estimate of `b̄(v)` (pairs normalization, see ``BetweennessEstimate``).
///
/// **Sample size** (RK Theorem 2, from the VC dimension of the range set of shortest paths,
/// which is at most `⌊log₂(VD − 2)⌋ + 1` for vertex diameter `VD`, their Theorem 1; the
/// ε-sample bound of Löffler & Phillips with universal constant `c ≈ 0.5`, their §5):
///
///     r = ⌈ (c / λ²) · (⌊log₂(VD − 2)⌋ + 1 + ln(1/δ)) ⌉,   c = 0.5,
///
/// with `λ = ε (n − 2)/n` so that the bound holds on networkx's normalization, and `VD` the
/// upper bound of ``vertexDiameterBound(_:weighted:components:)`` (the theorem holds for any
/// upper bound). Example: `ε = 0.01, δ = 0.1, VD ≤ 9` gives `r = 5000 · (2 + 1 + 2.303) = 26,513`.
/// The size does not depend on `n`. Weighted graphs are covered too (the VC bound is on
/// shortest paths, whatever their lengths).
///
/// **Determinism**: sample `i` uses its own seeded generator and the counts are integers, so
/// the result depends on `seed` only, not on `workers`.
///
/// - Complexity: `r` path samples, each at most one full search (`O(n + m)`; far less with the
///   bidirectional search on small-world graphs); memory `O(n + m)` per worker.
public enum RiondatoKornaropoulos {
    /// The universal constant of the ε-sample bound (RK §5 use 0.5, as networkit's `ApproxBetweenness`).
    public static let c = 0.5

    /// The sample size `r` for `n` nodes and a vertex-diameter bound (see the type's documentation).
    /// `0` when `VD < 3` or `n ≤ 2` (no node can lie between two others).
    public static func sampleSize(epsilon: Double, delta: Double, nodes n: Int, vertexDiameter vd: Int) -> Int {
        guard vd >= 3, n > 2 else { return 0 }
        let lambda = BetweennessEstimate.pairPrecision(epsilon, nodes: n)
        let d = (log2(Double(vd - 2))).rounded(.down) + 1
        return Int((c / (lambda * lambda) * (d + log(1 / delta))).rounded(.up))
    }

    /// Estimates betweenness of every node (see the type's documentation).
    /// - Parameters:
    ///   - epsilon: the largest error allowed on any node's normalized betweenness, in `(0, 1)`.
    ///   - delta: the probability allowed for a larger error anywhere, in `(0, 1)`.
    ///   - weighted: tie length `1 / weight` (Dijkstra); otherwise steps.
    ///   - normalized: networkx's normalization (the guarantee is stated on it).
    ///   - seed: the whole result depends on it alone.
    ///   - workers: threads (the result does not depend on it).
    public static func estimate(_ g: Graph, epsilon: Double, delta: Double, weighted: Bool = false,
                                normalized: Bool = true, seed: UInt64, workers: Int = 1) -> BetweennessEstimate {
        precondition(epsilon > 0 && epsilon < 1 && delta > 0 && delta < 1, "epsilon and delta must lie in (0, 1)")
        let comps = connectedComponents(g)
        let vd = vertexDiameterBound(g, weighted: weighted, components: comps)
        let r = sampleSize(epsilon: epsilon, delta: delta, nodes: g.nodeCount, vertexDiameter: vd)
        guard r > 0 else {
            return .zeros(g.nodeCount, method: .riondatoKornaropoulos, epsilon: epsilon, delta: delta, vertexDiameter: vd)
        }
        let runner = PathSampleRunner(g, weighted: weighted, component: comps.id, seed: seed, workers: workers)
        runner.run(r)
        return BetweennessEstimate(betweenness: BetweennessEstimate.scaled(runner.countsByNode(), samples: r, normalized: normalized),
                                   method: .riondatoKornaropoulos, epsilon: epsilon, delta: delta, samples: r,
                                   calibrationSamples: 0, sampleBound: r, vertexDiameterBound: vd)
    }
}
