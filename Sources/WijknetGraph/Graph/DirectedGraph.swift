/// A directed, unweighted, simple graph on dense node ids `0..<nodeCount`, stored as compressed
/// sparse rows of out-neighbours. For data whose ties have a direction of their own (a partner
/// survey: respondent → partner); the contact network is undirected (``Graph``).
///
/// For node `v` its out-neighbours are `targets[offsets[v] ..< offsets[v + 1]]`, sorted
/// ascending. Self-loops are dropped and repeated arcs kept once.
/// - Complexity: building `O(n + m log m)`; memory `O(n + m)`.
public struct DirectedGraph: Sendable {
    /// Number of nodes `n`.
    public let nodeCount: Int
    /// Row starts: `offsets.count == nodeCount + 1`.
    public let offsets: [Int]
    /// Out-neighbour ids, row by row, each row sorted ascending.
    public let targets: [Int32]

    /// Builds the graph from arcs `(from, to)`.
    /// - Precondition: every endpoint is in `0..<nodeCount`.
    public init(nodeCount: Int, arcs: [(Int, Int)]) {
        let kept = Set(arcs.filter { $0.0 != $0.1 }.map { Int64($0.0) * Int64(nodeCount) + Int64($0.1) }).sorted()
        var offsets = [Int](repeating: 0, count: nodeCount + 1)
        var targets: [Int32] = []
        targets.reserveCapacity(kept.count)
        for key in kept {
            precondition(key >= 0 && key < Int64(nodeCount) * Int64(nodeCount), "arc endpoint out of range")
            offsets[Int(key / Int64(nodeCount)) + 1] += 1
            targets.append(Int32(key % Int64(nodeCount)))
        }
        for v in 0..<nodeCount { offsets[v + 1] += offsets[v] }
        self.nodeCount = nodeCount
        self.offsets = offsets
        self.targets = targets
    }

    /// Number of arcs `m`.
    public var arcCount: Int { targets.count }

    /// The out-neighbours of `v`. - Complexity: `O(1)`.
    public func successors(_ v: Int) -> ArraySlice<Int32> { targets[offsets[v]..<offsets[v + 1]] }

    /// Out-degree of every node. - Complexity: `O(n)`.
    public var outDegrees: [Int] { (0..<nodeCount).map { offsets[$0 + 1] - offsets[$0] } }

    /// In-degree of every node. - Complexity: `O(n + m)`.
    public var inDegrees: [Int] {
        var d = [Int](repeating: 0, count: nodeCount)
        for t in targets { d[Int(t)] += 1 }
        return d
    }

    /// Whether the arc `u → v` exists. - Complexity: `O(log out-degree(u))`.
    public func hasArc(_ u: Int, _ v: Int) -> Bool {
        var lo = offsets[u], hi = offsets[u + 1]
        while lo < hi {
            let mid = (lo + hi) / 2
            if targets[mid] < Int32(v) { lo = mid + 1 } else { hi = mid }
        }
        return lo < offsets[u + 1] && targets[lo] == Int32(v)
    }

    /// Reciprocity: the share of arcs whose reverse is an arc too (networkx
    /// `overall_reciprocity`: mutual arcs over all arcs); `NaN` without arcs.
    /// - Complexity: `O(m log n)`.
    public var reciprocity: Double {
        guard arcCount > 0 else { return .nan }
        var mutual = 0
        for u in 0..<nodeCount { for v in successors(u) where hasArc(Int(v), u) { mutual += 1 } }
        return Double(mutual) / Double(arcCount)
    }

    /// The undirected graph with a tie wherever an arc runs either way (every weight 1), for the
    /// measures without a directed form. - Complexity: `O(n + m log m)`.
    public var symmetrised: Graph {
        var pairs = Set<[Int]>()
        for u in 0..<nodeCount { for v in successors(u) { pairs.insert([min(u, Int(v)), max(u, Int(v))]) } }
        return Graph(nodeCount: nodeCount, edges: pairs.sorted { ($0[0], $0[1]) < ($1[0], $1[1]) }.map { ($0[0], $0[1]) })
    }

    /// Density: arcs over the `n (n − 1)` ordered pairs (networkx `density` of a DiGraph); `NaN` for `n < 2`.
    public var density: Double {
        nodeCount < 2 ? .nan : Double(arcCount) / Double(nodeCount * (nodeCount - 1))
    }
}
