/// An undirected, weighted, simple graph on dense integer node ids `0..<nodeCount`,
/// stored as compressed sparse rows (CSR).
///
/// `Graph` is the storage every algorithm in `WijknetGraph` runs on. It is built once
/// (see ``GraphBuilder``) and never mutated: algorithms keep their own scratch buffers.
///
/// ## Layout
/// For node `v` its neighbours are `targets[offsets[v] ..< offsets[v + 1]]`, sorted
/// ascending, with the weight of each tie in `weights` at the same slot and the id of the
/// undirected edge in `edgeIDs`. Every undirected edge `{u, v}` appears twice (once in the
/// row of `u`, once in the row of `v`) and once in ``edges`` with `u < v`, sorted by `(u, v)`.
///
/// ## Invariants (checked by ``GraphBuilder``)
/// - no self-loops, no parallel edges: multi-edges are merged by summing their weights;
/// - every weight is finite and `> 0`;
/// - rows are sorted, so neighbour order — and therefore every result — is deterministic.
///
/// - Complexity: memory is `O(n + m)`: 8 bytes per node and 24 bytes per adjacency slot.
public struct Graph: Sendable {
    /// An undirected edge with `u < v` and its (summed) weight.
    public struct Edge: Sendable, Hashable {
        public var u: Int
        public var v: Int
        public var weight: Double
        public init(u: Int, v: Int, weight: Double) {
            self.u = u
            self.v = v
            self.weight = weight
        }
    }

    /// Number of nodes `n`. Node ids are `0..<nodeCount`.
    public let nodeCount: Int
    /// Row starts: `offsets.count == nodeCount + 1`, `offsets[nodeCount] == 2 * edgeCount`.
    public let offsets: [Int]
    /// Neighbour ids, row by row, each row sorted ascending.
    public let targets: [Int32]
    /// Tie weight at each adjacency slot (the same value in both rows of an edge).
    public let weights: [Double]
    /// Undirected edge id at each adjacency slot: an index into ``edges``.
    public let edgeIDs: [Int32]
    /// The undirected edges, `u < v`, sorted by `(u, v)`.
    public let edges: [Edge]

    /// Number of undirected edges `m`.
    @inlinable public var edgeCount: Int { edges.count }

    /// `true` when every weight equals 1 (the graph is effectively unweighted).
    public let isUnitWeighted: Bool

    /// Creates a graph from already-validated CSR arrays. Use ``GraphBuilder`` or
    /// ``init(nodeCount:edges:)`` instead unless you hold arrays that satisfy the invariants.
    init(nodeCount: Int, offsets: [Int], targets: [Int32], weights: [Double], edgeIDs: [Int32], edges: [Edge]) {
        self.nodeCount = nodeCount
        self.offsets = offsets
        self.targets = targets
        self.weights = weights
        self.edgeIDs = edgeIDs
        self.edges = edges
        self.isUnitWeighted = edges.allSatisfy { $0.weight == 1 }
    }

    /// Builds a graph from an edge list. Parallel edges are merged (weights summed) and
    /// self-loops are dropped; use ``GraphBuilder`` to learn how many were dropped.
    ///
    /// - Precondition: every endpoint is in `0..<nodeCount`, every weight finite and `> 0`.
    /// - Complexity: `O(n + m log m)`.
    public init(nodeCount: Int, edges: [(Int, Int, Double)]) {
        var builder = GraphBuilder(nodeCount: nodeCount)
        for (u, v, w) in edges { builder.addEdge(u, v, weight: w) }
        self = builder.build()
    }

    /// Builds an unweighted graph (every weight 1) from an edge list.
    public init(nodeCount: Int, edges: [(Int, Int)]) {
        self.init(nodeCount: nodeCount, edges: edges.map { ($0.0, $0.1, 1.0) })
    }

    /// Degree of `v`: the number of distinct neighbours. - Complexity: `O(1)`.
    @inlinable public func degree(_ v: Int) -> Int { offsets[v + 1] - offsets[v] }

    /// Strength of `v`: the sum of the weights of its ties. - Complexity: `O(deg v)`.
    @inlinable public func strength(_ v: Int) -> Double {
        var s = 0.0
        for i in offsets[v]..<offsets[v + 1] { s += weights[i] }
        return s
    }

    /// The adjacency slots of `v`: index `targets`, `weights` and `edgeIDs` with these.
    @inlinable public func slots(_ v: Int) -> Range<Int> { offsets[v]..<offsets[v + 1] }

    /// Neighbour ids of `v`, sorted ascending. - Complexity: `O(deg v)` to iterate.
    ///
    /// A lazy view whose indices are adjacency slots (`offsets[v]…`), not positions from 0:
    /// wrap it in `Array(...)` before indexing or slicing by position.
    @inlinable public func neighbors(_ v: Int) -> LazyMapSequence<Range<Int>, Int> {
        slots(v).lazy.map { Int(targets[$0]) }
    }

    /// Weight of the tie `{u, v}`, or `nil` when there is none.
    /// - Complexity: `O(log deg u)` (binary search in the sorted row).
    public func weight(_ u: Int, _ v: Int) -> Double? {
        guard let s = slot(u, v) else { return nil }
        return weights[s]
    }

    /// `true` when `u` and `v` are adjacent. - Complexity: `O(log deg u)`.
    @inlinable public func hasEdge(_ u: Int, _ v: Int) -> Bool { slot(u, v) != nil }

    /// The adjacency slot of `v` in the row of `u`, or `nil`. - Complexity: `O(log deg u)`.
    public func slot(_ u: Int, _ v: Int) -> Int? {
        var lo = offsets[u], hi = offsets[u + 1]
        let t = Int32(truncatingIfNeeded: v)
        while lo < hi {
            let mid = (lo + hi) >> 1
            let x = targets[mid]
            if x == t { return mid }
            if x < t { lo = mid + 1 } else { hi = mid }
        }
        return nil
    }

    /// Density `2m / (n (n - 1))`; `NaN` for fewer than two nodes (as undefined), matching
    /// networkx except that networkx returns 0 there.
    public var density: Double {
        nodeCount < 2 ? .nan : 2.0 * Double(edgeCount) / (Double(nodeCount) * Double(nodeCount - 1))
    }

    /// The subgraph induced by the nodes where `keep[v]` is `true`.
    ///
    /// - Returns: the subgraph (nodes renumbered densely in ascending old id) and `original`,
    ///   which maps each new id to its id in `self`.
    /// - Complexity: `O(n + m)`.
    public func induced(keeping keep: [Bool]) -> (graph: Graph, original: [Int]) {
        precondition(keep.count == nodeCount, "mask must have one entry per node")
        var newID = [Int](repeating: -1, count: nodeCount)
        var original: [Int] = []
        for v in 0..<nodeCount where keep[v] {
            newID[v] = original.count
            original.append(v)
        }
        var builder = GraphBuilder(nodeCount: original.count)
        for e in edges where newID[e.u] >= 0 && newID[e.v] >= 0 {
            builder.addEdge(newID[e.u], newID[e.v], weight: e.weight)
        }
        return (builder.build(), original)
    }

    /// The same graph with every weight replaced by `1`.
    public var unweighted: Graph {
        Graph(nodeCount: nodeCount, offsets: offsets, targets: targets,
              weights: [Double](repeating: 1, count: weights.count), edgeIDs: edgeIDs,
              edges: edges.map { Edge(u: $0.u, v: $0.v, weight: 1) })
    }

    /// The same graph with each weight mapped by `transform` (which must keep it finite and `> 0`).
    public func mapWeights(_ transform: (Double) -> Double) -> Graph {
        let newEdges = edges.map { Edge(u: $0.u, v: $0.v, weight: transform($0.weight)) }
        var w = [Double](repeating: 0, count: weights.count)
        for i in 0..<w.count { w[i] = newEdges[Int(edgeIDs[i])].weight }
        return Graph(nodeCount: nodeCount, offsets: offsets, targets: targets, weights: w,
                     edgeIDs: edgeIDs, edges: newEdges)
    }
}

/// Accumulates edges, merging parallel ones, and builds a ``Graph``.
///
/// ```swift
/// var b = GraphBuilder(nodeCount: 3)
/// b.addEdge(0, 1, weight: 2)
/// b.addEdge(1, 0, weight: 1.5)   // merged: {0,1} has weight 3.5
/// b.addEdge(2, 2)                // self-loop: dropped, counted in droppedSelfLoops
/// let g = b.build()
/// ```
public struct GraphBuilder: Sendable {
    public let nodeCount: Int
    /// Number of self-loops passed to ``addEdge(_:_:weight:)`` and dropped.
    public private(set) var droppedSelfLoops = 0
    private var us: [Int32] = []
    private var vs: [Int32] = []
    private var ws: [Double] = []

    public init(nodeCount: Int) {
        precondition(nodeCount >= 0 && nodeCount < Int(Int32.max), "node count out of range")
        self.nodeCount = nodeCount
    }

    /// Reserves room for `count` more edge records.
    public mutating func reserveCapacity(_ count: Int) {
        us.reserveCapacity(count); vs.reserveCapacity(count); ws.reserveCapacity(count)
    }

    /// Adds `weight` to the tie `{u, v}`. Self-loops are dropped and counted.
    /// - Precondition: `u`, `v` in `0..<nodeCount`; `weight` finite and `> 0`.
    public mutating func addEdge(_ u: Int, _ v: Int, weight: Double = 1) {
        precondition(u >= 0 && u < nodeCount && v >= 0 && v < nodeCount, "node id out of range")
        precondition(weight.isFinite && weight > 0, "edge weights must be finite and positive")
        if u == v { droppedSelfLoops += 1; return }
        us.append(Int32(min(u, v)))
        vs.append(Int32(max(u, v)))
        ws.append(weight)
    }

    /// Builds the CSR graph.
    /// - Complexity: `O(n + m)` — two counting sorts (by `v`, then stably by `u`), no comparisons.
    public func build() -> Graph { buildIndexed().graph }

    /// Builds the CSR graph and tells, for the `i`-th ``addEdge(_:_:weight:)`` call that was
    /// kept (self-loops are not), the id of the edge it went into: so a caller holding facts per
    /// added pair can file them by edge id without looking each pair up in the graph.
    /// - Complexity: as ``build()``.
    public func buildIndexed() -> (graph: Graph, edgeOfRecord: [Int32]) {
        var us = self.us, vs = self.vs, ws = self.ws
        return Self.build(nodeCount, &us, &vs, &ws)
    }

    /// The work of ``buildIndexed()``; empties the three record columns once they are merged.
    private static func build(_ n: Int, _ us: inout [Int32], _ vs: inout [Int32], _ ws: inout [Double]) -> (graph: Graph, edgeOfRecord: [Int32]) {
        let records = us.count
        // Counting sort by v, then stable counting sort by u: records end up sorted by (u, v).
        // Record numbers as Int32 (records < 2³¹, as edge ids are), the first pass in record
        // order without an index array: 4 bytes per record and sort instead of 16 (issue 28).
        func countingSort(_ keys: [Int32], _ order: [Int32]?) -> [Int32] {
            var count = [Int](repeating: 0, count: n + 1)
            for i in 0..<records { count[Int(keys[i]) + 1] += 1 }
            for k in 0..<n { count[k + 1] += count[k] }
            var out = [Int32](repeating: 0, count: records)
            func place(_ i: Int) {
                let k = Int(keys[i])
                out[count[k]] = Int32(truncatingIfNeeded: i)
                count[k] += 1
            }
            if let order { for i in order { place(Int(i)) } } else { for i in 0..<records { place(i) } }
            return out
        }
        precondition(records < Int(Int32.max), "too many edge records")
        var byUV = countingSort(us, countingSort(vs, nil))

        // Merge runs of equal (u, v), summing weights.
        var edges: [Graph.Edge] = []
        edges.reserveCapacity(records)
        var degree = [Int](repeating: 0, count: n + 1)
        var edgeOfRecord = [Int32](repeating: 0, count: records)
        var i = 0
        while i < records {
            let r = Int(byUV[i])
            let u = us[r], v = vs[r]
            var w = 0.0
            while i < records, us[Int(byUV[i])] == u, vs[Int(byUV[i])] == v {
                w += ws[Int(byUV[i])]
                edgeOfRecord[Int(byUV[i])] = Int32(edges.count)
                i += 1
            }
            edges.append(Graph.Edge(u: Int(u), v: Int(v), weight: w))
            degree[Int(u) + 1] += 1
            degree[Int(v) + 1] += 1
        }
        byUV = []; us = []; vs = []; ws = []   // not needed for the rows below
        for k in 0..<n { degree[k + 1] += degree[k] }
        let offsets = degree
        var cursor = Array(offsets.dropLast())
        let slots = offsets[n]
        var targets = [Int32](repeating: 0, count: slots)
        var weights = [Double](repeating: 0, count: slots)
        var edgeIDs = [Int32](repeating: 0, count: slots)
        // Edges are sorted by (u, v). Filling row u with v in this order keeps each row sorted
        // for the "larger neighbour" part; the "smaller neighbour" part (row v gets u) is also
        // filled in ascending u. Rows then hold all smaller neighbours first only if we fill
        // the smaller ones first: do two passes.
        for (id, e) in edges.enumerated() {  // pass 1: row v receives u (u < v), ascending u
            let s = cursor[e.v]; cursor[e.v] += 1
            targets[s] = Int32(e.u); weights[s] = e.weight; edgeIDs[s] = Int32(id)
        }
        for (id, e) in edges.enumerated() {  // pass 2: row u receives v (v > u), ascending v
            let s = cursor[e.u]; cursor[e.u] += 1
            targets[s] = Int32(e.v); weights[s] = e.weight; edgeIDs[s] = Int32(id)
        }
        return (Graph(nodeCount: n, offsets: offsets, targets: targets, weights: weights,
                      edgeIDs: edgeIDs, edges: edges), edgeOfRecord)
    }
}
