/// Every tie oriented from the lower to the higher node in the order by `(degree, id)`, as a
/// CSR: the forward algorithm's graph, in which each triangle `a < b < c` (by rank) is found
/// exactly once, at `a`, as a forward neighbour `c` shared by `a` and its forward neighbour `b`.
/// A node has at most `√(2m)` forward neighbours, which keeps hubs cheap.
///
/// - Complexity: `O(n + m)` time and memory (a counting sort on degree).
/// - Reference: T. Schank & D. Wagner, "Finding, counting and listing all triangles in large
///   graphs, an experimental study", WEA 2005, LNCS 3503, DOI 10.1007/11427186_54.
struct ForwardTies {
    /// Row starts, `offsets.count == n + 1`.
    let offsets: [Int]
    /// Forward neighbours, row by row (ascending id within a row).
    let targets: [Int32]

    init(_ g: Graph) {
        let n = g.nodeCount
        let maxDeg = (0..<n).reduce(0) { max($0, g.degree($1)) }
        var start = [Int](repeating: 0, count: maxDeg + 2)
        for v in 0..<n { start[g.degree(v) + 1] += 1 }
        for d in 0...maxDeg { start[d + 1] += start[d] }
        var rank = [Int32](repeating: 0, count: n)
        for v in 0..<n { let d = g.degree(v); rank[v] = Int32(start[d]); start[d] += 1 }
        var offsets = [Int](repeating: 0, count: n + 1)
        var targets: [Int32] = []
        targets.reserveCapacity(g.edgeCount)
        for v in 0..<n {
            for s in g.slots(v) where rank[Int(g.targets[s])] > rank[v] { targets.append(g.targets[s]) }
            offsets[v + 1] = targets.count
        }
        self.offsets = offsets
        self.targets = targets
    }

    /// Forward slots of `v`.
    func slots(_ v: Int) -> Range<Int> { offsets[v]..<offsets[v + 1] }

    /// Bounds of `count` contiguous blocks of nodes with about equal forward-tie counts:
    /// `count + 1` values from `0` to `n`.
    func blocks(_ count: Int) -> [Int] {
        let n = offsets.count - 1
        var bounds = [0]
        for b in 1..<max(count, 1) {
            let target = b * targets.count / count
            var v = bounds[b - 1]
            while v < n && offsets[v] < target { v += 1 }
            bounds.append(v)
        }
        bounds.append(n)
        return bounds
    }
}
