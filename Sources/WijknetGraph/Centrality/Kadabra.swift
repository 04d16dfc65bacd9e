#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Betweenness of every node within `±ε` simultaneously with probability `≥ 1 − δ`, sampling
/// shortest paths until the data show the precision is reached: KADABRA, Borassi & Natale,
/// "KADABRA is an ADaptive Algorithm for Betweenness via Random Approximation", ACM JEA 24
/// (2019), DOI 10.1145/3284359 (absolute-error variant; `k = 0` in networkit).
///
/// **Samples** are those of ``RiondatoKornaropoulos`` — a uniform pair `(s, t)`, a uniform
/// shortest path between them by balanced bidirectional BFS (``ShortestPathSampler``), `+1` to
/// each node inside — estimating `b̄(v)` (pairs normalization, see ``BetweennessEstimate``) with
/// target precision `λ = ε (n − 2)/n`.
///
/// **Stopping.** After `τ` samples with estimate `b̃(v)`, KADABRA's Theorem 9 allows stopping as
/// soon as, for every node, `f(b̃, δ_L(v), ω, τ) ≤ λ` and `g(b̃, δ_U(v), ω, τ) ≤ λ`, where
///
///     f = min(b̃, (ln(1/δ_L)/τ) · (−(ω/τ − 1/3) + √((ω/τ − 1/3)² + 2 b̃ ω / ln(1/δ_L))))
///     g = min(1 − b̃, (ln(1/δ_U)/τ) · ((ω/τ + 1/3) + √((ω/τ + 1/3)² + 2 b̃ ω / ln(1/δ_U))))
///
/// (Bernstein-type bounds on the martingale of the samples, valid at a stopping time), or at
/// `τ = ω` at the latest, with
///
///     ω = ⌈ (c / λ²) · (⌊log₂(VD − 2)⌋ + 1 + ln(2/δ)) ⌉,   c = 0.5,
///
/// the Riondato–Kornaropoulos size at confidence `δ/2` (KADABRA §4; `VD` from
/// ``vertexDiameterBound(_:weighted:components:)``). The guarantee needs
/// `Σ_v (δ_L(v) + δ_U(v)) ≤ δ/2`, the split of the other half of `δ`, chosen before the main
/// samples from `τ₀ = ⌈ω/100⌉` calibration samples `b̂(v)` that are then discarded (networkit's
/// `computeDeltaGuess`): `δ_L(v) = δ_U(v) = exp(−C λ² / b̂(v)) + δ β/(4n)`, `β = 0.001`, with `C`
/// the smallest value (bisection) for which `Σ_v 2 exp(−C λ²/b̂(v)) < (1 − β) δ/2` — a node never
/// seen in calibration gets `δ β/(4n)` only. (Deviations from networkit 11: `ln(2/δ)` in `ω` as in
/// the paper, where networkit has `ln(1/(2δ))`; after the bisection `C` is doubled until the sum
/// is below its share, so the split provably sums to at most `δ/2`.)
///
/// **Checks** come after ``batch`` samples, then half-way (in whole batches) to the sample count
/// at which the current estimates would pass (``ConfidenceSplit/predictedStop(_:counts:samples:omega:)``),
/// so a run to `ω` takes a logarithmic number of checks (each a barrier for the workers) and a run
/// that stops early overshoots by at most about half the remaining gap or one batch. Nodes unseen in calibration share
/// `δ_L = δ_U`, and `f` and the Chernoff part of `g` increase with `b̃`, so that group passes
/// when its largest `b̃` does; the others (at most `τ₀ · (VD − 2)` nodes) are checked one by one.
/// A check is `O(τ₀ · VD)`, not `O(n)`.
///
/// **Determinism**: samples are numbered (calibration `0..<τ₀`, then the main ones), each with its
/// own generator, counts are integers and checks come at fixed sample numbers, so the number of
/// samples and every value depend on `seed` only — not on `workers` or timing.
///
/// **Weighted** graphs: the bidirectional search is for hops only; ``estimate(_:epsilon:delta:weighted:normalized:seed:workers:)``
/// falls back to ``RiondatoKornaropoulos`` (Dijkstra samples) and says so in ``BetweennessEstimate/method``.
///
/// - Complexity: at most `τ₀ + ω` samples; in practice far fewer than `ω` on sparse small-world
///   graphs. Memory `O(n + m)` per worker.
public enum Kadabra {
    /// Samples between two stopping checks.
    public static let batch = 512
    /// `ω / τ₀` (networkit's `startFactor`).
    public static let startFactor = 100
    /// The share `β` of the adaptive half of `δ` spread evenly over all nodes.
    public static let balancing = 0.001

    /// `ω`, the most samples KADABRA takes (see the type's documentation); `0` when `VD < 3` or `n ≤ 2`.
    public static func sampleBound(epsilon: Double, delta: Double, nodes n: Int, vertexDiameter vd: Int) -> Int {
        guard vd >= 3, n > 2 else { return 0 }
        let lambda = BetweennessEstimate.pairPrecision(epsilon, nodes: n)
        let d = (log2(Double(vd - 2))).rounded(.down) + 1
        return Int((RiondatoKornaropoulos.c / (lambda * lambda) * (d + log(2 / delta))).rounded(.up))
    }

    /// Estimates betweenness of every node (see the type's documentation). Weighted graphs go to
    /// ``RiondatoKornaropoulos``.
    /// - Parameters: as ``RiondatoKornaropoulos/estimate(_:epsilon:delta:weighted:normalized:seed:workers:)``.
    public static func estimate(_ g: Graph, epsilon: Double, delta: Double, weighted: Bool = false,
                                normalized: Bool = true, seed: UInt64, workers: Int = 1) -> BetweennessEstimate {
        if weighted {
            return RiondatoKornaropoulos.estimate(g, epsilon: epsilon, delta: delta, weighted: true,
                                                  normalized: normalized, seed: seed, workers: workers)
        }
        precondition(epsilon > 0 && epsilon < 1 && delta > 0 && delta < 1, "epsilon and delta must lie in (0, 1)")
        let n = g.nodeCount
        let comps = connectedComponents(g)
        let vd = vertexDiameterBound(g, components: comps)
        let omega = sampleBound(epsilon: epsilon, delta: delta, nodes: n, vertexDiameter: vd)
        guard omega > 0 else { return .zeros(n, method: .kadabra, epsilon: epsilon, delta: delta, vertexDiameter: vd) }
        let lambda = BetweennessEstimate.pairPrecision(epsilon, nodes: n)
        let runner = PathSampleRunner(g, weighted: false, component: comps.id, seed: seed, workers: workers)

        let tau0 = (omega + startFactor - 1) / startFactor
        runner.run(tau0)
        let split = ConfidenceSplit(calibration: runner.counts, samples: tau0, lambda: lambda, delta: delta)
        runner.resetCounts()

        var tau = 0, step = batch
        while tau < omega {
            let run = min(step, omega - tau)
            runner.run(run)
            tau += run
            if split.allWithin(lambda, counts: runner.counts, samples: tau, omega: Double(omega)) { break }
            // Next check half-way to where the current estimates would pass (whole batches).
            let needed = split.predictedStop(lambda, counts: runner.counts, samples: tau, omega: omega)
            step = max(batch, (needed - tau) / 2 / batch * batch)
        }
        let values = BetweennessEstimate.scaled(runner.countsByNode(), samples: tau, normalized: normalized)
        return BetweennessEstimate(betweenness: values, method: .kadabra, epsilon: epsilon, delta: delta, samples: tau,
                                   calibrationSamples: tau0, sampleBound: omega, vertexDiameterBound: vd)
    }

    /// `f`: how far below `b̃` the true value may be.
    static func lowerError(_ b: Double, samples tau: Double, omega: Double, logInverse l: Double) -> Double {
        let a = omega / tau - 1.0 / 3
        return min(b, l / tau * (-a + (a * a + 2 * b * omega / l).squareRoot()))
    }

    /// The Chernoff part of `g`: how far above `b̃` the true value may be (before `min(1 − b̃, ·)`).
    static func upperError(_ b: Double, samples tau: Double, omega: Double, logInverse l: Double) -> Double {
        let a = omega / tau + 1.0 / 3
        return l / tau * (a + (a * a + 2 * b * omega / l).squareRoot())
    }

    /// The per-node confidences `δ_L = δ_U` chosen from the calibration samples, stored as
    /// `ln(1/δ)`: one per node seen in calibration, one shared by all others.
    struct ConfidenceSplit {
        /// Internal ids of the nodes seen in calibration, and their `ln(1/δ)`.
        var seen: [Int32] = []
        var seenLog: [Double] = []
        var isSeen: [Bool]
        /// `ln(1/δ)` of every node not seen in calibration: `ln(4n / (δ β))`.
        var unseenLog: Double

        init(calibration counts: [UInt32], samples: Int, lambda: Double, delta: Double) {
            let n = counts.count
            isSeen = [Bool](repeating: false, count: n)
            var estimates: [Double] = []
            for v in 0..<n where counts[v] > 0 {
                seen.append(Int32(truncatingIfNeeded: v)); isSeen[v] = true
                estimates.append(Double(counts[v]) / Double(samples))
            }
            let floorShare = delta * Kadabra.balancing / (4 * Double(n))
            unseenLog = log(1 / floorShare)
            let target = delta / 2 * (1 - Kadabra.balancing)
            let l2 = lambda * lambda
            func total(_ c: Double) -> Double { estimates.reduce(0) { $0 + 2 * exp(-c * l2 / $1) } }
            var lo = 0.0, hi = log(Double(n) * 4 * (1 - Kadabra.balancing) / delta) / l2
            while hi - lo > lambda / 10 {
                let mid = (lo + hi) / 2
                if total(mid) >= target { lo = mid } else { hi = mid }
            }
            while !estimates.isEmpty && total(hi) >= target { hi *= 2 }
            seenLog = estimates.map { log(1 / (exp(-hi * l2 / $0) + floorShare)) }
        }

        /// The smallest sample count in `samples…omega` at which every node would pass if its
        /// estimate stayed `counts / samples` (bisection per node; `f` and `g` fall as `τ` grows).
        func predictedStop(_ lambda: Double, counts: [UInt32], samples: Int, omega: Int) -> Int {
            let w = Double(omega)
            func passes(_ b: Double, _ l: Double, _ t: Int) -> Bool {
                let tau = Double(t)
                return Kadabra.lowerError(b, samples: tau, omega: w, logInverse: l) <= lambda
                    && min(1 - b, Kadabra.upperError(b, samples: tau, omega: w, logInverse: l)) <= lambda
            }
            func needed(_ b: Double, _ l: Double, from low: Int) -> Int {
                if passes(b, l, low) { return low }
                if !passes(b, l, omega) { return omega }
                var lo = low, hi = omega   // fails at lo, passes at hi
                while hi - lo > 1 {
                    let mid = (lo + hi) / 2
                    if passes(b, l, mid) { hi = mid } else { lo = mid }
                }
                return hi
            }
            var stop = samples
            let tau = Double(samples)
            for (i, v) in seen.enumerated() { stop = needed(Double(counts[Int(v)]) / tau, seenLog[i], from: stop) }
            var largest: UInt32 = 0
            for v in 0..<counts.count where !isSeen[v] && counts[v] > largest { largest = counts[v] }
            return needed(Double(largest) / tau, unseenLog, from: stop)
        }

        /// Whether every node's `f` and `g` are at most `λ` after `samples` main samples.
        func allWithin(_ lambda: Double, counts: [UInt32], samples: Int, omega: Double) -> Bool {
            let tau = Double(samples)
            func within(_ count: UInt32, _ l: Double) -> Bool {
                let b = Double(count) / tau
                return Kadabra.lowerError(b, samples: tau, omega: omega, logInverse: l) <= lambda
                    && min(1 - b, Kadabra.upperError(b, samples: tau, omega: omega, logInverse: l)) <= lambda
            }
            for (i, v) in seen.enumerated() where !within(counts[Int(v)], seenLog[i]) { return false }
            // The unseen group: one check at its largest count decides, unless g's 1 − b̃ branch is
            // what let the largest pass (b̃ ≥ 1 − λ), when each node is checked.
            var largest: UInt32 = 0
            for v in 0..<counts.count where !isSeen[v] && counts[v] > largest { largest = counts[v] }
            let b = Double(largest) / tau
            if Kadabra.lowerError(b, samples: tau, omega: omega, logInverse: unseenLog) > lambda { return false }
            if Kadabra.upperError(b, samples: tau, omega: omega, logInverse: unseenLog) <= lambda { return true }
            for v in 0..<counts.count where !isSeen[v] && !within(counts[v], unseenLog) { return false }
            return true
        }
    }
}
