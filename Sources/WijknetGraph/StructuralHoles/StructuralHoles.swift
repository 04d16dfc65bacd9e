/// Burt's structural-hole measures for every node (Burt 1992, *Structural Holes*, Harvard UP,
/// ISBN 0-674-84372-X; Burt 2004, DOI 10.1086/421787), computed exactly as networkx 3.6 does.
///
/// With `p_ij` the share of `i`'s ties that go to `j` — `w_ij / Σ_k w_ik`, or `1/deg(i)`
/// unweighted (networkx's normalized mutual weight; in an undirected graph `w_ij = w_ji`):
/// - **constraint** `c_i = Σ_{j∈N(i)} (p_ij + Σ_{q∈N(i)} p_iq p_qj)²`; the summand is the
///   local constraint `c_ij`. Example, K4: `p = 1/3` everywhere, each `c_ij = (1/3 + 2·1/9)² =
///   25/81`, so `c_i = 25/27`.
/// - **effective size**: unweighted, Borgatti's `n − 2t/n` for `n` neighbours with `t` ties
///   among them (Borgatti 1997, *Connections* 20(1)); weighted,
///   `Σ_{j∈N(i)} (1 − Σ_{q∈N(i)} p_iq m_jq)` with `m_jq = w_jq / max_k w_jk`.
/// - **efficiency** = effective size / number of neighbours.
/// - **hierarchy** `H_i = Σ_j (c_ij / (C/N)) ln(c_ij / (C/N)) / (N ln N)`, `C = c_i`, `N` the
///   number of neighbours (Burt 1992, p. 71): 0 when constraint is spread evenly, towards 1
///   when one contact holds it all.
/// Undefined values are `NaN`: all four for isolates (as networkx), hierarchy also for one
/// neighbour (`N ln N = 0`).
public struct StructuralHoles: Sendable {
    public var constraint: [Double]
    public var effectiveSize: [Double]
    public var efficiency: [Double]
    public var hierarchy: [Double]

    /// - Parameters:
    ///   - weighted: use tie weights (networkx `weight="weight"`); default unweighted,
    ///     networkx's default.
    ///   - workers: threads from 2,048 nodes on (below, one); the result does not depend on it.
    /// - Complexity: about `O(Σ_i deg(i)² log)` (see ``Graph/forEachTieAmongNeighbours(of:isNeighbour:_:)``); dense scratch arrays reused for every ego.
    public init(_ g: Graph, weighted: Bool = false, workers: Int = 1) {
        let n = g.nodeCount
        constraint = .init(repeating: .nan, count: n)
        effectiveSize = .init(repeating: .nan, count: n)
        efficiency = .init(repeating: .nan, count: n)
        hierarchy = .init(repeating: .nan, count: n)
        // Per-node strength (or degree) and maximum tie weight, for p and m.
        let total = (0..<n).map { weighted ? g.strength($0) : Double(g.degree($0)) }
        let maxW = (0..<n).map { v in weighted ? g.slots(v).reduce(0.0) { max($0, g.weights[$1]) } : 1.0 }
        // The workers take egos in turn; each ego's values depend only on the graph (the
        // scratch is reset after every ego), so the result does not depend on the schedule.
        let workers = n >= 2048 ? max(1, workers) : 1
        var constraint = self.constraint, effectiveSize = self.effectiveSize
        var efficiency = self.efficiency, hierarchy = self.hierarchy
        constraint.withUnsafeMutableBufferPointer { cOut in
        effectiveSize.withUnsafeMutableBufferPointer { eOut in
        efficiency.withUnsafeMutableBufferPointer { fOut in
        hierarchy.withUnsafeMutableBufferPointer { hOut in
        parallelFor(workers) { worker in
        // Scratch, invariant between egos: pEgo[x] == 0, acc[x] == 0, red[x] == 0, mark[x] == false.
        var pEgo = [Double](repeating: 0, count: n)     // p_ix for x ∈ N(i)
        var acc = [Double](repeating: 0, count: n)      // Σ_q p_iq p_qx
        var red = [Double](repeating: 0, count: n)      // Σ_q p_iq m_xq
        var mark = [Bool](repeating: false, count: n)   // x ∈ N(i)
        var local: [Double] = []
        for i in stride(from: worker, to: n, by: workers) {
            let d = g.degree(i)
            guard d > 0 else { continue }
            for s in g.slots(i) {
                let j = Int(g.targets[s])
                pEgo[j] = (weighted ? g.weights[s] : 1) / total[i]
                mark[j] = true
            }
            var ties = 0
            g.forEachTieAmongNeighbours(of: i, isNeighbour: mark) { q, x, w in
                let wq = weighted ? w : 1
                acc[x] += pEgo[q] * wq / total[q]
                red[x] += pEgo[q] * wq / maxW[x]
                ties += 1
            }
            var c = 0.0
            var eff = 0.0
            local.removeAll(keepingCapacity: true)
            for s in g.slots(i) {
                let j = Int(g.targets[s])
                let lc = (pEgo[j] + acc[j]) * (pEgo[j] + acc[j])
                local.append(lc)
                c += lc
                eff += 1 - red[j]
            }
            cOut[i] = c
            let size = weighted ? eff : Double(d) - Double(ties) / Double(d)   // unweighted: n − 2t/n (ties counted twice)
            eOut[i] = size
            fOut[i] = size / Double(d)
            if d > 1 && c > 0 {
                let mean = c / Double(d)
                var h = 0.0
                for lc in local where lc > 0 { h += (lc / mean) * Foundation_log(lc / mean) }
                hOut[i] = h / (Double(d) * Foundation_log(Double(d)))
            }
            for s in g.slots(i) { let j = Int(g.targets[s]); pEgo[j] = 0; acc[j] = 0; red[j] = 0; mark[j] = false }
        }
        }
        }
        }
        }
        }
        self.constraint = constraint
        self.effectiveSize = effectiveSize
        self.efficiency = efficiency
        self.hierarchy = hierarchy
    }
}

#if canImport(Glibc)
import Glibc
@inline(__always) func Foundation_log(_ x: Double) -> Double { Glibc.log(x) }
#else
import Darwin
@inline(__always) func Foundation_log(_ x: Double) -> Double { Darwin.log(x) }
#endif
