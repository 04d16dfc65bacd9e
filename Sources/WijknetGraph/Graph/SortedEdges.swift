extension Graph {
    /// Builds the graph of edges that are already merged and in order: `u < v`, sorted by
    /// `(u, v)`, each pair once, every weight finite and `> 0` — what ``GraphBuilder`` makes of
    /// its records before it lays out the rows, so the result is the graph the builder would
    /// build from the same edges (edge ids are positions in `sortedEdges`).
    ///
    /// The edges are cut in two parts at a change of `u` (from ``parallelFrom`` edges; else one
    /// part), each counted and laid out by a thread of its own. Row `x` holds first its smaller
    /// neighbours (from the edges `{u, x}` in order: ascending `u`, the first part's before the
    /// second's), then its larger ones (from the edges `{x, v}`, which are contiguous, ascending
    /// in `v` and in one part), exactly the builder's layout. Every slot is written once, by
    /// one thread. (Issue 28: the national edge list's sort and merge were done a second time
    /// here before; then its rows were zeroed on one thread and filled by two passes of
    /// unequal length, 0.8 s of page faults and 0.2 s with one core idle.)
    ///
    /// - Precondition: the order and weight conditions above; endpoints in `0..<nodeCount`.
    /// - Complexity: `O(n + m)`; memory the graph's, plus `4 n` bytes per part and `4 n` more.
    public init(nodeCount n: Int, sortedEdges edges: [Edge]) {
        precondition(n >= 0 && n < Int(Int32.max) && edges.count < Int(Int32.max), "graph too large")
        let cut = edges.count >= Self.parallelFrom ? [0, Self.changeOfU(edges, near: edges.count / 2), edges.count] : [0, edges.count]
        let parts = cut.count - 1
        // smaller[p * n + x]: the edges {u, x} in part p; larger[x]: the edges {x, v}.
        var smaller = [Int32](repeating: 0, count: parts * n)
        var larger = [Int32](repeating: 0, count: n)
        edges.withUnsafeBufferPointer { es in
            smaller.withUnsafeMutableBufferPointer { sm in
                larger.withUnsafeMutableBufferPointer { lg in
                    parallelFor(parts) { p in Self.count(es, cut[p]..<cut[p + 1], n, sm, from: p * n, lg) }
                }
            }
        }
        var offsets = [Int].unwritten(n + 1)
        offsets[0] = 0
        for x in 0..<n {
            var degree = Int(larger[x])
            for p in 0..<parts { degree += Int(smaller[p * n + x]) }
            offsets[x + 1] = offsets[x] + degree
        }
        let slots = offsets[n]
        var targets = [Int32].unwritten(slots)
        var weights = [Double].unwritten(slots)
        var edgeIDs = [Int32].unwritten(slots)
        targets.withUnsafeMutableBufferPointer { t in
            weights.withUnsafeMutableBufferPointer { w in
                edgeIDs.withUnsafeMutableBufferPointer { ids in
                    edges.withUnsafeBufferPointer { es in
                        offsets.withUnsafeBufferPointer { off in
                            smaller.withUnsafeBufferPointer { sm in
                                parallelFor(parts) { p in
                                    let rows = Rows(off: off, smaller: sm, parts: parts, n: n, targets: t, weights: w, ids: ids)
                                    rows.fillSmaller(es, cut[p]..<cut[p + 1], part: p)
                                    rows.fillLarger(es, cut[p]..<cut[p + 1])
                                }
                            }
                        }
                    }
                }
            }
        }
        self.init(nodeCount: n, offsets: offsets, targets: targets, weights: weights, edgeIDs: edgeIDs, edges: edges)
    }

    /// The first edge index at or after `i` where `u` changes (or the end): a cut there leaves
    /// each node's larger neighbours in one part.
    private static func changeOfU(_ edges: [Edge], near i: Int) -> Int {
        guard i > 0 else { return 0 }
        var k = i
        while k < edges.count && edges[k].u == edges[k - 1].u { k += 1 }
        return k
    }

    /// Checks the edges `range` (against the one before too) and counts them: `{u, x}` into
    /// `smaller[base + x]` (this part's own counts), `{x, v}` into `larger[x]` (only this part
    /// has `x`'s).
    private static func count(_ es: UnsafeBufferPointer<Edge>, _ range: Range<Int>, _ n: Int,
                              _ smaller: UnsafeMutableBufferPointer<Int32>, from base: Int, _ larger: UnsafeMutableBufferPointer<Int32>) {
        for i in range {
            let e = es[i]
            precondition(e.u >= 0 && e.u < e.v && e.v < n, "edge endpoints out of order or range")
            precondition(e.weight.isFinite && e.weight > 0, "edge weights must be finite and positive")
            if i > 0 { precondition((es[i - 1].u, es[i - 1].v) < (e.u, e.v), "edges not sorted, or one twice") }
            smaller[base + e.v] += 1
            larger[e.u] += 1
        }
    }

    /// The rows being laid out, and where each part's smaller neighbours go in them.
    private struct Rows {
        let off: UnsafeBufferPointer<Int>
        let smaller: UnsafeBufferPointer<Int32>
        let parts: Int, n: Int
        let targets: UnsafeMutableBufferPointer<Int32>, weights: UnsafeMutableBufferPointer<Double>, ids: UnsafeMutableBufferPointer<Int32>

        @inline(__always) func put(_ s: Int, _ target: Int, _ weight: Double, _ id: Int) {
            targets[s] = Int32(truncatingIfNeeded: target); weights[s] = weight; ids[s] = Int32(truncatingIfNeeded: id)
        }

        /// Row `x` receives `u` of every edge `{u, x}` of `range`, in edge order (ascending
        /// `u`), after the smaller neighbours the parts before `part` give it.
        func fillSmaller(_ es: UnsafeBufferPointer<Edge>, _ range: Range<Int>, part: Int) {
            var cursor = Array(off.dropLast())
            for p in 0..<part { for x in 0..<n { cursor[x] += Int(smaller[p * n + x]) } }
            for id in range {
                let e = es[id]
                let s = cursor[e.v]
                cursor[e.v] = s + 1
                put(s, e.u, e.weight, id)
            }
        }

        /// Row `u` receives `v` of every edge `{u, v}` of `range` after its smaller neighbours;
        /// the edges of `u` are contiguous, ascending in `v` and all in `range`.
        func fillLarger(_ es: UnsafeBufferPointer<Edge>, _ range: Range<Int>) {
            var s = 0, last = -1
            for id in range {
                let e = es[id]
                if e.u != last {
                    last = e.u
                    s = off[e.u]
                    for p in 0..<parts { s += Int(smaller[p * n + e.u]) }
                }
                put(s, e.v, e.weight, id)
                s += 1
            }
        }
    }

    /// Edges from which ``init(nodeCount:sortedEdges:)`` fills the rows on two threads.
    static let parallelFrom = 1 << 16
}
