extension Graph {
    /// Builds the graph of edges that are already merged and in order: `u < v`, sorted by
    /// `(u, v)`, each pair once, every weight finite and `> 0` — what ``GraphBuilder`` makes of
    /// its records before it lays out the rows, so the result is the graph the builder would
    /// build from the same edges (edge ids are positions in `sortedEdges`).
    ///
    /// The rows are laid out in two passes that write disjoint slots, on two threads from
    /// ``parallelFrom`` edges: row `x` holds first its smaller neighbours (filled from the edges
    /// `{u, x}` in order: ascending `u`), then its larger ones (from the edges `{x, v}`, which
    /// are contiguous and ascending in `v`), exactly the builder's layout (issue 28: the
    /// national edge list's sort and merge were done a second time here before).
    ///
    /// - Precondition: the order and weight conditions above; endpoints in `0..<nodeCount`.
    /// - Complexity: `O(n + m)`; memory the graph's, plus `8 n` bytes of cursors.
    public init(nodeCount n: Int, sortedEdges edges: [Edge]) {
        precondition(n >= 0 && n < Int(Int32.max) && edges.count < Int(Int32.max), "graph too large")
        var lower = [Int](repeating: 0, count: n + 1)   // per node: how many smaller neighbours
        var offsets = [Int](repeating: 0, count: n + 1)
        for i in edges.indices {
            let e = edges[i]
            precondition(e.u >= 0 && e.u < e.v && e.v < n, "edge endpoints out of order or range")
            precondition(e.weight.isFinite && e.weight > 0, "edge weights must be finite and positive")
            if i > 0 { precondition((edges[i - 1].u, edges[i - 1].v) < (e.u, e.v), "edges not sorted, or one twice") }
            lower[e.v] += 1
            offsets[e.u + 1] += 1
            offsets[e.v + 1] += 1
        }
        for k in 0..<n { offsets[k + 1] += offsets[k] }
        let slots = offsets[n]
        var targets = [Int32](repeating: 0, count: slots)
        var weights = [Double](repeating: 0, count: slots)
        var edgeIDs = [Int32](repeating: 0, count: slots)
        targets.withUnsafeMutableBufferPointer { t in
            weights.withUnsafeMutableBufferPointer { w in
                edgeIDs.withUnsafeMutableBufferPointer { ids in
                    edges.withUnsafeBufferPointer { es in
                        offsets.withUnsafeBufferPointer { off in
                            lower.withUnsafeBufferPointer { low in
                                parallelFor(es.count >= Self.parallelFrom ? 2 : 1) { pass in
                                    if pass == 0 || es.count < Self.parallelFrom { Self.fillSmaller(es, off, t, w, ids) }
                                    if pass == 1 || es.count < Self.parallelFrom { Self.fillLarger(es, off, low, t, w, ids) }
                                }
                            }
                        }
                    }
                }
            }
        }
        self.init(nodeCount: n, offsets: offsets, targets: targets, weights: weights, edgeIDs: edgeIDs, edges: edges)
    }

    /// Edges from which ``init(nodeCount:sortedEdges:)`` fills the rows on two threads.
    static let parallelFrom = 1 << 16

    /// Row `v` receives `u` of every edge `{u, v}`, in edge order (ascending `u`), from its start.
    private static func fillSmaller(_ es: UnsafeBufferPointer<Edge>, _ off: UnsafeBufferPointer<Int>, _ t: UnsafeMutableBufferPointer<Int32>,
                                    _ w: UnsafeMutableBufferPointer<Double>, _ ids: UnsafeMutableBufferPointer<Int32>) {
        var cursor = Array(off.dropLast())
        for (id, e) in es.enumerated() {
            let s = cursor[e.v]
            cursor[e.v] = s + 1
            t[s] = Int32(truncatingIfNeeded: e.u); w[s] = e.weight; ids[s] = Int32(truncatingIfNeeded: id)
        }
    }

    /// Row `u` receives `v` of every edge `{u, v}` after its smaller neighbours (`low[u]` of
    /// them); the edges of `u` are contiguous and ascending in `v`.
    private static func fillLarger(_ es: UnsafeBufferPointer<Edge>, _ off: UnsafeBufferPointer<Int>, _ low: UnsafeBufferPointer<Int>,
                                   _ t: UnsafeMutableBufferPointer<Int32>, _ w: UnsafeMutableBufferPointer<Double>, _ ids: UnsafeMutableBufferPointer<Int32>) {
        var s = 0, last = -1
        for (id, e) in es.enumerated() {
            if e.u != last { last = e.u; s = off[e.u] + low[e.u] }
            t[s] = Int32(truncatingIfNeeded: e.v); w[s] = e.weight; ids[s] = Int32(truncatingIfNeeded: id)
            s += 1
        }
    }
}
