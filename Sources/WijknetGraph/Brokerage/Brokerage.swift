/// Gould–Fernandez brokerage roles (Gould & Fernandez 1989, DOI 10.2307/270949).
///
/// A node `b` brokers on every open two-path `a → b → c` (`a ≠ c`, no tie `a → c`). The role
/// is read from the **pattern of groups** on the path, never from labels:
///
/// | role | groups on `a → b → c` |
/// | --- | --- |
/// | coordinator | all three the same |
/// | itinerant (consultant) | `a` and `c` the same, `b` different |
/// | representative | `a` and `b` the same, `c` different |
/// | gatekeeper | `b` and `c` the same, `a` different |
/// | liaison | all three different |
///
/// Undirected data count each open two-path `a – b – c` in both directions (`a→b→c` and
/// `c→b→a`), as UCINET does; a representative path read backwards is a gatekeeper path, so in
/// undirected data those two counts are equal.
///
/// **Random baseline** (Gould & Fernandez 1989, as R's `sna::brokerage`, statnet). In a random
/// directed graph of the same density `d` (arcs present independently), an ordered pair `(a, c)`
/// of other nodes forms an open two-path through `b` (`a→b`, `b→c`, no `a→c`) with probability
/// `q = d²(1 − d)`. For `b` in group `g` (size `n_g`; `N` nodes in all; `n_h` for each other
/// group `h ≠ g`), the ordered pairs `P` of each pattern number
///
/// | role | pairs `P` | shared-tie pairs `S` |
/// | --- | --- | --- |
/// | coordinator | `(n_g−1)(n_g−2)` | `2(n_g−1)(n_g−2)(n_g−3)` |
/// | itinerant | `Σ_{h≠g} n_h(n_h−1)` | `2 Σ_{h≠g} n_h(n_h−1)(n_h−2)` |
/// | representative, gatekeeper | `(n_g−1)(N−n_g)` each | `2[(n_g−1)·C(N−n_g, 2) + (N−n_g)·C(n_g−1, 2)]` |
/// | liaison | `Σ_{h≠g} n_h(N−n_g−n_h)` | `4 Σ_{h≠g} n_h·C(N−n_g−n_h, 2)` |
///
/// Expected count `E = P·q`. The count is a sum of `P` Bernoulli(`q`) indicators that are not
/// independent: two pairs through `b` that share an end (`(a, c)` and `(a, c′)` share the arc
/// `a→b`; `(a, c)` and `(a′, c)` share `b→c`) are both open with probability
/// `d · (d(1−d))² = d³(1−d)²`, so their covariance is `d³(1−d)² − q² = d³(1−d)³`; pairs sharing no
/// arc are independent. `S` counts the ordered pairs of such pairs (each unordered one twice),
/// so Gould & Fernandez's variance is
///
///     Var = P·q(1 − q) + S·d³(1 − d)³,
///
/// and `z = (observed − E) / √Var`. (Before, the covariance term `S·d³(1−d)³` was left out —
/// UCINET's binomial approximation — which for a hub roughly doubled `z`.)
///
/// **Undirected data** are read as the symmetric directed graph (both arcs of every edge), as
/// `sna::brokerage` does on a symmetric adjacency matrix: counts are then exactly sna's
/// (`coordinator` = `w_I`, `itinerant` = `w_O`, `representative` = `b_IO`, `gatekeeper` =
/// `b_OI`, `liaison` = `b_O`), and `d = 2m / (N(N−1)) = m / C(N, 2)`. The directed model treats
/// the two arcs of an edge as independent, which they are not in undirected data; the z-scores
/// are therefore sna's reading, not an exact undirected null model.
///
/// **Undefined cases.** `z` is `NaN` when `Var = 0`: no pairs of the pattern (e.g. a group of
/// one node has no coordinator pairs), or density 0 or 1 (then `q = 0`). In each case the
/// observed count is 0 too, and sna gives `NaN` (0/0) as well.
///
/// Reference values: `scripts/reference/brokerage_sna.R` (sna 2.7-1) wrote
/// `WijknetTestSupport/Fixtures/sna/brokerage.json` (Zachary's karate club by faction, Padgett's
/// Florentine marriages and Krackhardt's kite with stated groupings).
public struct Brokerage: Sendable {
    public enum Role: Int, CaseIterable, Sendable {
        case coordinator, itinerant, representative, gatekeeper, liaison
        /// Column names used in exports.
        public var name: String {
            ["coordinator", "consultant", "representative", "gatekeeper", "liaison"][rawValue]
        }
    }

    /// The roles in which a broker works across groups: every role but the coordinator's (all
    /// three in one group). One list for every output that counts "brokerage across domains",
    /// so the findings and the tables beside them count the same (they once said 522 and 480).
    public static let acrossGroups: [Role] = [.itinerant, .representative, .gatekeeper, .liaison]

    /// `counts[role.rawValue][v]`.
    public var counts: [[Int]]
    public var expected: [[Double]]
    public var z: [[Double]]

    /// Sum of the five roles of each node.
    public var total: [Int] {
        guard let first = counts.first else { return [] }
        return first.indices.map { v in counts.reduce(0) { $0 + $1[v] } }
    }

    /// The role of the two-path `a → b → c` from the groups of its three nodes.
    @inlinable public static func role(_ ga: Int, _ gb: Int, _ gc: Int) -> Role {
        if ga == gb { return gb == gc ? .coordinator : .representative }
        if gb == gc { return .gatekeeper }
        return ga == gc ? .itinerant : .liaison
    }

    /// Brokerage on an undirected graph, each open two-path counted in both directions.
    ///
    /// Counted per broker from group sizes, minus the closed two-paths found as triangles. For
    /// a broker `b` of group `g_b` with `k` neighbours, `s` of them in `g_b` and `Q = Σ_h k_h²`
    /// (`k_h` its neighbours in group `h`), the ordered pairs `(a, c)` of distinct neighbours
    /// number, by role: coordinator `s(s−1)`, representative and gatekeeper `s(k−s)` each,
    /// itinerant `Q − s² − (k−s)` (`a`, `c` in one other group), liaison `(k−s)² − (Q − s²)`.
    /// Every such pair is an open two-path unless `a – c` is a tie, i.e. unless `a b c` is a
    /// triangle; each triangle `{x, y, z}` takes the pairs `(y, z)` and `(z, y)` from broker
    /// `x`, and likewise at `y` and `z`. Integer counts, so the result equals the former
    /// per-neighbour count (`Σ_{a∈N(b)}` of `b`'s neighbours by group minus those tied to `a`)
    /// exactly, and R's `sna::brokerage` on the fixtures.
    /// - Parameters:
    ///   - groups: group id of every node (`0..<groupCount`).
    /// - Complexity: `O(m √m)` for the triangles (``ForwardTies``: forward algorithm, hubs
    ///   cheap) plus `O(n + m)`, on all cores over fixed blocks; was `O(Σ_a deg(a)²)`, which a
    ///   hub of 10,000 ties made 10⁸. Memory `O(n + m)` plus `5n` counts per block.
    /// - Reference: Gould & Fernandez 1989 (roles); Schank & Wagner 2005 (triangles, see
    ///   ``triangleCounts(_:)``).
    public init(_ g: Graph, groups: [Int]) {
        precondition(groups.count == g.nodeCount, "one group per node")
        let n = g.nodeCount
        let groupCount = (groups.max() ?? -1) + 1
        var counts = Self.allPairs(g, groups: groups, groupCount: groupCount)
        let closed = Self.closedPairs(g, groups: groups)
        for r in 0..<5 { for v in 0..<n { counts[r][v] -= closed[5 * v + r] } }
        self.counts = counts
        let p = n < 2 ? 0 : Double(g.edgeCount) / (Double(n) * Double(n - 1) / 2)
        (expected, z) = Self.baseline(counts: counts, groups: groups, density: p)
    }

    /// `counts[role][b]`: ordered pairs `(a, c)` of distinct neighbours of `b`, by role (open or not).
    /// - Complexity: `O(n + m)`.
    static func allPairs(_ g: Graph, groups: [Int], groupCount: Int) -> [[Int]] {
        let n = g.nodeCount
        var counts = [[Int]](repeating: [Int](repeating: 0, count: n), count: 5)
        var byGroup = [Int](repeating: 0, count: groupCount)   // zero between brokers
        for b in 0..<n {
            let gb = groups[b], k = g.degree(b)
            for i in g.slots(b) { byGroup[groups[Int(g.targets[i])]] += 1 }
            let s = byGroup[gb]
            var squares = 0   // Q = Σ_h k_h²
            for i in g.slots(b) {
                let h = groups[Int(g.targets[i])]
                squares += byGroup[h] * byGroup[h]
                byGroup[h] = 0   // counted once: later members of h add 0
            }
            let others = k - s
            counts[Role.coordinator.rawValue][b] = s * (s - 1)
            counts[Role.representative.rawValue][b] = s * others
            counts[Role.gatekeeper.rawValue][b] = s * others
            counts[Role.itinerant.rawValue][b] = squares - s * s - others
            counts[Role.liaison.rawValue][b] = others * others - (squares - s * s)
        }
        return counts
    }

    /// `closed[5 b + role]`: the ordered pairs `(a, c)` of neighbours of `b` that are tied (so no
    /// two-path is open), by role, from every triangle found once by the forward algorithm.
    /// - Complexity: `O(m √m)`, on all cores over fixed blocks; integer sums, so independent
    ///   of scheduling.
    static func closedPairs(_ g: Graph, groups: [Int]) -> [Int] {
        let n = g.nodeCount
        guard n > 0 else { return [] }
        let f = ForwardTies(g)
        let bounds = f.blocks(g.edgeCount >= 20_000 ? 4 : 1)
        var partial = [[Int]](repeating: [], count: bounds.count - 1)
        partial.withUnsafeMutableBufferPointer { out in
            parallelFor(bounds.count - 1) { blk in
                var mark = [Int32](repeating: -1, count: n)
                var closed = [Int](repeating: 0, count: 5 * n)
                for u in bounds[blk]..<bounds[blk + 1] {
                    let u32 = Int32(u), gu = groups[u]
                    for s in f.slots(u) { mark[Int(f.targets[s])] = u32 }
                    for s in f.slots(u) {
                        let v = Int(f.targets[s]), gv = groups[v]
                        for r in f.slots(v) {
                            let w = Int(f.targets[r])
                            guard mark[w] == u32 else { continue }
                            let gw = groups[w]
                            closed[5 * u + Self.role(gv, gu, gw).rawValue] += 1
                            closed[5 * u + Self.role(gw, gu, gv).rawValue] += 1
                            closed[5 * v + Self.role(gu, gv, gw).rawValue] += 1
                            closed[5 * v + Self.role(gw, gv, gu).rawValue] += 1
                            closed[5 * w + Self.role(gu, gw, gv).rawValue] += 1
                            closed[5 * w + Self.role(gv, gw, gu).rawValue] += 1
                        }
                    }
                }
                out[blk] = closed
            }
        }
        var total = partial[0]
        for b in 1..<partial.count { for i in total.indices { total[i] += partial[b][i] } }
        return total
    }

    /// Brokerage on directed data: `arcs` are `(from, to)` pairs on nodes `0..<nodeCount`
    /// (repeated arcs count once; self-arcs are ignored).
    /// - Complexity: `O(Σ_b indeg(b) · outdeg(b) · log)`.
    public init(nodeCount n: Int, arcs: [(Int, Int)], groups: [Int]) {
        precondition(groups.count == n, "one group per node")
        var out = [Set<Int>](repeating: [], count: n)
        var inn = [[Int]](repeating: [], count: n)
        for (a, b) in arcs where a != b && !out[a].contains(b) {
            out[a].insert(b)
            inn[b].append(a)
        }
        let outSorted = out.map { $0.sorted() }
        var counts = [[Int]](repeating: [Int](repeating: 0, count: n), count: 5)
        for b in 0..<n {
            for a in inn[b].sorted() {
                for c in outSorted[b] where c != a && !out[a].contains(c) {
                    counts[Self.role(groups[a], groups[b], groups[c]).rawValue][b] += 1
                }
            }
        }
        self.counts = counts
        let arcCount = out.reduce(0) { $0 + $1.count }
        let p = n < 2 ? 0 : Double(arcCount) / (Double(n) * Double(n - 1))
        (expected, z) = Self.baseline(counts: counts, groups: groups, density: p)
    }

    /// Expected counts and Gould–Fernandez z-scores of every node and role (see the type's
    /// documentation for the formulas).
    /// - Complexity: `O(N + G²)` for `N` nodes and `G` groups.
    static func baseline(counts: [[Int]], groups: [Int], density d: Double) -> ([[Double]], [[Double]]) {
        let n = groups.count
        let groupCount = (groups.max() ?? -1) + 1
        var sizeInt = [Int](repeating: 0, count: groupCount)
        for g in groups { sizeInt[g] += 1 }
        let size = sizeInt.map(Double.init)
        let N = Double(n)
        func choose2(_ x: Double) -> Double { x * (x - 1) / 2 }
        // Sums over all groups, to subtract group g's own term: Σ n_h(n_h−1), Σ n_h(n_h−1)(n_h−2), Σ n_h².
        let sumPairs = size.reduce(0) { $0 + $1 * ($1 - 1) }
        let sumTriples = size.reduce(0) { $0 + $1 * ($1 - 1) * ($1 - 2) }
        let sumSq = size.reduce(0) { $0 + $1 * $1 }
        // Σ_{h≠g} n_h · C(N − n_g − n_h, 2), per group g.
        let liaisonShared: [Double] = (0..<groupCount).map { g in
            (0..<groupCount).reduce(0) { $1 == g ? $0 : $0 + size[$1] * choose2(N - size[g] - size[$1]) }
        }
        let q = d * d * (1 - d)
        let r = d * d * d * (1 - d) * (1 - d) * (1 - d)   // covariance of two pairs sharing an arc
        var byGroup: [(pairs: [Double], shared: [Double])] = []
        for g in 0..<groupCount {
            let ng = size[g], others = N - ng
            let pairs = [
                (ng - 1) * (ng - 2),                                   // coordinator
                sumPairs - ng * (ng - 1),                              // itinerant
                (ng - 1) * others,                                     // representative
                others * (ng - 1),                                     // gatekeeper
                others * others - (sumSq - ng * ng),                   // liaison: Σ_{h≠g} n_h (others − n_h)
            ]
            let rep = 2 * ((ng - 1) * choose2(others) + others * choose2(ng - 1))
            let shared = [
                2 * (ng - 1) * (ng - 2) * (ng - 3),
                2 * (sumTriples - ng * (ng - 1) * (ng - 2)),
                rep,
                rep,
                4 * liaisonShared[g],
            ]
            byGroup.append((pairs, shared))
        }
        var expected = [[Double]](repeating: [Double](repeating: 0, count: n), count: 5)
        var z = [[Double]](repeating: [Double](repeating: .nan, count: n), count: 5)
        for v in 0..<n {
            let (pairs, shared) = byGroup[groups[v]]
            for role in 0..<5 {
                let e = pairs[role] * q
                expected[role][v] = e
                let variance = e * (1 - q) + shared[role] * r
                z[role][v] = variance > 0 ? (Double(counts[role][v]) - e) / variance.squareRoot() : .nan
            }
        }
        return (expected, z)
    }
}
