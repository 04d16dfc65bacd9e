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
/// **Random baseline.** In a random graph of the same density `p` (arcs or edges present
/// independently), an ordered pair `(a, c)` forms an open two-path through `b` with
/// probability `q = p²(1 − p)`. For `b` in group `g` (size `n_g`, `n` nodes in all, `n_h` for
/// the other groups), the ordered pairs of each pattern number:
/// coordinator `(n_g−1)(n_g−2)`; itinerant `Σ_{h≠g} n_h(n_h−1)`; representative and gatekeeper
/// `(n_g−1)(n−n_g)` each; liaison `Σ_{h≠g} n_h(n−n_g−n_h)`. The expected count is pairs · q and,
/// treating pairs as independent Bernoulli trials (UCINET's approximation), the variance is
/// pairs · q(1 − q); `z = (observed − expected) / √variance`, `NaN` when the variance is 0.
public struct Brokerage: Sendable {
    public enum Role: Int, CaseIterable, Sendable {
        case coordinator, itinerant, representative, gatekeeper, liaison
        /// Column names used in exports.
        public var name: String {
            ["coordinator", "consultant", "representative", "gatekeeper", "liaison"][rawValue]
        }
    }

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
    /// - Parameters:
    ///   - groups: group id of every node (`0..<groupCount`).
    /// - Complexity: `O(Σ_b Σ_{a∈N(b)} deg(a))`: for each broker `b` and each neighbour `a`, the
    ///   neighbours of `b` by group, minus those tied to `a`, are the open two-paths `a–b–c`.
    ///   No pair of neighbours is enumerated, so a place with thousands of ties stays cheap.
    public init(_ g: Graph, groups: [Int]) {
        precondition(groups.count == g.nodeCount, "one group per node")
        let n = g.nodeCount
        let groupCount = (groups.max() ?? -1) + 1
        var counts = [[Int]](repeating: [Int](repeating: 0, count: n), count: 5)
        // Scratch, invariant between brokers: inRow[x] == false, byGroup[h] == 0, closed[h] == 0.
        var inRow = [Bool](repeating: false, count: n)
        var byGroup = [Int](repeating: 0, count: groupCount)
        var closed = [Int](repeating: 0, count: groupCount)
        var touched: [Int] = []
        var present: [Int] = []
        for b in 0..<n {
            let gb = groups[b]
            for i in g.slots(b) {
                let x = Int(g.targets[i])
                inRow[x] = true
                if byGroup[groups[x]] == 0 { present.append(groups[x]) }
                byGroup[groups[x]] += 1
            }
            for i in g.slots(b) {
                let a = Int(g.targets[i])
                let ga = groups[a]
                for j in g.slots(a) {
                    let c = Int(g.targets[j])
                    if inRow[c] {
                        if closed[groups[c]] == 0 { touched.append(groups[c]) }
                        closed[groups[c]] += 1
                    }
                }
                for h in present {
                    // Open paths a–b–c with c in group h: b's neighbours in h, minus a itself,
                    // minus those tied to a.
                    let open = byGroup[h] - closed[h] - (ga == h ? 1 : 0)
                    if open > 0 { counts[Self.role(ga, gb, h).rawValue][b] += open }
                }
                for h in touched { closed[h] = 0 }
                touched.removeAll(keepingCapacity: true)
            }
            for i in g.slots(b) { inRow[Int(g.targets[i])] = false }
            for h in present { byGroup[h] = 0 }
            present.removeAll(keepingCapacity: true)
        }
        self.counts = counts
        let p = n < 2 ? 0 : Double(g.edgeCount) / (Double(n) * Double(n - 1) / 2)
        (expected, z) = Self.baseline(counts: counts, groups: groups, density: p)
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

    static func baseline(counts: [[Int]], groups: [Int], density p: Double) -> ([[Double]], [[Double]]) {
        let n = groups.count
        let groupCount = (groups.max() ?? -1) + 1
        var size = [Int](repeating: 0, count: groupCount)
        for g in groups { size[g] += 1 }
        // Σ_h n_h (n_h − 1) and Σ_h n_h² over all groups, to subtract group g's own term.
        let sumPairs = size.reduce(0) { $0 + $1 * ($1 - 1) }
        let sumSq = size.reduce(0) { $0 + $1 * $1 }
        let q = p * p * (1 - p)
        var expected = [[Double]](repeating: [Double](repeating: 0, count: n), count: 5)
        var z = [[Double]](repeating: [Double](repeating: .nan, count: n), count: 5)
        for v in 0..<n {
            let ng = size[groups[v]]
            let others = n - ng
            let pairs: [Int] = [
                (ng - 1) * (ng - 2),                                     // coordinator
                sumPairs - ng * (ng - 1),                                // itinerant
                (ng - 1) * others,                                       // representative
                others * (ng - 1),                                       // gatekeeper
                others * others - (sumSq - ng * ng),                     // liaison: Σ_{h≠g} n_h (others − n_h)
            ]
            for r in 0..<5 {
                let e = Double(pairs[r]) * q
                expected[r][v] = e
                let variance = Double(pairs[r]) * q * (1 - q)
                z[r][v] = variance > 0 ? (Double(counts[r][v]) - e) / variance.squareRoot() : .nan
            }
        }
        return (expected, z)
    }
}
