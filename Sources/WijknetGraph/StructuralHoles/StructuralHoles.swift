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
    /// - Complexity: about `O(Σ_i deg(i)² log)` (each neighbour `q`'s row is scanned when it is
    ///   short, else binary-searched for each neighbour of `i`, as in
    ///   ``Graph/forEachTieAmongNeighbours(of:isNeighbour:_:)``); dense scratch reused for every
    ///   ego. Issue 28: it reads the CSR rows through unsafe buffers, with no closure per tie, and
    ///   skips the redundancy sums unweighted (effective size is then `n − 2t/n`), and a scan
    ///   stops at `i`'s largest neighbour (see ``unweightedTies(of:_:_:_:_:_:_:)``; the stage's
    ///   CPU seconds on the national graph in docs/engineering.md). The arithmetic is the
    ///   same, term for term and in the same order (`acc[x]` sums over `q` in `i`'s row order, and
    ///   unweighted `p_iq · 1 / k_q` is `p_iq / k_q` exactly), so every value is bit-identical.
    public init(_ g: Graph, weighted: Bool = false, workers: Int = 1) {
        let n = g.nodeCount
        var constraint = [Double](repeating: .nan, count: n), effectiveSize = [Double](repeating: .nan, count: n)
        var efficiency = [Double](repeating: .nan, count: n), hierarchy = [Double](repeating: .nan, count: n)
        // Per-node strength (or degree) and maximum tie weight, for p and m.
        let total = (0..<n).map { weighted ? g.strength($0) : Double(g.degree($0)) }
        let maxW = weighted ? (0..<n).map { v in g.slots(v).reduce(0.0) { max($0, g.weights[$1]) } } : []
        // The workers take blocks of egos in turn (see ``CoreShare``); each ego's values depend
        // only on the graph (the scratch is reset after every ego), so the result does not
        // depend on the schedule.
        let workers = n >= 2048 ? max(1, workers) : 1
        let block = 1024
        let next = ChunkCounter((n + block - 1) / block)
        constraint.withUnsafeMutableBufferPointer { cOut in
        effectiveSize.withUnsafeMutableBufferPointer { eOut in
        efficiency.withUnsafeMutableBufferPointer { fOut in
        hierarchy.withUnsafeMutableBufferPointer { hOut in
        g.offsets.withUnsafeBufferPointer { off in
        g.targets.withUnsafeBufferPointer { tgt in
        g.weights.withUnsafeBufferPointer { wts in
        total.withUnsafeBufferPointer { total in
        maxW.withUnsafeBufferPointer { maxW in
        parallelFor(workers) { worker in
            var scratch = EgoScratch(n: n)
            defer { scratch.deallocate() }
            while let b = next.take(participant: worker) {
            for i in (b * block)..<min(n, (b + 1) * block) {
                let lo = off[i], hi = off[i + 1], d = hi - lo
                guard d > 0 else { continue }
                let ti = total[i]
                for s in lo..<hi {
                    let j = Int(tgt[s])
                    scratch.pEgo[j] = (weighted ? wts[s] : 1) / ti
                    scratch.mark[j] = 1
                }
                let ties = weighted
                    ? Self.weightedTies(of: i, lo, hi, off, tgt, wts, total, maxW, &scratch)
                    : Self.unweightedTies(of: i, lo, hi, off, tgt, total, &scratch)
                var c = 0.0
                var eff = 0.0
                scratch.local.removeAll(keepingCapacity: true)
                for s in lo..<hi {
                    let j = Int(tgt[s])
                    let a = scratch.pEgo[j] + scratch.acc[j]
                    let lc = a * a
                    scratch.local.append(lc)
                    c += lc
                    if weighted { eff += 1 - scratch.red[j] }
                }
                cOut[i] = c
                let size = weighted ? eff : Double(d) - Double(ties) / Double(d)   // unweighted: n − 2t/n (ties counted twice)
                eOut[i] = size
                fOut[i] = size / Double(d)
                if d > 1 && c > 0 {
                    let mean = c / Double(d)
                    var h = 0.0
                    for lc in scratch.local where lc > 0 { h += (lc / mean) * Foundation_log(lc / mean) }
                    hOut[i] = h / (Double(d) * Foundation_log(Double(d)))
                }
                for s in lo..<hi {
                    let j = Int(tgt[s])
                    scratch.pEgo[j] = 0; scratch.acc[j] = 0; scratch.mark[j] = 0
                    if weighted { scratch.red[j] = 0 }
                }
            }
            }
        }
        }
        }
        }
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

    /// The ties among the neighbours of ego `i` (row `lo..<hi`), each counted from both ends,
    /// adding `p_iq / k_q` to `acc[x]` for every tie `q–x` (`q` in row order). Per neighbour `q`:
    /// `q`'s row scanned when `deg q ≤ 4 deg i`, else each neighbour of `i` binary-searched in it.
    /// A scan stops at the first node above `i`'s largest neighbour (rows are sorted, so no
    /// later one can be a neighbour): a young person's partners have long rows, mostly of other
    /// young people, who come after the partners and places in node order and are never tied to
    /// each other, so most of each such row is skipped (issue 28). The ties found, and the
    /// order in which each `acc[x]` adds them up, are the same.
    @inline(__always)
    static func unweightedTies(of i: Int, _ lo: Int, _ hi: Int, _ off: UnsafeBufferPointer<Int>, _ tgt: UnsafeBufferPointer<Int32>,
                               _ total: UnsafeBufferPointer<Double>, _ scratch: inout EgoScratch) -> Int {
        var ties = 0
        let d = hi - lo
        let acc = scratch.acc, mark = scratch.mark
        let last = tgt[hi - 1]   // i's largest neighbour: rows are sorted, nothing after it is marked
        for s in lo..<hi {
            let q = Int(tgt[s])
            let f = scratch.pEgo[q] / total[q]   // = p_iq · 1 / k_q, bit for bit
            let qlo = off[q], qhi = off[q + 1]
            if qhi - qlo <= 4 * d {
                var t = qlo
                while t < qhi {
                    let y = tgt[t]
                    if y > last { break }
                    let x = Int(y)
                    if mark[x] != 0 { acc[x] += f; ties += 1 }
                    t += 1
                }
            } else {
                for t in lo..<hi {
                    let x = tgt[t]
                    if Int(x) != q && rowSlot(of: x, qlo, qhi, tgt) >= 0 { acc[Int(x)] += f; ties += 1 }
                }
            }
        }
        return ties
    }

    /// As ``unweightedTies(of:_:_:_:_:_:_:)`` with tie weights: `acc[x] += p_iq w_qx / s_q` and
    /// the redundancy `red[x] += p_iq w_qx / max_k w_xk`, in the same order as before.
    @inline(__always)
    static func weightedTies(of i: Int, _ lo: Int, _ hi: Int, _ off: UnsafeBufferPointer<Int>, _ tgt: UnsafeBufferPointer<Int32>,
                             _ wts: UnsafeBufferPointer<Double>, _ total: UnsafeBufferPointer<Double>,
                             _ maxW: UnsafeBufferPointer<Double>, _ scratch: inout EgoScratch) -> Int {
        var ties = 0
        let d = hi - lo
        let acc = scratch.acc, red = scratch.red, mark = scratch.mark
        let last = tgt[hi - 1]
        for s in lo..<hi {
            let q = Int(tgt[s])
            let pq = scratch.pEgo[q], tq = total[q]
            let qlo = off[q], qhi = off[q + 1]
            if qhi - qlo <= 4 * d {
                for t in qlo..<qhi {
                    if tgt[t] > last { break }
                    let x = Int(tgt[t])
                    if mark[x] != 0 {
                        acc[x] += pq * wts[t] / tq
                        red[x] += pq * wts[t] / maxW[x]
                        ties += 1
                    }
                }
            } else {
                for t in lo..<hi {
                    let x = tgt[t]
                    guard Int(x) != q else { continue }
                    let u = rowSlot(of: x, qlo, qhi, tgt)
                    if u >= 0 {
                        acc[Int(x)] += pq * wts[u] / tq
                        red[Int(x)] += pq * wts[u] / maxW[Int(x)]
                        ties += 1
                    }
                }
            }
        }
        return ties
    }

    /// The slot of `x` in the sorted row `lo..<hi`, or −1 (binary search, as ``Graph/slot(_:_:)``).
    @inline(__always)
    static func rowSlot(of x: Int32, _ lo: Int, _ hi: Int, _ tgt: UnsafeBufferPointer<Int32>) -> Int {
        var lo = lo, hi = hi
        while lo < hi {
            let mid = (lo + hi) >> 1
            let y = tgt[mid]
            if y == x { return mid }
            if y < x { lo = mid + 1 } else { hi = mid }
        }
        return -1
    }
}

/// One worker's scratch for ``StructuralHoles``, invariant between egos: `pEgo[x] == 0`
/// (`p_ix` for `x ∈ N(i)`), `acc[x] == 0` (`Σ_q p_iq p_qx`), `red[x] == 0` (`Σ_q p_iq m_xq`,
/// weighted only), `mark[x] == 0` (`x ∈ N(i)`). Plain buffers: the per-tie loop then does no
/// bounds or uniqueness check.
struct EgoScratch {
    let pEgo: UnsafeMutableBufferPointer<Double>
    let acc: UnsafeMutableBufferPointer<Double>
    let red: UnsafeMutableBufferPointer<Double>
    let mark: UnsafeMutableBufferPointer<UInt8>
    var local: [Double] = []

    init(n: Int) {
        func zeros<T: Numeric>(_ type: T.Type) -> UnsafeMutableBufferPointer<T> {
            let b = UnsafeMutableBufferPointer<T>.allocate(capacity: n)
            b.initialize(repeating: 0)
            return b
        }
        pEgo = zeros(Double.self); acc = zeros(Double.self); red = zeros(Double.self); mark = zeros(UInt8.self)
    }

    func deallocate() {
        pEgo.deallocate(); acc.deallocate(); red.deallocate(); mark.deallocate()
    }
}

#if canImport(Glibc)
import Glibc
@inline(__always) func Foundation_log(_ x: Double) -> Double { Glibc.log(x) }
#else
import Darwin
@inline(__always) func Foundation_log(_ x: Double) -> Double { Darwin.log(x) }
#endif
